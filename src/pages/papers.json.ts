/**
 * `/papers.json`: every entry's public data, with the format `version` and the survey it comes from.
 * Withdrawn entries stay in, with their `status` and reason, so a script that read them once can tell
 * what became of them. Its JSON Schema is `/papers.schema.json`.
 */
import type { APIRoute } from 'astro';
import { getExportContext, getSiteData } from '../build-cache.ts';
import { entriesToJson } from '../lib/export/index.ts';

/** Serves every entry's data, pretty-printed so diffs between versions read well. */
export const GET: APIRoute = async ({ site }) => {
  const { all } = await getSiteData();
  const { entries, survey, keys } = await getExportContext(site, all);
  const json = entriesToJson(entries, survey, keys);
  return new Response(`${JSON.stringify(json, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
