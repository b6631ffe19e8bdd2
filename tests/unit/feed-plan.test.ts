import { expect, test } from 'vitest';
import { feedPlans } from '../../src/lib/export/feed-plan.ts';
import { buildSiteData, type PaperSource } from '../../src/lib/paper-lists.ts';
import type { Entry } from '../../src/lib/schema.ts';
import { THEME_IDS } from '../../src/lib/themes.ts';

function paper(id: string, theme: string, status: 'published' | 'withdrawn' = 'published'): PaperSource {
  const data = {
    slug: id,
    title: `Paper ${id}`,
    abstract: 'An abstract.',
    date: { precision: 'day', value: '2025-01-01' },
    theme,
    secondaryThemes: [],
    themeReason: { source: 'curator' },
    added: '2026-01-01',
    aliases: [],
    links: [],
    status,
  } as unknown as Entry;
  return { id, data };
}

test('feedPlans makes the survey feed first, then one feed per theme with the papers its page lists', () => {
  const [first, second] = THEME_IDS as unknown as [string, string];
  const plans = feedPlans(buildSiteData([paper('a', first), paper('b', second), paper('gone', first, 'withdrawn')]));
  expect(plans.map((plan) => plan.key)).toEqual(['', ...THEME_IDS]);
  expect(plans[0]!.current.map((entry) => entry.slug).sort()).toEqual(['a', 'b']);
  expect(plans[1]!.current.map((entry) => entry.slug)).toEqual(['a']);
  expect(plans.every((plan) => plan.archives.length === 0)).toBe(true);
});
