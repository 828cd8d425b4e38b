import type { MultiUndirectedGraph } from 'graphology';

/** Every simple path from a to b of at most maxHops edges (small graphs only): the oracle of cooperationPaths. */
export function simplePaths(graph: MultiUndirectedGraph, a: string, b: string, maxHops: number): string[][] {
  const out: string[][] = [];
  const walk = (path: string[]) => {
    const last = path[path.length - 1];
    if (last === b) return void out.push(path);
    if (path.length - 1 === maxHops) return;
    for (const n of new Set(graph.neighbors(last))) if (!path.includes(n)) walk([...path, n]);
  };
  walk([a]);
  return out;
}

/** The entities within two hops of n, n excluded: who cooperates with n (the oracle of sharedPartners). */
export function withinTwoHops(graph: MultiUndirectedGraph, n: string): Set<string> {
  const one = new Set(graph.neighbors(n));
  const two = new Set(one);
  for (const m of one) for (const k of graph.neighbors(m)) two.add(k);
  two.delete(n);
  return two;
}
