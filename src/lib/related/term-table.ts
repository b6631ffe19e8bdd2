import { paperTerms } from './paper-terms.ts';
import type { PaperText } from './term-vectors.ts';

/**
 * Every paper's terms ({@link paperTerms}), read once and numbered: theme terms and rising terms both count
 * from it, so a build reads each abstract once for both, and counting is array arithmetic, not map lookups.
 * Only what counting needs is kept: at 10,000 papers there are about a million terms, most in one paper.
 */
export interface TermTable {
  /** The key (stems) of each term id. */
  keys: string[];
  /** For each paper (in input order), the ids of its terms. */
  termsOf: Int32Array[];
  /** The first form seen of each term id. */
  firstForm: string[];
  /** Every use of a term in another form than its first: paper, term id, form (most terms have one form). */
  otherForms: Array<{ paper: number; id: number; form: string }>;
}

/** Reads the terms of every paper once, in input order. */
export function buildTermTable(papers: readonly PaperText[]): TermTable {
  const idOf = new Map<string, number>();
  const keys: string[] = [];
  const firstForm: string[] = [];
  const otherForms: TermTable['otherForms'] = [];
  const termsOf: Int32Array[] = [];
  papers.forEach((paper, at) => {
    const terms = paperTerms(paper);
    const ids = new Int32Array(terms.size);
    let i = 0;
    for (const [key, form] of terms) {
      let id = idOf.get(key);
      if (id === undefined) {
        id = keys.push(key) - 1;
        idOf.set(key, id);
        firstForm.push(form);
      } else if (firstForm[id] !== form) otherForms.push({ paper: at, id, form });
      ids[i++] = id;
    }
    termsOf.push(ids);
  });
  return { keys, termsOf, firstForm, otherForms };
}

/** Papers per group of each term (`counts[id * groups + group]`), and the forms of the terms written more than one way. */
export interface TermCounts {
  groups: number;
  counts: Int32Array;
  /** Forms with their counts, only for terms written in more than one way by the papers counted. */
  formCounts: Map<number, Map<string, number>>;
}

/** Counts, for each term, the papers of each group that use it; `groupOf` gives a paper's group, or -1 to leave it out. */
export function countTerms(table: TermTable, groups: number, groupOf: (paper: number) => number): TermCounts {
  const counts = new Int32Array(table.keys.length * groups);
  const { termsOf, otherForms, firstForm } = table;
  const totals = new Int32Array(table.keys.length);
  for (let paper = 0; paper < termsOf.length; paper++) {
    const group = groupOf(paper);
    if (group < 0) continue;
    const ids = termsOf[paper]!;
    for (let i = 0; i < ids.length; i++) {
      counts[ids[i]! * groups + group]!++;
      totals[ids[i]!]!++;
    }
  }
  // The first form's count is what the other forms leave of the papers counted.
  const formCounts = new Map<number, Map<string, number>>();
  for (const { paper, id, form } of otherForms) {
    if (groupOf(paper) < 0) continue;
    let forms = formCounts.get(id);
    if (forms === undefined) formCounts.set(id, (forms = new Map([[firstForm[id]!, totals[id]!]])));
    forms.set(firstForm[id]!, forms.get(firstForm[id]!)! - 1);
    forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  for (const forms of formCounts.values()) for (const [form, used] of forms) if (used === 0) forms.delete(form);
  return { groups, counts, formCounts };
}

/** A term's most used form among the papers counted; ties go to fewer capitals, then to the form that sorts first. */
export function termForm(table: TermTable, counted: TermCounts, id: number): string {
  const forms = counted.formCounts.get(id);
  if (forms === undefined) return table.firstForm[id]!;
  const capitals = (text: string) => text.replace(/[^\p{Lu}]/gu, '').length;
  return [...forms].sort((a, b) => b[1] - a[1] || capitals(a[0]) - capitals(b[0]) || (a[0] < b[0] ? -1 : 1))[0]![0];
}
