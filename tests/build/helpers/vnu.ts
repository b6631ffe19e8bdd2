import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

// The Nu HTML Checker from npm (vnu-jar), run on Debian's Java (default-jre-headless).
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** One error reported by the checker, trimmed to what a reader needs to fix it. */
export interface VnuError {
  file: string;
  line?: number;
  message: string;
  extract?: string;
}

/** Runs vnu over the files (relative to dist) and returns its errors; warnings are not errors. */
export async function runVnu(dist: string, relative: string[]): Promise<VnuError[]> {
  const args = ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...relative.map((file) => join(dist, file))];
  // vnu exits 1 when it finds errors and writes its JSON report to stderr either way.
  const output = await promisify(execFile)('java', args, { maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stderr }) => stderr,
    (error: { code?: number | string; stderr?: string }) => {
      if (error.code === 'ENOENT')
        throw new Error('java is missing: install Debian’s default-jre-headless (.ci/run does).');
      return error.stderr ?? '';
    },
  );
  const report = JSON.parse(output) as {
    messages: Array<{ type: string; url: string; lastLine?: number; message: string; extract?: string }>;
  };
  return report.messages
    .filter((message) => message.type === 'error')
    .map((message) => ({
      file: decodeURIComponent(message.url)
        .replace(/^file:/, '')
        .slice(dist.length + 1),
      line: message.lastLine,
      message: message.message,
      extract: message.extract,
    }));
}
