/** Related papers and theme terms: the public surface of `src/lib/related/`. */
export {
  computeRelated,
  RELATED_DEFAULTS,
  type RelatedInput,
  type RelatedLink,
  type RelatedOptions,
} from './rank-related.ts';
export { findOverrideProblems, type OverrideProblem, type RelatedOverrides } from './overrides.ts';
export { characteristicTerms, risingTerms, type CharacteristicTerm, type RisingTerm } from './theme-terms.ts';
export {
  buildTermVectors,
  TERM_VECTOR_DEFAULTS,
  type PaperText,
  type TermVector,
  type TermVectorOptions,
  type TermVectors,
} from './term-vectors.ts';
export { tokenize, type TextKind, type Token } from './tokenize.ts';
