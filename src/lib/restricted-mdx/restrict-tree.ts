import type { Nodes, Root } from 'mdast';
import { withBase } from '../links.ts';
import { allowedElement, type JsxElement } from './policy.ts';

/**
 * Reduces a parsed body to what may be shown, in place: Markdown, and allowed elements mapped to
 * their plain HTML. `import`/`export`, expressions, raw HTML and any element off the allow-list are
 * removed with their contents, so nothing of them reaches the page: not their code, not their output.
 * Site-relative links and images (`/papers/x/`) get the deployment base.
 */
export function restrictTree(tree: Root, base = '/'): Root {
  prune(tree, base);
  return tree;
}

function prune(parent: { children: Nodes[] }, base: string): void {
  parent.children = parent.children.filter(isKept).map(unwrapBlock);
  for (const node of parent.children) {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') toHtmlElement(node);
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      node.url.startsWith('/') &&
      !node.url.startsWith('//')
    ) {
      node.url = withBase(node.url, base);
    }
    if ('children' in node) prune(node as { children: Nodes[] }, base);
  }
  // A paragraph whose only content was refused would render as an empty <p>.
  parent.children = parent.children.filter(
    (node) =>
      node.type !== 'paragraph' || node.children.some((child) => child.type !== 'text' || child.value.trim() !== ''),
  );
}

/** `<Note>text</Note>` alone on a line parses as a paragraph holding an inline element; make it a block. */
function unwrapBlock(node: Nodes): Nodes {
  if (node.type !== 'paragraph') return node;
  const content = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const only = content.length === 1 ? content[0] : undefined;
  if (only?.type !== 'mdxJsxTextElement' || !allowedElement(only)?.block) return node;
  return {
    type: 'mdxJsxFlowElement',
    name: only.name,
    attributes: only.attributes,
    children: [{ type: 'paragraph', children: only.children }],
    position: only.position,
  };
}

function isKept(node: Nodes): boolean {
  switch (node.type) {
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'html':
      return false;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return allowedElement(node) !== undefined;
    default:
      return true;
  }
}

/** Tells mdast-util-to-hast which HTML element to make; only literal, allowed attributes survive. */
function toHtmlElement(node: JsxElement): void {
  const spec = allowedElement(node);
  if (!spec) return;
  const properties: Record<string, string | string[]> = spec.className ? { className: [spec.className] } : {};
  for (const attribute of node.attributes) {
    if (
      attribute.type === 'mdxJsxAttribute' &&
      typeof attribute.value === 'string' &&
      spec.attributes.includes(attribute.name)
    ) {
      properties[attribute.name] = attribute.value;
    }
  }
  node.attributes = [];
  node.data = { ...node.data, hName: spec.tagName, hProperties: properties };
}
