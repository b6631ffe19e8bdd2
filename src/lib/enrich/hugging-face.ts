import type { IncomingPaper } from '../merge/merge-paper.ts';
import type { Author, PaperLink } from '../schema.ts';
import { ApiFormatError } from './api-error.ts';
import { apiText, apiUrl } from './api-text.ts';
import { authorFromName } from './author-name.ts';
import { optional } from './optional.ts';
import { arxivReference } from './paper-id.ts';

/**
 * Reads the Hugging Face papers API's answer for one paper (`GET /api/papers/<arXiv id>`, the JSON
 * that `huggingface_hub`'s `PaperInfo` documents: `id`, `title`, `summary`, `publishedAt`,
 * `authors[].name`, `githubRepo`, `projectPage`). Gives the authors and the paper's links: its code,
 * project page and Hugging Face page.
 */
export function huggingFacePaperToIncoming(json: unknown, pageBase = 'https://huggingface.co'): IncomingPaper {
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new ApiFormatError('Hugging Face', 'expected a JSON object for the paper');
  const paper = json as Record<string, unknown>;
  const reference = typeof paper.id === 'string' ? arxivReference(paper.id) : undefined;
  if (reference?.kind !== 'arxiv')
    throw new ApiFormatError('Hugging Face', `expected "id" to be an arXiv id, found ${JSON.stringify(paper.id)}`);
  const authors = (Array.isArray(paper.authors) ? paper.authors : [])
    .map((author) => authorFromName(String((author as { name?: unknown })?.name ?? '')))
    .filter((author): author is Author => author !== undefined);
  const links: PaperLink[] = [];
  const code = apiUrl(paper.githubRepo);
  if (code) links.push({ kind: 'code', url: code });
  const project = apiUrl(paper.projectPage);
  if (project) links.push({ kind: 'project', url: project });
  links.push({ kind: 'huggingface', url: `${pageBase}/papers/${reference.arxiv}` });
  const published = apiText(paper.publishedAt)?.slice(0, 10);
  return {
    arxiv: reference.arxiv,
    ...optional('title', apiText(paper.title)),
    ...optional('abstract', apiText(paper.summary)),
    ...(authors.length > 0 ? { authors } : {}),
    ...(published && /^\d{4}-\d{2}-\d{2}$/.test(published)
      ? { date: { precision: 'day' as const, value: published } }
      : {}),
    links,
  };
}
