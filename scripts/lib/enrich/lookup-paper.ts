import { ApiFormatError } from '../../../src/lib/enrich/api-error.ts';
import type { ApiRequests } from '../../../src/lib/enrich/api-requests.ts';
import { arxivFeedToRecords, type ArxivRecord } from '../../../src/lib/enrich/arxiv-feed.ts';
import { combineFindings, type ApiName, type Finding } from '../../../src/lib/enrich/combine-findings.ts';
import { titlesAgree } from '../../../src/lib/enrich/titles-agree.ts';
import { crossrefMessage, crossrefWorkByTitle, crossrefWorkToIncoming } from '../../../src/lib/enrich/crossref.ts';
import { huggingFacePaperToIncoming } from '../../../src/lib/enrich/hugging-face.ts';
import { semanticScholarToIncoming } from '../../../src/lib/enrich/semantic-scholar.ts';
import { wantedFields, type KnownPaper } from '../../../src/lib/enrich/wanted-fields.ts';
import { normalizeTitle } from '../../../src/lib/identity.ts';
import type { ArxivRecords } from './arxiv-prefetch.ts';
import type { HttpClient } from './http-client.ts';
import { ApiRequestError } from './http-errors.ts';

/** What the APIs said about one paper, what they did not know, and which of them failed. */
export interface Lookup {
  findings: Finding[];
  /** Things a curator may want to know: "Hugging Face has no page for 2501.01234", a journal reference. */
  notes: string[];
  /** Requests that failed after their retries, or answers not in the documented format. */
  failures: string[];
}

/**
 * Asks the APIs about one paper, only what could fill a missing field, in the order that lets each
 * answer lead to the next: Semantic Scholar by DOI when the arXiv id is unknown, arXiv by exact
 * title, arXiv by id, Hugging Face, Semantic Scholar by arXiv id, then Crossref by DOI or by exact
 * title. arXiv records fetched ahead in a batch are used without a request. An {@link OfflineError}
 * stops the lookup; any other failure is recorded and the rest goes on.
 */
export async function lookupPaper(
  known: KnownPaper,
  client: HttpClient,
  requests: ApiRequests,
  arxivRecords: ArxivRecords = new Map(),
): Promise<Lookup> {
  const wanted = wantedFields(known);
  const lookup: Lookup = { findings: [], notes: [], failures: [] };
  if (wanted.size === 0) return lookup;
  const found = () => combineFindings(lookup.findings).paper;
  // A record titled unlike the entry is another paper (a wrong id in the entry): it fills nothing.
  const add = (finding: Finding) => {
    const title = finding.recordTitle ?? finding.paper.title;
    if (known.title && title && !titlesAgree(known.title, title))
      lookup.notes.push(
        `${finding.api}'s record is titled ${JSON.stringify(title)}, unlike this entry: not taken; check the entry's arXiv id and DOI`,
      );
    else lookup.findings.push(finding);
  };
  const ask = async (api: ApiName, url: string, read: (body: string) => void) => {
    try {
      const answer = await client.get(api, url);
      if (answer.status === 404) lookup.notes.push(`${api} does not know this paper`);
      else read(answer.body);
    } catch (error) {
      if (error instanceof ApiRequestError || error instanceof ApiFormatError) lookup.failures.push(error.message);
      else if (error instanceof SyntaxError) lookup.failures.push(`${api}: the answer is not JSON (${url})`);
      else throw error;
    }
  };
  const semanticScholar = (id: { arxiv?: string; doi?: string }) =>
    ask('Semantic Scholar', requests.semanticScholar(id), (body) => {
      const { recordTitle, ...paper } = semanticScholarToIncoming(JSON.parse(body));
      add({ api: 'Semantic Scholar', paper, ...(recordTitle ? { recordTitle } : {}) });
    });

  if (!known.arxiv && known.doi) await semanticScholar({ doi: known.doi });
  if (!known.arxiv && !found().arxiv && known.title) {
    await ask('arXiv', requests.arxivByTitle(known.title), (body) => {
      const same = arxivFeedToRecords(body).filter(
        (record) => normalizeTitle(record.paper.title) === normalizeTitle(known.title!),
      );
      if (same.length === 1) add({ api: 'arXiv', paper: same[0]!.paper });
      else
        lookup.notes.push(
          same.length === 0
            ? 'arXiv has no paper with exactly this title'
            : `arXiv has ${same.length} papers with exactly this title; none was taken`,
        );
    });
  }
  const arxiv = known.arxiv ?? found().arxiv;
  if (arxiv && !lookup.findings.some((finding) => finding.api === 'arXiv') && wantsArxiv(wanted)) {
    const take = (record: ArxivRecord | undefined) => {
      if (!record) return lookup.notes.push(`arXiv does not know ${arxiv}`);
      add({ api: 'arXiv', paper: record.paper });
      if (record.journalRef && lookup.findings.some((finding) => finding.api === 'arXiv'))
        lookup.notes.push(`arXiv journal reference: ${record.journalRef}`);
    };
    if (arxivRecords.has(arxiv)) take(arxivRecords.get(arxiv));
    else
      await ask('arXiv', requests.arxivById(arxiv), (body) =>
        take(arxivFeedToRecords(body).find((candidate) => candidate.paper.arxiv === arxiv)),
      );
  }
  if (arxiv && (wanted.has('authors') || wanted.has('links'))) {
    await ask('Hugging Face', requests.huggingFace(arxiv), (body) =>
      add({ api: 'Hugging Face', paper: huggingFacePaperToIncoming(JSON.parse(body)) }),
    );
  }
  if (
    arxiv &&
    (wanted.has('doi') || wanted.has('venue')) &&
    !lookup.findings.some((finding) => finding.api === 'Semantic Scholar')
  )
    await semanticScholar({ arxiv });
  const doi = known.doi ?? found().doi;
  if (doi && (wanted.has('venue') || wanted.has('authors') || wanted.has('title'))) {
    await ask('Crossref', requests.crossrefWork(doi), (body) =>
      add({ api: 'Crossref', paper: crossrefWorkToIncoming(crossrefMessage(JSON.parse(body))) }),
    );
  } else if (!doi && wanted.has('venue') && (known.title ?? found().title)) {
    const title = (known.title ?? found().title)!;
    await ask('Crossref', requests.crossrefByTitle(title), (body) => {
      const work = crossrefWorkByTitle(JSON.parse(body), title);
      if (work) add({ api: 'Crossref', paper: crossrefWorkToIncoming(work) });
    });
  }
  return lookup;
}

/** Whether a paper misses a field the arXiv API gives. */
export function wantsArxiv(wanted: Set<string>): boolean {
  return ['title', 'abstract', 'authors', 'date', 'arxivCategory', 'doi'].some((field) => wanted.has(field));
}
