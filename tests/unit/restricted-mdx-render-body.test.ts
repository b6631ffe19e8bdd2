import fc from 'fast-check';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { renderBody } from '../../src/lib/restricted-mdx/render-body.ts';

const html = (body: string, base?: string) => renderBody(body, { base }).html;

describe('renderBody', () => {
  test.each([
    [
      'Markdown',
      'A **strong** [link](https://arxiv.org/abs/2501.01234).',
      '<p>A <strong>strong</strong> <a href="https://arxiv.org/abs/2501.01234">link</a>.</p>',
    ],
    ['a Note block', '<Note>\n\nAn *aside*.\n\n</Note>', '<aside class="note"><p>An <em>aside</em>.</p></aside>'],
    ['a one-line Note', '<Note>An aside.</Note>', '<aside class="note"><p>An aside.</p></aside>'],
    [
      'inline elements',
      'H<sub>2</sub>O x<sup>2</sup> <abbr title="electronic health record">EHR</abbr><br />',
      '<p>H<sub>2</sub>O x<sup>2</sup> <abbr title="electronic health record">EHR</abbr><br></p>',
    ],
    [
      'escaped characters as text',
      'p \\< 0.05, \\{a\\} and `<b>{c}</b>`',
      '<p>p &#x3C; 0.05, {a} and <code>&#x3C;b>{c}&#x3C;/b></code></p>',
    ],
    ['a comment expression as nothing', 'Before.\n\n{/* hidden */}\n\nAfter.', '<p>Before.</p>\n<p>After.</p>'],
  ])('renders %s', (_name, body, expected) => {
    expect(html(body)).toBe(expected);
  });

  test('prefixes site-relative links and images with the base, and leaves others alone', () => {
    expect(html('[a](/papers/x/) [b](https://x.org/) [c](#n) ![d](/f.png)', '/survey/')).toBe(
      '<p><a href="/survey/papers/x/">a</a> <a href="https://x.org/">b</a> <a href="#n">c</a> <img src="/survey/f.png" alt="d"></p>',
    );
  });

  test('drops import, expressions, raw HTML and unknown components with their contents, and says so', () => {
    const body =
      "import fs from 'node:fs'\n\nSafe sentence.\n\n{fs.readFileSync('/etc/passwd', 'utf8')}\n\n<script>alert(1)</script>\n\n<Chart data=\"x\">chart text</Chart>\n\nTotal {1 + 1}.";
    const rendered = renderBody(body);
    expect(rendered.html).toBe('<p>Safe sentence.</p>\n<p>Total .</p>');
    expect(rendered.problems.map((problem) => problem.line)).toEqual([1, 5, 7, 9, 11]);
  });

  test('keeps an allowed element but only its literal, allowed attributes', () => {
    expect(html('<abbr title={x} onClick="y()" class="z">EHR</abbr> <sub {...p}>2</sub>')).toBe(
      '<p><abbr>EHR</abbr> <sub>2</sub></p>',
    );
  });

  test('removes javascript: URLs from links', () => {
    expect(html('[x](javascript:alert(1)) [y](JAVASCRIPT:alert(1))')).toBe('<p><a>x</a> <a>y</a></p>');
  });

  test('reads a body that is not valid MDX as Markdown with raw HTML dropped', () => {
    const rendered = renderBody(
      'Intro <!-- note --> and <script>alert(1)</script> **bold**.\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(rendered.html).toBe('<p>Intro  and alert(1) <strong>bold</strong>.</p>');
    expect(rendered.problems).toHaveLength(1);
    expect(rendered.problems[0].message).toMatch(/^the commentary is not valid MDX/);
  });

  test('never emits an element or attribute that can run code, whatever the body', () => {
    const pieces = fc.constantFrom(
      '<script>x()</script>',
      '<style>p{}</style>',
      '<iframe src="x">',
      '<img src=x onerror="x()">',
      '<a href="javascript:x()">a</a>',
      '[l](javascript:x())',
      '{x()}',
      'import a from "b"',
      '<Note onClick="x()">n</Note>',
      '<svg onload="x()"/>',
      '<!-- c -->',
      '<',
      '{',
      '\n\n',
      'text ',
      '**b**',
      '`c`',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }), (parts) => {
        const root = parse(html(parts.join('')));
        for (const element of root.querySelectorAll('*')) {
          expect(['script', 'style', 'iframe', 'svg', 'object', 'embed']).not.toContain(element.tagName.toLowerCase());
          for (const [name, value] of Object.entries(element.attributes)) {
            expect(name.toLowerCase()).not.toMatch(/^on/);
            expect(value.trim().toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
