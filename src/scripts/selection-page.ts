import { decodeSlug } from '../lib/table/slug-guess.ts';
import type { TableIndex } from '../lib/table/table-index.ts';
import { isSelectionStorageEvent, readSelection, writeSelection } from './selection-store.ts';

// The selection page: lists the ticked papers (or a shared ?p=… list), gives a link to share them and
// joins each paper's own downloads (cite.bib, cite.ris, cite.json) into one file to export.
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const FORMATS = {
  bib: ['cite.bib', 'BibTeX', 'application/x-bibtex'],
  ris: ['cite.ris', 'RIS', 'application/x-research-info-systems'],
  json: ['cite.json', 'CSL-JSON', 'application/vnd.citationstyles.csl+json'],
} as const;
type Format = keyof typeof FORMATS;
const page = document.querySelector<HTMLElement>('[data-selection-page]')!;
const part = <T extends HTMLElement>(name: string) => page.querySelector<T>(`[data-${name}]`)!;
const status = part('selection-status');
const shared = new URLSearchParams(location.search)
  .get('p')
  ?.split(',')
  .filter((slug) => /^[a-z0-9-]+$/.test(slug));
/** What the list shows of a paper: the index's row, read without the table's code so this page stays small. */
interface Listed {
  slug: string;
  title: string;
  meta: string;
}
let bySlug = new Map<string, Listed>();
let aliases: Record<string, string> = {};

page.hidden = false;
void fetch(page.dataset.index!)
  .then((response) => response.json() as Promise<TableIndex>)
  .then((index) => {
    // Rows are [slug, title, authors, dateKey, theme, venue, code] (see src/lib/table/table-index.ts).
    const year = (dateKey: string) => (dateKey.startsWith('0000') ? 'year unknown' : dateKey.slice(0, 4));
    bySlug = new Map(
      index.rows.map(([stored, title, authors, dateKey, , venue]) => {
        const slug = decodeSlug(stored, title);
        return [slug, { slug, title, meta: [authors, year(dateKey), venue].filter(Boolean).join(' · ') }];
      }),
    );
    aliases = index.aliases;
    render();
  });
addEventListener('survey-selection', () => render());
addEventListener('storage', (event) => isSelectionStorageEvent(event) && render());
// This page draws its own toggles and handles them here (the selection bar has nothing to add on it).
document.documentElement.dataset.selection = 'on';
page.addEventListener('click', (event) => {
  const slug = (event.target as Element).closest<HTMLButtonElement>('button.select-toggle[data-select-paper]')?.dataset
    .selectPaper;
  if (!slug) return;
  const selection = readSelection();
  writeSelection(selection.includes(slug) ? selection.filter((other) => other !== slug) : [...selection, slug]);
});
part('selection-adopt').addEventListener('click', () => writeSelection([...readSelection(), ...known(shared ?? [])]));
part('selection-clear').addEventListener('click', () => writeSelection([]));
for (const button of page.querySelectorAll<HTMLButtonElement>('[data-export]'))
  button.addEventListener('click', () => void exportAs(button.dataset.export as Format));

/** The current slug of each listed one that is in the survey (old slugs followed to the new). */
function known(slugs: readonly string[]): string[] {
  return [...new Set(slugs.map((slug) => aliases[slug] ?? slug).filter((slug) => bySlug.has(slug)))];
}

function render(): void {
  const listed = shared ?? readSelection();
  const papers = known(listed);
  const unknown = listed.filter((slug) => !bySlug.has(aliases[slug] ?? slug));
  part('selection-shared').hidden = !shared;
  part('shared-text').textContent =
    `Someone shared this selection of ${papers.length} ${papers.length === 1 ? 'paper' : 'papers'} with you. `;
  const mine = new Set(readSelection());
  part('selection-list').replaceChildren(
    ...papers.map((slug) => item(bySlug.get(slug)!, mine.has(slug))),
    ...unknown.map(missing),
  );
  status.textContent =
    papers.length === 0
      ? 'No papers selected yet.'
      : `${papers.length} ${papers.length === 1 ? 'paper' : 'papers'} selected.`;
  for (const button of page.querySelectorAll<HTMLButtonElement>('[data-export]')) button.disabled = papers.length === 0;
  part<HTMLInputElement>('selection-url').value = papers.length
    ? `${location.origin}${BASE}selection/?p=${papers.join(',')}`
    : '';
}

function item(row: Listed, pressed: boolean): HTMLLIElement {
  const li = document.createElement('li');
  const toggle = li.appendChild(
    Object.assign(document.createElement('button'), { type: 'button', className: 'select-toggle select-compact' }),
  );
  Object.assign(toggle.dataset, { selectPaper: row.slug, selectTitle: row.title });
  toggle.setAttribute('aria-pressed', String(pressed));
  toggle.append(
    Object.assign(document.createElement('span'), { className: 'sr-only', textContent: `Select ${row.title}` }),
  );
  li.append(
    ' ',
    Object.assign(document.createElement('a'), { href: `${BASE}papers/${row.slug}/`, textContent: row.title }),
  );
  li.append(' ', Object.assign(document.createElement('span'), { className: 'muted', textContent: row.meta }));
  return li;
}

function missing(slug: string): HTMLLIElement {
  return Object.assign(document.createElement('li'), {
    className: 'muted',
    textContent: `“${slug}” is not in the survey (withdrawn, or a mistyped link); it is left out of exports.`,
  });
}

/** Fetches every paper's download in the format and offers them joined as one file. */
async function exportAs(format: Format): Promise<void> {
  const [file, label, type] = FORMATS[format];
  const slugs = known(shared ?? readSelection());
  status.textContent = `Preparing ${label} for ${slugs.length} papers…`;
  try {
    const texts = await Promise.all(
      slugs.map(async (slug) => {
        const response = await fetch(`${BASE}papers/${slug}/${file}`);
        if (!response.ok) throw new Error(`${file} of “${slug}” could not be fetched (HTTP ${response.status})`);
        return response.text();
      }),
    );
    // RIS records end with "ER  - " and a line break (added if a file lacks it); the others get a separator.
    const body =
      format === 'json'
        ? `${JSON.stringify(
            texts.flatMap((text) => JSON.parse(text) as unknown),
            null,
            2,
          )}\n`
        : format === 'ris'
          ? texts.map((text) => (/\n$/.test(text) ? text : `${text}\r\n`)).join('')
          : `${texts.map((text) => text.trimEnd()).join('\n\n')}\n`;
    const link = Object.assign(document.createElement('a'), {
      href: URL.createObjectURL(new Blob([body], { type })),
      download: `selection.${format}`,
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    status.textContent = `Exported ${slugs.length} ${slugs.length === 1 ? 'paper' : 'papers'} as ${label} (selection.${format}).`;
  } catch (error) {
    status.textContent = `Export failed: ${(error as Error).message}. Nothing was downloaded.`;
  }
}
