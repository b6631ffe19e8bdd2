import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project being tested. */
export const PROJECT = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');

/** A site built into a temporary copy of the project. */
export interface BuiltSite {
  /** The temporary project root. */
  root: string;
  /** Its `dist/`. */
  dist: string;
  /** The base the site was built for, `/` or `/x/`. */
  base: string;
  /** Wall-clock time of `astro build`, in milliseconds. */
  buildMs: number;
  /** Removes the temporary project. */
  cleanup(): Promise<void>;
}

// What a build reads. Each build gets its own copy, so parallel test files never share `.astro/`,
// the content-layer cache or `dist/`, and nobody's working `dist/` is touched.
const COPIED = ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Builds the survey with `astro build` in a temporary copy of the project, optionally under a base
 * path, with extra entry files (`<theme>/<slug>.mdx`) copied over `content/papers/`, and after
 * `prepare` has changed the copy (renamed or deleted an entry, say). A failed build rejects with
 * Astro's output and removes the copy.
 */
export async function buildSite(
  options: {
    base?: string;
    extraPapers?: string;
    prepare?: (root: string) => Promise<void>;
    afterFailure?: (root: string) => Promise<void>;
  } = {},
): Promise<BuiltSite> {
  const root = await mkdtemp(join(tmpdir(), 'survey-build-'));
  for (const name of COPIED) await cp(join(PROJECT, name), join(root, name), { recursive: true });
  if (options.extraPapers) await cp(options.extraPapers, join(root, 'content/papers'), { recursive: true });
  await options.prepare?.(root);
  await linkNodeModules(root);
  const started = performance.now();
  await run(
    join(PROJECT, 'node_modules/.bin/node'),
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'],
    {
      cwd: root,
      env: { ...buildEnv(), SURVEY_BASE: options.base ?? '', ASTRO_TELEMETRY_DISABLED: '1' },
    },
  ).catch(async (error: unknown) => {
    // A test of a failing build may look at what the build left behind before the copy goes.
    await options.afterFailure?.(root);
    await rm(root, { recursive: true, force: true });
    throw error;
  });
  const buildMs = performance.now() - started;
  const base = options.base ? `/${options.base.replace(/^\/+|\/+$/g, '')}/` : '/';
  return { root, dist: join(root, 'dist'), base, buildMs, cleanup: () => rm(root, { recursive: true, force: true }) };
}

// Vitest puts its own Vite variables (NODE_ENV=test, BASE_URL, MODE, PROD…) into process.env; a child
// Astro build would inherit them and, for one, ignore SURVEY_BASE. Pass the environment without them.
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SURVEY_SITE']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name.startsWith('VITE_')) delete env[name];
  return env;
}

// Each package is linked, not the folder: Astro keeps its cache in node_modules/.astro, which must
// stay private to this build.
async function linkNodeModules(root: string): Promise<void> {
  const target = join(root, 'node_modules');
  await mkdir(target);
  for (const name of await readdir(join(PROJECT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    await symlink(join(PROJECT, 'node_modules', name), join(target, name));
  }
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`astro build failed (exit ${code}) in ${options.cwd}:\n${output}`)),
    );
  });
}
