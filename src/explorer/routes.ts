import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { readManifest, WEB_BUNDLE } from './manifest';

export interface ExplorerOptions {
  /** Whether the API answers introspection: GraphiQL says so when it does not. */
  introspection: boolean;
}

// Scripts only from this origin (the bundle): no inline script, no eval, no framing. Styles may be
// inline: cytoscape and GraphiQL's editor set style attributes, which cannot run code.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders: express.RequestHandler = (_req, res, next) => {
  res.set({
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  });
  next();
};

const PAGES = {
  explorer: { title: 'Partnership Graph — Explorer', root: '' },
  graphiql: { title: 'Partnership Graph — GraphiQL', root: '<div id="graphiql"></div>' },
};

function page(name: keyof typeof PAGES, options: ExplorerOptions): string {
  // The build time busts browser caches after a rebuild.
  const v = encodeURIComponent(readManifest()?.builtAt ?? '');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${PAGES[name].title}</title>
<link rel="stylesheet" href="/assets/${name}.css?v=${v}">
<script src="/assets/${name}.js?v=${v}" defer></script>
</head>
<body data-introspection="${options.introspection}">${PAGES[name].root}</body>
</html>
`;
}

/** The explorer (/), GraphiQL (/graphiql) and their bundled assets (/assets), with a strict CSP. */
export function explorerRoutes(options: ExplorerOptions): express.Router {
  const router = express.Router();
  const send =
    (name: keyof typeof PAGES): express.RequestHandler =>
    (_req, res) => {
      if (!fs.existsSync(path.join(WEB_BUNDLE, `${name}.js`))) {
        res
          .status(503)
          .type('text/plain')
          .send('The explorer bundle is not built: run `npm run build:web` (npm start builds it by itself).\n');
        return;
      }
      res.type('html').set('cache-control', 'no-cache').send(page(name, options));
    };
  router.get('/favicon.ico', (_req, res) => void res.status(204).end());
  router.get('/', securityHeaders, send('explorer'));
  router.get('/graphiql', securityHeaders, send('graphiql'));
  router.use(
    '/assets',
    securityHeaders,
    express.static(WEB_BUNDLE, { index: false, setHeaders: (res) => res.set('cache-control', 'public, max-age=3600') }),
  );
  return router;
}
