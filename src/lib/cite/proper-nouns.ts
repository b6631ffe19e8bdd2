/**
 * Capitalised words that stay capitalised in any title, which a style that lowercases titles (`plain`,
 * APA in BibLaTeX) must not touch: languages and peoples, places, and the names behind eponyms common in
 * clinical and machine-learning titles. Acronyms and CamelCase need no list: their inner capitals show them.
 */
export const PROPER_NOUNS: ReadonlySet<string> = new Set([
  // Languages, peoples and regions.
  'african', 'american', 'arabic', 'asian', 'bengali', 'british', 'catalan', 'chinese', 'danish', 'dutch', 'english', 'european',
  'finnish', 'french', 'german', 'greek', 'hebrew', 'hindi', 'indian', 'indonesian', 'italian', 'japanese', 'korean', 'latin',
  'norwegian', 'persian', 'polish', 'portuguese', 'russian', 'spanish', 'swahili', 'swedish', 'thai', 'turkish', 'urdu', 'vietnamese',
  'africa', 'america', 'asia', 'china', 'europe', 'india', 'japan', 'korea', 'unani', 'ayurvedic', 'ayurveda',
  // People behind methods, distributions and diseases.
  'bayes', 'bayesian', 'gaussian', 'markov', 'markovian', 'fourier', 'laplace', 'laplacian', 'euclidean', 'riemannian', 'hilbert',
  'wasserstein', 'shapley', 'monte', 'carlo', 'kalman', 'boltzmann', 'hessian', 'jacobian', 'lipschitz', 'newton', 'siamese',
  'alzheimer', "alzheimer's", 'parkinson', "parkinson's", 'crohn', "crohn's", 'hodgkin', "hodgkin's", 'huntington', "huntington's",
]);

/** True when a word (any capitalisation, trailing possessive included) is a proper noun from {@link PROPER_NOUNS}. */
export function isProperNoun(word: string): boolean {
  return PROPER_NOUNS.has(word.toLowerCase().replace(/’/g, "'"));
}
