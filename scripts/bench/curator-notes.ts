/**
 * Curator's notes for synthetic surveys: after the import, a fixed-seed share of the entries gets a
 * Markdown body (paragraphs, emphasis, a link, a list, sometimes an allowed `<Note>` or `<abbr>`), as
 * curators write them, so the benchmark pays for rendering real commentary too.
 */
import { appendFileSync, globSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_GLOB } from '../../src/lib/content-tree/layout.ts';
import { seededRandom } from './synthetic-digest.ts';

const OPENERS = [
  'A careful study',
  'Worth reading for its evaluation',
  'The strongest baseline in this theme',
  'A useful negative result',
  'Small but well designed',
];
const POINTS = [
  'the data are public',
  'the code is released',
  'the test set is small',
  'no external validation',
  'clinicians rated the outputs',
  'results hold across sites',
];

/** The body of one note: Markdown plus, now and then, an allowed element. */
export function curatorNote(random: () => number): string {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const paragraphs = [
    `${pick(OPENERS)}: **${pick(POINTS)}**, and _${pick(POINTS)}_. See [the discussion](https://example.org/notes/${Math.floor(random() * 1000)}).`,
  ];
  paragraphs.push(['- ' + pick(POINTS), '- ' + pick(POINTS), '- ' + pick(POINTS)].join('\n'));
  if (random() < 0.3)
    paragraphs.push(
      `<Note>Compare with the <abbr title="electronic health record">EHR</abbr> papers of the same year.</Note>`,
    );
  return `${paragraphs.join('\n\n')}\n`;
}

/** Appends a note to about `share` of the entries under `contentDir/papers`; returns how many got one. */
export function addCuratorNotes(contentDir: string, share = 0.05, seed = 7): number {
  const random = seededRandom(seed);
  const files = globSync(ENTRY_GLOB, { cwd: contentDir }).sort();
  let noted = 0;
  for (const file of files) {
    if (random() >= share) continue;
    // Entry files end with the closing "---\n"; a blank line then the body is the shape entryToMdx writes.
    appendFileSync(join(contentDir, file), `\n${curatorNote(random)}`);
    noted++;
  }
  return noted;
}
