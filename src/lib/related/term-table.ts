import { paperTerms } from './paper-terms.ts';
import type { PaperText } from './term-vectors.ts';

/**
 * Every paper's terms ({@link paperTerms}), read once and numbered: theme terms and rising terms both count
 * from it, so a build reads each abstract once for both, and counting is array arithmetic, not map lookups.
 */
export interface TermTable {
  /** The key (stems) of each term id. */
  keys: string[];
  /** For each paper (in input order), the ids of its terms. */
  termsOf: Int32Array[];
  /** For each paper, how it writes each of its terms (parallel to `termsOf`). */
  formsOf: string[][];
  /** The first form seen of each term id… */
  firstForm: string[];
  /** …and 1 when some paper writes it otherwise (most terms have a single form). */
  manyForms: Uint8Array;
}

/** Reads the terms of every paper once, in input order. */
export function buildTermTable(papers: readonly PaperText[]): TermTable {
  const idOf = new Map<string, number>();
  const keys: string[] = [];
  const firstForm: string[] = [];
  let manyForms = new Uint8Array(1024);
  const termsOf: Int32Array[] = [];
  const formsOf: string[][] = [];
  for (const paper of papers) {
    const terms = paperTerms(paper);
    const ids = new Int32Array(terms.size);
    const forms = new Array<string>(terms.size);
    let at = 0;
    for (const [key, form] of terms) {
      let id = idOf.get(key);
      if (id === undefined) {
        id = keys.push(key) - 1;
        idOf.set(key, id);
        firstForm.push(form);
        if (id >= manyForms.length) {
          const grown = new Uint8Array(manyForms.length * 2);
          grown.set(manyForms);
          manyForms = grown;
        }
      } else if (firstForm[id] !== form) manyForms[id] = 1;
      ids[at] = id;
      forms[at++] = form;
    }
    termsOf.push(ids);
    formsOf.push(forms);
  }
  return { keys, termsOf, formsOf, firstForm, manyForms: manyForms.subarray(0, keys.length) };
}

/** Papers per group of each term (`counts[id * groups + group]`), and the forms of the terms written more than one way. */
export interface TermCounts {
  groups: number;
  counts: Int32Array;
  /** Forms with their counts, only for terms with more than one form in the table. */
  formCounts: Map<number, Map<string, number>>;
}

/** Counts, for each term, the papers of each group that use it; `groupOf` gives a paper's group, or -1 to leave it out. */
export function countTerms(table: TermTable, groups: number, groupOf: (paper: number) => number): TermCounts {
  const counts = new Int32Array(table.keys.length * groups);
  const formCounts = new Map<number, Map<string, number>>();
  const { termsOf, formsOf, manyForms } = table;
  for (let paper = 0; paper < termsOf.length; paper++) {
    const group = groupOf(paper);
    if (group < 0) continue;
    const ids = termsOf[paper]!;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      counts[id * groups + group]!++;
      if (manyForms[id] === 1) {
        let forms = formCounts.get(id);
        if (forms === undefined) formCounts.set(id, (forms = new Map()));
        const form = formsOf[paper]![i]!;
        forms.set(form, (forms.get(form) ?? 0) + 1);
      }
    }
  }
  return { groups, counts, formCounts };
}

/** A term's most used form among the papers counted; ties go to fewer capitals, then to the form that sorts first. */
export function termForm(table: TermTable, counted: TermCounts, id: number): string {
  const forms = counted.formCounts.get(id);
  if (forms === undefined) return table.firstForm[id]!;
  const capitals = (text: string) => text.replace(/[^\p{Lu}]/gu, '').length;
  return [...forms].sort((a, b) => b[1] - a[1] || capitals(a[0]) - capitals(b[0]) || (a[0] < b[0] ? -1 : 1))[0]![0];
}
