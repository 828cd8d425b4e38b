import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/db/driver';
import { connectTo } from '../localdb/target';
import { summariseTies } from '../../src/db/intervals';
import { CypherRunner, runInTx } from '../../src/db/runner';
import { importRecords } from '../../src/import/importer';
import type { ParsedRecord } from '../../src/import/records';
import { MAX_CONTEXT, rankCandidates } from '../../src/modules/matches/matches.repository';
import { ReasonKind } from '../../src/modules/matches/matches.type';
import { runCli } from '../cli/run';
import { auc, mean, precisionAt, seededRandom } from './metrics';
import { evaluateTemporal } from './temporal';

interface Tie {
  from: string;
  type: string;
  to: string;
}
type HiddenTie = Tie & { props: Record<string, unknown> };

const RANKINGS = {
  model: 'cooperationMatches score',
  cn: 'common neighbours',
  pa: 'preferential attachment (candidate’s ties)',
  random: 'random',
} as const;
type Ranking = keyof typeof RANKINGS;

/**
 * Hides ties (written to `file` first, in the import format, so a crashed run can be restored with `npm run import`).
 */
async function hide(runner: CypherRunner, ties: Tie[], file: string): Promise<HiddenTie[]> {
  const hidden: HiddenTie[] = [];
  const out = fs.createWriteStream(file);
  for (let i = 0; i < ties.length; i += 10_000) {
    const rows = await runner.writeTx(async (tx) => {
      const hiddenNow = await runInTx<HiddenTie>(tx, 'eval/hide-ties', { ties: ties.slice(i, i + 10_000) });
      await summariseTies(
        tx,
        hiddenNow.flatMap((t) => [t.from, t.to]),
      );
      return hiddenNow;
    });
    for (const r of rows)
      out.write(JSON.stringify({ record: 'relation', type: r.type, from: r.from, to: r.to, ...r.props }) + '\n');
    hidden.push(...rows);
  }
  await new Promise((resolve) => out.end(resolve));
  return hidden;
}

async function restore(db: Database, hidden: HiddenTie[]): Promise<void> {
  const records: ParsedRecord[] = hidden.map((t, i) => ({
    origin: { file: 'hidden ties', record: `tie ${i}` },
    relation: { type: t.type, from: t.from, to: t.to, ...t.props },
  }));
  await importRecords(db, records);
}

const partnersOf = async (runner: CypherRunner, id: string) =>
  new Set((await runner.read<{ ids: string[] }>('eval/partners-of', { id, maxContext: MAX_CONTEXT }))[0].ids);

/**
 * Link-prediction evaluation of cooperationMatches: hides a share of all cooperation relationships,
 * and for actors that stopped cooperating with someone because of it, asks for matches and scores
 * how well those lost partners are ranked (AUC against sampled non-partners, precision@10) by the
 * matcher's score, by common neighbours and at random, over the same candidates. The hidden ties
 * are restored at the end, whatever happens.
 */
async function evaluate(opts: { share: number; sources: number; negatives: number; seed: number }): Promise<void> {
  const db = await connectTo(loadConfig());
  const runner = new CypherRunner(db);
  const random = seededRandom(opts.seed);
  const started = Date.now();
  const ties = (await runner.read<Tie>('eval/cooperation-ties')).sort((a, b) =>
    a.from + a.type + a.to < b.from + b.type + b.to ? -1 : 1,
  );
  const actors = (await runner.read<{ id: string }>('eval/actor-ids')).map((r) => r.id);
  const isActor = new Set(actors);
  const chosen = ties.filter(() => random() < opts.share);
  // Sources: actors at an end of a hidden tie, drawn at random; who they cooperate with is read
  // before and after hiding, and the partners lost are the positives.
  const ends = [...new Set(chosen.flatMap((t) => [t.from, t.to]).filter((id) => isActor.has(id)))].sort();
  const sources = ends.filter(() => random() < (3 * opts.sources) / ends.length).slice(0, opts.sources);
  const before = new Map<string, Set<string>>();
  for (const u of sources) before.set(u, await partnersOf(runner, u));
  console.log(`${ties.length} cooperation relationships; hiding ${chosen.length} (${(opts.share * 100).toFixed(0)} %)`);
  const file = path.join(PROJECT_ROOT, 'data', 'generated', `eval-hidden-seed${opts.seed}.jsonl`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const hidden = await hide(runner, chosen, file);
  try {
    const results = Object.fromEntries(
      Object.keys(RANKINGS).map((k) => [k, { auc: [] as number[], poolAuc: [] as number[], p10: [] as number[] }]),
    ) as Record<Ranking, { auc: number[]; poolAuc: number[]; p10: number[] }>;
    let evaluated = 0;
    let positivesTotal = 0;
    let positivesInPool = 0;
    let rankMs = 0;
    for (const u of sources) {
      const now = await partnersOf(runner, u);
      const positives = new Set([...before.get(u)!].filter((v) => isActor.has(v) && !now.has(v)));
      if (!positives.size) continue;
      const t0 = Date.now();
      const scored = await rankCandidates(runner, u, 1_000_000);
      rankMs += Date.now() - t0;
      const scores: Record<Ranking, Map<string, number>> = {
        model: new Map(scored.map((s) => [s.candidate.id, s.score])),
        cn: new Map(
          scored.map((s) => [
            s.candidate.id,
            s.reasons.find((r) => r.kind === ReasonKind.COMMON_PARTNERS)?.entityIds.length ?? 0,
          ]),
        ),
        pa: new Map(scored.map((s) => [s.candidate.id, s.features.ties])),
        random: new Map(scored.map((s) => [s.candidate.id, random()])),
      };
      const negatives: string[] = [];
      for (let tries = 0; negatives.length < opts.negatives && tries < opts.negatives * 20; tries++) {
        const v = actors[Math.floor(random() * actors.length)];
        if (v !== u && !positives.has(v) && !now.has(v)) negatives.push(v);
      }
      // Within the pool: how well each ranking orders the candidates themselves (random is 0.5 here).
      const pool = scored.map((s) => s.candidate.id);
      const pooledPositives = [...positives].filter((v) => scores.model.has(v));
      const pooledNegatives = pool
        .filter((v) => !positives.has(v))
        .filter((_v, i, all) => i % Math.max(1, Math.floor(all.length / opts.negatives)) === 0);
      for (const name of Object.keys(RANKINGS) as Ranking[]) {
        const score = (id: string) => scores[name].get(id) ?? 0;
        results[name].auc.push(auc([...positives].map(score), negatives.map(score)));
        results[name].poolAuc.push(auc(pooledPositives.map(score), pooledNegatives.map(score)));
        const ranked = [...scores[name].entries()]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .map(([id]) => id);
        results[name].p10.push(precisionAt(10, ranked, positives));
      }
      evaluated++;
      positivesTotal += positives.size;
      positivesInPool += pooledPositives.length;
    }
    console.log(
      `Evaluated ${evaluated} of ${sources.length} sampled actors (the others lost no partner), ${positivesTotal} lost partners in all, ${((100 * positivesInPool) / Math.max(positivesTotal, 1)).toFixed(0)} % of them among the candidates; ranking all candidates took ${(rankMs / Math.max(evaluated, 1)).toFixed(0)} ms per actor; ${((Date.now() - started) / 1000).toFixed(0)} s in all`,
    );
    console.log('| ranking | AUC (all actors) | AUC (within the candidate pool) | precision@10 |\n|---|---|---|---|');
    for (const name of Object.keys(RANKINGS) as Ranking[]) {
      const r = results[name];
      console.log(
        `| ${RANKINGS[name]} | ${mean(r.auc).toFixed(3)} | ${mean(r.poolAuc).toFixed(3)} | ${mean(r.p10).toFixed(3)} |`,
      );
    }
  } finally {
    await restore(db, hidden);
    fs.rmSync(file);
    await db.driver.close();
  }
}

const program = new Command('eval:matching')
  .description(
    'Evaluate cooperationMatches by hiding cooperation ties (run against a generated dataset, e.g. M, in a scratch database)',
  )
  .option('--share <x>', 'share of cooperation relationships to hide', '0.1')
  .option('--sources <n>', 'actors to evaluate', '200')
  .option('--negatives <n>', 'non-partners sampled per actor for AUC', '200')
  .option('--seed <n>', 'seed', '1')
  .option(
    '--data <file>',
    'temporal protocol: an import file with dates (a generated dataset); its snapshots are bulk-loaded into the local Neo4j, replacing it',
  )
  .option('--train <day>', 'temporal: the snapshot the weights are fitted on', '2017-01-01')
  .option('--test <days>', 'temporal: held-out snapshots, comma-separated', '2020-01-01,2022-01-01')
  .option('--horizon <years>', 'temporal: years after a snapshot in which first cooperations are predicted', '3')
  .option('--no-gds', 'temporal: skip the GDS link-prediction baseline')
  .action(
    (o: {
      share: string;
      sources: string;
      negatives: string;
      seed: string;
      data?: string;
      train: string;
      test: string;
      horizon: string;
      gds: boolean;
    }) =>
      runCli(() =>
        o.data
          ? evaluateTemporal({
              data: o.data,
              train: o.train,
              test: o.test.split(','),
              sources: Number(o.sources),
              horizonYears: Number(o.horizon),
              seed: Number(o.seed),
              gds: o.gds,
            })
          : evaluate({
              share: Number(o.share),
              sources: Number(o.sources),
              negatives: Number(o.negatives),
              seed: Number(o.seed),
            }),
      ),
  );

void program.parseAsync();
