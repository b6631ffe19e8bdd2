import { parse as parseName } from '@citation-js/name';
import type { Author } from '../schema.ts';

/**
 * Reads the authors a contributor types: names separated by semicolons, each "Family, Given" or
 * "Given Family" (read by citation-js's name parser, which knows particles such as "van"), and an
 * organisation kept whole in braces, as BibTeX does.
 *
 * @example
 * authorsFromInput('Yang, Xi; Aokun Chen; {The MIMIC Consortium}')
 * // [{ family: 'Yang', given: 'Xi' }, { family: 'Chen', given: 'Aokun' }, { literal: 'The MIMIC Consortium' }]
 */
export function authorsFromInput(text: string): Author[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part): Author => {
      const whole = /^\{(.+)\}$/.exec(part);
      if (whole) return { literal: whole[1].trim() };
      const name = parseName(part);
      const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ').trim();
      if (!family) return { literal: part };
      const given = [name.given, name['dropping-particle']].filter(Boolean).join(' ').trim();
      return given ? { family, given } : { family };
    });
}
