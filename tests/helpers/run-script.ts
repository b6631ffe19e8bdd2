import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The project root, whatever the test's working directory. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Runs one of the project's TypeScript CLIs with the Node that runs the tests, the way `npm run` would. */
export function runScript(script: string, args: string[], options: { cwd: string; env?: Record<string, string> }) {
  const result = spawnSync(
    process.execPath,
    [resolve(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(PROJECT_ROOT, script), ...args],
    {
      cwd: options.cwd,
      encoding: 'utf8',
      env: { ...process.env, SURVEY_TODAY: '2026-11-25', ...options.env },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
