import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes files so that each either appears whole or not at all: nothing is written in place. A file
 * for a folder that exists is first written to a temporary sibling; a folder that does not exist yet
 * is built whole under a hidden temporary name (a dot folder, which the entry globs never enter).
 * Only when every file is written are the temporaries renamed into place, so if any write fails,
 * the temporaries are removed and no target file has changed. Synchronous on purpose: for 10,000
 * small files, plain system calls are several times faster than a promise per call.
 *
 * A new folder is renamed once rather than file by file: an import into an empty theme (the first
 * import of a survey) then costs one rename per theme, not one per entry.
 */
export function writeFilesAtomically(files: Array<{ path: string; content: string }>): void {
  const stagedFiles: Array<{ temp: string; path: string }> = [];
  const stagedFolders: Array<{ temp: string; path: string }> = [];
  // Where each target folder's files go while staged: the folder itself, or its temporary stand-in.
  const writeInto = new Map<string, string>();
  const wholeNew = foldersToBuildWhole(files.map((file) => dirname(file.path)));
  try {
    for (const file of files) {
      const folder = dirname(file.path);
      let into = writeInto.get(folder);
      if (into === undefined) {
        if (wholeNew.has(folder)) into = stageFolder(folder, stagedFolders);
        else {
          mkdirSync(folder, { recursive: true });
          into = folder;
        }
        writeInto.set(folder, into);
      }
      if (into === folder) {
        const temp = join(folder, `.${basename(file.path)}.${process.pid}.tmp`);
        writeFileSync(temp, file.content, { flag: 'wx' });
        stagedFiles.push({ temp, path: file.path });
      } else {
        // 'wx' here too: the same path given twice fails, as it does for a temporary sibling.
        writeFileSync(join(into, basename(file.path)), file.content, { flag: 'wx' });
      }
    }
  } catch (error) {
    for (const { temp } of stagedFiles) rmSync(temp, { force: true });
    for (const { temp } of stagedFolders) rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  for (const { temp, path } of stagedFolders) moveFolderIntoPlace(temp, path);
  for (const { temp, path } of stagedFiles) renameSync(temp, path);
}

/**
 * The target folders that do not exist yet and can be built whole: those with no other target folder
 * inside or above them (a folder built under a temporary name cannot also be made in place for a
 * folder within it). One existence check per folder, not per file.
 */
function foldersToBuildWhole(folders: string[]): Set<string> {
  const missing = new Set([...new Set(folders)].filter((folder) => !existsSync(folder)));
  const nested = new Set<string>();
  for (const folder of missing) {
    for (let above = dirname(folder); above !== dirname(above); above = dirname(above)) {
      if (missing.has(above)) nested.add(folder).add(above);
    }
  }
  return new Set([...missing].filter((folder) => !nested.has(folder)));
}

/**
 * Renames a folder built under a temporary name into place. If another writer made the folder
 * meanwhile (with files in it), the finished files are moved in one by one instead, each rename
 * atomic, as files written into an existing folder are.
 */
export function moveFolderIntoPlace(temp: string, path: string): void {
  try {
    renameSync(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    for (const name of readdirSync(temp)) renameSync(join(temp, name), join(path, name));
    rmdirSync(temp);
  }
}

/** Makes the hidden temporary stand-in for a folder that does not exist yet, next to where it will be. */
function stageFolder(folder: string, staged: Array<{ temp: string; path: string }>): string {
  const parent = dirname(folder);
  mkdirSync(parent, { recursive: true });
  const temp = join(parent, `.${basename(folder)}.${process.pid}.tmp`);
  mkdirSync(temp);
  staged.push({ temp, path: folder });
  return temp;
}
