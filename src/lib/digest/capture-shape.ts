/** What kind of copy a capture is: which link markup and escapes its tool wrote. */
export interface CaptureShape {
  /** Numbered link targets: `[12]: https://…`, or a `References` list of `12. https://…` (lynx, elinks). */
  references: Map<number, string>;
  /** 1-based lines of the reference list (and its headings): page chrome, not text. */
  referenceLines: Set<number>;
  /** Markdown (`[text](url)` links or `#` headings): backslash escapes are undone. */
  markdown: boolean;
  /** Markdown with raw HTML blocks (`<div …>` lines, as pandoc writes): tags are lifted off. */
  html: boolean;
  /** html2text: headings are `**** … ****` with `_` for each space, and words may break at hyphens. */
  html2text: boolean;
}

const REFERENCE_HEADINGS = /^\s*(references|visible links:?|hidden links:?)\s*$/i;

/**
 * Looks at a capture's lines for the signs each tool leaves, never at the file's name.
 *
 * @example
 * detectShape(['### [Title](/papers/2503.22397)']).markdown // true
 */
export function detectShape(lines: string[]): CaptureShape {
  const references = new Map<number, string>();
  const referenceLines = new Set<number>();
  let inList = false;
  lines.forEach((raw, index) => {
    const definition = raw.includes(']:') ? /^\s*\[(\d+)\]:\s*(\S+)\s*$/.exec(raw) : null;
    const listed = raw.includes(':') ? /^\s*(\d+)\.\s+((?:https?|file|ftp|mailto):\S+)\s*$/.exec(raw) : null;
    if (raw.length < 24 && REFERENCE_HEADINGS.test(raw)) {
      inList = true;
      referenceLines.add(index + 1);
    } else if (definition || (listed && inList)) {
      const [, number, url] = (definition ?? listed)!;
      references.set(Number(number), url);
      referenceLines.add(index + 1);
    } else if (raw.trim() !== '') {
      inList = false;
    }
  });
  const markdown = lines.some((line) => /\]\((?:https?:\/\/|\/)[^)\s]*\)/.test(line) || /^#{1,6} \[/.test(line));
  const html = markdown && lines.some((line) => /^<\/?div\b[^<>]*>$/.test(line.trim()));
  const html2text =
    lines.some((line) => /^\*{2,} \S.*$/.test(line) && !/^\*{2,} \*/.test(line)) &&
    lines.some((line) => /\S \*{2,}$/.test(line));
  return { references, referenceLines, markdown, html, html2text };
}
