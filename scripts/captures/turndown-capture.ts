import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import TurndownService from 'turndown';

/** Converts a page to Markdown the way web clippers do (turndown, ATX headings, its own DOM). */
export function htmlToMarkdownWithTurndown(html: string): string {
  return new TurndownService({ headingStyle: 'atx' }).turndown(html);
}

/** turndown's installed version, for the manifest. */
export function turndownVersion(): string {
  const require = createRequire(import.meta.url);
  return `turndown ${(JSON.parse(readFileSync(require.resolve('turndown/package.json'), 'utf8')) as { version: string }).version}`;
}
