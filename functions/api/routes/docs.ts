import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';

/**
 * The API reference, rendered from the generated OpenAPI document in the browser. It is
 * self-contained (no CDN), so it works offline and under a strict content security policy.
 */
const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference · Business and Human Rights working group</title>
<link rel="icon" href="/favicon.png" type="image/png" sizes="32x32">
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fff}
header,main{max-width:60rem;margin:auto;padding:1rem}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccd}
details{border:1px solid #ccd;border-radius:6px;margin:.5rem 0;padding:.25rem .75rem}
summary{cursor:pointer;font-family:ui-monospace,monospace}
summary:focus-visible,button:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.m{display:inline-block;min-width:4.5rem;font-weight:700}
.get{color:#0a5c2b}.post{color:#0b4a9e}.put,.patch{color:#7a4b00}.delete{color:#a1121a}
pre{background:#f4f5f7;padding:.75rem;overflow:auto;font-size:.85rem}
.access{font-size:.85rem;color:#444}
</style>
</head>
<body>
<header><h1>API reference</h1><p>Generated from <a href="/api/openapi.json">/api/openapi.json</a>. Open an operation to see its parameters, body and answers; GET operations without parameters can be tried here.</p></header>
<main id="ops" aria-live="polite">Loading…</main>
<script type="module">
const doc = await (await fetch('/api/openapi.json')).json();
const main = document.getElementById('ops');
main.textContent = '';
const el = (tag, props = {}, ...children) => {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
};
const byTag = new Map();
for (const [path, ops] of Object.entries(doc.paths ?? {})) {
  for (const [method, op] of Object.entries(ops)) {
    const tag = op.tags?.[0] ?? 'Other';
    if (!byTag.has(tag)) byTag.set(tag, []);
    byTag.get(tag).push({ path, method, op });
  }
}
for (const [tag, ops] of byTag) {
  main.append(el('h2', { textContent: tag }));
  for (const { path, method, op } of ops) {
    const summary = el('summary', {}, el('span', { className: 'm ' + method, textContent: method.toUpperCase() }), path + ' — ' + (op.summary ?? ''));
    const body = el('div');
    if (op['x-access']) body.append(el('p', { className: 'access', textContent: 'Who may call it: ' + op['x-access'] }));
    if (op.parameters?.length) body.append(el('h3', { textContent: 'Parameters' }), el('pre', { textContent: JSON.stringify(op.parameters, null, 2) }));
    if (op.requestBody) body.append(el('h3', { textContent: 'Body' }), el('pre', { textContent: JSON.stringify(op.requestBody.content, null, 2) }));
    body.append(el('h3', { textContent: 'Answers' }), el('pre', { textContent: JSON.stringify(op.responses, null, 2) }));
    if (method === 'get' && !path.includes('{') && !(op.parameters ?? []).some((p) => p.required)) {
      const out = el('pre', { hidden: true });
      const tryIt = el('button', { type: 'button', textContent: 'Try it' });
      tryIt.addEventListener('click', async () => {
        const response = await fetch(path);
        out.hidden = false;
        out.textContent = response.status + ' ' + response.statusText + '\\n\\n' + (await response.text()).slice(0, 5000);
      });
      body.append(tryIt, out);
    }
    main.append(el('details', {}, summary, body));
  }
}
</script>
</body>
</html>`;

const sha256Of = (pattern: RegExp) =>
  `'sha256-${createHash('sha256')
    .update(pattern.exec(page)?.[1] ?? '')
    .digest('base64')}'`;

/**
 * Only this page's own inline script and style run (by hash); it may fetch from its own origin
 * and nothing else. The try-it button's requests are same-origin GETs.
 */
const contentSecurityPolicy = [
  "default-src 'none'",
  `script-src ${sha256Of(/<script type="module">([\s\S]*?)<\/script>/)}`,
  `style-src ${sha256Of(/<style>([\s\S]*?)<\/style>/)}`,
  "connect-src 'self'",
  // The portal's favicon, served beside the pages.
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const docsRoutes = new Hono<AppEnv>().get('/docs', (c) => {
  c.header('Content-Security-Policy', contentSecurityPolicy);
  return c.html(page);
});
