/** The data of the reproduced listing page: what the page shows, and so what every capture must give back. */
export interface Listing {
  query: string;
  pageDate: { shown: string; iso: string; previous: string; next: string };
  papers: ListingPaper[];
}

/** One paper card of the listing page. */
export interface ListingPaper {
  arxiv: string;
  title: string;
  /** A `\n` is a line break on the page. */
  abstract: string;
  authorsCount?: number;
  organization?: { slug: string; name: string };
  /** As the card shows it: `Mar 28, 2025`, or `Jan 6` in the page's year. */
  date: string;
  comments?: number;
  upvotes: number;
  submittedBy?: string;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The cards as a browser's plain copy of the page gives them (the seed's shape): title, abstract, the
 * organisation or author count, `·`, the date with its comment count; a blank line between cards.
 */
export function plainCopyCards(papers: readonly ListingPaper[]): string {
  const records = papers.map((p) =>
    [
      p.title,
      '',
      p.abstract,
      '',
      p.organization ? `${p.organization.slug} ${p.organization.name}` : `  • ${p.authorsCount} authors`,
      '·',
      `${p.date}${p.comments === undefined ? '' : ` ${p.comments}`}`,
    ].join('\n'),
  );
  return records.join('\n\n');
}
