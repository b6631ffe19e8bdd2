import { normalizeTitle } from '../identity.ts';

/**
 * Whether an API's record is plausibly the entry's paper, judged by title: the same once case,
 * accents and punctuation are set aside, one contained in the other (a subtitle added or dropped),
 * or sharing most of their words (a later version reworded). A wrong arXiv id or DOI in an entry
 * would otherwise fill it with another paper's authors and venue.
 *
 * @example
 * titlesAgree('GatorTron: A Large Clinical Language Model', 'Gatortron — a large clinical language model') // true
 */
export function titlesAgree(a: string, b: string): boolean {
  const [x, y] = [normalizeTitle(a), normalizeTitle(b)];
  if (x === y || (x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x)))) return true;
  const words = (text: string) => new Set(text.split(' ').filter((word) => word.length > 2));
  const [wx, wy] = [words(x), words(y)];
  const shared = [...wx].filter((word) => wy.has(word)).length;
  return shared / Math.max(1, Math.min(wx.size, wy.size)) >= 0.6;
}
