/** `/papers.schema.json`: the JSON Schema (draft 2020-12) of `/papers.json`, generated from its Zod schema. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/links.ts';
import { papersJsonSchema } from '../lib/export/index.ts';

/** Serves the schema, named by its own URL. */
export const GET: APIRoute = ({ site }) => {
  // `$id` names the schema by where it is published, so validators can cache and refer to it.
  const schema = { $id: absoluteUrl('/papers.schema.json', site), ...papersJsonSchema };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
