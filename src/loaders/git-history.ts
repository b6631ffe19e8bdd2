import { execFileSync } from 'node:child_process';
import { historyEvents, HISTORY_LOG_ARGS, type HistoryEvent } from '../lib/changes/history-log.ts';

/**
 * The retitles, theme moves and withdrawals the repository's history records for the entries under
 * `contentDir`, read once per build with one `git log`. Empty where there is no history to read (a
 * copy of the project, an export, a shallow clone: deploy with the full history to show it).
 */
export function readEntryHistory(contentDir: string): HistoryEvent[] {
  try {
    const log = execFileSync('git', HISTORY_LOG_ARGS, {
      cwd: contentDir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return historyEvents(log);
  } catch {
    return [];
  }
}
