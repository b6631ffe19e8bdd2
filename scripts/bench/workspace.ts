/**
 * Temporary projects for the benchmark: a copy of the survey with synthetic content, or an empty
 * folder for the floor site. Both link the project's `node_modules` package by package, so each build
 * keeps its own `.astro` and Vite caches (the same rule as `tests/build/helpers/build-site.ts`).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project being measured. */
export const PROJECT = resolve(import.meta.dirname, '../..');

/** Node 24 from the project (Astro 7 needs ≥ 22.12; the shell's `node` may be older). */
export const PROJECT_NODE = join(PROJECT, 'node_modules/.bin/node');

// What a survey build reads besides entries: the code, the static files and the themes file.
const SURVEY_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/themes.json'];

/** A temporary project; `cleanup()` removes it. */
export interface Workspace {
  root: string;
  cleanup(): void;
}

/** Copies the survey's code into a temporary project with an empty `content/digests/` and no entries. */
export function surveyWorkspace(): Workspace {
  const workspace = emptyWorkspace('bench-survey-');
  for (const name of SURVEY_FILES) cpSync(join(PROJECT, name), join(workspace.root, name), { recursive: true });
  mkdirSync(join(workspace.root, 'content/digests'), { recursive: true });
  return workspace;
}

/** An empty temporary project with the project's `node_modules` linked in. */
export function emptyWorkspace(prefix: string): Workspace {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(PROJECT, 'node_modules', name), join(root, 'node_modules', name));
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * The environment for a child build: this one without the variables a test runner or Vite adds
 * (NODE_ENV=test would change the build), with telemetry off.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SURVEY_SITE', 'SURVEY_BASE'])
    delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name.startsWith('VITE_')) delete env[name];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
