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
