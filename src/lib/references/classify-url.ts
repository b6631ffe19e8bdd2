import type { PaperLink } from '../schema.ts';
import { linkifyText } from '../text/linkify.ts';
import { arxivIdFrom } from '../merge/identifiers.ts';

type LinkKind = PaperLink['kind'];

// Hosts whose pages are code repositories.
const CODE_HOSTS =
  /^(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|sourceforge\.net|gitee\.com|git\.[a-z0-9.-]+)$/;
// Portals that host data sets (PhysioNet holds MIMIC; Zenodo, Figshare, Dryad, Kaggle data sets, OSF, TCIA).
const DATA_HOSTS =
  /^(physionet\.org|zenodo\.org|figshare\.com|[a-z0-9-]+\.figshare\.com|datadryad\.org|osf\.io|www\.kaggle\.com|kaggle\.com|www\.cancerimagingarchive\.net|wiki\.cancerimagingarchive\.net|data\.mendeley\.com|dataverse\.harvard\.edu|grand-challenge\.org|[a-z0-9-]+\.grand-challenge\.org|synapse\.org|www\.synapse\.org)$/;
// Catalogues of trained models.
const MODEL_HOSTS =
  /^(catalog\.ngc\.nvidia\.com|ngc\.nvidia\.com|tfhub\.dev|pytorch\.org|www\.modelscope\.cn|modelscope\.cn|ollama\.com)$/;
// A path that names a data set or database on any other host.
const DATA_PATH = /\/(datasets?|databases?|data-?sets?)(\/|$)/i;
// Project pages: GitHub/GitLab Pages sites and the like.
const PROJECT_HOSTS = /\.(github\.io|gitlab\.io|pages\.dev|netlify\.app|vercel\.app)$/;

/** Why a URL got its kind: the rule that matched, for tests and reports. */
export interface UrlVerdict {
  kind: LinkKind;
  rule: string;
}

/**
 * The kind of link a URL is, from its host and path: code hosts → `code`; Hugging Face models →
 * `models`, data sets → `data`, Spaces → `demo`, other pages (organisations, papers) → `huggingface`;
 * data portals and data-set paths → `data`; model catalogues → `models`; Pages sites → `project`; anything else →
 * `project` when it is a site's root or a page of it, since that is what authors link from an abstract.
 * Undefined for the paper's own arXiv/DOI record (not a link of the paper) and for non-web URLs.
 *
 * @example
 * classifyUrl('https://huggingface.co/datasets/bigbio/mednli') // { kind: 'data', rule: 'huggingface dataset' }
 */
export function classifyUrl(url: string): UrlVerdict | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname;
  if (arxivIdFrom(url) !== undefined && !/huggingface\.co$/.test(host)) return undefined;
  if (/^(dx\.)?doi\.org$/.test(host)) return undefined;
  if (host === 'huggingface.co' || host === 'hf.co') return huggingFaceKind(path);
  if (/\.hf\.space$/.test(host)) return { kind: 'demo', rule: 'huggingface space' };
  if (CODE_HOSTS.test(host)) return { kind: 'code', rule: `code host ${host}` };
  if (DATA_HOSTS.test(host)) return { kind: 'data', rule: `data portal ${host}` };
  if (MODEL_HOSTS.test(host)) return { kind: 'models', rule: `model catalogue ${host}` };
  if (DATA_PATH.test(path)) return { kind: 'data', rule: 'data path' };
  if (PROJECT_HOSTS.test(host)) return { kind: 'project', rule: 'pages site' };
  return { kind: 'project', rule: 'other site' };
}

function huggingFaceKind(path: string): UrlVerdict {
  const [first, second] = path.split('/').filter(Boolean);
  if (first === 'datasets') return { kind: 'data', rule: 'huggingface dataset' };
  if (first === 'spaces') return { kind: 'demo', rule: 'huggingface space' };
  if (first === 'papers' || first === 'collections' || first === undefined || second === undefined)
    return { kind: 'huggingface', rule: 'huggingface page' };
  return { kind: 'models', rule: 'huggingface model' };
}

/**
 * The typed links of the URLs in a text (an abstract), in order, each URL once. The URL is taken as
 * the page shows it (`linkifyText`: sentence punctuation after it is not part of it).
 */
export function linksFromText(text: string): PaperLink[] {
  const links: PaperLink[] = [];
  const seen = new Set<string>();
  for (const segment of linkifyText(text)) {
    if (segment.kind !== 'link' || seen.has(segment.href)) continue;
    seen.add(segment.href);
    const verdict = classifyUrl(segment.href);
    if (verdict) links.push({ kind: verdict.kind, url: segment.href });
  }
  return links;
}
