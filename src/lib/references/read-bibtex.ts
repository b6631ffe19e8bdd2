import { parse, type Creator, type Entry as BibEntry } from '@retorquere/bibtex-parser';
import { pad2 } from '../dates.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { arxivIdFrom, canonicalDoi, isArxivDoi } from '../merge/identifiers.ts';
import type { IncomingPaper } from '../merge/merge-paper.ts';
import type { Author, PaperDate, PaperLink } from '../schema.ts';
import { classifyUrl } from './classify-url.ts';
import { lineAt, ReferenceError, type ParsedReferences, type ReferenceRecord } from './reference-record.ts';
import { venueFromClues, type VenueClues } from './venue-from-record.ts';

// Titles and abstracts keep their case as written: no sentence-casing, no case-protection markup.
const OPTIONS = { english: false, caseProtection: false, sentenceCase: false } as const;
// The parser renders LaTeX markup (\emph, \url, ^) as a few HTML tags; an entry stores plain text.
const PARSER_MARKUP = /<\/?(?:i|b|em|strong|sup|sub|sc|nc|span|a)(?:\s[^>]*)?>/g;

/**
 * Reads a BibTeX or BibLaTeX file with @retorquere/bibtex-parser (the parser of Better BibTeX for
 * Zotero): LaTeX becomes Unicode, braces go, names are split as BibTeX splits them and an
 * organisation in braces stays whole. A syntax error anywhere refuses the whole file, naming the line.
 */
export function readBibtex(text: string, file: string): ParsedReferences {
  const diagnostics: Diagnostic[] = [];
  const unknownMacros = new Set<string>();
  const library = parse(text, { ...OPTIONS, unsupported: (_node, tex) => (unknownMacros.add(tex), tex) });
  const errors: Diagnostic[] = library.errors.map((error) => ({
    severity: 'error',
    file,
    line: lineOfError(text, error.error, error.input),
    message: `the BibTeX entry starting here cannot be read: ${error.error.replace(/\.*\s*at line (\d+).*$/s, ' (the parser stopped at line $1)')}`,
    expected: '@type{key, field = {value}, ...} with balanced braces and a comma between fields',
    found: error.input ? JSON.stringify(error.input.split('\n')[0]!.slice(0, 80)) : undefined,
    fix: 'correct the entry in the reference manager and export again, or fix the braces at that line',
  }));
  if (errors.length > 0) throw new ReferenceError(errors);
  for (const macro of unknownMacros) {
    diagnostics.push({
      severity: 'warning',
      file,
      line: 0,
      message: `unknown LaTeX command ${macro} kept as written`,
      fix: 'replace it with plain text or Unicode if it should read differently',
    });
  }
  let from = 0;
  const records: ReferenceRecord[] = [];
  for (const entry of library.entries) {
    const at = text.indexOf(entry.input, from);
    from = at < 0 ? from : at + entry.input.length;
    records.push({ paper: bibEntryToPaper(entry), line: at < 0 ? 0 : lineAt(text, at), key: entry.key });
  }
  if (records.length === 0) {
    throw new ReferenceError([
      {
        severity: 'error',
        file,
        line: 0,
        message: 'the BibTeX file has no entries',
        expected: 'at least one @article, @inproceedings, @misc … entry',
        fix: 'export the references again',
      },
    ]);
  }
  return { format: 'bibtex', records, diagnostics };
}

/** The line where the failing entry starts, else the line where the parser stopped. */
function lineOfError(text: string, message: string, input: string | undefined): number {
  const at = input ? text.indexOf(input) : -1;
  if (at >= 0) return lineAt(text, at);
  const stated = / at line (\d+)/.exec(message);
  return stated ? Number(stated[1]) : 0;
}

/** A field as text: the parser's markup removed, and composed (NFC), since `{\"o}` comes out as o + a combining mark. */
function plain(value: string | undefined): string | undefined {
  const text = value?.replace(PARSER_MARKUP, '').normalize('NFC').trim();
  return text ? text : undefined;
}

/** A BibTeX name as an entry stores it: family with its particle ("van der Berg"), given with any suffix. */
export function creatorToAuthor(creator: Creator): Author | undefined {
  if (creator.name) return { literal: creator.name.normalize('NFC').trim() };
  const family = [creator.prefix, creator.lastName].filter(Boolean).join(' ').normalize('NFC').trim();
  const given = [creator.firstName, creator.suffix].filter(Boolean).join(', ').normalize('NFC').trim();
  if (!family) return given ? { literal: given } : undefined;
  return given ? { family, given } : { family };
}

const TYPES: Record<string, VenueClues['type']> = {
  article: 'article',
  inproceedings: 'proceedings',
  conference: 'proceedings',
  proceedings: 'proceedings',
  incollection: 'book',
  inbook: 'book',
  book: 'book',
};

/** What one BibTeX entry says about its paper. */
function bibEntryToPaper(entry: BibEntry): IncomingPaper {
  const f = entry.fields;
  const isArxivEprint = /^arxiv$/i.test(f.archiveprefix ?? f.eprinttype ?? '');
  // Where exports put the arXiv id: eprint (BibLaTeX, Better BibTeX), the URL, arXiv's DOI, Zotero's
  // note or number ("arXiv:2203.03540 [cs]"), Google Scholar's journal ("arXiv preprint arXiv:…").
  const arxiv =
    (isArxivEprint && f.eprint ? arxivIdFrom(f.eprint) : undefined) ??
    [f.url, f.doi, f.arxiv, f.eprint, f.number, f.note, f.howpublished, f.journal]
      .map((v) => (v ? arxivIdFromLoose(v) : undefined))
      .find(Boolean);
  const doi = f.doi && !isArxivDoi(f.doi) ? canonicalDoi(f.doi) : undefined;
  const authors = (f.author ?? []).map(creatorToAuthor).filter((a): a is Author => a !== undefined);
  const venue = venueFromClues({
    name: plain(f.journal ?? f.journaltitle ?? f.booktitle),
    type: TYPES[entry.type.toLowerCase()] ?? 'other',
    year: Number(f.year) || undefined,
    hasArxiv: arxiv !== undefined,
  });
  const url = f.url ? classifyUrl(f.url) : undefined;
  const links: PaperLink[] = url && f.url ? [{ kind: url.kind, url: f.url }] : [];
  const paper: IncomingPaper = {
    title: plain(f.title),
    abstract: plain(f.abstract),
    authors: authors.length > 0 ? authors : undefined,
    date: bibDate(f.date, f.year, f.month, f.day),
    arxiv,
    arxivCategory: plain(f.primaryclass ?? f.eprintclass),
    doi,
    venue,
    links,
  };
  return Object.fromEntries(Object.entries(paper).filter(([, value]) => value !== undefined)) as IncomingPaper;
}

/** An arXiv id in a URL, a DOI, or Google Scholar's "arXiv preprint arXiv:2203.03540". */
function arxivIdFromLoose(value: string): string | undefined {
  return arxivIdFrom(value) ?? arxivIdFrom(/arxiv:\s*\S+/i.exec(value)?.[0] ?? '');
}

/** A full date only: BibLaTeX's `date = {2025-03-28}`, or year, month and day fields. A year alone is no date here. */
function bibDate(date?: string, year?: string, month?: string, day?: string): PaperDate | undefined {
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date.trim())) return { precision: 'day', value: date.trim() };
  if (!year || !month || !day || !/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day))
    return undefined;
  const value = `${year}-${pad2(Number(month))}-${pad2(Number(day))}`;
  return Number.isNaN(Date.parse(value)) ? undefined : { precision: 'day', value };
}
