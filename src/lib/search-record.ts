import { splitAuthors } from './cite/author-list.ts';
import { venueKindLabel } from './cite/paper-links.ts';
import type { Entry } from './schema.ts';
import { searchFacetValues } from './search/facet-values.ts';
import { SEARCH_FILTERS, SEARCH_META, SEARCH_SORTS } from './search-fields.ts';
import { abstractParagraphs, authorsLabel, commentsLabel } from './text/entry-text.ts';
import { linkifyText } from './text/linkify.ts';
import { formatPaperDate, paperYear } from './dates.ts';
import { texSegments, type TexSegment } from './text/tex-segments.ts';
import { texToMathml } from './text/tex-math.ts';

const STYLE_TAGS = { italic: 'i', bold: 'b', emphasis: 'em', code: 'code' } as const;

/** Escapes text for HTML element content and attribute values. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * What Pagefind reads of a published paper's page, made from the entry instead of the built page: the
 * indexed article of `src/pages/papers/[slug].astro` with the same text, weights (title 10, authors 3),
 * filters (theme, year, venue, code), sort (date) and metadata (title, date, authors, slug), and none of
 * the parts the page marks `data-pagefind-ignore`. `notesHtml` is the curator's notes as the page
 * renders them. Keep it in step with the page's components (PaperByline, CuratorNote, SearchFacets,
 * ThemeBadge, AbstractText); a build test compares the two indexes.
 */
export function searchRecordHtml(slug: string, entry: Entry, notesHtml?: string): string {
  const parts: string[] = ['<html lang="en"><body><article data-pagefind-body><header>'];
  parts.push(`<h1 data-pagefind-meta="${SEARCH_META.title}" data-pagefind-weight="10">${esc(entry.title)}</h1>`);
  const authors = entry.authors?.length ? splitAuthors(entry.authors) : undefined;
  if (authors) {
    parts.push(
      `<div data-pagefind-weight="3"><span>Authors: </span><span data-pagefind-meta="${SEARCH_META.authors}">${esc(authors.shown.join(', '))}</span> `,
    );
    if (authors.more.length > 0)
      parts.push(
        `<details><summary>and ${authors.more.length} more</summary> <span>${esc(authors.more.join(', '))}</span></details>`,
      );
    parts.push('</div>');
  }
  const year = paperYear(entry.date);
  const search =
    year === null
      ? ''
      : ` data-pagefind-filter="${SEARCH_FILTERS.year}:${year}" data-pagefind-sort="${SEARCH_SORTS.date}:${esc(entry.date.value)}" data-pagefind-meta="${SEARCH_META.date}:${esc(entry.date.value)}"`;
  parts.push(`<ul><li><time${search}>${esc(formatPaperDate(entry.date))}</time></li>`);
  const venue = entry.venue;
  if (venue)
    parts.push(
      `<li><span><span>${esc(venueKindLabel(venue.kind))}</span> ${esc(venue.name)}${venue.year !== undefined && year !== venue.year ? `, ${venue.year}` : ''}</span></li>`,
    );
  const count = authors ? undefined : authorsLabel(entry);
  if (count) parts.push(`<li>${esc(count)}</li>`);
  if (entry.organization) parts.push(`<li><a>${esc(entry.organization.name)}</a></li>`);
  const comments = commentsLabel(entry.comments);
  if (comments) parts.push(`<li>${esc(comments)}</li>`);
  parts.push('</ul><div>');
  if (entry.note) parts.push(`<p><strong>TL;DR</strong> ${esc(entry.note)}</p>`);
  parts.push('</div></header>');
  const facets = searchFacetValues(entry);
  parts.push(`<span hidden data-pagefind-meta="${SEARCH_META.slug}[data-slug]" data-slug="${esc(slug)}"></span>`);
  // As SearchFacets.astro: the short credit line only when there is no author list in the byline.
  if (facets.authors && !authors)
    parts.push(
      `<span hidden data-pagefind-meta="${SEARCH_META.authors}[data-value]" data-value="${esc(facets.authors)}"></span>`,
    );
  if (facets.venue)
    parts.push(
      `<span hidden data-pagefind-filter="${SEARCH_FILTERS.venue}[data-value]" data-value="${esc(facets.venue)}"></span>`,
    );
  if (facets.code)
    parts.push(
      `<span hidden data-pagefind-filter="${SEARCH_FILTERS.code}[data-value]" data-value="${esc(facets.code)}"></span>`,
    );
  for (const theme of [entry.theme, ...entry.secondaryThemes])
    parts.push(`<span hidden data-pagefind-filter="${SEARCH_FILTERS.theme}:${esc(theme)}"></span>`);
  parts.push('<section><h2 id="abstract-heading">Abstract</h2>');
  for (const paragraph of abstractParagraphs(entry.abstract)) parts.push(`<p>${abstractRun(paragraph)}</p>`);
  parts.push('</section>');
  if (notesHtml !== undefined)
    parts.push(`<section><h2 id="notes-heading">Curator’s notes</h2><div>${notesHtml}</div></section>`);
  parts.push('</article></body></html>');
  return parts.join('');
}

/** One abstract paragraph as AbstractText.astro renders it: links, styled runs, and TeX as MathML (or its source). */
function abstractRun(paragraph: string): string {
  return linkifyText(paragraph)
    .flatMap((segment): (TexSegment | { kind: 'link'; text: string })[] =>
      segment.kind === 'link' ? [segment] : texSegments(segment.text),
    )
    .map((segment) => {
      if (segment.kind === 'link') return `<a>${esc(segment.text)}</a>`;
      if (segment.kind === 'text') return esc(segment.text);
      if (segment.kind === 'styled')
        return `<${STYLE_TAGS[segment.style]}>${esc(segment.text)}</${STYLE_TAGS[segment.style]}>`;
      return texToMathml(segment.tex, segment.display) ?? esc(segment.source);
    })
    .join('');
}
