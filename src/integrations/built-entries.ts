import { readEntryFiles } from '../lib/content-tree/files.ts';
import { EntrySchema, type Entry } from '../lib/schema.ts';
import { buildSiteData } from '../lib/paper-lists.ts';

/** An entry as the build-end integrations get it: its slug (the collection id), validated data and body. */
export interface BuiltEntry {
  id: string;
  data: Entry;
  /** The curator's commentary (Markdown), empty when there is none. */
  body: string;
}

/** Reads the survey's entries once for a build; `reset` forgets them (call it when a build starts). */
export interface BuiltEntriesReader {
  read(contentPath: string, root: string): Promise<BuiltEntry[]>;
  reset(): void;
}

/**
 * A reader of the survey's entries as the content loader reads them (the same files, the same schema),
 * newest first as the site lists them, withdrawn ones included. One reader is shared by the integrations
 * that write files from the data at `astro:build:done`, so the tree is read once per build. The loader
 * has already refused a tree with errors.
 */
export function builtEntriesReader(): BuiltEntriesReader {
  let entries: Promise<BuiltEntry[]> | undefined;
  return {
    read(contentPath, root) {
      entries ??= readEntryFiles(contentPath, root).then((files) => {
        const parsed = files.flatMap((file) =>
          file.data ? [{ id: String(file.data.slug), data: EntrySchema.parse(file.data), body: file.body ?? '' }] : [],
        );
        return buildSiteData(parsed).all;
      });
      return entries;
    },
    reset() {
      entries = undefined;
    },
  };
}
