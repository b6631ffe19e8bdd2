import { readFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseEntryFile } from '../../src/lib/entry-file.ts';

/** An entry file as found on disk: its path (relative to the project) and its raw frontmatter and body. */
export interface EntryOnDisk {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/** Reads every `content/papers/<theme>/<slug>.mdx`, sorted by path; malformed files throw with file and line. */
export async function readEntries(contentDir: string): Promise<EntryOnDisk[]> {
  const files: string[] = [];
  for await (const file of glob('papers/**/*.{md,mdx}', { cwd: contentDir })) files.push(file);
  files.sort();
  // One file at a time: all at once opened a descriptor per entry, past the limit at 30,000 (EMFILE).
  return files.map((file) => {
    const path = join(contentDir, file);
    const shown = relative(process.cwd(), path) || path;
    const { data, body } = parseEntryFile(readFileSync(path, 'utf8'), shown);
    return { file: shown, data: (data ?? {}) as Record<string, unknown>, body };
  });
}
