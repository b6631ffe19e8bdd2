import { expect, test } from 'vitest';
import { flagSchemaProblems } from '../../src/lib/contributor-input/paper-from-flags.ts';
import { makeEntry } from '../helpers/cite-seed.ts';

test("flagSchemaProblems names the flag, says what was expected and what was found, in the check's words", () => {
  expect(flagSchemaProblems({ ...makeEntry(), arxiv: '25.1', doi: 'not-a-doi' })).toEqual([
    '--arxiv: an arXiv id such as 2501.01234, without version; found "25.1"',
    '--doi: a DOI such as 10.1038/s41746-022-00742-2; found "not-a-doi"',
  ]);
  expect(flagSchemaProblems(makeEntry())).toEqual([]);
});
