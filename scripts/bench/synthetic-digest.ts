/**
 * Synthetic digests for benchmarks, in the seed digest's exact shape. Titles and abstracts come from
 * the related-papers corpus generator (a fixed-seed Zipfian word pool, written in sentences), with
 * each theme's own phrases mixed in so the importer's classifier spreads papers over the themes; dates
 * spread over 2018–2025. Same size and seed, same text, every run.
 */
import { MONTH_ABBREVIATIONS } from '../../src/lib/dates.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const TOPICS: string[][] = [
  [
    'clinical notes',
    'electronic health records',
    'language model',
    'named entity recognition',
    'discharge summaries',
    'ICD coding',
    'clinical text',
    'entity linking',
    'tokenizer',
    'dialogue',
  ],
  [
    'segmentation',
    'MRI',
    'X-ray',
    'histopathology',
    'endoscopy',
    'surgical video',
    'gait',
    'EEG signals',
    'dermatology images',
    'CT scans',
  ],
  [
    'benchmark',
    'dataset',
    'evaluation',
    'comparison',
    'leaderboard',
    'corpus',
    'shared task',
    'annotated',
    'gold standard',
    'reader study',
  ],
  [
    'hallucination',
    'factuality',
    'safety',
    'trust',
    'explainability',
    'preference optimization',
    'reward model',
    'faithful reasoning',
    'alignment',
    'uncertainty',
  ],
];
const OPENERS = ['We study', 'This paper addresses', 'We focus on', 'Motivated by', 'Progress in', 'Work on'];
const HEADER = [
  'new',
  'Get trending papers in your email inbox!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
  'Jan 8',
];

/** A small, fast, seeded PRNG (mulberry32), so every run makes the same digest. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds the text of a digest with `count` papers in the seed's shape (header, then records). */
export function syntheticDigest(count: number, seed = 42): string {
  const random = seededRandom(seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const parts = [...HEADER];
  // A real corpus keeps meeting new words (Heaps' law): about 30·√tokens distinct ones, 200 tokens an abstract.
  const vocabulary = Math.max(4000, Math.round(30 * Math.sqrt(200 * count)));
  for (const [i, paper] of syntheticCorpus(count, { seed, vocabulary }).entries()) {
    const topic = TOPICS[i % TOPICS.length];
    const title = `${paper.title} for ${capitalise(pick(topic))} and ${pick(topic)}`;
    const abstract = `${pick(OPENERS)} ${pick(topic)}. ${paper.abstract} We report results on ${pick(topic)} and ${pick(topic)}, with ${pick(topic)}.`;
    const meta =
      random() < 0.2 ? `org${i % 50} Organisation ${i % 50}` : `  • ${1 + Math.floor(random() * 12)} authors`;
    const comments = random() < 0.2 ? ` ${Math.floor(random() * 9)}` : '';
    const date = `${pick(MONTH_ABBREVIATIONS)} ${1 + Math.floor(random() * 28)}, ${2018 + Math.floor(random() * 8)}${comments}`;
    parts.push(title, abstract, `${meta}\n·\n${date}`);
  }
  return parts.join('\n\n');
}

function capitalise(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}
