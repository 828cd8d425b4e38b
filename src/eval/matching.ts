import 'reflect-metadata';
import { Command } from 'commander';
import { loadConfig } from '../config';
import { connect } from '../db/driver';
import { CypherRunner } from '../db/runner';
import { COOPERATION_RELATIONS } from '../model/vocabulary';
import { MAX_CONTEXT, scoreAllCandidates } from '../modules/matches/matches.service';
import { runCli } from '../cli/run';
import { auc, mean, precisionAt, seededRandom } from './metrics';

interface Tie {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/**
 * Link-prediction evaluation of cooperationMatches: hides a share of the direct partnerships, asks
 * for matches of actors that lost one, and scores how well the hidden partners are ranked (AUC,
 * precision@10) against common-neighbours and random rankings of the same candidates. The hidden
 * ties are restored at the end, whatever happens.
 */
async function evaluate(opts: { share: number; sources: number; negatives: number; seed: number }): Promise<void> {
  const db = await connect(loadConfig());
  const runner = new CypherRunner(db);
  const random = seededRandom(opts.seed);
  const ties = await runner.read<Tie>('eval/partner-ties');
  const hidden = ties.filter(() => random() < opts.share);
  const actors = (await runner.read<{ id: string }>('eval/actor-ids')).map((r) => r.id);
  console.log(`${ties.length} partnerships; hiding ${hidden.length} (${(opts.share * 100).toFixed(0)} %)`);
  await runner.write('eval/hide-ties', { ties: hidden.map(({ from, to }) => ({ from, to })) });
  try {
    const lost = new Map<string, Set<string>>();
    for (const t of hidden) for (const [a, b] of [[t.from, t.to], [t.to, t.from]]) lost.set(a, (lost.get(a) ?? new Set()).add(b));
    const sources = [...lost.keys()].sort().filter(() => random() < 4 * opts.sources / lost.size).slice(0, opts.sources);
    const results = { model: { auc: [] as number[], p10: [] as number[] }, cn: { auc: [] as number[], p10: [] as number[] }, random: { auc: [] as number[], p10: [] as number[] } };
    let evaluated = 0;
    let positivesTotal = 0;
    const started = Date.now();
    for (const u of sources) {
      // A hidden partner still tied through a common project or event is "cooperating" and by
      // definition never recommended: only the ones the graph no longer links count as positives.
      const [{ ids: partnersNow }] = await runner.read<{ ids: string[] }>('eval/partners-of', { id: u, types: COOPERATION_RELATIONS, maxContext: MAX_CONTEXT });
      const cooperating = new Set(partnersNow);
      const positives = new Set([...lost.get(u)!].filter((v) => !cooperating.has(v)));
      if (!positives.size) continue;
      const scored = await scoreAllCandidates(runner, u);
      const model = new Map(scored.map((s) => [s.candidate.id, s.score]));
      const cn = new Map(scored.map((s) => [s.candidate.id, s.reasons.find((r) => r.kind === 'COMMON_PARTNERS')?.entityIds.length ?? 0]));
      const rnd = new Map(scored.map((s) => [s.candidate.id, random()]));
      const negatives: string[] = [];
      for (let tries = 0; negatives.length < opts.negatives && tries < opts.negatives * 20; tries++) {
        const v = actors[Math.floor(random() * actors.length)];
        if (v !== u && !positives.has(v) && !cooperating.has(v)) negatives.push(v);
      }
      for (const [name, scores] of [['model', model], ['cn', cn], ['random', rnd]] as const) {
        const score = (id: string) => scores.get(id) ?? 0;
        results[name].auc.push(auc([...positives].map(score), negatives.map(score)));
        const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
        results[name].p10.push(precisionAt(10, ranked, positives));
      }
      evaluated++;
      positivesTotal += positives.size;
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`Evaluated ${evaluated} actors with ${positivesTotal} hidden, no-longer-linked partners (${(seconds / Math.max(evaluated, 1)).toFixed(2)} s per actor)`);
    console.log('| ranking | AUC | precision@10 |\n|---|---|---|');
    for (const [name, label] of [['model', 'cooperationMatches score'], ['cn', 'common neighbours'], ['random', 'random']] as const) {
      console.log(`| ${label} | ${mean(results[name].auc).toFixed(3)} | ${mean(results[name].p10).toFixed(3)} |`);
    }
  } finally {
    await runner.write('eval/restore-ties', { ties: hidden });
    await db.driver.close();
  }
}

const program = new Command('eval:matching')
  .description('Evaluate cooperationMatches by hiding partnerships (run against a generated dataset, e.g. M)')
  .option('--share <x>', 'share of partnerships to hide', '0.1')
  .option('--sources <n>', 'actors to evaluate', '100')
  .option('--negatives <n>', 'non-partners sampled per actor for AUC', '200')
  .option('--seed <n>', 'seed', '1')
  .action((o: { share: string; sources: string; negatives: string; seed: string }) =>
    runCli(() => evaluate({ share: Number(o.share), sources: Number(o.sources), negatives: Number(o.negatives), seed: Number(o.seed) })),
  );

program.parseAsync();
