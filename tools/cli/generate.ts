import path from 'node:path';
import cliProgress from 'cli-progress';
import { Command } from 'commander';
import { PROJECT_ROOT } from '../../src/config';
import { FileSink, generateNetwork, SIZES, type GenerateSummary, type Size } from '../generate';
import { runCli } from './run';

const usage = (message: string) => Object.assign(new Error(message), { cliMessage: true });

/** A progress bar on stderr (quiet when it is not a terminal) whose total, an estimate, may change. */
function generateBar(): { update: (done: number, total: number) => void; stop: () => void } {
  const bar = new cliProgress.SingleBar(
    {
      format: 'generate [{bar}] {percentage}% | {value}/{total} records | ETA {eta_formatted}',
      stream: process.stderr,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let total = 0;
  return {
    update: (done, t) => {
      if (!total) bar.start(t, 0);
      else if (t !== total) bar.setTotal(t);
      total = t;
      bar.update(done);
    },
    stop: () => total && bar.stop(),
  };
}

/** Prints what was generated: nodes per kind, relationships per type, file size, time. */
export function printGenerateSummary(s: GenerateSummary, file: string, seconds: number): void {
  const n = (x: number) => x.toLocaleString('en-US');
  const table = (counts: Record<string, number>, total: number) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `  ${k.padEnd(16)} ${n(v).padStart(11)}  ${((100 * v) / total).toFixed(1).padStart(5)} %`)
      .join('\n');
  console.log(`Nodes: ${n(s.nodes)}\n${table(s.kinds, s.nodes)}`);
  console.log(`Relationships: ${n(s.relations)}\n${table(s.types, s.relations)}`);
  const p = s.participation;
  console.log(
    `Projects per organisation: median ${p.median}, 90th percentile ${p.p90}, max ${p.max} (${n(p.withNone)} of ${n(p.organisations)} in none)`,
  );
  console.log(
    `Wrote ${file}: ${(s.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s (size ${s.size}, seed ${s.seed})`,
  );
}

const program = new Command('generate')
  .description(
    'Write a synthetic cooperation network in the import format (JSON Lines); same size and seed, same bytes',
  )
  .option('--size <size>', 'S ≈ 10k nodes / 100k relationships, M ≈ 100k / 1M, L ≈ 1M / 10M', 'S')
  .option('--seed <n>', 'seed of the pseudo-random generator (0 … 4294967295)', '1')
  .option('--out <file>', 'output file (default data/generated/<size>-seed<N>.jsonl)')
  .action((opts: { size: string; seed: string; out?: string }) =>
    runCli(async () => {
      const size = opts.size.toUpperCase() as Size;
      if (!(size in SIZES)) throw usage(`--size must be S, M or L, got "${opts.size}"`);
      const seed = Number(opts.seed);
      if (!/^\d+$/.test(opts.seed) || seed > 0xffffffff)
        throw usage(`--seed must be an integer from 0 to 4294967295, got "${opts.seed}"`);
      const file = opts.out ?? path.join(PROJECT_ROOT, 'data', 'generated', `${size}-seed${seed}.jsonl`);
      const started = performance.now();
      const sink = new FileSink(file);
      const bar = generateBar();
      let summary: GenerateSummary;
      try {
        summary = await generateNetwork(size, seed, sink, bar.update);
        await sink.close();
      } catch (e) {
        await sink.abort();
        throw e;
      } finally {
        bar.stop();
      }
      const shown = path.relative(process.cwd(), file);
      printGenerateSummary(
        summary,
        shown && !shown.startsWith('..') ? shown : file,
        (performance.now() - started) / 1000,
      );
    }),
  );

void program.parseAsync();
