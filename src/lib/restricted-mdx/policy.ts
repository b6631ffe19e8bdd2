import type { Definition, Image, Link, Nodes, Root } from 'mdast';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import { quote } from '../diagnostics.ts';
import { ALLOWED_ELEMENTS, ALLOWED_LIST, CODE_ELEMENTS, SAFE_URL_SCHEMES, type AllowedElement } from './allow-list.ts';
import type { BodyProblem } from './parse-body.ts';

/** A JSX element in a body, block or inline. */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const EXPECTED = `Markdown, or one of the allowed elements: ${ALLOWED_LIST}`;

/** The allow-list entry of a JSX element, or undefined when the element is not allowed. */
export function allowedElement(node: JsxElement): AllowedElement | undefined {
  return node.name && Object.hasOwn(ALLOWED_ELEMENTS, node.name) ? ALLOWED_ELEMENTS[node.name] : undefined;
}

/** True for `{/* a comment *\/}`: an expression with nothing to evaluate, which curators may use. */
export function isCommentOnly(node: MdxFlowExpression | MdxTextExpression): boolean {
  const program = node.data?.estree;
  return program !== undefined && program !== null && program.body.length === 0;
}

/** True when a link or image URL is relative or uses a scheme that cannot run code (http, https, mailto). */
export function isSafeUrl(url: string): boolean {
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url.trim())?.[1];
  return scheme === undefined || SAFE_URL_SCHEMES.has(scheme.toLowerCase());
}

/**
 * Everything in a parsed body that is not Markdown or an allowed element, each with its position:
 * `import`/`export`, JavaScript expressions, raw `<script>` and other code elements, components off the
 * allow-list, event-handler and expression attributes, and links with a scheme such as `javascript:`.
 */
export function findRefusals(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree, (node: Nodes, _index, parent) => {
    if (node.type === 'mdxjsEsm') problems.push(esmProblem(node));
    else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isCommentOnly(node))
      problems.push(expressionProblem(node));
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      problems.push(...elementProblems(node));
      if (node.type === 'mdxJsxTextElement' && allowedElement(node)?.block && parent && hasOtherText(parent, node))
        problems.push(inlineBlockProblem(node));
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url))
      problems.push(urlProblem(node));
  });
  return problems;
}

function at(node: { position?: { start: { line: number; column: number } } }): Pick<BodyProblem, 'line' | 'column'> {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function esmProblem(node: MdxjsEsm): BodyProblem {
  const word = node.data?.estree?.body[0]?.type.startsWith('Export') ? 'export' : 'import';
  return {
    ...at(node),
    message: `\`${word}\` is not allowed in an entry's commentary: entries cannot load or run code`,
    expected: EXPECTED,
    found: quote(node.value),
    fix: 'delete this line; to show code as text, put it in a fenced code block (```)',
  };
}

function expressionProblem(node: MdxFlowExpression | MdxTextExpression): BodyProblem {
  return {
    ...at(node),
    message: "a JavaScript expression {…} is not allowed in an entry's commentary: entries cannot run code",
    expected: EXPECTED,
    found: quote(`{${node.value}}`),
    fix: 'delete it; write a literal brace as "\\{", or show code as text in `backticks`',
  };
}

function elementProblems(node: JsxElement): BodyProblem[] {
  const name = node.name ?? '';
  const tag = name === '' ? '<>' : `<${name}>`;
  const problems: BodyProblem[] = [];
  const spec = allowedElement(node);
  if (CODE_ELEMENTS.has(name.toLowerCase())) {
    problems.push({
      ...at(node),
      message: `raw ${tag} is not allowed in an entry's commentary: entries cannot run code, add styles or embed other pages`,
      expected: EXPECTED,
      found: tag,
      fix: `delete the ${tag} element`,
    });
  } else if (!spec) {
    problems.push({
      ...at(node),
      message: `${tag} is not an allowed component`,
      expected: EXPECTED,
      found: tag,
      fix: `write it in Markdown (**bold**, [a link](/papers/<slug>/), > a quote) or use an allowed element; components cannot be imported`,
    });
  }
  for (const attribute of node.attributes) {
    const where = at(attribute);
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({
        ...where,
        message: `the spread attribute {${attribute.value}} on ${tag} is a JavaScript expression, which is not allowed`,
        found: quote(`{${attribute.value}}`),
        fix: 'delete it',
      });
    } else if (/^on/i.test(attribute.name)) {
      problems.push({
        ...where,
        message: `the event handler ${attribute.name} on ${tag} is not allowed: entries cannot run code`,
        found: attribute.name,
        fix: `delete the ${attribute.name} attribute`,
      });
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      problems.push({
        ...where,
        message: `the attribute ${attribute.name}={…} on ${tag} is a JavaScript expression, which is not allowed`,
        found: quote(`${attribute.name}={${attribute.value.value}}`),
        fix: `write it as a literal string: ${attribute.name}="…"`,
      });
    } else if (spec && !spec.attributes.includes(attribute.name)) {
      const takes = spec.attributes.length > 0 ? `only ${spec.attributes.join(', ')}` : 'no attributes';
      problems.push({
        ...where,
        message: `${tag} does not take the attribute ${attribute.name}`,
        expected: `${tag} takes ${takes}: ${spec.usage}`,
        found: attribute.name,
        fix: `delete the ${attribute.name} attribute`,
      });
    }
  }
  return problems;
}

function hasOtherText(parent: { children: Nodes[] }, node: Nodes): boolean {
  return parent.children.some((child) => child !== node && (child.type !== 'text' || child.value.trim() !== ''));
}

function inlineBlockProblem(node: JsxElement): BodyProblem {
  return {
    ...at(node),
    message: `<${node.name}> is a block and cannot sit inside a sentence`,
    expected: ALLOWED_ELEMENTS[node.name ?? '']?.usage,
    fix: `put <${node.name}> and its text on lines of their own, with a blank line before and after`,
  };
}

function urlProblem(node: Link | Image | Definition): BodyProblem {
  return {
    ...at(node),
    message: `the ${node.type === 'image' ? 'image' : 'link'} URL uses a scheme that could run code`,
    expected: 'an http(s) or mailto: address, or a page of the survey such as /papers/<slug>/',
    found: quote(node.url),
    fix: 'link to the page itself, not to a script',
  };
}
