/** The part of Pagefind's browser API the survey uses. */
export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** What a search returns before its result data is loaded. */
export interface PagefindSearch {
  results: Array<{ id: string; data(): Promise<PagefindResult> }>;
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

/** One result's data: its URL, metadata, filters and an excerpt in which matches are marked. */
export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once, on first use: nothing of the search index is fetched until a reader
 * focuses the search box, presses "/", or opens the search page.
 */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/**
 * Turns Pagefind's excerpt (text whose matches are wrapped in `<mark>`) into DOM nodes without ever
 * parsing it as HTML: the text becomes text nodes, so an abstract's `<script>` stays literal.
 */
export function excerptToNodes(excerpt: string): Node[] {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter(Boolean)
    .map((part) => {
      const marked = /^<mark>(.*)<\/mark>$/.exec(part);
      const text = decodeEntities(marked ? marked[1] : part);
      if (!marked) return document.createTextNode(text);
      const mark = document.createElement('mark');
      mark.textContent = text;
      return mark;
    });
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(lt|gt|amp|quot|#39|#x27);/g,
    (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#x27': "'" })[name] ?? '',
  );
}
