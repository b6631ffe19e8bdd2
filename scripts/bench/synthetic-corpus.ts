/** A generated paper with the fields the related-papers functions read. */
export interface SyntheticPaper {
  slug: string;
  title: string;
  abstract: string;
  theme: string;
  date: { precision: 'day'; value: string };
}

/** Knobs of the generator; the defaults give a corpus shaped like the survey's (see {@link syntheticCorpus}). */
export interface SyntheticCorpusOptions {
  seed: number;
  vocabulary: number;
  topics: number;
  wordsPerTopic: number;
}

const FUNCTION_WORDS =
  'the of and to in a for with on by we that is are this from as our which these can be an their'.split(' ');
// The head of the Zipf curve: words every abstract of the survey uses, which must end up as corpus stop words.
const COMMON_WORDS =
  'clinical model models data language medical task performance large evaluation training dataset benchmark learning results'.split(
    ' ',
  );

/** mulberry32: a tiny seeded generator, so a seed gives the same corpus on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples ranks 0…n-1 with probability ∝ 1/(rank+1)^s. */
function zipf(n: number, s: number, next: () => number): () => number {
  const cumulative = new Float64Array(n);
  for (let r = 0, sum = 0; r < n; r++) cumulative[r] = sum += 1 / (r + 1) ** s;
  return () => {
    const target = next() * cumulative[n - 1];
    let [low, high] = [0, n - 1];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

function pseudoWords(count: number, next: () => number): string[] {
  const [consonants, vowels] = ['bcdfghklmnprstvz', 'aeiou'];
  const pick = (letters: string) => letters[Math.floor(next() * letters.length)];
  const words = new Set(COMMON_WORDS);
  while (words.size < count) {
    let word = '';
    for (let syllables = 2 + Math.floor(next() * 3); syllables > 0; syllables--)
      word += pick(consonants) + pick(vowels);
    words.add(next() < 0.4 ? word + pick(consonants) : word);
  }
  return [...words];
}

/**
 * A deterministic corpus for benchmarks and tests: a Zipfian vocabulary (common survey words first, then
 * pseudo-words), topical clusters whose papers favour their topic's words, 150–250-word abstracts in sentences
 * with function words, Title Case titles, one theme per topic group and dates from 2019 to 2025.
 */
export function syntheticCorpus(size: number, options: Partial<SyntheticCorpusOptions> = {}): SyntheticPaper[] {
  const { seed, vocabulary, topics, wordsPerTopic } = {
    seed: 42,
    vocabulary: 4000,
    topics: 40,
    wordsPerTopic: 80,
    ...options,
  };
  const next = random(seed);
  const words = pseudoWords(vocabulary, next);
  const globalRank = zipf(words.length, 1.05, next);
  const topicRank = zipf(wordsPerTopic, 0.9, next);
  // Topic words come from the middle of the curve: specific, but not unique to one paper.
  const topicWords = Array.from({ length: topics }, () =>
    Array.from({ length: wordsPerTopic }, () => words[200 + Math.floor(next() * (words.length - 200))]),
  );
  const wordOf = (topic: number, topicalShare: number) =>
    next() < topicalShare ? topicWords[topic][topicRank()] : words[globalRank()];
  const capital = (word: string) => word[0].toUpperCase() + word.slice(1);
  return Array.from({ length: size }, (_, i) => {
    const topic = Math.floor(next() * topics);
    const title = Array.from({ length: 6 + Math.floor(next() * 7) }, () => capital(wordOf(topic, 0.6))).join(' ');
    const sentences: string[] = [];
    for (let left = 150 + Math.floor(next() * 101); left > 0;) {
      const length = Math.min(left, 12 + Math.floor(next() * 14));
      const sentence = Array.from({ length }, () =>
        next() < 0.4 ? FUNCTION_WORDS[Math.floor(next() * FUNCTION_WORDS.length)] : wordOf(topic, 0.3),
      );
      sentences.push(`${capital(sentence.join(' '))}.`);
      left -= length;
    }
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(next() * 7 * 365) * 86_400_000).toISOString().slice(0, 10);
    return {
      slug: `synthetic-${i + 1}`,
      title,
      abstract: sentences.join(' '),
      theme: `theme-${topic % 6}`,
      date: { precision: 'day' as const, value: day },
    };
  });
}
