import { z } from 'astro/zod';
import themesFile from '../../content/themes.json' with { type: 'json' };

/** The shape of `content/themes.json`: theme ids, names, descriptions and classifier evidence. */
const ThemesFileSchema = z.object({
  maxRepeats: z.number().int().positive(),
  claimOrder: z.array(z.string()),
  claimAt: z.number().positive(),
  contributionWeight: z.number().min(0).max(1),
  secondaryRatio: z.number().min(0).max(1),
  secondaryMinScore: z.number().min(0),
  reviewMargin: z.number().min(0),
  fallbackTheme: z.string(),
  themes: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z][a-z0-9-]*$/),
        name: z.string().min(1),
        description: z.string().min(1),
        titleTerms: z.record(z.string(), z.number().positive()),
        terms: z.record(z.string(), z.number().positive()),
        /** arXiv primary categories that are evidence for the theme, with their weights. */
        categories: z.record(z.string(), z.number().positive()).default({}),
      }),
    )
    .min(1),
});

/** The validated themes file; a typo in it fails loudly at import, not silently at classification. */
export const themesConfig = ThemesFileSchema.parse(themesFile);

/** One theme: id, display name, description and weighted classifier terms. */
export type Theme = (typeof themesConfig.themes)[number];

/** Theme ids in display order. */
export const THEME_IDS = themesConfig.themes.map((theme) => theme.id) as [string, ...string[]];

/** A theme id, as stored in an entry's `theme` field. */
export type ThemeId = string;

/** Looks up a theme by id; throws on an unknown id, which the schema should already have refused. */
export function getTheme(id: ThemeId): Theme {
  const theme = themesConfig.themes.find((candidate) => candidate.id === id);
  if (!theme) throw new Error(`Unknown theme "${id}". Known themes: ${THEME_IDS.join(', ')}.`);
  return theme;
}

/** The CSS class that colours a theme: themes take a colour by their position in themes.json. */
export function toneClass(index: number): string {
  return `tone-${index % 6}`;
}
