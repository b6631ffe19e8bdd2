import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { quote } from '../diagnostics.ts';
import type { BodyProblem } from '../restricted-mdx/parse-body.ts';
import type { RouteKind } from '../routes.ts';
import { THEME_IDS } from '../themes.ts';

const INTERNAL = /^\/(?:papers|themes)\//;

/**
 * Links in a body to `/papers/<slug>/` or `/themes/<id>/` that lead nowhere: no entry or alias has
 * that slug, no theme has that id, or the trailing slash is missing (the site's URLs all end in `/`).
 */
export function brokenInternalLinks(tree: Root, routes: ReadonlyMap<string, RouteKind>): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    if (!INTERNAL.test(node.url)) return;
    const path = node.url.replace(/[?#].*$/, '');
    if (routes.has(path)) return;
    const where = {
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      found: quote(node.url),
    };
    if (routes.has(`${path}/`)) {
      problems.push({
        ...where,
        message: `the link ${node.url} lacks its trailing slash`,
        expected: `${path}/`,
        fix: `write ${path}/`,
      });
    } else {
      problems.push({
        ...where,
        message: `the link ${node.url} leads to no page of the survey`,
        expected: `/papers/<slug>/ of an entry (or an alias of one), or /themes/<id>/ with an id among ${THEME_IDS.join(', ')}`,
        fix: 'copy the slug from the slug: field of the entry you mean, or remove the link',
      });
    }
  });
  return problems;
}
