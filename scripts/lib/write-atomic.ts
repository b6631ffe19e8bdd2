import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';

/**
 * Writes files so that each either appears whole or not at all: every file is first written to a
 * temporary sibling, and only when all are written are they renamed into place. If any write fails,
 * the temporaries are removed and no target file has changed.
 */
export async function writeFilesAtomically(files: Array<{ path: string; content: string }>): Promise<void> {
  const staged: Array<{ temp: string; path: string }> = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const temp = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.tmp`);
      await writeFile(temp, file.content, { flag: 'wx' });
      staged.push({ temp, path: file.path });
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, path } of staged) await rename(temp, path);
}
