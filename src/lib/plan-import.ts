import { entryFromPaper } from './entry-from-paper.ts';
import { IdentityIndex, takenSlugs, type KnownEntry } from './identity.ts';
import type { DigestPaper } from './paper.ts';
import type { EntryInput } from './schema.ts';
import { uniqueSlug } from './slug.ts';

/** The papers of one digest file. */
export interface DigestInput {
  file: string;
  papers: DigestPaper[];
}

/** A paper the run did not add, and why. */
export interface SkippedPaper {
  file: string;
  line: number;
  title: string;
  /** The entry (slug) or digest line it matched. */
  matches: string;
  by: 'arxiv' | 'title';
}

/** The outcome of planning an import: new entries to write, and the papers skipped. */
export interface ImportPlan {
  added: EntryInput[];
  duplicates: SkippedPaper[];
  leftAlone: SkippedPaper[];
}

type Seen = { kind: 'existing'; slug: string } | { kind: 'new'; where: string };

/**
 * Decides what an import does, without touching files: papers already in the survey are left alone,
 * a paper seen twice in the input is added once, and every new paper gets a unique slug and a theme.
 * Identity is the arXiv id when known, else the normalised title (an entry's current title and the
 * title it was imported with both count, so a curator's retitling does not cause a re-import).
 */
export function planImport(
  existing: ReadonlyArray<Omit<KnownEntry, 'file'>>,
  digests: DigestInput[],
  today: string,
): ImportPlan {
  const index = new IdentityIndex<Seen>();
  const taken = takenSlugs(existing);
  for (const entry of existing) {
    // A listing has no DOIs, so an entry is found by its arXiv id or its titles.
    index.addEntry(
      { arxiv: entry.arxiv, title: entry.title, provenance: entry.provenance },
      { kind: 'existing', slug: entry.slug },
    );
  }
  const plan: ImportPlan = { added: [], duplicates: [], leftAlone: [] };
  for (const digest of digests) {
    for (const paper of digest.papers) {
      const match = index.match(paper);
      if (match) {
        const seen = match.value;
        const skipped = {
          file: digest.file,
          line: paper.line,
          title: paper.title,
          by: match.by === 'arxiv' ? ('arxiv' as const) : ('title' as const),
        };
        if (seen.kind === 'existing') plan.leftAlone.push({ ...skipped, matches: seen.slug });
        else plan.duplicates.push({ ...skipped, matches: seen.where });
        continue;
      }
      const entry = entryFromPaper(paper, uniqueSlug(paper.title, taken), today, {
        digest: digest.file,
        line: paper.line,
      });
      taken.add(entry.slug);
      index.add(paper, { kind: 'new', where: `${digest.file}:${paper.line}` });
      plan.added.push(entry);
    }
  }
  return plan;
}
