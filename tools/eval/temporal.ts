import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { CypherRunner } from '../../src/db/runner';
import {
  ACTIVE_ABROAD,
  ACTIVE_IN_COUNTRY,
  MAX_CONTEXT,
  rankCandidates,
} from '../../src/modules/matches/matches.repository';
import { WEIGHTS, type Weights } from '../../src/modules/matches/weights';
import { importFiles } from '../../src/import/importer';
import { connectTo } from '../localdb/target';
import { features, fitWeights, WEIGHT_KEYS } from './fit';
import { gdsScores } from './gds';
import { firstCooperation, isActor, readHistory, Snapshot, writeSnapshot, type History } from './history';
import { mean, measureRanking, percentile, seededRandom, type RankingMeasures } from './metrics';

// The matcher evaluated here has the API's pool, the most-tied actors of the country and of its neighbours included
// (ACTIVE_IN_COUNTRY, ACTIVE_ABROAD: the API's defaults, named here so that a change of them shows in this file).
const WITH_COUNTRY = { activeInCountry: ACTIVE_IN_COUNTRY, activeAbroad: ACTIVE_ABROAD };

/** The rankings compared, by name. */
const RANKINGS = {
  matcher: 'cooperationMatches',
  cn: 'common neighbours',
  aa: 'Adamic–Adar',
  ra: 'resource allocation',
  pa: 'preferential attachment (candidate’s ties)',
  gds: 'GDS link-prediction pipeline',
  random: 'random',
} as const;
type Ranking = keyof typeof RANKINGS;

export interface TemporalOptions {
  data: string;
  train: string;
  test: string[];
  sources: number;
  horizonYears: number;
  seed: number;
  gds: boolean;
}

const plusYears = (day: string, years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;

/**
 * Loads the network as it stood on `day` into the database, replacing its entities (online import:
 * on M about a minute, where the bulk path's stop, neo4j-admin and restart took five to ten).
 */
async function loadSnapshot(h: History, day: string): Promise<void> {
  const file = path.join(PROJECT_ROOT, 'data', 'generated', `eval-snapshot-${day}.jsonl`);
  const records = await writeSnapshot(h, day, file);
  const t0 = Date.now();
  const db = await connectTo(loadConfig());
  try {
    // CALL … IN TRANSACTIONS needs an implicit transaction: a session's run, not the runner's.
    const session = db.driver.session({ database: db.database });
    try {
      await session.run(
        'MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
        {},
        { timeout: 0 },
      );
    } finally {
      await session.close();
    }
    // A transaction per batch: as one transaction (the default under 50,000 records) the S snapshot's
    // import outlasted the server's 120 s transaction timeout at a load average of 14.
    await importFiles(db, [file], { singleTransactionLimit: 0 });
  } finally {
    await db.driver.close();
    fs.rmSync(file);
  }
  console.log(`Snapshot ${day}: ${records} records loaded in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

/** An actor of the snapshot with the pairs it will first form in the horizon, and those it ever formed before. */
interface Source {
  id: string;
  positives: Set<string>;
  past: Set<string>;
}

/** Draws actors that existed on `day` and first cooperate with someone (who existed then) within the horizon. */
function drawSources(snap: Snapshot, actors: string[], horizon: string, n: number, seed: number): Source[] {
  const random = seededRandom(seed);
  const order = actors.map((id) => ({ id, k: random() })).sort((a, b) => a.k - b.k);
  const out: Source[] = [];
  for (const { id } of order) {
    if (out.length >= n) break;
    const first = firstCooperation(snap.h, id, MAX_CONTEXT);
    const positives = new Set<string>();
    const past = new Set<string>();
    for (const [v, d] of first) {
      if (d <= snap.day) past.add(v);
      else if (d <= horizon && isActor(snap.h.entities.get(v)) && snap.exists(v)) positives.add(v);
    }
    if (positives.size) out.push({ id, positives, past });
  }
  return out;
}

/** Common neighbours, Adamic–Adar and resource allocation over the snapshot's partners, two hops out. */
function neighbourScores(snap: Snapshot, u: string): Record<'cn' | 'aa' | 'ra', Map<string, number>> {
  const cn = new Map<string, number>();
  const aa = new Map<string, number>();
  const ra = new Map<string, number>();
  for (const z of snap.partners(u)) {
    const around = snap.partners(z);
    const k = around.size;
    for (const v of around) {
      if (v === u) continue;
      cn.set(v, (cn.get(v) ?? 0) + 1);
      aa.set(v, (aa.get(v) ?? 0) + 1 / Math.log(Math.max(k, 2)));
      ra.set(v, (ra.get(v) ?? 0) + 1 / k);
    }
  }
  return { cn, aa, ra };
}

/** Ids with a score, best first; equal scores in a fixed random order (not by id). */
function rank(scores: Map<string, number>, keep: (id: string) => boolean, key: Map<string, number>): string[] {
  return [...scores.entries()]
    .filter(([id, s]) => s > 0 && keep(id))
    .sort((a, b) => b[1] - a[1] || key.get(a[0])! - key.get(b[0])!)
    .map(([id]) => id);
}

interface SnapshotResult {
  day: string;
  sources: number;
  positives: number;
  pooled: number;
  poolSizes: number[];
  latencyTop10: number[];
  latencyPool: number[];
  all: Record<Ranking, RankingMeasures[]>;
  pool: Record<Ranking, RankingMeasures[]>;
  /** Labelled pool candidates (for fitting). */
  rows: { x: number[]; y: 0 | 1 }[];
}

/** Runs the protocol on the snapshot loaded in the database: every ranking, over all actors and within the pool. */
async function evaluateSnapshot(
  h: History,
  day: string,
  opts: TemporalOptions,
  weights: Weights,
): Promise<SnapshotResult> {
  const db = await connectTo(loadConfig());
  const runner = new CypherRunner(db);
  try {
    const snap = new Snapshot(h, day, MAX_CONTEXT);
    const actors = [...h.entities.values()].filter((e) => isActor(e) && snap.exists(e.id)).map((e) => e.id);
    actors.sort();
    const random = seededRandom(opts.seed + 7);
    const key = new Map(actors.map((id) => [id, random()]));
    const sources = drawSources(snap, actors, plusYears(day, opts.horizonYears), opts.sources, opts.seed);
    const byTies = rank(new Map(actors.map((id) => [id, snap.ties(id) + 1e-9])), () => true, key);
    const byRandom = rank(new Map(actors.map((id) => [id, key.get(id)!])), () => true, key);
    const gds = opts.gds
      ? await gdsScores(
          runner,
          sources.map((s) => s.id),
          actors,
        )
      : undefined;
    const empty = () =>
      Object.fromEntries(Object.keys(RANKINGS).map((k) => [k, [] as RankingMeasures[]])) as unknown as Record<
        Ranking,
        RankingMeasures[]
      >;
    const result: SnapshotResult = {
      day,
      sources: sources.length,
      positives: 0,
      pooled: 0,
      poolSizes: [],
      latencyTop10: [],
      latencyPool: [],
      all: empty(),
      pool: empty(),
      rows: [],
    };
    for (const s of sources) {
      // Every ranking is judged over the same actors: those that existed, other than the source and
      // those it had ever cooperated with by the day (a pair that cooperated before is no new pair).
      const eligible = (id: string) => id !== s.id && !s.past.has(id);
      let t0 = performance.now();
      await rankCandidates(runner, s.id, 10, WITH_COUNTRY, weights);
      result.latencyTop10.push(performance.now() - t0);
      t0 = performance.now();
      const scored = (await rankCandidates(runner, s.id, 1_000_000, WITH_COUNTRY, weights)).filter((c) =>
        eligible(c.candidate.id),
      );
      result.latencyPool.push(performance.now() - t0);
      const pool = new Set(scored.map((c) => c.candidate.id));
      for (const c of scored) {
        const y = s.positives.has(c.candidate.id) ? 1 : 0;
        if (y || random() < 0.05) result.rows.push({ x: features(c.features), y });
      }
      const neighbours = neighbourScores(snap, s.id);
      const ranked: Record<Ranking, (keep: (id: string) => boolean) => string[]> = {
        matcher: (keep) => scored.map((c) => c.candidate.id).filter(keep),
        cn: (keep) => rank(neighbours.cn, keep, key),
        aa: (keep) => rank(neighbours.aa, keep, key),
        ra: (keep) => rank(neighbours.ra, keep, key),
        pa: (keep) => byTies.filter(keep),
        gds: (keep) => (gds ? rank(gds.get(s.id) ?? new Map<string, number>(), keep, key) : []),
        random: (keep) => byRandom.filter(keep),
      };
      const universe = actors.filter(eligible).length;
      const inPool = (id: string) => pool.has(id);
      const pooledPositives = new Set([...s.positives].filter(inPool));
      for (const name of Object.keys(RANKINGS) as Ranking[]) {
        if (name === 'gds' && !gds) continue;
        result.all[name].push(measureRanking(ranked[name](eligible), universe, s.positives));
        result.pool[name].push(measureRanking(ranked[name](inPool), pool.size, pooledPositives));
      }
      result.positives += s.positives.size;
      result.pooled += pooledPositives.size;
      result.poolSizes.push(pool.size);
    }
    return result;
  } finally {
    await db.driver.close();
  }
}

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');

/**
 * `weights` names the matcher's weights in its row: the training snapshot is judged with the API's, the others
 * with the fitted ones.
 */
function printResult(r: SnapshotResult, horizonYears: number, weights: string): void {
  console.log(
    `\n### T = ${r.day}: first cooperations in (T, T + ${horizonYears} years]\n\n` +
      `${r.sources} actors, ${r.positives} future partners; the matcher's pool holds ${r.pooled} of them ` +
      `(${((100 * r.pooled) / Math.max(r.positives, 1)).toFixed(1)} %); pool size median ${percentile(r.poolSizes, 0.5)}, ` +
      `p90 ${percentile(r.poolSizes, 0.9)}; latency p50 ${percentile(r.latencyTop10, 0.5).toFixed(0)} ms for the top 10 ` +
      `(p90 ${percentile(r.latencyTop10, 0.9).toFixed(0)} ms), ${percentile(r.latencyPool, 0.5).toFixed(0)} ms for the whole pool\n`,
  );
  console.log(
    '| ranking | AUC (all) | AP (all) | P@10 (all) | R@50 (all) | AUC (pool) | AP (pool) | P@10 (pool) | R@50 (pool) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const name of Object.keys(RANKINGS) as Ranking[]) {
    const a = r.all[name];
    const p = r.pool[name];
    if (!a.length) continue;
    const m = (xs: RankingMeasures[], k: keyof RankingMeasures) => f3(mean(xs.map((x) => x[k])));
    console.log(
      `| ${name === 'matcher' ? `${RANKINGS[name]} (${weights})` : RANKINGS[name]} | ${m(a, 'auc')} | ${m(a, 'ap')} | ${m(a, 'p10')} | ${m(a, 'r50')} | ${m(p, 'auc')} | ${m(p, 'ap')} | ${m(p, 'p10')} | ${m(p, 'r50')} |`,
    );
  }
}

/**
 * The temporal protocol: the network as of a day predicts the pairs that first cooperate in the
 * following years. The reason weights are fitted on the training snapshot; the test snapshots are
 * judged with the committed weights (WEIGHTS) and with the freshly fitted ones.
 */
export async function evaluateTemporal(opts: TemporalOptions): Promise<void> {
  const started = Date.now();
  const h = await readHistory(opts.data);
  console.log(`${h.entities.size} entities, ${h.ties.length} cooperation ties read from ${opts.data}`);
  await loadSnapshot(h, opts.train);
  const train = await evaluateSnapshot(h, opts.train, { ...opts, gds: false }, WEIGHTS);
  printResult(train, opts.horizonYears, "the API's weights");
  const fitted = fitWeights(train.rows);
  console.log(
    `\nWeights fitted on ${opts.train} (${train.rows.length} pool candidates, ${train.rows.filter((r) => r.y).length} positive):`,
  );
  console.log(JSON.stringify(Object.fromEntries(WEIGHT_KEYS.map((k) => [k, Number(fitted[k].toFixed(3))]))));
  const committed = WEIGHT_KEYS.every((k) => Math.abs(fitted[k] - WEIGHTS[k]) < 0.01);
  console.log(
    committed ? 'They are the committed WEIGHTS.' : `The committed WEIGHTS differ: ${JSON.stringify(WEIGHTS)}`,
  );
  for (const day of opts.test) {
    await loadSnapshot(h, day);
    printResult(await evaluateSnapshot(h, day, opts, fitted), opts.horizonYears, 'fitted weights');
  }
  console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s in all`);
}
