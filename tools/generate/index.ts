import { actorEntities } from './actor-records';
import { planNetwork, type Plan } from './actors';
import { eventRelations } from './events';
import { geographyEntities, geographyRelations } from './geography';
import { membershipRelations } from './memberships';
import { SIZES, type GenRecord, type Size } from './model';
import { partnerRelations } from './partners';
import { projectRelations } from './projects';
import { sectorEntities, sectorRelations } from './sectors';
import { makeShared } from './shared';
import { structureRelations } from './structure';
import type { LineSink } from './writer';

export { SIZES, type Size } from './model';
export { FileSink, MemorySink, type LineSink } from './writer';

/** What a generation produced. */
export interface GenerateSummary {
  size: Size;
  seed: number;
  nodes: number;
  relations: number;
  kinds: Record<string, number>;
  types: Record<string, number>;
  /** UTF-8 bytes of the JSON Lines output, newlines included. */
  bytes: number;
  /** Projects per organisation, over organisations in at least one project. */
  participation: { organisations: number; withNone: number; median: number; p90: number; max: number };
}

/** Every record of a planned network: all entities first, then all relations. */
export function* networkRecords(plan: Plan): Generator<GenRecord> {
  yield* geographyEntities(plan.geo);
  yield* sectorEntities();
  yield* actorEntities(plan);
  yield* geographyRelations(plan.geo);
  yield* sectorRelations();
  yield* structureRelations(plan);
  const shared = makeShared(plan);
  yield* projectRelations(plan, shared);
  yield* membershipRelations(plan, shared);
  yield* eventRelations(plan, shared);
  yield* partnerRelations(plan, shared);
}

function participationStats(degrees: Int32Array): GenerateSummary['participation'] {
  const active = degrees.filter((d) => d > 0).sort();
  const at = (q: number) => (active.length ? active[Math.min(active.length - 1, Math.floor(q * active.length))] : 0);
  return {
    organisations: degrees.length,
    withNone: degrees.length - active.length,
    median: at(0.5),
    p90: at(0.9),
    max: at(1),
  };
}

/**
 * Generates the synthetic network of a size for a seed as JSON Lines into a sink (deterministic:
 * same size and seed, same bytes), awaiting the sink when it asks to; reports progress every 20,000 records.
 */
export async function generateNetwork(
  size: Size,
  seed: number,
  sink: LineSink,
  onProgress?: (done: number, total: number) => void,
): Promise<GenerateSummary> {
  const plan = planNetwork(size, seed);
  const estimate = SIZES[size].nodes + SIZES[size].relations;
  const kinds: Record<string, number> = {};
  const types: Record<string, number> = {};
  const degrees = new Int32Array(plan.orgs.n);
  let nodes = 0;
  let relations = 0;
  let bytes = 0;
  for (const rec of networkRecords(plan)) {
    if (rec.record === 'entity') {
      kinds[rec.kind] = (kinds[rec.kind] ?? 0) + 1;
      nodes++;
    } else {
      types[rec.type] = (types[rec.type] ?? 0) + 1;
      relations++;
      if (rec.type === 'PARTICIPATES_IN' && rec.from.startsWith('org-')) degrees[Number(rec.from.slice(4)) - 1]++;
    }
    const line = JSON.stringify(rec);
    bytes += Buffer.byteLength(line) + 1;
    const wait = sink.write(line);
    if (wait) await wait;
    if ((nodes + relations) % 20_000 === 0) onProgress?.(nodes + relations, Math.max(estimate, nodes + relations));
  }
  onProgress?.(nodes + relations, nodes + relations);
  return { size, seed, nodes, relations, kinds, types, bytes, participation: participationStats(degrees) };
}
