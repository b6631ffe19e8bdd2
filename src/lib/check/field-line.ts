import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * The line of an entry file on which a frontmatter field is written, for a path such as
 * `['date', 'value']` or `['secondaryThemes', 0]`. A field that is missing gives the line of its
 * nearest written parent, and a missing top-level field gives line 1 (the opening `---`).
 * Uses the `yaml` library for its source positions (js-yaml, which reads entries, keeps none).
 */
export function fieldLine(fileText: string, path: ReadonlyArray<PropertyKey>): number {
  const lines = fileText.replace(/^\uFEFF/, '').split(/\r?\n/);
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  const counter = new LineCounter();
  const document = parseDocument(lines.slice(1, end < 0 ? undefined : end).join('\n'), { lineCounter: counter });
  let node: unknown = document.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair || !isScalar(pair.key) || !pair.key.range) break;
      offset = pair.key.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      offset = (node.items[key] as Node).range?.[0] ?? offset;
      node = node.items[key];
    } else break;
  }
  // The YAML block starts on the file's second line, after the opening "---".
  return offset === undefined ? 1 : counter.linePos(offset).line + 1;
}
