import { parseDocument } from 'yaml';
import type { ThemeId } from '../themes.ts';

/** What a curator decided about one entry. */
export interface ReviewDecision {
  theme: ThemeId;
  secondaryThemes: ThemeId[];
  /** A one-line TL;DR; undefined leaves the entry's note as it is. */
  note?: string;
}

/**
 * Writes a curator's decision into an entry file's text: the themes, the curator as their source,
 * the day confirmed and the note. Only those fields change: the rest of the file, its comments,
 * quoting and order, and the body, stay byte for byte as they were (the YAML is edited as a document,
 * not re-dumped), so a curator's diff shows exactly the decision.
 *
 * @example
 * reviseEntryText(text, { theme: 'imaging', secondaryThemes: [], note: 'First CT foundation model.' }, '2026-12-02')
 */
export function reviseEntryText(text: string, decision: ReviewDecision, today: string): string {
  const match = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$)[\s\S]*)$/.exec(text);
  if (!match) throw new Error('the entry has no frontmatter between "---" lines');
  const [, open, frontmatter, rest] = match;
  const doc = parseDocument(frontmatter);
  if (doc.errors.length > 0) throw new Error(`the frontmatter is not valid YAML: ${doc.errors[0].message}`);
  doc.set('theme', decision.theme);
  doc.set('secondaryThemes', doc.createNode(decision.secondaryThemes, { flow: decision.secondaryThemes.length === 0 }));
  if (doc.has('themeReason')) doc.setIn(['themeReason', 'source'], 'curator');
  doc.set('confirmed', today);
  if (decision.note !== undefined) doc.set('note', decision.note.trim());
  return `${open}${doc.toString({ lineWidth: 0 })}${rest}`;
}
