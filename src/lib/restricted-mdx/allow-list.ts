/** A JSX element a curator may write in an entry body, and the plain HTML it becomes. */
export interface AllowedElement {
  /** The HTML element it renders as. */
  tagName: string;
  /** Attributes a curator may set, each as a literal string (`title="…"`), never as `{…}`. */
  attributes: readonly string[];
  /** A class the renderer adds, for the site's styles to pick up. */
  className?: string;
  /** A block (it holds paragraphs), written on lines of its own rather than inside a sentence. */
  block?: boolean;
  /** What it is for, with an example; shown in error messages. */
  usage: string;
}

/**
 * Everything an entry body may contain besides Markdown. Deliberately small: each element renders as
 * static HTML with no behaviour, so no component code ever runs. Adding one here makes the checker
 * accept it and the loader render it; nothing else needs to change.
 */
export const ALLOWED_ELEMENTS: Readonly<Record<string, AllowedElement>> = {
  Note: {
    tagName: 'aside',
    className: 'note',
    block: true,
    attributes: [],
    usage: '<Note>A remark set apart from the commentary.</Note>',
  },
  abbr: { tagName: 'abbr', attributes: ['title'], usage: '<abbr title="electronic health record">EHR</abbr>' },
  sub: { tagName: 'sub', attributes: [], usage: 'H<sub>2</sub>O' },
  sup: { tagName: 'sup', attributes: [], usage: 'x<sup>2</sup>' },
  br: { tagName: 'br', attributes: [], usage: 'a line<br />break' },
};

/** The allowed elements as people write them, for messages: `<Note>, <abbr>, …`. */
export const ALLOWED_LIST = Object.keys(ALLOWED_ELEMENTS)
  .map((name) => `<${name}>`)
  .join(', ');

/** Raw HTML elements that run code, style the page or load another document: named as such when refused. */
export const CODE_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'form',
  'svg',
  'math',
  'template',
]);

/** URL schemes a link or image in a body may use; any other (`javascript:`, `data:`…) could run code. */
export const SAFE_URL_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);
