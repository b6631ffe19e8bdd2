import type { Entry } from '../schema.ts';
import { abstractLead, splitSentences, truncate } from './entry-text.ts';

// "We propose", "this study introduces", "we then systematically evaluated": the authors (or their
// paper) as the subject, at most two adverbs, then the verb in any tense.
const SUBJECT = String.raw`\b(?:we|this (?:paper|work|study|article|report|letter|technical report))`;
const ADVERBS = String.raw`(?:,?\s+(?:\w+ly|also|further|then|here|therefore|first|now|thus|hence|finally|additionally|furthermore))*`;
const said = (verbs: string[]) =>
  new RegExp(String.raw`${SUBJECT}${ADVERBS},?\s+(?:${verbs.join('|')})(?:s|d|ed)?\b`, 'i');

// What a sentence says, strongest first: the authors' own contribution ("we propose", "X is
// presented"), then what they built, then what they studied.
const CONTRIBUTION: ReadonlyArray<RegExp> = [
  said(['propose', 'introduce', 'present']),
  /\b(?:is|are) (?:proposed|introduced|presented)\b/i,
  said([
    'develop',
    'design',
    'build',
    'built',
    'release',
    'curate',
    'construct',
    'describe',
    'create',
    'establish',
    'contribute',
    'adapt',
    'train',
    'pretrain',
  ]),
  said([
    'investigate',
    'study',
    'studie',
    'evaluate',
    'explore',
    'examine',
    'compare',
    'assess',
    'analyze',
    'analyse',
    'benchmark',
    'conduct',
    'carry out',
    'carrie',
    'survey',
    'review',
    'apply',
    'applie',
    'employ',
  ]),
];

/**
 * The sentence of an abstract to show under a title in a list: the one where the authors say what
 * they propose, introduce or present (else what they build, else what they study), shortened to `max`
 * characters; the abstract's first sentence when none says so. TeX is kept (the page renders it),
 * never cut inside `$…$`.
 *
 * @example
 * snippetFor({ abstract: 'LLMs are popular. However, they fail. We propose X, a fix.' })
 * // 'We propose X, a fix.'
 */
export function snippetFor(entry: Pick<Entry, 'abstract'>, max = 240): string {
  const sentences = splitSentences(entry.abstract);
  for (const pattern of CONTRIBUTION) {
    const found = sentences.find((sentence) => pattern.test(sentence));
    if (found) return keepMathWhole(truncate(found, max));
  }
  return keepMathWhole(abstractLead(entry.abstract, max));
}

// A cut inside `$…$` would show half a formula as text: cut before the unclosed `$` instead.
function keepMathWhole(text: string): string {
  const dollars = [...text.matchAll(/(?<!\\)\$/g)];
  if (dollars.length % 2 === 0) return text;
  return `${text.slice(0, dollars.at(-1)!.index).trimEnd()}…`;
}
