import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { Marked } from 'marked';

const DOCS = fileURLToPath(new URL('../../../../docs/', import.meta.url));

/** Pages under /docs: the generated API reference at /docs, and the integrators' guides beside it. */
const pages: Record<string, { file: string; title: string }> = {
  '/docs': { file: 'api.md', title: 'API reference' },
};

const style = `body{font-family:system-ui,sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1d2433}
code,pre{font-family:ui-monospace,monospace;background:#f3f4f7;border-radius:4px}code{padding:0 .2em}pre{padding:.75rem;overflow-x:auto}
table{border-collapse:collapse;display:block;overflow-x:auto}td,th{border:1px solid #d8dbe3;padding:.3rem .6rem;text-align:left}
h2{margin-top:2.5rem;border-bottom:1px solid #d8dbe3}h3{margin-top:1.75rem}`;

/**
 * The docs are rendered from the Markdown in `docs/` once, at start: the files ship with the server
 * and change only with a deploy. Markdown is our own text, so its HTML is trusted as written.
 */
export async function registerDocsRoutes(app: FastifyInstance): Promise<void> {
  const marked = new Marked({ gfm: true });
  for (const [url, { file, title }] of Object.entries(pages)) {
    const body = await marked.parse(await readFile(`${DOCS}${file}`, 'utf8'));
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Carlo</title><style>${style}</style></head><body>${body}</body></html>`;
    app.get(url, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=300').send(html),
    );
  }
}
