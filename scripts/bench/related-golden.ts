/**
 * Prints, as JSON, everything the related-papers code derives from a fixed set of corpora, so that a speed-up
 * can be checked byte for byte against the code before it: `computeRelated`, `characteristicTerms` and
 * `risingTerms` on 1,500 synthetic papers and on subsets of them, on the seed entries mixed into synthetic
 * ones (real names, acronyms and capitals among many papers), and `buildRelatedData` on the seed entries and
 * on synthetic papers with pins, excludes and withdrawn papers.
 * Usage: tsx scripts/bench/related-golden.ts > before.json; (change code); again > after.json; cmp the two.
 */
import { join } from 'node:path';
import { buildRelatedData } from '../../src/lib/related/survey-related.ts';
import { characteristicTerms, computeRelated, risingTerms } from '../../src/lib/related/index.ts';
import { syntheticCorpus, type SyntheticPaper } from './synthetic-corpus.ts';
import { EntrySchema } from '../../src/lib/schema.ts';
import type { PaperSource } from '../../src/lib/paper-lists.ts';
import { readEntries } from '../../src/lib/content-tree/files.ts';
import { PROJECT } from './workspace.ts';

const out: Record<string, unknown> = {};
const plain = (map: ReadonlyMap<string, unknown>) => [...map];

const synthetic = syntheticCorpus(1500);
const subsets: Record<string, SyntheticPaper[]> = {
  all1500: synthetic,
  first40: synthetic.slice(0, 40),
  first300: synthetic.slice(0, 300),
  every7th: synthetic.filter((_, at) => at % 7 === 0),
  reversed: [...synthetic].reverse().slice(0, 500),
};
for (const [name, papers] of Object.entries(subsets)) {
  out[`computeRelated/${name}`] = plain(computeRelated(papers));
  out[`characteristicTerms/${name}`] = plain(characteristicTerms(papers));
  out[`risingTerms/${name}`] = risingTerms(papers, '2025-06-30');
}
const unpruned = { k: 8, maxPostingsShare: 1, sharedTermCount: 4 };
out['computeRelated/all1500/k8-unpruned'] = plain(computeRelated(synthetic, unpruned));

const seed = (await readEntries(join(PROJECT, 'content')))
  .map(({ data }) => EntrySchema.parse(data))
  .map((data) => ({ id: data.slug, data }));
out['buildRelatedData/seed'] = summarise(buildRelatedData(seed));
const seedTexts = seed.map(({ id, data }) => {
  const { title, abstract, theme, date } = data;
  return { slug: id, title, abstract, theme, date };
});
const mixed = [...seedTexts, ...synthetic.slice(0, 1000)];
out['computeRelated/seed+1000'] = plain(computeRelated(mixed));
out['characteristicTerms/seed+1000'] = plain(characteristicTerms(mixed as Parameters<typeof characteristicTerms>[0]));

// Synthetic entries with curator pins and excludes, and every 50th paper withdrawn.
const entries = synthetic.slice(0, 800).map((paper, at) => ({
  id: paper.slug,
  data: {
    ...paper,
    status: at % 50 === 3 ? 'withdrawn' : 'published',
    related: at % 9 === 0 ? { pin: [`synthetic-${at + 5}`, 'nowhere'], exclude: [`synthetic-${at + 2}`] } : undefined,
  },
})) as unknown as PaperSource[];
out['buildRelatedData/synthetic800'] = summarise(buildRelatedData(entries));

function summarise(data: ReturnType<typeof buildRelatedData>) {
  return { links: plain(data.links), themeTerms: plain(data.themeTerms), rising: data.rising, problems: data.problems };
}

process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
