import type { CaptureShape } from './capture-shape.ts';

/** A capture's line with its link markup lifted off: the text a reader sees, and the link targets it had. */
export interface LiftedLine {
  /** 1-based line number in the capture. */
  line: number;
  text: string;
  /** Targets of the links on (or spanning) this line, in order. */
  urls: string[];
  /** A heading (`### …`, html2text's `**** … ****`): a title, when in a record. */
  heading: boolean;
  /** The line had content, all of it markup (a reference list entry, an image, an HTML tag, a link bracket). */
  markup: boolean;
}

// Raw HTML that pandoc keeps in Markdown. Text `<` is escaped (`\<`) by pandoc, so an unescaped tag is markup.
const HTML_TAG =
  /(?<!\\)<\/?(?:div|a|img|span|svg|section|main|header|footer|nav|ul|ol|li|p|time|form|input|button|article|label|h[1-6])\b[^<>]*>/gi;
const MD_IMAGE = /!\[[^\[\]]*\]\([^()\s]*(?:\s+"[^"]*")?\)/g;
const MD_LINK = /\[([^\[\]]*)\]\(([^()\s]*)(?:\s+"[^"]*")?\)/g;
const REF_LINK = /\[([^\[\]]*)\]\[(\d+)\]/g;
// Markdown backslash escapes are swapped for private-use characters while links are lifted, then restored.
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const PRIVATE = 0xf0000;

/**
 * Lifts link markup off every line (reference lists, `[text][N]`, lynx's `[N]text`, `[text](url)`,
 * links whose brackets span lines, images, pandoc's raw HTML, Markdown escapes, html2text headings),
 * keeping each link's target. Line numbers never change: a line that was only markup stays, marked.
 */
export function liftMarkup(lines: string[], shape: CaptureShape): LiftedLine[] {
  const source = shape.html
    ? withoutHtmlTags(lines)
    : lines.map((text) => ({ text, urls: [] as string[], tagged: false }));
  let inHeading = false;
  const lifted = source.map(
    ({ text: raw, urls: tagUrls, tagged }, index): LiftedLine & { raw: string; tagged: boolean } => {
      const line = index + 1;
      if (shape.referenceLines.has(line))
        return { line, text: '', urls: [], heading: false, markup: true, raw, tagged };
      const urls = [...tagUrls];
      let text = shape.markdown
        ? raw.replace(ESCAPE, (_, char: string) => String.fromCodePoint(PRIVATE + char.codePointAt(0)!))
        : raw;
      let heading = false;
      if (shape.markdown && /^\s*#{1,6}\s+/.test(text)) {
        heading = true;
        text = text.replace(/^\s*#{1,6}\s+/, '');
      }
      if (shape.html2text) ({ text, heading, inHeading } = html2textHeading(text, inHeading));
      return { line, text: liftLinks(text, urls, shape), urls, heading, markup: false, raw, tagged };
    },
  );
  liftSpanningLinks(lifted, shape);
  for (const entry of lifted) {
    const text = (shape.markdown ? unescapeMarkdown(entry.text) : entry.text).trimEnd();
    // What is left of a list item whose only content was an image or a link: its bullet.
    const bulletOnly = text.length <= 6 && text.trim() !== entry.raw.trim() && /^\s*[*•+-]\s+$/.test(entry.text);
    entry.markup = ((entry.tagged || entry.raw.trim() !== '') && text.trim() === '') || bulletOnly;
    entry.text = bulletOnly ? '' : text;
  }
  return lifted;
}

// A link's closing bracket and target at the start of a line: `…](url)` or `…][N]`, no `[` before it.
const SPAN_CLOSE = /^([^\[]*?)\](?:\(([^()\s]*)\)|\[(\d+)\])/;
const SPAN_REACH = 15;

/** A link whose brackets span lines (`[` … `](url)`, `### [Long title` … `end][8]`) becomes its text. */
function liftSpanningLinks(lines: LiftedLine[], shape: CaptureShape): void {
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i].text.lastIndexOf('[');
    if (at < 0 || lines[i].text.indexOf(']', at) >= 0) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + SPAN_REACH); j++) {
      const close = SPAN_CLOSE.exec(lines[j].text);
      if (lines[j].text.includes('[') && !close) break;
      if (!close) continue;
      const url = close[2] ?? shape.references.get(Number(close[3]));
      if (url === undefined) break;
      lines[i].text = lines[i].text.slice(0, at) + lines[i].text.slice(at + 1);
      lines[j].text = close[1] + lines[j].text.slice(close[0].length);
      const heading = lines[i].heading;
      for (let k = i; k <= j; k++) {
        lines[k].urls.push(url);
        if (heading) lines[k].heading = true;
      }
      i = j - 1;
      break;
    }
  }
}

function unescapeMarkdown(text: string): string {
  if (!/[\u{f0021}-\u{f007e}]/u.test(text)) return text;
  return text.replace(/[\u{f0021}-\u{f007e}]/gu, (char) => String.fromCodePoint(char.codePointAt(0)! - PRIVATE));
}

/** Inline links and images of the shape's kind become their text; their targets are kept. */
function liftLinks(text: string, urls: string[], shape: CaptureShape): string {
  let result = text;
  if (result.includes('<http')) {
    // Markdown's autolink `<https://…>` is the URL's own text; a plain-text export (Firefox's "Save as
    // Text") writes a link as `text <https://…>`, the target after its text.
    result = shape.markdown
      ? result.replace(/<(https?:\/\/[^\s<>]+)>/g, '$1')
      : result.replace(/(\S)\s+<(https?:\/\/[^\s<>]+)>/g, (_, before: string, url: string) => (urls.push(url), before));
  }
  if (!result.includes('[')) return result;
  if (shape.markdown) {
    result = result.replace(MD_IMAGE, '');
    for (let previous = ''; previous !== result;) {
      previous = result;
      result = result.replace(MD_LINK, (_, inner: string, url: string) => (urls.push(url), inner));
    }
  }
  if (shape.references.size > 0) {
    result = result.replace(REF_LINK, (whole, inner: string, number: string) => {
      const url = shape.references.get(Number(number));
      if (url === undefined) return whole;
      urls.push(url);
      return inner;
    });
    // lynx and elinks put `[N]` before a link's text.
    result = result.replace(/(?<!\])\[(\d+)\]/g, (whole, number: string) => {
      const url = shape.references.get(Number(number));
      if (url === undefined) return whole;
      urls.push(url);
      return '';
    });
  } else if (!shape.markdown && result.includes('][')) {
    // `[text][N]` with its definitions cut off (a truncated copy): still link markup.
    result = result.replace(REF_LINK, '$1');
  }
  return result;
}

/** html2text writes headings as `**** Words_with_underscores ****`, possibly over several lines. */
function html2textHeading(text: string, inHeading: boolean): { text: string; heading: boolean; inHeading: boolean } {
  const opens = !inHeading && /^\*{2,} (?=\S)/.exec(text);
  if (!opens && !inHeading) return { text, heading: false, inHeading };
  let inner = opens ? text.slice(opens[0].length) : text;
  const closes = /(^| )\*{2,}$/.exec(inner);
  if (closes) inner = inner.slice(0, closes.index);
  // Its `_` for spaces are put back once the heading's lines are joined (a word may break at a hyphen).
  return { text: inner, heading: true, inHeading: !closes };
}

/**
 * Pandoc's raw HTML (tags may span lines) is lifted off; link targets are kept, line breaks stay. A
 * link's text is gathered onto the line where its `<a` starts, as a browser shows it on one line.
 */
function withoutHtmlTags(lines: string[]): Array<{ text: string; urls: string[]; tagged: boolean }> {
  const text = lines.join('\n');
  const out = lines.map(() => ({ text: '', urls: [] as string[], tagged: false }));
  let lineIndex = 0;
  let cursor = 0;
  let anchorLine: number | undefined;
  const advance = (chunk: string, tag: boolean) => {
    for (const char of chunk) {
      if (char === '\n') {
        lineIndex++;
        if (anchorLine !== undefined) {
          out[lineIndex].tagged = true;
          if (!tag) out[anchorLine].text += ' ';
        }
      } else if (tag) out[lineIndex].tagged = true;
      else out[anchorLine ?? lineIndex].text += char;
    }
  };
  for (const match of text.matchAll(HTML_TAG)) {
    advance(text.slice(cursor, match.index), false);
    const href = /\bhref="([^"]*)"/.exec(match[0]);
    if (/^<a\b/i.test(match[0])) anchorLine = lineIndex;
    if (href) out[anchorLine ?? lineIndex].urls.push(href[1]);
    advance(match[0], true);
    if (/^<\/a>/i.test(match[0])) anchorLine = undefined;
    cursor = match.index + match[0].length;
  }
  advance(text.slice(cursor), false);
  return out;
}
