import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

/** Where the explorer's bundle is served from (git-ignored; tools/explorer/bundle.ts writes it). */
export const WEB_BUNDLE = path.join(PROJECT_ROOT, 'dist/web');
export const MANIFEST = path.join(WEB_BUNDLE, 'manifest.json');

/** What a build wrote: file name → bytes, and how long it took. */
export interface BundleManifest {
  builtAt: string;
  ms: number;
  files: Record<string, number>;
}

/** The manifest of the current bundle, or undefined when none was built. */
export function readManifest(): BundleManifest | undefined {
  return fs.existsSync(MANIFEST) ? (JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as BundleManifest) : undefined;
}
