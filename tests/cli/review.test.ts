import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseEntryFile } from '../../src/lib/entry-file.ts';
import { themesConfig } from '../../src/lib/themes.ts';
import { PROJECT_ROOT, runScript } from '../helpers/run-script.ts';
import { hasTmux, TmuxSession } from '../helpers/tmux.ts';

const TODAY = '2026-12-02';

/** Every entry file of a content folder, by path, with its text. */
function snapshot(content: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const theme of readdirSync(join(content, 'papers'))) {
    for (const name of readdirSync(join(content, 'papers', theme)))
      files.set(`${theme}/${name}`, readFileSync(join(content, 'papers', theme, name), 'utf8'));
  }
  return files;
}

function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'review-'));
  cpSync(join(PROJECT_ROOT, 'content'), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

function queueOf(content: string): Array<{ slug: string; theme: string; secondaryThemes: string[] }> {
  const listed = runScript('scripts/review.ts', ['--list', '--json', '--content', content], { cwd: PROJECT_ROOT });
  expect(listed.status, listed.stderr).toBe(0);
  return JSON.parse(listed.stdout).queue;
}

const missing = !hasTmux();
if (missing && !process.env.CI)
  console.warn(
    '\n⚠⚠⚠ SKIPPED the npm run review terminal test: it needs tmux (apt-get install -y tmux). CI fails instead.\n',
  );

// A curator's session, typed into a real terminal: confirm the first entry with a note, change the
// second's themes, then stop halfway through the third. The files must show exactly those answers.
describe.skipIf(missing && !process.env.CI)('npm run review in a terminal (tmux)', () => {
  let content: string;
  let before: Map<string, string>;
  let queue: ReturnType<typeof queueOf>;
  let session: TmuxSession;
  let screen: string;
  const note = 'A decision-support tool: {braces}, <tags> & $x$ kept as typed.';

  beforeAll(async () => {
    if (missing) throw new Error('tmux is missing: .ci/run must install it (apt-get install -y tmux).');
    content = copyContent();
    before = snapshot(content);
    queue = queueOf(content);
    const node = join(PROJECT_ROOT, 'node_modules/.bin/node');
    const tsx = join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs');
    session = TmuxSession.start(
      `cd ${PROJECT_ROOT} && SURVEY_TODAY=${TODAY} ${node} ${tsx} scripts/review.ts --content ${content}; echo REVIEW-EXIT-$?; sleep 600`,
    );
    await session.waitFor('? Themes:');
    await session.settle();
    session.send('Enter'); // 1st: accept
    await session.waitFor('One-line note');
    await session.settle();
    session.type(note);
    session.send('Enter');
    await session.waitFor(/── 2 of \d+[\s\S]*\? Themes:/);
    await session.settle();
    session.send('Down', 'Enter'); // 2nd: change
    await session.waitFor('Primary theme');
    await session.settle();
    session.send('Down', 'Enter');
    await session.waitFor('Secondary themes');
    await session.settle();
    // Toggle the first box (ticked or not, as the entry's themes had it) and see it change before submitting.
    const ticked = /❯◉/.test(session.screen().trimEnd().split('\n').slice(-6).join('\n'));
    session.send('Space');
    await session.waitFor(
      ticked
        ? /❯◯[^\n]*\n[\s\S]*navigate • space select[^\n]*\s*$/
        : /❯◉[^\n]*\n[\s\S]*navigate • space select[^\n]*\s*$/,
    );
    await session.settle();
    session.send('Enter');
    await session.waitFor('One-line note', { count: 2 });
    await session.settle();
    session.send('Enter');
    await session.waitFor(/── 3 of \d+[\s\S]*\? Themes:/);
    await session.settle();
    session.send('Enter'); // 3rd: accept, then stop at the note
    await session.waitFor('One-line note', { count: 3 });
    await session.settle();
    session.send('C-c');
    screen = await session.waitFor('REVIEW-EXIT-');
  }, 120_000);

  afterAll(() => {
    session?.kill();
    if (content) rmSync(join(content, '..'), { recursive: true, force: true });
  });

  test('quits cleanly and says what was saved', () => {
    expect(screen).toContain('REVIEW-EXIT-0');
    expect(screen).toMatch(/2 confirmed \(1 with changed themes\), 1 note written, 0 skipped/);
  });

  test('the first entry keeps its themes, is confirmed and has the note, and nothing else in it changed', () => {
    const first = queue[0];
    const path = `${first.theme}/${first.slug}.mdx`;
    const text = snapshot(content).get(path)!;
    const data = parseEntryFile(text, path).data as Record<string, unknown>;
    expect(data).toMatchObject({
      theme: first.theme,
      secondaryThemes: first.secondaryThemes,
      confirmed: TODAY,
      note,
      themeReason: { source: 'curator' },
    });
    const old = before.get(path)!;
    expect(text.replace(/ {2}source: curator\n/, '  source: importer\n').replace(/confirmed: .*\nnote: .*\n/, '')).toBe(
      old,
    );
  });

  test('the second entry has the themes chosen on screen and moved to its new theme folder', () => {
    const second = queue[1];
    const chosen = /✔ Primary theme \(its main contribution\): (.+?) {2}\(score/.exec(screen)?.[1];
    const theme = themesConfig.themes.find((candidate) => candidate.name === chosen)?.id;
    expect(theme, `a theme was chosen on screen: ${chosen}`).toBeDefined();
    expect(theme).not.toBe(second.theme);
    const ticked = /✔ Secondary themes \(Space to tick, Enter when done\):(.*)/.exec(screen)?.[1].trim() ?? '';
    const secondary = themesConfig.themes
      .filter((candidate) => ticked.split(', ').includes(candidate.name))
      .map((candidate) => candidate.id);
    expect(secondary.length, `the screen named the secondary themes: "${ticked}"`).toBe(
      ticked === '' ? 0 : ticked.split(', ').length,
    );
    // The first box was toggled: the result differs from the entry's secondary themes less the new primary.
    expect(secondary).not.toEqual(second.secondaryThemes.filter((id) => id !== theme));
    const after = snapshot(content);
    expect(after.has(`${second.theme}/${second.slug}.mdx`), 'the old file is gone').toBe(false);
    const data = parseEntryFile(after.get(`${theme}/${second.slug}.mdx`)!, second.slug).data as Record<string, unknown>;
    expect(data).toMatchObject({ slug: second.slug, theme, secondaryThemes: secondary, confirmed: TODAY });
    expect(data.note).toBeUndefined();
  });

  test('no other file changed: the third answer, cut off at its note, wrote nothing', () => {
    const after = snapshot(content);
    const touched = new Set([`${queue[0].theme}/${queue[0].slug}.mdx`, `${queue[1].theme}/${queue[1].slug}.mdx`]);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (path) => before.get(path) !== after.get(path) && !touched.has(path),
    );
    expect(changed.filter((path) => !path.endsWith(`/${queue[1].slug}.mdx`))).toEqual([]);
    expect(after.size).toBe(before.size);
  });
});

describe('npm run review, scripted', () => {
  let content: string;
  beforeAll(() => {
    content = copyContent();
  });
  afterAll(() => rmSync(join(content, '..'), { recursive: true, force: true }));

  test('--list --json lists every unconfirmed entry, the least certain first', () => {
    const queue = queueOf(content);
    expect(queue.length).toBe(snapshot(content).size);
    const margins = (
      JSON.parse(
        runScript('scripts/review.ts', ['--list', '--json', '--content', content], { cwd: PROJECT_ROOT }).stdout,
      ).queue as Array<{ classifier: { margin: number } }>
    ).map((item) => item.classifier.margin);
    expect(margins).toEqual([...margins].sort((a, b) => a - b));
  });

  test('--slug --theme with a misspelt theme suggests the right one and writes nothing', () => {
    const before = snapshot(content);
    const result = runScript('scripts/review.ts', ['--slug', 'gatortron', '--theme', 'imagng', '--content', content], {
      cwd: PROJECT_ROOT,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no theme "imagng"; did you mean "imaging"?');
    expect(snapshot(content)).toEqual(before);
  });

  test('--slug --accept --note --json confirms one entry and leaves the queue one shorter', () => {
    const length = queueOf(content).length;
    const result = runScript(
      'scripts/review.ts',
      [
        '--slug',
        'gatortron',
        '--accept',
        '--note',
        'The largest clinical language model of its day.',
        '--json',
        '--content',
        content,
      ],
      { cwd: PROJECT_ROOT, env: { SURVEY_TODAY: TODAY } },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      slug: 'gatortron',
      theme: 'clinical-nlp',
      confirmed: TODAY,
      note: 'The largest clinical language model of its day.',
    });
    expect(relative(content, join(content, 'papers/clinical-nlp/gatortron.mdx'))).toBe(
      'papers/clinical-nlp/gatortron.mdx',
    );
    expect(queueOf(content).map((item) => item.slug)).not.toContain('gatortron');
    expect(queueOf(content)).toHaveLength(length - 1);
  });
});
