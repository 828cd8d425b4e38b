import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { PROJECT_ROOT } from '../../src/config';
import { MANIFEST, readManifest, WEB_BUNDLE, type BundleManifest } from '../../src/explorer/manifest';
import { API_DOC, apiExamples } from './examples';

/** The front-end sources (TypeScript, CSS); the bundle goes to WEB_BUNDLE (git-ignored). */
export const WEB_SOURCE = path.join(PROJECT_ROOT, 'web');

// Everything the bundle is made from besides node_modules (whose versions package-lock.json pins).
const INPUTS = [
  WEB_SOURCE,
  API_DOC,
  path.join(PROJECT_ROOT, 'package-lock.json'),
  path.join(PROJECT_ROOT, 'src/model/vocabulary.ts'),
  __filename,
];

function newestMtime(p: string): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(p).map((name) => newestMtime(path.join(p, name))));
}

/** True when the bundle is missing or older than one of its inputs. */
export function bundleIsStale(): boolean {
  if (!fs.existsSync(MANIFEST)) return true;
  return fs.statSync(MANIFEST).mtimeMs < Math.max(...INPUTS.map(newestMtime));
}

/** docs/api.md's examples as a module the GraphiQL page imports (`import examples from 'api-examples'`). */
const apiExamplesModule: esbuild.Plugin = {
  name: 'api-examples',
  setup(build) {
    build.onResolve({ filter: /^api-examples$/ }, () => ({ path: API_DOC, namespace: 'api-examples' }));
    build.onLoad({ filter: /.*/, namespace: 'api-examples' }, () => ({
      contents: JSON.stringify(apiExamples().map(({ title, query, variables }) => ({ title, query, variables }))),
      loader: 'json',
      watchFiles: [API_DOC],
    }));
  },
};

/** Bundles the explorer and GraphiQL from npm packages into dist/web (no CDN); replaces the old bundle whole. */
export async function buildBundle(): Promise<BundleManifest> {
  const started = Date.now();
  const tmp = `${WEB_BUNDLE}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: { explorer: 'web/explorer/main.ts', graphiql: 'web/graphiql/main.tsx' },
    outdir: tmp,
    bundle: true,
    minify: true,
    sourcemap: 'linked',
    format: 'iife',
    target: ['chrome109', 'firefox115', 'safari15'],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file' },
    plugins: [apiExamplesModule],
    logLevel: 'silent',
    metafile: true,
  });
  const files = Object.fromEntries(
    Object.entries(result.metafile.outputs)
      .filter(([file]) => !file.endsWith('.map'))
      .map(([file, out]) => [path.relative(tmp, path.resolve(PROJECT_ROOT, file)), out.bytes]),
  );
  const manifest: BundleManifest = { builtAt: new Date().toISOString(), ms: Date.now() - started, files };
  fs.writeFileSync(path.join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // Swap folders so a running server never sees half a bundle (only a brief absence).
  fs.rmSync(WEB_BUNDLE, { recursive: true, force: true });
  fs.renameSync(tmp, WEB_BUNDLE);
  return manifest;
}

/** Builds the bundle when it is missing or stale; `npm start` (tools/serve.ts) and the tests call it. */
export async function ensureBundle(): Promise<BundleManifest & { built: boolean }> {
  if (!bundleIsStale()) return { ...readManifest()!, built: false };
  return { ...(await buildBundle()), built: true };
}

if (require.main === module) {
  buildBundle().then(
    (m) =>
      process.stdout.write(
        `dist/web built in ${m.ms} ms: ${Object.entries(m.files)
          .map(([f, b]) => `${f} ${(b / 1024).toFixed(0)} kB`)
          .join(', ')}\n`,
      ),
    (err) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
