import { MultiUndirectedGraph } from 'graphology';
import { maySeeTie, type VisibilityScope } from '../../src/auth/visibility';
import { MAX_CONTEXT } from '../../src/modules/matches/matches.repository';
import { WEIGHTS } from '../../src/modules/matches/weights';

/** A tie of a random graph as stored: its ends, type, visibility (absent: PUBLIC) and years. */
export interface Tie {
  from: string;
  to: string;
  type: string;
  visibility?: string;
  since?: string;
  until?: string;
}

/**
 * The visibility scope of a viewer computed from the ties themselves (the independent twin of scopeOf): admins see
 * all; an organisation its own PRIVATE ties and the PARTNERS ties of itself and of every entity it is a MEMBER_OF.
 */
export function oracleScope(kind: 'anonymous' | 'admin' | { org: string }, ties: Tie[]): VisibilityScope {
  if (kind === 'anonymous') return { all: false, own: [], partners: [] };
  if (kind === 'admin') return { all: true, own: [], partners: [] };
  const groups = ties.filter((t) => t.type === 'MEMBER_OF' && t.from === kind.org).map((t) => t.to);
  return { all: false, own: [kind.org], partners: [kind.org, ...groups] };
}

/** The subgraph a viewer may see: every entity, and the ties maySeeTie lets through (edge attributes: the tie). */
export function visibleGraph(nodes: { id: string; kind: string }[], ties: Tie[], scope: VisibilityScope) {
  const graph = new MultiUndirectedGraph<{ kind: string }, Tie>();
  for (const n of nodes) graph.addNode(n.id, { kind: n.kind });
  for (const t of ties) if (maySeeTie(scope, t.from, t.to, t.visibility)) graph.addEdge(t.from, t.to, t);
  return graph;
}

export type VisibleGraph = ReturnType<typeof visibleGraph>;

/** The entities within `depth` hops of `id` (it included), breadth first: the oracle of neighbourhood's nodes. */
export function within(graph: VisibleGraph, id: string, depth: number): Set<string> {
  const seen = new Set([id]);
  let frontier = [id];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier)
      for (const m of graph.neighbors(n))
        if (!seen.has(m)) {
          seen.add(m);
          next.push(m);
        }
    frontier = next;
  }
  return seen;
}

const ACTOR = ['Cluster', 'Organisation'];
const INTRODUCER = ['Cluster', 'Organisation', 'Region', 'Alliance'];

/**
 * cooperationMatches on a graph without places, sectors or programmes, by its definition (cypher/matches/candidates):
 * partners are the neighbours and the neighbours' neighbours through a context of at most MAX_CONTEXT ties;
 * candidates, the clusters and organisations that are partners, by the same rule, of a partner that may introduce
 * (a cluster, organisation, region or alliance) and are no partner; the score, Adamic–Adar over the common partners
 * plus experience × ln(1 + the candidate's ties). Every graph here is small: every introducer counts (at most
 * INTRODUCERS of them would) and every candidate is kept (at most REACH would).
 */
export function oracleMatches(graph: VisibleGraph, f: string): Map<string, { score: number; common: string[] }> {
  const partnersOf = (a: string) => {
    const out = new Set(graph.neighbors(a));
    for (const x of graph.neighbors(a))
      if (graph.degree(x) <= MAX_CONTEXT) for (const p of graph.neighbors(x)) if (p !== a) out.add(p);
    return out;
  };
  const partners = partnersOf(f);
  const out = new Map<string, { score: number; common: string[] }>();
  for (const z of partners) {
    if (!INTRODUCER.includes(graph.getNodeAttribute(z, 'kind')) || graph.degree(z) > MAX_CONTEXT) continue;
    for (const c of partnersOf(z)) {
      if (c === f || partners.has(c) || !ACTOR.includes(graph.getNodeAttribute(c, 'kind'))) continue;
      const m = out.get(c) ?? { score: 0, common: [] };
      m.common.push(z);
      out.set(c, m);
    }
  }
  for (const [c, m] of out) {
    const aa = m.common.reduce((s, z) => s + 1 / Math.log(1 + Math.max(graph.degree(z), 1)), 0);
    m.score = WEIGHTS.commonPartner * aa + WEIGHTS.experience * Math.log(1 + graph.degree(c));
    m.common.sort();
  }
  return out;
}
