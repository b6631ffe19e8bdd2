import type { Entry, PaperLink } from '../schema.ts';
import { arxivPdfUrl, arxivUrl, doiUrl, huggingFaceUrl } from './urls.ts';

/** A button on a paper page that leads to the paper or its material. */
export interface PaperButton {
  kind: 'arxiv' | 'pdf' | 'doi' | PaperLink['kind'];
  label: string;
  url: string;
}

const KIND_LABELS: Record<PaperLink['kind'], string> = {
  code: 'Code',
  project: 'Project page',
  data: 'Data',
  models: 'Models',
  huggingface: 'Hugging Face',
  demo: 'Demo',
  other: 'Link',
};

// The order readers look for them in: the paper, its published version, then its material.
const KIND_ORDER: PaperButton['kind'][] = [
  'arxiv',
  'pdf',
  'doi',
  'huggingface',
  'code',
  'project',
  'data',
  'models',
  'demo',
  'other',
];

/**
 * The buttons of a paper page: arXiv, PDF and Hugging Face from the arXiv id, the published version from
 * the DOI, then the entry's typed links (code, project page, data, models…), each URL once, in that order.
 *
 * @example
 * paperButtons({ arxiv: '2203.03540', doi: '10.1038/x', links: [{ kind: 'code', url: 'https://github.com/a/b' }] })
 * // arXiv, PDF, DOI, Hugging Face, Code
 */
export function paperButtons(entry: Pick<Entry, 'arxiv' | 'doi' | 'links'>): PaperButton[] {
  const buttons: PaperButton[] = [];
  if (entry.arxiv)
    buttons.push(
      { kind: 'arxiv', label: 'arXiv', url: arxivUrl(entry.arxiv) },
      { kind: 'pdf', label: 'PDF', url: arxivPdfUrl(entry.arxiv) },
    );
  if (entry.doi) buttons.push({ kind: 'doi', label: 'DOI', url: doiUrl(entry.doi) });
  const typed = entry.links.map((link): PaperButton => ({
    kind: link.kind,
    label: link.label ?? KIND_LABELS[link.kind],
    url: link.url,
  }));
  if (entry.arxiv && !typed.some((link) => link.kind === 'huggingface'))
    buttons.push({ kind: 'huggingface', label: 'Hugging Face', url: huggingFaceUrl(entry.arxiv) });
  const seen = new Set<string>();
  return [...buttons, ...typed]
    .filter((button) => !seen.has(button.url) && seen.add(button.url))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

/** A venue's kind as a reader names it on a badge. */
export function venueKindLabel(kind: NonNullable<Entry['venue']>['kind']): string {
  return {
    journal: 'Journal',
    conference: 'Conference',
    workshop: 'Workshop',
    book: 'Book',
    preprint: 'Preprint',
    other: 'Published in',
  }[kind];
}
