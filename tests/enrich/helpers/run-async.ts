import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../helpers/run-script.ts';

/**
 * Runs one of the project's CLIs without blocking this process, so that a server in this test
 * process (the API replay server) can answer it. Same Node and environment as `runScript`.
 */
export function runScriptAsync(
  script: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; input?: string },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    [resolve(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(PROJECT_ROOT, script), ...args],
    {
      cwd: options.cwd,
      env: { ...process.env, SURVEY_TODAY: '2026-11-25', ...options.env },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(options.input ?? '');
  return new Promise((done) => child.on('close', (status) => done({ status, stdout, stderr })));
}
