import { describe, expect, test } from 'vitest';
import { acronymPrefix, MAX_SLUG_LENGTH, toSlug, uniqueSlug } from '../../src/lib/slug.ts';

describe('toSlug', () => {
  test.each([
    ['Do We Still Need Clinical Language Models?', 'do-we-still-need-clinical-language-models'],
    ['Señal & Ruido: ¿Qué?', 'senal-and-ruido-que'],
    ['  --Spaces -- and--dashes  ', 'spaces-and-dashes'],
  ])('makes lowercase ASCII words from %j', (title, slug) => {
    expect(toSlug(title)).toBe(slug);
  });

  test('cuts long titles at a word boundary within the limit', () => {
    const slug = toSlug('Automated Coding of Under-Studied Medical Concept Domains: Linking Physical Activity Reports');
    expect(slug).toBe('automated-coding-of-under-studied-medical-concept-domains');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  });
});

describe('acronymPrefix', () => {
  test.each([
    ['GatorTron: A Large Clinical Language Model', 'GatorTron'],
    ['CLIN-X: pre-trained language models', 'CLIN-X'],
    ['Clinical-R1: Empowering Large Language Models', 'Clinical-R1'],
    ['Objective: a plain word is not distinctive', undefined],
    ['Diagnosing Transformers: Illuminating Feature Spaces', undefined],
    ['No colon at all', undefined],
    ['IryoNLP at MEDIQA-CORR 2024: Tackling', undefined],
  ])('of %j is %j', (title, expected) => {
    expect(acronymPrefix(title)).toBe(expected);
  });
});

describe('uniqueSlug', () => {
  test('prefers the acronym, then the full title, then a number', () => {
    const title = 'GatorTron: A Large Clinical Language Model';
    expect(uniqueSlug(title, new Set())).toBe('gatortron');
    expect(uniqueSlug(title, new Set(['gatortron']))).toBe('gatortron-a-large-clinical-language-model');
    expect(uniqueSlug(title, new Set(['gatortron', 'gatortron-a-large-clinical-language-model']))).toBe(
      'gatortron-a-large-clinical-language-model-2',
    );
  });

  test('is deterministic and never returns a taken slug', () => {
    const taken = new Set(['paper', 'paper-2']);
    expect(uniqueSlug('Paper', taken)).toBe('paper-3');
    expect(uniqueSlug('Paper', taken)).toBe('paper-3');
  });

  test('gives a readable slug to a title with no ASCII letters', () => {
    expect(uniqueSlug('???', new Set())).toBe('paper');
    expect(uniqueSlug('???', new Set(['paper']))).toBe('paper-2');
  });
});
