/**
 * Synthetic digests for benchmarks: realistic titles and abstracts from a fixed-seed word pool,
 * spread over themes and years, in the seed digest's exact shape. Same size, same text, every run.
 */

const TOPICS: Record<string, string[]> = {
  'clinical-nlp': ['clinical notes', 'electronic health records', 'language model', 'named entity recognition', 'discharge summaries', 'ICD coding', 'clinical text', 'entity linking', 'tokenizer', 'dialogue'],
  imaging: ['segmentation', 'MRI', 'X-ray', 'histopathology', 'endoscopy', 'surgical video', 'gait', 'EEG signals', 'dermatology images', 'CT scans'],
  benchmarks: ['benchmark', 'dataset', 'evaluation', 'comparison', 'leaderboard', 'corpus', 'shared task', 'annotated', 'gold standard', 'reader study'],
  alignment: ['hallucination', 'factuality', 'safety', 'trust', 'explainability', 'preference optimization', 'reward model', 'faithful reasoning', 'alignment', 'uncertainty'],
};
const FILLER = 'the a of for and in with on to from by we our this that these which across under over between using via towards improves shows propose present introduce method approach framework results performance accuracy patients clinicians hospital care data training models tasks robust efficient scalable novel large small multi cross domain adaptation transfer learning pretraining fine-tuning retrieval augmented generation reasoning knowledge graph contrastive self-supervised federated privacy'.split(' ');
const RARE = Array.from({ length: 4000 }, (_, i) => `term${i.toString(36)}`);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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
  const pick = <T,>(items: T[]) => items[Math.floor(random() * items.length)];
  // Zipf-like: low indexes of the rare pool are much more common than high ones.
  const rare = () => RARE[Math.floor(RARE.length * random() ** 3)];
  const themes = Object.keys(TOPICS);
  const parts = ['new', 'Get trending papers in your email inbox!', 'Subscribe', 'Daily Papers', 'byAK and the research community', 'Jan 8'];
  for (let i = 0; i < count; i++) {
    const topic = TOPICS[themes[i % themes.length]];
    const title = `${rare().toUpperCase()}: ${pick(FILLER)} ${pick(topic)} ${pick(FILLER)} ${pick(topic)} ${rare()} ${i}`;
    const words: string[] = [];
    const length = 150 + Math.floor(random() * 100);
    for (let w = 0; w < length; w++) words.push(random() < 0.15 ? pick(topic) : random() < 0.2 ? rare() : pick(FILLER));
    const abstract = `${words.join(' ')}.`;
    const meta = random() < 0.2 ? `org${i % 50} Organisation ${i % 50}` : `  • ${1 + Math.floor(random() * 12)} authors`;
    const comments = random() < 0.2 ? ` ${Math.floor(random() * 9)}` : '';
    const date = `${pick(MONTHS)} ${1 + Math.floor(random() * 28)}, ${2018 + Math.floor(random() * 8)}${comments}`;
    parts.push(title, abstract, `${meta}\n·\n${date}`);
  }
  return parts.join('\n\n');
}
