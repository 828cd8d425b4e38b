import cliProgress from 'cli-progress';

/** A progress bar with rate and ETA on stderr (quiet when stderr is not a terminal, e.g. in CI). */
export function progressBar(label: string): { update: (done: number, total: number) => void; stop: () => void } {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} records | {rate}/s | ETA {eta_formatted}`,
      stream: process.stderr,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let begun = false;
  return {
    update: (done, total) => {
      if (!begun) {
        bar.start(total, 0, { rate: 0 });
        begun = true;
      }
      bar.update(done, { rate: Math.round(done / Math.max((Date.now() - started) / 1000, 0.001)) });
    },
    stop: () => {
      if (begun) bar.stop();
    },
  };
}
