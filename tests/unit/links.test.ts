import { describe, expect, test } from 'vitest';
import { huggingFaceProfileUrl } from '../../src/lib/cite/urls.ts';
import { searchPath, themeBibPath, withBase } from '../../src/lib/links.ts';

describe('withBase', () => {
  test.each([
    ['/papers/x/', '/', '/papers/x/'],
    ['/papers/x/', '/survey/', '/survey/papers/x/'],
    ['papers/x/', '/survey', '/survey/papers/x/'],
  ])('puts %s under base %s', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});

describe('searchPath', () => {
  test('narrows to a theme, encoding both values as the search page reads them', () => {
    expect(searchPath('large language model', { theme: 'clinical-nlp' })).toBe(
      '/search/?q=large%20language%20model&theme=clinical-nlp',
    );
  });

  test('sorts newest first when asked, and writes only the query otherwise', () => {
    expect(searchPath('x-ray & ct', { sort: 'newest' })).toBe('/search/?q=x-ray%20%26%20ct&sort=newest');
    expect(searchPath('sepsis')).toBe('/search/?q=sepsis');
  });
});

test('themeBibPath names the theme’s BibTeX file', () => {
  expect(themeBibPath('imaging')).toBe('/themes/imaging.bib');
});

test('huggingFaceProfileUrl encodes the profile slug', () => {
  expect(huggingFaceProfileUrl('umassnlp')).toBe('https://huggingface.co/umassnlp');
  expect(huggingFaceProfileUrl('a b')).toBe('https://huggingface.co/a%20b');
});
