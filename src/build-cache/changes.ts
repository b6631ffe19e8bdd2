import { join } from 'node:path';
import { surveyChanges, type ChangeDay } from '../lib/changes/changes.ts';
import { readEntryHistory } from '../loaders/git-history.ts';
import { getSiteData } from './site-data.ts';

let cached: Promise<ChangeDay[]> | undefined;

/**
 * The survey's changes by day, computed once per build for the changes page and its feed. The build
 * runs in the project root (`astro build`), where `content/` is.
 */
export function getChanges(): Promise<ChangeDay[]> {
  cached ??= getSiteData().then(({ all }) => surveyChanges(all.map((paper) => paper.data), readEntryHistory(join(process.cwd(), 'content'))));
  return cached;
}
