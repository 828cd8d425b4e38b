import type { BenchReport } from './report.type';

/**
 * A bar chart of p50 latency at the lowest concurrency, API beside floor, per operation, on a log
 * scale (a 2 ms lookup and a 300 ms deep lookup share it). Plain SVG: nothing to install.
 */
export function latencyChart(r: BenchReport): string {
  const c = Math.min(...r.settings.concurrency);
  const rows = r.results.filter((x) => x.concurrency === c);
  const values = rows.flatMap((x) => [x.api.p50, x.floor.p50]).filter((v) => v > 0);
  const lo = Math.pow(10, Math.floor(Math.log10(Math.min(...values, 1))));
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...values, 10))));
  const left = 150;
  const plot = 420;
  const width = left + plot + 170;
  const rowH = 40;
  const top = 46;
  const x = (v: number) => left + (plot * Math.log10(Math.max(v, lo) / lo)) / Math.log10(hi / lo);
  const grid: string[] = [];
  for (let v = lo; v <= hi; v *= 10) {
    grid.push(
      `<line x1="${x(v).toFixed(1)}" y1="${top - 6}" x2="${x(v).toFixed(1)}" y2="${top + rows.length * rowH}" stroke="#ddd"/>`,
    );
    grid.push(`<text x="${x(v).toFixed(1)}" y="${top - 10}" text-anchor="middle" fill="#666">${v} ms</text>`);
  }
  const bars = rows.map((row, i) => {
    const y = top + i * rowH;
    const bar = (v: number, dy: number, fill: string, label: string) =>
      `<rect x="${left}" y="${y + dy}" width="${(x(v) - left).toFixed(1)}" height="15" fill="${fill}"/>` +
      `<text x="${(x(v) + 4).toFixed(1)}" y="${y + dy + 12}">${v} ms ${label}</text>`;
    return [
      `<text x="${left - 8}" y="${y + 20}" text-anchor="end">${row.operation}</text>`,
      bar(row.api.p50, 0, '#3b6fb6', `API (${row.pairedRatio.toFixed(2)}×)`),
      bar(row.floor.p50, 17, '#a9b8cc', 'floor'),
    ].join('\n');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${top + rows.length * rowH + 10}" font-family="sans-serif" font-size="12">`,
    '<rect width="100%" height="100%" fill="white"/>',
    `<text x="10" y="18" font-size="14">p50 latency at concurrency ${c}, API vs floor (log scale), dataset ${r.dataset.size}, ${r.date.slice(0, 10)}</text>`,
    ...grid,
    ...bars,
    '</svg>',
    '',
  ].join('\n');
}
