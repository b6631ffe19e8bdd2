import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Something wrong in an entry body, at a line and column counted from the body's first line. */
export interface BodyProblem {
  line: number;
  column: number;
  message: string;
  expected?: string;
  found?: string;
  fix?: string;
}

/** A body parsed as MDX (a syntax tree to inspect), or the reason it is not valid MDX. */
export type ParsedBody = { ok: true; tree: Root } | { ok: false; problem: BodyProblem };

// Parsing only: no MDX compiler, no evaluation. remark-mdx turns `import`, `{…}` and `<Tag>` into
// syntax nodes (mdxjsEsm, mdx*Expression, mdxJsx*Element) that the policy then inspects.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();
const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parses an entry body as MDX (Markdown, GFM, JSX, expressions and ESM as syntax). */
export function parseBody(body: string): ParsedBody {
  try {
    return { ok: true, tree: mdxParser.parse(body) };
  } catch (error) {
    const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
    if (typeof reason !== 'string') throw error;
    // An unclosed tag at the end of the body has no position of its own; its message names where it opened.
    const opened = /\((\d+):(\d+)/.exec(reason);
    return {
      ok: false,
      problem: {
        line: line ?? Number(opened?.[1] ?? 1),
        column: column ?? Number(opened?.[2] ?? 1),
        message: `the commentary is not valid MDX: ${reason}`,
        expected: 'Markdown, where "<" and "{" start a tag or an expression',
        fix: 'write a literal "<" as "\\<" and "{" as "\\{"; HTML comments (<!-- -->) are not MDX, delete them',
      },
    };
  }
}

/** Parses a body as plain Markdown (GFM): the safe reading of a body that is not valid MDX. */
export function parseMarkdownOnly(body: string): Root {
  return markdownParser.parse(body);
}

/** The line of an entry file on which its body starts, so that body positions can name file lines. */
export function bodyFirstLine(fileText: string, body: string): number {
  return fileText.split(/\r?\n/).length - body.split(/\r?\n/).length + 1;
}
