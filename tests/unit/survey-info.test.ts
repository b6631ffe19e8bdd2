import { describe, expect, test } from 'vitest';
import { surveyConfig } from '../../src/lib/survey-config.ts';
import { surveyInfo } from '../../src/lib/survey-info.ts';

describe('surveyInfo', () => {
  test('makes the citations’ view of the survey from the site config, at the deployed address', () => {
    expect(surveyInfo('https://example.org/survey/')).toEqual({
      title: surveyConfig.title,
      siteUrl: 'https://example.org/survey/',
      editors: [{ name: 'The Clinical AI Survey editors', team: true }],
      license: { spdx: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      repository: surveyConfig.repository.url,
      released: surveyConfig.released,
    });
  });

  test('ends the address with a slash, and keeps people as people (no team flag)', () => {
    const info = surveyInfo('https://example.org', {
      ...surveyConfig,
      editors: [{ name: 'Ann Bo', url: 'https://ann.example' }],
    });
    expect(info.siteUrl).toBe('https://example.org/');
    expect(info.editors).toEqual([{ name: 'Ann Bo' }]);
  });
});
