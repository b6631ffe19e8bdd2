import { classifyPaper } from '../classify.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { themesConfig } from '../themes.ts';
import type { CheckedFile } from './check-input.ts';
import { fieldLine } from './field-line.ts';

/**
 * The check's review warnings: what a curator should look at, as warnings, not errors (each entry is fine as
 * it is). Two kinds: a theme the importer chose while the classifier was unsure, and a published
 * version of a preprint that `npm run enrich` found (a venue or DOI no person has confirmed yet).
 */
export function reviewWarnings(files: CheckedFile[], config = themesConfig): Diagnostic[] {
  return [...files.flatMap((file) => unsureTheme(file, config)), ...files.flatMap(publishedVersion)];
}

/** An entry whose theme the importer chose by a margin below `reviewMargin` in content/themes.json. */
function unsureTheme(file: CheckedFile, config: typeof themesConfig): Diagnostic[] {
  const { title, abstract, theme, themeReason, arxivCategory } = file.data ?? {};
  if (
    typeof title !== 'string' ||
    typeof abstract !== 'string' ||
    (themeReason as { source?: unknown } | undefined)?.source !== 'importer'
  )
    return [];
  const verdict = classifyPaper(
    { title, abstract, ...(typeof arxivCategory === 'string' ? { arxivCategory } : {}) },
    config,
  );
  if (verdict.margin >= config.reviewMargin) return [];
  const scores = Object.entries(verdict.scores)
    .sort((a, b) => b[1] - a[1])
    .map(([id, score]) => `${id} ${Math.round(score * 10) / 10}`)
    .join(', ');
  return [
    {
      severity: 'warning',
      file: file.file,
      line: fieldLine(file.text, ['theme']),
      message: `review the theme: the classifier chose "${theme}" by a margin of ${Math.round(verdict.margin * 10) / 10} (below reviewMargin ${config.reviewMargin})`,
      found: `scores: ${scores}`,
      fix: 'judge by the main contribution (the rubric is in CONTRIBUTING.md), set theme: accordingly and themeReason.source: curator',
    },
  ];
}

/**
 * A preprint whose published version enrich found: its venue (other than a preprint server) or DOI
 * has `enrich` as its source. Once a curator confirms it (source `curator`), it leaves the queue.
 */
function publishedVersion(file: CheckedFile): Diagnostic[] {
  const data = file.data ?? {};
  const sources = (data.sources ?? {}) as Record<string, unknown>;
  const venue = data.venue as { name?: unknown; year?: unknown; kind?: unknown } | undefined;
  const venueFound = sources.venue === 'enrich' && venue && venue.kind !== 'preprint';
  const doiFound = sources.doi === 'enrich' && typeof data.doi === 'string';
  if (!venueFound && !doiFound) return [];
  const found = [
    venueFound
      ? `${String(venue!.name)}${venue!.year ? ` (${String(venue!.year)})` : ''}, a ${String(venue!.kind)}`
      : '',
    doiFound ? `DOI ${String(data.doi)}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const fields = [venueFound ? 'venue' : '', doiFound ? 'doi' : ''].filter(Boolean);
  return [
    {
      severity: 'warning',
      file: file.file,
      line: fieldLine(file.text, [fields[0]!]),
      message: `published version found: npm run enrich found ${data.arxiv ? `that arXiv ${String(data.arxiv)} was published` : 'a publication of this paper'}; confirm it is the same paper`,
      found,
      fix: `check title and authors at the DOI or venue; if it is the same paper, set ${fields.map((field) => `sources.${field}: curator`).join(' and ')}; if not, write the right ${fields.join(' and ')} yourself (a curator's value is never overwritten)`,
    },
  ];
}
