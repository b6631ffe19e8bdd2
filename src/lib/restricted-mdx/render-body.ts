import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { ALLOWED_ELEMENTS } from './allow-list.ts';
import { parseBody, parseMarkdownOnly, type BodyProblem } from './parse-body.ts';
import { findRefusals } from './policy.ts';
import { restrictTree } from './restrict-tree.ts';

/** A body rendered to HTML, and what was refused (and left out) on the way. */
export interface RenderedBody {
  html: string;
  problems: BodyProblem[];
}

// Defence in depth: GitHub's sanitising rules (no script, style, event handlers or javascript: URLs),
// widened only by the allow-list's elements, attributes and classes.
const allowed = Object.values(ALLOWED_ELEMENTS);
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...new Set([...(defaultSchema.tagNames ?? []), ...allowed.map((spec) => spec.tagName)])],
  attributes: {
    ...defaultSchema.attributes,
    ...Object.fromEntries(
      allowed.map((spec) => [
        spec.tagName,
        [
          ...(defaultSchema.attributes?.[spec.tagName] ?? []),
          ...spec.attributes,
          ...(spec.className ? [['className', spec.className] as [string, string]] : []),
        ],
      ]),
    ),
  },
};

// No `allowDangerousHtml`: raw HTML nodes are dropped when the tree becomes HTML.
const toHtml = unified().use(remarkRehype).use(rehypeSanitize, SCHEMA).use(rehypeStringify).freeze();

/**
 * Renders an entry body (the curator's commentary) to safe HTML: Markdown plus the allowed elements,
 * nothing evaluated. A body that is not valid MDX is read as plain Markdown with raw HTML dropped, so
 * a build never fails or runs code because `npm run check` was skipped.
 *
 * @example
 * renderBody('See [CLIN-X](/papers/clin-x/).\n\n{process.exit(1)}', { base: '/survey/' })
 * // { html: '<p>See <a href="/survey/papers/clin-x/">CLIN-X</a>.</p>', problems: [{ line: 3, … }] }
 */
export function renderBody(body: string, options: { base?: string } = {}): RenderedBody {
  const parsed = parseBody(body);
  const tree = parsed.ok ? parsed.tree : parseMarkdownOnly(body);
  const problems = parsed.ok ? findRefusals(parsed.tree) : [parsed.problem];
  const hast = toHtml.runSync(restrictTree(tree, options.base));
  return { html: toHtml.stringify(hast), problems };
}
