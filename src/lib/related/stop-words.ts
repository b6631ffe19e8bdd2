import { stemmer } from 'stemmer';

/** English function words, matched on the lowercased word before stemming. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren as at be because been before being below
  between both but by can cannot could couldn did didn do does doesn doing don down during each either
  else etc even ever every few for from further had has have having he her here hers herself him himself his how
  however i if in into is isn it its itself just let may me might more most much must my myself neither no nor
  not now of off often on once one only onto or other otherwise our ours ourselves out over own per quite rather
  same several shall she should so some such than that the their theirs them themselves then there thereby
  therefore these they this those though through thus to too toward towards under until up upon us very via was
  we were what when where whereas whether which while who whom whose why will with within without would yet you
  your yours yourself yourselves among amongst along already although always another around become becomes
  besides beyond cf eg et al ie less like many mostly nevertheless since still whereby yes`.split(/\s+/),
);

/**
 * The survey's own stop words: its subject ("clinical", "domain", "model" are in nearly every entry) and the
 * boilerplate of abstracts and their links. Compared as stems, so "models" and "modelling" go too.
 */
export const SURVEY_STOP_WORDS: readonly string[] = [
  'clinical', 'model', 'domain', 'paper', 'propose', 'present', 'introduce', 'approach', 'method', 'result',
  'show', 'demonstrate', 'achieve', 'use', 'based', 'novel', 'new', 'study', 'work', 'existing', 'significantly',
  'furthermore', 'moreover', 'additionally', 'specifically', 'particularly', 'well', 'various', 'state-of-the-art', 'end-to-end',
  'better', 'finally', 'found', 'recent', 'recently', 'despite', 'describe', 'remarkable', 'impressive', 'notably',
  'current', 'currently', 'enable', 'enhance', 'enhancing', 'diverse', 'comprehensive', 'key', 'critical',
  'remain', 'remains', 'rely',
  'http', 'https', 'www', 'com', 'org', 'github', 'html', 'available',
];

/** The stems of {@link SURVEY_STOP_WORDS} (hyphens dropped, as the tokeniser does), dropped after stemming. */
export const SURVEY_STOP_STEMS: ReadonlySet<string> = new Set(SURVEY_STOP_WORDS.map((word) => stemmer(word.replaceAll('-', ''))));

/**
 * Words that belong to the survey's subject: dropped as single terms, but kept inside phrases, where they
 * carry meaning ("clinical notes", "language model"). Compared as stems.
 */
export const SUBJECT_STEMS: ReadonlySet<string> = new Set(['clinical', 'model', 'domain'].map((word) => stemmer(word)));

/**
 * Words a reader does not take as a reason: vague academic vocabulary, evaluation adjectives, reporting
 * verbs and counting words ("perspective", "concentrate", "paired", "effective", "outperform"). A phrase
 * with one of them is not a phrase; compared as stems. Adverbs in "-ly" are caught by their ending.
 */
export const FILLER_WORDS: readonly string[] = [
  'perspective', 'concentrate', 'paired', 'pair', 'aspect', 'manner', 'way', 'ability', 'capability', 'capabilities', 'potential',
  'challenge', 'challenging', 'limitation', 'gap', 'issue', 'need', 'level', 'range', 'number', 'set', 'variety', 'type', 'kind',
  'high', 'low', 'good', 'strong', 'robust', 'effective', 'efficient', 'accurate', 'different', 'multiple', 'specific', 'general',
  'overall', 'first', 'second', 'third', 'two', 'three', 'four', 'five', 'six', 'ten', 'include', 'including', 'provide', 'improve',
  'improvement', 'outperform', 'compared', 'compare', 'across', 'conduct', 'evaluate', 'address', 'leverage', 'explore', 'investigate',
  'extensive', 'experiment', 'experimental', 'superior', 'promising', 'great', 'significant', 'substantial', 'large-scale', 'wide',
  'widely', 'common', 'commonly', 'important', 'crucial', 'essential', 'valuable', 'useful', 'possible', 'able', 'make', 'making',
  'help', 'allow', 'aim', 'seek', 'find', 'obtain', 'yield', 'reach', 'perform', 'performance', 'outcome', 'effect', 'role',
  'insight', 'contribution', 'context', 'scenario', 'setting', 'practice', 'purpose', 'goal', 'question', 'problem', 'solution',
  'strategy', 'technique', 'tool', 'paradigm', 'concept', 'idea', 'factor', 'component', 'module', 'stage', 'step', 'part',
  'thing', 'case', 'example', 'instance', 'item', 'term', 'amount', 'degree', 'extent', 'lack', 'due', 'given', 'related',
  'respectively', 'lastly', 'first', 'upon', 'total', 'average', 'mean', 'best', 'top', 'state', 'art', 'real-world', 'real', 'world',
  'employ', 'converge', 'correlate', 'widespread', 'micro', 'proprietary', 'usage', 'proficiency', 'utilization', 'utilisation', 'category', 'constrain', 'restrict', 'incorporate', 'insufficient', 'systematic', 'implicit', 'integration', 'framework', 'encompass', 'shed', 'shedding', 'light', 'ensure', 'facilitate', 'support', 'require', 'requires', 'involve', 'consider', 'focus', 'focusing', 'toward', 'hope', 'believe',
];

/** The stems of {@link FILLER_WORDS} and of the survey's boilerplate words. */
export const FILLER_STEMS: ReadonlySet<string> = new Set(FILLER_WORDS.map((word) => stemmer(word.replaceAll('-', ''))));
