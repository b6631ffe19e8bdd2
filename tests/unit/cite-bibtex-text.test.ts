import { parse } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  authorToBibtex,
  bibtexName,
  bibtexTitle,
  collapseSpaces,
  escapeTex,
  protectCase,
} from '../../src/lib/cite/bibtex-text.ts';

/** The title a real BibTeX parser reads back from a record whose title field is `latex`. */
function parsedTitle(latex: string): string | undefined {
  const library = parse(`@misc{k,\n  title = {${latex}}\n}\n`, { english: false, caseProtection: false });
  expect(library.errors, `parse errors for ${latex}`).toEqual([]);
  return library.entries[0]?.fields.title;
}

describe('escapeTex', () => {
  test.each([
    ['&', '\\&'],
    ['%', '\\%'],
    ['$', '\\$'],
    ['#', '\\#'],
    ['_', '\\_'],
    ['{', '\\textbraceleft{}'],
    ['}', '\\textbraceright{}'],
    ['~', '\\textasciitilde{}'],
    ['^', '\\textasciicircum{}'],
    ['\\', '\\textbackslash{}'],
    ['Detection & Correction', 'Detection \\& Correction'],
    ['a_b {c} d', 'a\\_b \\textbraceleft{}c\\textbraceright{} d'],
    ['<', '\\textless{}'],
    ['>__', '\\textgreater{}\\_\\_'],
    ['a -- b --- c', 'a -{}- b -{}-{}- c'],
    ["''q'' ``q'' ,,q", "'{}'q'{}' `{}`q'{}' ,{},q"],
    ['!` ?`', '!{}` ?{}`'],
    ['x^2 ~ y', 'x\\textasciicircum{}2 \\textasciitilde{} y'],
  ])('escapes %j as %j', (text, expected) => {
    expect(escapeTex(text)).toBe(expected);
  });

  test.each(['Müller', 'β-blockers', '中文', 'naïve — “quoted”', 'Ångström'])('keeps non-ASCII %j as UTF-8', (text) => {
    expect(escapeTex(text)).toBe(text);
  });
});

describe('protectCase', () => {
  test.each([
    ['GatorTron: A Large Model', '{GatorTron}: A Large Model'],
    ['CLIN-X: pre-trained models', '{CLIN-X}: pre-trained models'],
    ['Dr-LLaVA and X-Ray', '{Dr-LLaVA} and X-Ray'],
    ['Comparing Rule-Based and Deep Learning Models', 'Comparing Rule-Based and Deep Learning Models'],
    ['Clinical-R1: Empowering Models', '{Clinical-R1}: Empowering Models'],
    ['Models for Spanish: German Text Data', 'Models for {Spanish}: {German} Text Data'],
    ['Code-Mixed Hindi-English Queries', 'Code-Mixed {Hindi-English} Queries'],
    ["Predicting Alzheimer's Disease", "Predicting {Alzheimer's} Disease"],
    [
      'CLIN-X: pre-trained models in the Boston clinical domain',
      '{CLIN-X}: pre-trained models in the {Boston} clinical domain',
    ],
    ['Large language models in healthcare: A review', 'Large language models in healthcare: A review'],
    [
      'Domain-specific optimization of self-supervised models for Histopathology',
      'Domain-specific optimization of self-supervised models for {Histopathology}',
    ],
    ['A 3D Benchmark', 'A {3D} Benchmark'],
    ['models (LLMs) work', 'models ({LLMs}) work'],
    ['mRNA vaccines', '{mRNA} vaccines'],
    ['Large Language Models', 'Large Language Models'],
    ['A B C', 'A B C'],
    ['\\textasciitilde{} GatorTron', '\\textasciitilde{} {GatorTron}'],
    ['\\textbackslash{} plain', '\\textbackslash{} plain'],
    ['é\\textbraceleft{}A', '{é\\textbraceleft{}A}'],
  ])('protects %j as %j', (latex, expected) => {
    expect(protectCase(latex)).toBe(expected);
  });
});

describe('bibtexTitle', () => {
  test.each([
    'IryoNLP at MEDIQA-CORR 2024: Tackling the Medical Error Detection & Correction Task',
    '100% accurate? Costs in $ and # of tokens',
    'snake_case and {braced} text',
    'a lone { brace',
    'a lone } brace',
    '}{ reversed braces',
    'tilde ~ caret ^ backslash \\ end',
    'ends with a backslash \\',
    '~GatorTron^ and \\LaTeX{} commands',
    'Ångström-level “quotes” — Müller’s β-test',
    'x < y > z',
    "éA{'",
    "Model -- Bringing Motion Generation --- and ``quotes'' ,,low'' !`inverted ?`marks",
    'NUL\u0000 is dropped'.replace('\u0000', ''),
  ])('round-trips %j through a BibTeX parser', (title) => {
    expect(parsedTitle(bibtexTitle(title))).toBe(title);
  });

  test('collapses runs of whitespace as BibTeX does, keeping a no-break space as a tie', () => {
    expect(bibtexTitle('a  b\n\tc\u2003d')).toBe('a b c d');
    expect(bibtexTitle('a\u00a0b')).toBe('a~b');
    expect(collapseSpaces('  a \r\n b\u2009 ')).toBe('a b');
  });

  // The parser reads UTF-8 back in Unicode normal form C, so both sides are compared in NFC.
  test.each([
    ['ASCII and TeX specials', fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 })],
    ['any Unicode', fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })],
  ])('round-trips any text of %s', (_name, other) => {
    const special = fc.constantFrom(...' &%$#_{}~^\\<>|"\'`@!?.,:;()[]-+=*/aAzZ09éüβ—“”中'.split(''));
    const text = fc.string({ unit: fc.oneof(special, other), minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(text, (raw) => {
        const title = collapseSpaces(raw);
        fc.pre(title !== '');
        expect(parsedTitle(bibtexTitle(title))?.normalize('NFC')).toBe(title.normalize('NFC'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('bibtexName', () => {
  test.each([
    ['Ludwig van Beethoven', {}, 'Ludwig van Beethoven'],
    ['Smith & Wesson Lab', { team: true }, '{Smith \\& Wesson Lab}'],
    ['Research and Development', {}, '{Research and Development}'],
  ])('writes %j (%j) as %j', (name, options, expected) => {
    expect(bibtexName(name, options)).toBe(expected);
  });
});

describe('authorToBibtex', () => {
  test.each([
    [{ family: 'Yang', given: 'Xi' }, 'Yang, Xi'],
    [{ family: 'Al Attrach', given: 'Rafi' }, 'Al Attrach, Rafi'],
    [{ family: 'van der Berg', given: 'Anna' }, 'van der Berg, Anna'],
    [{ family: 'Strötgen', given: 'Jannik' }, 'Strötgen, Jannik'],
    [{ family: 'Plato' }, 'Plato'],
    [{ family: 'Smith, Jr.', given: 'John' }, '{Smith, Jr.}, John'],
    [{ literal: 'The MIMIC Consortium' }, '{The MIMIC Consortium}'],
    [{ literal: 'Research and Development & Co' }, '{Research and Development \\& Co}'],
  ])('writes %j as %j', (author, expected) => {
    expect(authorToBibtex(author)).toBe(expected);
  });
});
