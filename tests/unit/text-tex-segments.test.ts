import { describe, expect, test } from 'vitest';
import { texSegments, texToText } from '../../src/lib/text/tex-segments.ts';
import { texToMathml } from '../../src/lib/text/tex-math.ts';
import { seedEntries } from '../helpers/cite-seed.ts';

describe('texSegments', () => {
  test('resolves text escapes, as in the seed ("less than 10\\% the parameters")', () => {
    expect(texSegments('less than 10\\% the parameters, R\\&D \\ldots')).toEqual([
      { kind: 'text', text: 'less than 10% the parameters, R&D …' },
    ]);
  });

  test('finds inline and display math', () => {
    expect(texSegments('with $p < 0.05$ and $$E=mc^2$$ and \\(a_1\\).')).toEqual([
      { kind: 'text', text: 'with ' },
      { kind: 'math', tex: 'p < 0.05', display: false, source: '$p < 0.05$' },
      { kind: 'text', text: ' and ' },
      { kind: 'math', tex: 'E=mc^2', display: true, source: '$$E=mc^2$$' },
      { kind: 'text', text: ' and ' },
      { kind: 'math', tex: 'a_1', display: false, source: '\\(a_1\\)' },
      { kind: 'text', text: '.' },
    ]);
  });

  test.each([
    'It costs $5 per scan.',
    'Between $5 and $10 per scan.',
    'Saved $5, or $ 6 with a coupon.',
    'An escaped \\$ sign and a $ alone.',
  ])('keeps a $ that is not math as text: %s', (text) => {
    expect(texSegments(text).every((segment) => segment.kind === 'text')).toBe(true);
    expect(texToText(text)).toBe(text.replace('\\$', '$'));
  });

  test('turns font commands into styled text and keeps unknown commands as written', () => {
    expect(texSegments('an \\textit{in vivo} and \\textbf{bold} \\unknown{x} \\textrm{plain}')).toEqual([
      { kind: 'text', text: 'an ' },
      { kind: 'styled', style: 'italic', text: 'in vivo' },
      { kind: 'text', text: ' and ' },
      { kind: 'styled', style: 'bold', text: 'bold' },
      { kind: 'text', text: ' \\unknown{x} plain' },
    ]);
  });

  test('gives back text without TeX unchanged, for every seed abstract without TeX', () => {
    for (const { abstract } of seedEntries().filter((entry) => !/[\\$]/.test(entry.abstract))) {
      expect(texSegments(abstract)).toEqual([{ kind: 'text', text: abstract }]);
    }
  });

  test("finds the seed's escaped percent signs and no math in it", () => {
    const withTex = seedEntries().filter((entry) => /\\%/.test(entry.abstract));
    expect(withTex.length).toBeGreaterThanOrEqual(4);
    for (const { abstract } of withTex) {
      const text = texToText(abstract);
      expect(text).not.toContain('\\%');
      expect(text.length).toBe(abstract.length - (abstract.match(/\\%/g) ?? []).length);
    }
  });
});

describe('texToMathml', () => {
  test('renders math as MathML', () => {
    expect(texToMathml('\\alpha = 0.05')).toBe('<math><mrow><mi>α</mi><mo>=</mo><mn>0.05</mn></mrow></math>');
  });

  test('escapes what it shows and refuses commands that would link or style', () => {
    expect(texToMathml('a < b')).toContain('&lt;');
    expect(texToMathml('\\href{javascript:alert(1)}{x}')).toBeUndefined();
    expect(texToMathml('\\htmlClass{x}{y}')).toBeUndefined();
  });

  test('returns undefined for TeX it cannot parse, so the page shows the source', () => {
    expect(texToMathml('\\frac{1}{')).toBeUndefined();
  });
});
