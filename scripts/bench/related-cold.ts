/**
 * One cold run, as a build runs it, on `syntheticCorpus(size)` (seed 42): `computeRelated` alone, or
 * `buildRelatedData` (links, theme terms, rising terms). Prints wall seconds, the process's CPU seconds
 * (user + system, the steadier figure on a shared machine) and its peak RSS. Run each in a fresh process:
 *   node_modules/.bin/node --import tsx scripts/bench/related-cold.ts related|all [size]
 */
import { buildRelatedData } from '../../src/lib/related/survey-related.ts';
import { computeRelated } from '../../src/lib/related/index.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';
import type { PaperSource } from '../../src/lib/paper-lists.ts';

const [what = 'related', sizeText = '10000'] = process.argv.slice(2);
const papers = syntheticCorpus(Number(sizeText));
const entries = papers.map((paper) => ({ id: paper.slug, data: { ...paper, status: 'published' } }));
const cpuBefore = process.cpuUsage();
const started = performance.now();
if (what === 'related') computeRelated(papers);
else buildRelatedData(entries as unknown as PaperSource[]);
const wall = (performance.now() - started) / 1000;
const { user, system } = process.cpuUsage(cpuBefore);
const rssMb = process.resourceUsage().maxRSS / 1024;
const cpu = (user + system) / 1e6;
const figures = { cpu: +cpu.toFixed(2), wall: +wall.toFixed(2), peakRssMb: Math.round(rssMb) };
console.log(JSON.stringify({ what, size: papers.length, ...figures }));
