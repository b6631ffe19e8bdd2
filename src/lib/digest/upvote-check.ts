import { quote, type Diagnostic } from '../diagnostics.ts';

/**
 * A listing shows an upvote count on every card or on none. A capture where only some papers have one
 * lost a count line, or read a line of text (a title wrapped after "2022") as a count: either way the
 * minority is reported, with its line, and left out; nothing is guessed.
 */
export function checkUpvoteCounts<P extends { title: string; line: number; upvotes?: number }>(
  papers: P[],
  upvoteLines: Array<number | undefined>,
  file: string,
): { kept: P[]; diagnostics: Diagnostic[] } {
  const counted = upvoteLines.filter((line) => line !== undefined).length;
  if (counted === 0 || counted === papers.length) return { kept: papers, diagnostics: [] };
  const minorityHasCount = counted * 2 < papers.length;
  const diagnostics: Diagnostic[] = [];
  const kept = papers.filter((paper, index) => {
    const line = upvoteLines[index];
    if ((line !== undefined) !== minorityHasCount) return true;
    diagnostics.push({
      severity: 'error',
      file,
      line: line ?? paper.line,
      message: minorityHasCount
        ? `a number alone before the title ${quote(paper.title, 50)} reads as an upvote count, but no other paper here has one`
        : `the paper ${quote(paper.title, 50)} has no upvote count, unlike the others`,
      expected: 'an upvote count on every paper of the capture, or on none',
      found: minorityHasCount ? `the line ${quote(String(paper.upvotes))}` : 'no count line before the title',
      fix: minorityHasCount
        ? 'if the number is part of the title, join it to the title line'
        : 'restore the count line from the listing',
    });
    return false;
  });
  return { kept, diagnostics };
}
