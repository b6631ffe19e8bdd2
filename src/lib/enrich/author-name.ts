import { parse } from '@citation-js/name';
import type { Author } from '../schema.ts';
import { apiText } from './api-text.ts';

// Words that make a byline name a group, kept whole as a literal, never split into given and family.
const SUFFIX = /,? (Jr\.?|Sr\.?|II|III|IV)$/;
const GROUP =
  /\b(consortium|collaboration|collaborative|team|group|committee|initiative|alliance|society|association|network|investigators)\b/i;

/**
 * An author from a name as APIs give it ("Hoo Chang Shin", "Ludwig van der Berg"): a person split
 * into given and family names by Citation.js, or a group kept whole. The parts always spell the
 * whole name; where a split would lose a character, the whole name becomes the family name.
 *
 * @example
 * authorFromName('Ludwig van der Berg') // { family: 'van der Berg', given: 'Ludwig' }
 * authorFromName('The MIMIC Consortium') // { literal: 'The MIMIC Consortium' }
 */
export function authorFromName(name: string): Author | undefined {
  const whole = apiText(name);
  if (!whole) return undefined;
  if (GROUP.test(whole)) return { literal: whole };
  const suffix = SUFFIX.exec(whole);
  // "Jean-Luc Picard Jr.": the schema has no suffix, so it stays with the family name, in reading order.
  const parsed = parse(suffix ? whole.slice(0, suffix.index) : whole);
  if (suffix && parsed.family) parsed.family = `${parsed.family} ${suffix[1]}`;
  const family = [parsed['non-dropping-particle'], parsed.family].filter(Boolean).join(' ');
  const given = [parsed.given, parsed['dropping-particle']].filter(Boolean).join(' ');
  const spelled = [given, family, parsed.suffix].filter(Boolean).join(' ');
  if (!family || letters(spelled) !== letters(whole)) return { family: whole };
  return given ? { family, given } : { family };
}

/** An author from separate given and family parts (Crossref), or a name when only that is given. */
export function authorFromParts(parts: { given?: unknown; family?: unknown; name?: unknown }): Author | undefined {
  const family = apiText(parts.family);
  const given = apiText(parts.given);
  if (family) return given ? { family, given } : { family };
  const name = apiText(parts.name);
  return name ? { literal: name } : undefined;
}

function letters(text: string): string {
  return [...text.replace(/[\s,]/g, '')].sort().join('');
}
