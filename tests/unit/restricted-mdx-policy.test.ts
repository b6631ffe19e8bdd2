import { describe, expect, test } from 'vitest';
import * as allowList from '../../src/lib/restricted-mdx/allow-list.ts';
import { bodyFirstLine, parseBody } from '../../src/lib/restricted-mdx/parse-body.ts';
import * as policy from '../../src/lib/restricted-mdx/policy.ts';

/** The refusals of a body as `line: message`, or the parse problem of a body that is not MDX. */
function refusals(body: string): string[] {
  const parsed = parseBody(body);
  if (!parsed.ok) return [`${parsed.problem.line}: ${parsed.problem.message}`];
  return policy.findRefusals(parsed.tree).map((problem) => `${problem.line}: ${problem.message}`);
}

describe('restricted MDX policy', () => {
  test('exposes the allow-list and the policy', () => {
    expect(Object.keys(allowList).sort()).toEqual([
      'ALLOWED_ELEMENTS',
      'ALLOWED_LIST',
      'CODE_ELEMENTS',
      'SAFE_URL_SCHEMES',
    ]);
    expect(Object.keys(policy).sort()).toEqual(['allowedElement', 'findRefusals', 'isCommentOnly', 'isSafeUrl']);
    expect(Object.keys(allowList.ALLOWED_ELEMENTS)).toEqual(['Note', 'abbr', 'sub', 'sup', 'br']);
  });

  test.each([
    [
      'plain Markdown',
      'A **strong** _claim_, a [link](https://arxiv.org/abs/2501.01234) and `code {x}`.\n\n> quoted\n\n- a list',
    ],
    ['a fenced code block with braces and tags', '```js\nimport fs from "node:fs";\nconst x = { a: <b /> };\n```'],
    ['a less-than sign followed by a space', 'p < 0.05 in 3 of 4 cohorts'],
    ['escaped braces and angle brackets', '\\{not code\\} and \\<not a tag>'],
    ['a comment expression', 'Visible.\n\n{/* a remark for editors */}\n\nInline {/* too */} here.'],
    [
      'the allowed elements',
      '<Note>\n\nAn aside with a [link](/papers/x/).\n\n</Note>\n\nH<sub>2</sub>O x<sup>2</sup> <abbr title="electronic health record">EHR</abbr><br />',
    ],
    ['a Note alone on its line', '<Note>One line aside.</Note>'],
    ['relative and mailto links', '[a](../x/) [b](#top) [c](mailto:editors@example.org) ![d](/figure.png)'],
  ])('accepts %s', (_name, body) => {
    expect(refusals(body)).toEqual([]);
  });

  test.each([
    [
      'import',
      "import fs from 'node:fs'",
      ["1: `import` is not allowed in an entry's commentary: entries cannot load or run code"],
    ],
    [
      'export',
      'Text.\n\nexport const x = 1',
      ["3: `export` is not allowed in an entry's commentary: entries cannot load or run code"],
    ],
    [
      'a flow expression',
      '{fs.readFileSync("/etc/passwd")}',
      ["1: a JavaScript expression {…} is not allowed in an entry's commentary: entries cannot run code"],
    ],
    [
      'a text expression',
      'Total: {1 + 1} papers',
      ["1: a JavaScript expression {…} is not allowed in an entry's commentary: entries cannot run code"],
    ],
    [
      'raw <script>',
      'Hi\n\n<script>alert(1)</script>',
      [
        "3: raw <script> is not allowed in an entry's commentary: entries cannot run code, add styles or embed other pages",
      ],
    ],
    [
      'raw <style>',
      '<style>{"p{}"}</style>',
      [
        "1: raw <style> is not allowed in an entry's commentary: entries cannot run code, add styles or embed other pages",
        "1: a JavaScript expression {…} is not allowed in an entry's commentary: entries cannot run code",
      ],
    ],
    [
      'raw <iframe>',
      '<iframe src="https://example.org" />',
      [
        "1: raw <iframe> is not allowed in an entry's commentary: entries cannot run code, add styles or embed other pages",
      ],
    ],
    ['an unknown component', '<Chart year="2025" />', ['1: <Chart> is not an allowed component']],
    ['an HTML element off the list', '<div>text</div>', ['1: <div> is not an allowed component']],
    ['a fragment', '<>text</>', ['1: <> is not an allowed component']],
    [
      'an event handler',
      '<sub onClick="x()">2</sub>',
      ['1: the event handler onClick on <sub> is not allowed: entries cannot run code'],
    ],
    [
      'an expression attribute',
      '<abbr title={secret}>X</abbr>',
      ['1: the attribute title={…} on <abbr> is a JavaScript expression, which is not allowed'],
    ],
    [
      'a spread attribute',
      '<sup {...props}>2</sup>',
      ['1: the spread attribute {...props} on <sup> is a JavaScript expression, which is not allowed'],
    ],
    [
      'an attribute off the list',
      '<abbr class="x" title="y">X</abbr>',
      ['1: <abbr> does not take the attribute class'],
    ],
    [
      'a Note inside a sentence',
      'See <Note>this</Note> here.',
      ['1: <Note> is a block and cannot sit inside a sentence'],
    ],
    ['a javascript: link', '[x](javascript:alert(1))', ['1: the link URL uses a scheme that could run code']],
    [
      'a data: image',
      '![x](data:text/html;base64,PHNjcmlwdD4=)',
      ['1: the image URL uses a scheme that could run code'],
    ],
    [
      'a javascript: definition',
      '[x]\n\n[x]: JavaScript:alert(1)',
      ['3: the link URL uses a scheme that could run code'],
    ],
    [
      'an HTML comment (not MDX)',
      'Text <!-- hidden -->',
      [expect.stringMatching(/^1: the commentary is not valid MDX: Unexpected character `!`/)],
    ],
    [
      'an unclosed brace',
      'Set {a, b',
      [expect.stringMatching(/^1: the commentary is not valid MDX: Unexpected end of file in expression/)],
    ],
  ])('refuses %s, at its line', (_name, body, expected) => {
    expect(refusals(body)).toEqual(expected);
  });

  test.each([
    ['https://arxiv.org/abs/1', true],
    ['/papers/x/', true],
    ['../x/', true],
    ['#notes', true],
    ['MAILTO:a@b.org', true],
    ['javascript:alert(1)', false],
    [' JavaScript:alert(1)', false],
    ['vbscript:x', false],
    ['data:text/html,x', false],
  ])('isSafeUrl(%j) is %s', (url, safe) => {
    expect(policy.isSafeUrl(url)).toBe(safe);
  });

  test("bodyFirstLine gives the file line of the body's first line", () => {
    const text = '---\nslug: x\n---\n\nFirst line of notes.\nSecond.\n';
    expect(bodyFirstLine(text, 'First line of notes.\nSecond.\n')).toBe(5);
  });
});
