import { checkbox, input, select } from '@inquirer/prompts';
import { computeRelated } from '../../../src/lib/related/index.ts';
import { reviewCard, type RelatedTitle } from '../../../src/lib/review/review-card.ts';
import type { QueueItem } from '../../../src/lib/review/review-queue.ts';
import type { ReviewDecision } from '../../../src/lib/review/revise-entry.ts';
import type { Entry } from '../../../src/lib/schema.ts';
import { themesConfig } from '../../../src/lib/themes.ts';
import { writeDecision } from './write-decision.ts';
import { countLabel } from '../../../src/lib/text/plural.ts';

type Action = 'accept' | 'change' | 'skip' | 'quit';

/**
 * Walks the queue with prompts. Each answer is written before the next question, so Ctrl-C or
 * "Quit" at any point keeps every decision already made; the summary says what was written.
 */
export async function reviewInteractively(
  contentDir: string,
  queue: QueueItem[],
  entries: ReadonlyArray<{ path: string; entry: Entry }>,
  today: string,
): Promise<number> {
  if (queue.length === 0) {
    console.log('The review queue is empty: every entry has been confirmed by a curator.');
    return 0;
  }
  const related = relatedTitles(entries.map(({ entry }) => entry));
  const paths = new Map(entries.map(({ path, entry }) => [entry.slug, path]));
  const done = { confirmed: 0, changed: 0, notes: 0, skipped: 0 };
  const width = Math.min(process.stdout.columns || 100, 100);
  try {
    for (const [index, item] of queue.entries()) {
      console.log(
        `\n── ${index + 1} of ${queue.length} ${'─'.repeat(Math.max(0, width - 12))}\n${reviewCard(item, related.get(item.entry.slug) ?? [], width)}\n`,
      );
      const action = await select<Action>({
        message: 'Themes:',
        choices: [
          { name: `Accept ${themeNames([item.entry.theme, ...item.entry.secondaryThemes])}`, value: 'accept' },
          { name: 'Change the themes…', value: 'change' },
          { name: 'Skip for now', value: 'skip' },
          { name: 'Quit (answers so far are saved)', value: 'quit' },
        ],
      });
      if (action === 'quit') break;
      if (action === 'skip') {
        done.skipped++;
        continue;
      }
      const themes =
        action === 'accept'
          ? { theme: item.entry.theme, secondaryThemes: item.entry.secondaryThemes }
          : await askThemes(item);
      const noteText = await input({
        message: `One-line note, a TL;DR for readers (Enter to ${item.entry.note ? 'keep the current one' : 'skip'}):`,
        validate: (value) => value.length <= 280 || 'At most 280 characters.',
      });
      const decision: ReviewDecision = { ...themes, ...(noteText.trim() ? { note: noteText.trim() } : {}) };
      const written = writeDecision(
        contentDir,
        { path: paths.get(item.entry.slug)!, slug: item.entry.slug },
        decision,
        today,
      );
      done.confirmed++;
      if (themes.theme !== item.entry.theme || themes.secondaryThemes.join() !== item.entry.secondaryThemes.join())
        done.changed++;
      if (decision.note) done.notes++;
      console.log(`saved ${written}`);
    }
  } catch (error) {
    if (!(error instanceof Error && error.name === 'ExitPromptError')) throw error;
    console.log('\nStopped.');
  }
  console.log(
    `\n${done.confirmed} confirmed (${done.changed} with changed themes), ${countLabel(done.notes, 'note', 'notes')} written, ${done.skipped} skipped. Every answer is already saved.`,
  );
  return 0;
}

async function askThemes(item: QueueItem): Promise<Pick<ReviewDecision, 'theme' | 'secondaryThemes'>> {
  const ranked = themesConfig.themes
    .map((theme) => theme.id)
    .sort((a, b) => item.verdict.scores[b] - item.verdict.scores[a]);
  const theme = await select({
    message: 'Primary theme (its main contribution):',
    default: item.entry.theme,
    choices: ranked.map((id) => ({
      name: `${themeNames([id])}  (score ${Math.round(item.verdict.scores[id] * 10) / 10})`,
      value: id,
    })),
  });
  const secondaryThemes = await checkbox({
    message: 'Secondary themes (Space to tick, Enter when done):',
    choices: ranked
      .filter((id) => id !== theme)
      .map((id) => ({ name: themeNames([id]), value: id, checked: item.entry.secondaryThemes.includes(id) })),
  });
  return { theme, secondaryThemes };
}

function themeNames(ids: readonly string[]): string {
  return ids.map((id) => themesConfig.themes.find((theme) => theme.id === id)?.name ?? id).join(' + ');
}

/** The three closest papers of each entry, with titles, computed once for the whole session. */
function relatedTitles(entries: readonly Entry[]): Map<string, RelatedTitle[]> {
  const titles = new Map(entries.map((entry) => [entry.slug, entry.title]));
  const links = computeRelated(
    entries.map((entry) => ({
      slug: entry.slug,
      title: entry.title,
      abstract: entry.abstract,
      related: entry.related ?? { pin: [], exclude: [] },
    })),
    { k: 3 },
  );
  return new Map(
    [...links].map(([slug, list]) => [
      slug,
      list.map((link) => ({ ...link, title: titles.get(link.slug) ?? link.slug })),
    ]),
  );
}
