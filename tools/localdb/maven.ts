import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

/** What Maven resolved for the local Neo4j: the server classpath, the APOC and GDS plugin jars and versions. */
export interface ResolvedJars {
  neo4jVersion: string;
  apocVersion: string;
  gdsVersion: string;
  classpath: string[];
  pluginJars: string[];
  /** SHA-256 of neo4j/pom.xml when these were resolved: a changed pom (a new plugin, a new pin) resolves again. */
  pomHash?: string;
}

const POM = path.join(PROJECT_ROOT, 'neo4j', 'pom.xml');

export class MissingToolError extends Error {}

const ALTERNATIVES =
  'Alternatives: point the project at an existing Neo4j 5 (or Aura) with NEO4J_URI, NEO4J_USERNAME and ' +
  'NEO4J_PASSWORD, or run `docker compose up` where a Docker engine is available.';

/** Fails with a message naming what is missing when java or mvn is not on the PATH. */
export function checkTools(): void {
  for (const [tool, args, need] of [
    ['java', ['-version'], 'Java 17 or 21 (e.g. apt-get install openjdk-17-jre-headless)'],
    ['mvn', ['-v'], 'Apache Maven 3 with access to Maven Central (e.g. apt-get install maven)'],
  ] as const) {
    const r = spawnSync(tool, args, { stdio: 'ignore' });
    if (r.error || r.status !== 0) {
      throw new MissingToolError(
        `The local Neo4j needs \`${tool}\`, which was not found: install ${need}.\n${ALTERNATIVES}`,
      );
    }
  }
}

function buildClasspath(profile: string, outFile: string, offline: boolean): boolean {
  const args = ['-q', '-B', '-f', POM, '-P', profile, 'dependency:build-classpath', `-Dmdep.outputFile=${outFile}`];
  if (offline) args.unshift('-o');
  const r = spawnSync('mvn', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0 && !offline) {
    throw new Error(
      `mvn could not resolve the Neo4j jars (profile ${profile}):\n${(r.stdout + r.stderr).slice(-2000)}`,
    );
  }
  return r.status === 0;
}

function versionOf(jars: string[], artifact: string): string {
  const re = new RegExp(`${artifact}-(\\d+\\.\\d+\\.\\d+)\\.jar$`);
  for (const j of jars) {
    const m = re.exec(path.basename(j));
    if (m) return m[1];
  }
  throw new Error(`Maven did not resolve ${artifact}`);
}

/**
 * Resolves the pinned Neo4j 5.26 server, APOC core and GDS with Maven (offline first, so a warm Maven cache
 * needs no network), and caches the result in `<home>/jars.json` so later starts skip Maven entirely
 * until neo4j/pom.xml changes.
 */
export function resolveJars(home: string, log: (msg: string) => void): ResolvedJars {
  const cacheFile = path.join(home, 'jars.json');
  const pomHash = crypto.createHash('sha256').update(fs.readFileSync(POM)).digest('hex');
  if (fs.existsSync(cacheFile)) {
    const cached = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as ResolvedJars;
    if (cached.pomHash === pomHash && [...cached.classpath, ...cached.pluginJars].every((j) => fs.existsSync(j)))
      return cached;
  }
  checkTools();
  fs.mkdirSync(home, { recursive: true });
  const out = { server: path.join(home, 'cp-server.txt'), apoc: path.join(home, 'cp-apoc.txt') };
  for (const profile of ['server', 'apoc'] as const) {
    if (!buildClasspath(profile, out[profile], true)) {
      log(`Resolving Neo4j (${profile}) from Maven Central; the first run downloads about 165 MB...`);
      buildClasspath(profile, out[profile], false);
    }
  }
  const read = (f: string) => fs.readFileSync(f, 'utf8').trim().split(path.delimiter).filter(Boolean);
  const classpath = read(out.server);
  // The plugin folder gets APOC and only those of its dependencies the server does not already ship.
  // Artifacts are compared by group and name (their folder in the Maven cache): GDS has modules
  // called annotations, logging… like the server's, which must not be mistaken for them.
  const artifactOf = (j: string) => path.dirname(path.dirname(j));
  const serverArtifacts = new Set(classpath.map(artifactOf));
  const pluginJars = read(out.apoc).filter((j) => !serverArtifacts.has(artifactOf(j)));
  const resolved: ResolvedJars = {
    neo4jVersion: versionOf(classpath, 'neo4j-kernel'),
    apocVersion: versionOf(pluginJars, 'apoc-core'),
    gdsVersion: versionOf(pluginJars, 'opengds-extension'),
    classpath,
    pluginJars,
    pomHash,
  };
  fs.writeFileSync(cacheFile, JSON.stringify(resolved, null, 2));
  return resolved;
}
