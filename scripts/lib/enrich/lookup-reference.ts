import { combineFindings } from '../../../src/lib/enrich/combine-findings.ts';
import { keepValid } from '../../../src/lib/merge/keep-valid.ts';
import type { PaperReference } from '../../../src/lib/enrich/paper-id.ts';
import type { IncomingPaper } from '../../../src/lib/merge/merge-paper.ts';
import { enrichSession } from './enrich-session.ts';
import { OfflineError } from './http-errors.ts';
import { lookupPaper } from './lookup-paper.ts';
import { offlineMessage } from './offline-message.ts';

/**
 * Asks the enrich APIs about a pasted paper and says what they found. Offline, or when every API
 * fails, it says so and returns nothing found: `npm run new` then asks for (or takes flags for) the rest.
 */
export async function lookupReference(reference: PaperReference): Promise<IncomingPaper> {
  const { client, requests } = enrichSession({
    cacheDir: '.cache/enrich',
    refresh: false,
    maxAgeDays: 30,
    timeoutMs: 20_000,
    retries: 2,
    mailto: process.env.ENRICH_MAILTO,
    env: process.env,
  });
  // The pasted id names the paper; a --title of the contributor's own wording is no test of the records.
  const known = reference.kind === 'arxiv' ? { arxiv: reference.arxiv } : { doi: reference.doi };
  const name = reference.kind === 'arxiv' ? `arXiv ${reference.arxiv}` : `DOI ${reference.doi}`;
  try {
    const lookup = await lookupPaper(known, client, requests);
    for (const failure of lookup.failures) console.log(`  (${failure})`);
    const { paper, dropped } = keepValid(combineFindings(lookup.findings).paper);
    for (const refused of dropped) console.log(`  (refused from the APIs: ${refused})`);
    const got = Object.keys(paper).filter((field) => field !== reference.kind);
    console.log(got.length > 0 ? `Found ${name} online: ${got.join(', ')}.` : `The APIs know nothing more of ${name}.`);
    return paper;
  } catch (error) {
    if (!(error instanceof OfflineError)) throw error;
    console.log(
      `${
        offlineMessage(error)
          .replace(/^error: /, '')
          .split('\n')[0]
      }\nWorking offline: give what is missing yourself.`,
    );
    return {};
  }
}
