import { parse as parseName } from '@citation-js/name';
import { z } from 'astro/zod';
import type { Diagnostic } from '../diagnostics.ts';
import { arxivIdFrom } from '../merge/identifiers.ts';
import type { IncomingPaper } from '../merge/merge-paper.ts';
import type { Author, PaperLink } from '../schema.ts';
import { parseJsonWithLines } from './json-with-lines.ts';
import { lineAt, ReferenceError, type ParsedReferences, type ReferenceRecord } from './reference-record.ts';
import { findNodeAtLocation } from 'jsonc-parser';

// The fields of the Hugging Face papers API this reader uses (daily papers and search results wrap a
// paper object in an item with numComments; /api/papers/<id> returns the paper alone). Other fields pass.
const HfPaper = z.looseObject({
  id: z.string(),
  title: z.string().optional(),
  summary: z.string().optional(),
  authors: z.array(z.looseObject({ name: z.string(), hidden: z.boolean().optional() })).optional(),
  publishedAt: z.string().optional(),
  upvotes: z.number().optional(),
  githubRepo: z.string().nullish(),
  projectPage: z.string().nullish(),
  organization: z.looseObject({ name: z.string(), fullname: z.string().optional() }).nullish(),
});
const HfItem = z.looseObject({
  paper: HfPaper,
  title: z.string().optional(),
  numComments: z.number().optional(),
  organization: z.looseObject({ name: z.string(), fullname: z.string().optional() }).nullish(),
});

/** Reads Hugging Face papers API JSON: `/api/daily_papers`, `/api/papers/search`, or one `/api/papers/<id>`. */
export function readHfJson(text: string, file: string): ParsedReferences {
  const { value, tree } = parseJsonWithLines(text, file);
  const items = Array.isArray(value) ? value : [value];
  const problems: Diagnostic[] = [];
  const records: ReferenceRecord[] = [];
  items.forEach((raw, index) => {
    const node = Array.isArray(value) ? findNodeAtLocation(tree, [index]) : tree;
    const line = node ? lineAt(text, node.offset) : 0;
    const wrapped = typeof raw === 'object' && raw !== null && 'paper' in raw;
    const parsed = wrapped ? HfItem.safeParse(raw) : HfPaper.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push({
        severity: 'error',
        file,
        line,
        message: `item ${index}: ${issue.path.join('.') || 'the item'}: ${issue.message}`,
        expected: 'an item of the Hugging Face papers API (paper.id, paper.title, paper.summary …)',
        fix: 'save the API response again, unchanged',
      });
      return;
    }
    const item = wrapped ? (parsed.data as z.infer<typeof HfItem>) : { paper: parsed.data as z.infer<typeof HfPaper> };
    const record = hfItemToRecord(item, line);
    if (!record.paper.arxiv)
      problems.push({
        severity: 'error',
        file,
        line,
        message: `item ${index}: paper.id ${JSON.stringify(item.paper.id)} is not an arXiv id`,
        expected: 'an arXiv id such as 2503.22397',
        fix: 'save the API response again, unchanged',
      });
    else records.push(record);
  });
  if (problems.length > 0) throw new ReferenceError(problems);
  return { format: 'hf-json', records, diagnostics: [] };
}

function hfItemToRecord(
  item: {
    paper: z.infer<typeof HfPaper>;
    title?: string;
    numComments?: number;
    organization?: { name: string; fullname?: string } | null;
  },
  line: number,
): ReferenceRecord {
  const { paper } = item;
  const authors = (paper.authors ?? [])
    .map((author) => personName(author.name))
    .filter((a): a is Author => a !== undefined);
  const links: PaperLink[] = [];
  if (paper.githubRepo) links.push({ kind: 'code', url: paper.githubRepo });
  if (paper.projectPage) links.push({ kind: 'project', url: paper.projectPage });
  const day = /^\d{4}-\d{2}-\d{2}/.exec(paper.publishedAt ?? '')?.[0];
  const incoming: IncomingPaper = {
    title: (item.title ?? paper.title)?.trim() || undefined,
    abstract: paper.summary?.trim() || undefined,
    authors: authors.length > 0 ? authors : undefined,
    date: day ? { precision: 'day', value: day } : undefined,
    arxiv: arxivIdFrom(paper.id),
    links,
  };
  const organization = item.organization ?? paper.organization;
  return {
    paper: Object.fromEntries(Object.entries(incoming).filter(([, v]) => v !== undefined)) as IncomingPaper,
    line,
    key: paper.id,
    extra: {
      ...(paper.upvotes === undefined ? {} : { upvotes: paper.upvotes }),
      ...(item.numComments === undefined ? {} : { comments: item.numComments }),
      ...(organization
        ? { organization: { slug: organization.name, name: organization.fullname ?? organization.name } }
        : {}),
    },
  };
}

/** A name as the API gives it ("Xi Yang") split by citation-js into family and given names. */
function personName(name: string): Author | undefined {
  const trimmed = name.trim();
  if (!trimmed) return undefined;
  const parts = parseName(trimmed);
  const family = [parts['non-dropping-particle'], parts.family].filter(Boolean).join(' ').trim();
  if (!family) return { literal: trimmed };
  return parts.given ? { family, given: parts.given } : { family };
}
