import { characteristicTerms, computeRelated, findOverrideProblems, RELATED_DEFAULTS, risingTerms } from './index.ts';
import type { CharacteristicTerm, OverrideProblem, RelatedLink, RisingTerm } from './index.ts';
import { buildTermTable, type TermTable } from './term-table.ts';
import type { PaperSource } from '../paper-lists.ts';

/** Terms that rose in the last `years` years of the survey, and the window they were measured over. */
export interface RisingWindow {
  terms: RisingTerm[];
  years: number;
  /** The window is (since, until]: `until` is the newest paper's date, so a rebuild gives the same page. */
  since: string;
  until: string;
  /** Dated papers in the window, and before it. */
  recentPapers: number;
  earlierPapers: number;
}

/** Related links, theme vocabularies and rising terms: computed once per build from every entry. */
export interface RelatedData {
  /** Links of every paper, withdrawn ones included; a link only ever leads to a published paper. */
  links: ReadonlyMap<string, RelatedLink[]>;
  /** Characteristic terms of each theme, from its primary papers. */
  themeTerms: ReadonlyMap<string, CharacteristicTerm[]>;
  /** Undefined when the survey has no dated papers on both sides of the window. */
  rising?: RisingWindow;
  /** Pins and excludes that name no paper, or the paper itself. */
  problems: OverrideProblem[];
}

/** How many links, rising terms and years the site shows. */
export interface RelatedDataOptions {
  links: number;
  risingTerms: number;
  risingYears: number;
}

const DEFAULTS: RelatedDataOptions = { links: RELATED_DEFAULTS.k, risingTerms: 8, risingYears: 2 };

/**
 * Computes everything the site shows about how papers relate, in one pass over the corpus per part.
 * Withdrawn papers keep their page (with related links, so a reader arriving by an old link can move on)
 * but are never a link's target: they are added to every paper's excludes.
 */
export function buildRelatedData(
  papers: readonly PaperSource[],
  options: Partial<RelatedDataOptions> = {},
): RelatedData {
  const settings = { ...DEFAULTS, ...options };
  const published = papers.filter((paper) => paper.data.status !== 'withdrawn');
  const withdrawn = papers.filter((paper) => paper.data.status === 'withdrawn').map((paper) => paper.id);
  const texts = papers.map(({ id, data }) => ({
    slug: id,
    title: data.title,
    abstract: data.abstract,
    // One shared array when the curator excluded nothing, so 10,000 papers do not copy the withdrawn list.
    related: {
      pin: data.related?.pin ?? [],
      exclude: data.related?.exclude.length ? [...data.related.exclude, ...withdrawn] : withdrawn,
    },
  }));
  const themed = published.map(({ id, data }) => ({
    slug: id,
    title: data.title,
    abstract: data.abstract,
    theme: data.theme,
    date: data.date,
  }));
  // Theme terms and rising terms count the same terms of the same papers: read them once.
  const terms = buildTermTable(themed);
  return {
    links: computeRelated(texts, { k: settings.links }),
    themeTerms: characteristicTerms(themed, { terms }),
    rising: risingWindow(themed, settings, terms),
    problems: findOverrideProblems(papers.map(({ id, data }) => ({ slug: id, related: data.related }))),
  };
}

type Dated = Parameters<typeof risingTerms>[0][number];

/** Rising terms over the `risingYears` up to the newest dated paper (not the build's clock, which would drift). */
function risingWindow(
  papers: readonly Dated[],
  settings: RelatedDataOptions,
  table: TermTable,
): RisingWindow | undefined {
  const dates = papers.filter((paper) => paper.date.precision === 'day').map((paper) => paper.date.value);
  if (dates.length === 0) return undefined;
  const until = dates.reduce((newest, date) => (date > newest ? date : newest));
  // The same window as risingTerms: dates after the day `years` before `until`.
  const since = `${Number(until.slice(0, 4)) - settings.risingYears}${until.slice(4)}`;
  const recentPapers = dates.filter((date) => date > since).length;
  const terms = risingTerms(papers, until, { years: settings.risingYears, count: settings.risingTerms, terms: table });
  if (terms.length === 0) return undefined;
  return { terms, years: settings.risingYears, since, until, recentPapers, earlierPapers: dates.length - recentPapers };
}
