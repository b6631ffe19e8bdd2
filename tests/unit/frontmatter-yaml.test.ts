import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { parseDigest } from '../../src/lib/digest/parse-digest.ts';
import { parseEntryFile } from '../../src/lib/entry-file.ts';
import { dumpFrontmatterQuickly, FRONTMATTER_DUMP_OPTIONS } from '../../src/lib/frontmatter-yaml.ts';
import { planImport } from '../../src/lib/plan-import.ts';
import { syntheticDigest } from '../../scripts/bench/synthetic-digest.ts';

const PAPERS = join(import.meta.dirname, '../../content/papers');
const slow = (data: Record<string, unknown>) => yaml.dump(data, FRONTMATTER_DUMP_OPTIONS);

// Characters at the edges of YAML's rules: indicators, quotes, escapes, spaces, line breaks, characters
// js-yaml escapes (NEL, no-break space, line separator, BOM, DEL) and letters from other scripts.
const TRICKY = [
  ...'aZ09 :#-?,[]{}&*!|>\'"%@`.~+_=\\/\t\n\r',
  ...['\u0085', '\u00a0', '\u00e9', '\u2013', '\u2028', '\ufeff', '\u007f', '\u4e2d', '\u{1f600}'],
];
const trickyString = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 12 }),
  // Words and numbers YAML reads as something else, and the plain-style breakers.
  fc.constantFrom(...['null', 'Null', 'true', 'FALSE', 'yes', 'No', 'on', 'OFF', 'y', 'n', '~', '.inf', '.NaN']),
  fc.constantFrom(...['0x1F', '0o17', '1:20', '2024-01-01', '2512.00601', '1e5', '+1', '-0', '1_000']),
  fc.constantFrom(...['a: b', 'a #b', 'a#b', 'ok:', 'trailing ', 'Exactly: six', 'Nullable', 'Yesterday']),
  fc.string({ maxLength: 40 }),
);
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(trickyString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined)),
  tree: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('tree'), { maxLength: 3 }),
    fc.dictionary(trickyString, tie('tree'), { maxKeys: 4 }),
  ),
})).tree;

/** The entry files of the seed survey, as read. */
function seedEntries(): Array<Record<string, unknown>> {
  return readdirSync(PAPERS, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => parseEntryFile(readFileSync(join(PAPERS, file), 'utf8'), file).data as Record<string, unknown>);
}

describe('dumpFrontmatterQuickly', () => {
  test('writes what js-yaml writes, or leaves the value to js-yaml (generated values)', () => {
    fc.assert(
      fc.property(fc.dictionary(trickyString, value, { minKeys: 1, maxKeys: 6 }), (data) => {
        const quick = dumpFrontmatterQuickly(data);
        if (quick !== undefined) expect(quick).toBe(slow(data));
      }),
      { numRuns: 5_000 },
    );
  });

  test('writes one-line strings exactly as js-yaml does, plain or quoted', () => {
    fc.assert(
      fc.property(trickyString, (text) => {
        const quick = dumpFrontmatterQuickly({ key: text, list: [text], nested: { [text || 'k']: 1 } });
        if (!/[\t\n\r\u0085\u00a0\u2028\u2029\ufeff\u007f\u{1f600}]/u.test(text)) expect(quick).toBeDefined();
        if (quick !== undefined) expect(quick).toBe(slow({ key: text, list: [text], nested: { [text || 'k']: 1 } }));
      }),
      { numRuns: 5_000 },
    );
  });

  test("gives js-yaml's bytes for every seed entry", () => {
    const entries = seedEntries();
    expect(entries.length).toBeGreaterThan(50);
    const quick = entries.map((data) => dumpFrontmatterQuickly(data));
    quick.forEach((text, i) => {
      if (text !== undefined) expect(text).toBe(slow(entries[i]));
    });
    // Most real entries take the quick path (the rest have a line break or a rare character somewhere).
    expect(quick.filter((text) => text !== undefined).length).toBeGreaterThan(entries.length / 2);
  });

  test("gives js-yaml's bytes for imported synthetic papers, all of them on the quick path", () => {
    const { papers } = parseDigest(syntheticDigest(300), 'content/digests/synthetic.txt');
    const { added } = planImport([], [{ file: 'content/digests/synthetic.txt', papers }], '2026-12-02');
    expect(added.length).toBe(300);
    for (const entry of added) {
      const data = entry as unknown as Record<string, unknown>;
      expect(dumpFrontmatterQuickly(data)).toBe(slow(data));
    }
  });
});
