import type { CypherRunner, NamedQuery } from '../../db/runner';
import { ACTOR_KINDS, COOPERATION_RELATIONS, type EntityKind, type RelationType } from '../../model/vocabulary';
import type { EntityProps } from '../entity/entity.type';
import { TIMELESS, type TimeWindow } from '../time/window';
import { PUBLIC_SCOPE, type VisibilityScope } from '../../auth/visibility';

// The named Cypher of cypher/cooperation/ and the rows it returns; the services hold the rules, and the
// benchmark's floor runs exactly these.

/** Walks asked for per simple path wanted at first, and the most ever asked for. */
const WALKS_PER_PATH = 4;
const MAX_WALKS = 1000;
/**
 * Paths of the least length read at most (cypher/cooperation/shortest-group): between hubs there may be thousands,
 * each with its entities' properties; the answer is the first by path key among those read.
 */
const MAX_SHORTEST = 100;

/** Rows of cypher/cooperation/shortest-paths. */
export interface PathRow {
  nodes: EntityProps[];
  rels: { kind: RelationType; start: string; props: Record<string, unknown> }[];
  length: number;
}

export interface PathArgs {
  from: string;
  to: string;
  maxHops: number;
  limit: number;
  via?: RelationType[];
  excluding?: string[];
  /** Only ties overlapping this window (asOf, during); absent: all of history. */
  window?: TimeWindow;
  /** Only ties this viewer may see; absent: PUBLIC ties only. */
  scope?: VisibilityScope;
}

/** What both path statements take: the ends, exclusions, viewer and window; the hop bound and the types (literals). */
function pathSearch(args: PathArgs) {
  return {
    params: {
      from: args.from,
      to: args.to,
      excluding: args.excluding ?? [],
      scope: args.scope ?? PUBLIC_SCOPE,
      ...(args.window ?? TIMELESS),
    },
    literals: { maxHops: args.maxHops, types: args.via?.length ? [...new Set(args.via)] : COOPERATION_RELATIONS },
  };
}

/** The named query cooperationPaths runs first: every path of the least length, at most MAX_SHORTEST. */
export function shortestGroupQuery(args: PathArgs): NamedQuery {
  const { params, literals } = pathSearch(args);
  return { name: 'cooperation/shortest-group', params, literals: { ...literals, cap: MAX_SHORTEST } };
}

/** The named query cooperationPaths runs for `walks` shortest walks (the benchmark runs the same). */
export function pathsQuery(args: PathArgs, walks = args.limit * WALKS_PER_PATH): NamedQuery {
  const { params, literals } = pathSearch(args);
  return { name: 'cooperation/shortest-paths', params, literals: { ...literals, k: walks } };
}

/** A walk found from its far end, as seen from its near one (each tie keeps its own start). */
const turnRound = (r: PathRow): PathRow => ({ ...r, nodes: [...r.nodes].reverse(), rels: [...r.rels].reverse() });

const pathKey = (r: PathRow) => r.nodes.map((n) => n.id).join('>') + '|' + r.rels.map((x) => x.kind).join('>');

/**
 * The database part of cooperationPaths (the benchmark's floor runs it too): the `limit` shortest
 * simple paths, and whether both endpoints exist.
 */
export async function findSimplePaths(
  db: CypherRunner,
  args: PathArgs,
): Promise<{ paths: PathRow[]; endpointsFound: boolean }> {
  // SHORTEST yields walks, and a walk that visits an entity twice is no introduction chain. Ask for
  // a few walks per path wanted; only when they were all used up and too few were simple ask again
  // for more, so the answer is exact without paying for 60 walks every time.
  // The search starts from the end with the busier neighbourhood (cypher/cooperation/path-direction); walks
  // found from `to` are turned round.
  const [{ forward }] = await db.read<{ forward: boolean }>(
    'cooperation/path-direction',
    { from: args.from, to: args.to },
    { types: pathSearch(args).literals.types },
  );
  const asked = forward ? args : { ...args, from: args.to, to: args.from };
  const search = async (q: NamedQuery) => {
    const result = await db.readQuery<PathRow | { length: null }>(q);
    const found = result.filter((r): r is PathRow => r.length !== null);
    const rows = forward ? found : found.map(turnRound);
    const simple = rows.filter((r) => new Set(r.nodes.map((n) => n.id)).size === r.nodes.length);
    simple.sort((a, b) => a.length - b.length || (pathKey(a) < pathKey(b) ? -1 : pathKey(a) > pathKey(b) ? 1 : 0));
    return { simple, walks: rows.length, endpointsFound: result.length > 0 };
  };
  // First the paths of the least length (all simple): enough of them, or none at all, and that is the answer. The
  // search for k walks goes on past the least length until it has k, which between busy ends cost seconds.
  const least = await search(shortestGroupQuery(asked));
  if (!least.endpointsFound || least.walks === 0 || least.simple.length >= args.limit)
    return { paths: least.simple.slice(0, args.limit), endpointsFound: least.endpointsFound };
  for (let k = args.limit * WALKS_PER_PATH; ; k = Math.min(k * 4, MAX_WALKS)) {
    const { simple, walks, endpointsFound } = await search(pathsQuery(asked, k));
    if (simple.length >= args.limit || walks < k || k === MAX_WALKS)
      return { paths: simple.slice(0, args.limit), endpointsFound };
  }
}

/** Evidence items returned per actor and partner (the strongest; `evidenceCount` tells how many there are). */
export const MAX_EVIDENCE = 10;

/** Rows of cypher/cooperation/shared-partners. */
export interface SharedRow {
  partner: EntityProps;
  total: number;
  perActor: {
    actor: EntityProps;
    strength: number;
    evidenceCount: number;
    evidence: { via: EntityProps | null; kinds: RelationType[]; role: string | null; weight: number }[];
  }[];
}

/** What is asked of shared partners: of which actors, of which kinds (default: actors), how many, when. */
export interface SharedQuery {
  ids: string[];
  kinds?: EntityKind[];
  first: number;
  window?: TimeWindow;
  /** Only ties this viewer may see; absent: PUBLIC ties only. */
  scope?: VisibilityScope;
}

/** The named query sharedPartners runs (the benchmark runs the same). */
export function sharedPartnersQuery({
  ids,
  kinds,
  first,
  window = TIMELESS,
  scope = PUBLIC_SCOPE,
}: SharedQuery): NamedQuery {
  return {
    name: 'cooperation/shared-partners',
    // The lists in one map: one plan for any number of actors or kinds (Neo4j plans again per list size).
    params: {
      narrow: { ids, kinds: kinds?.length ? kinds : ACTOR_KINDS },
      first,
      evidence: MAX_EVIDENCE,
      scope,
      ...window,
    },
  };
}

/** The shared partners of `ids` (2–10 distinct actors), strongest first. */
export function findSharedPartners(db: CypherRunner, query: SharedQuery): Promise<SharedRow[]> {
  return db.readQuery<SharedRow>(sharedPartnersQuery(query));
}

/** Rows of cypher/cooperation/neighbourhood. */
export interface SubgraphRow {
  nodes: EntityProps[];
  rels: { kind: RelationType; start: string; end: string; props: Record<string, unknown> }[];
}

/** What a neighbourhood asks: `limit` + 1 nodes at most within `depth` hops of `id`, through `via` ties. */
export interface NeighbourhoodAsk {
  id: string;
  depth: number;
  limit: number;
  via?: RelationType[];
  window?: TimeWindow;
  scope?: VisibilityScope;
}

/** The named query neighbourhood runs (the benchmark runs the same). */
export function neighbourhoodQuery(ask: NeighbourhoodAsk): NamedQuery {
  // APOC's expansion cannot look at a tie's dates: a dated neighbourhood expands in Cypher instead. Nor can it
  // leave hidden ties out of its walk: for a viewer who may not see every tie its answer stands only when every
  // tie it reached is visible (`complete`), and findNeighbourhood asks the Cypher expansion otherwise.
  if (ask.window?.windowFrom) return visibleExpansion(ask);
  const { id, depth, limit, scope = PUBLIC_SCOPE } = ask;
  return { name: 'cooperation/neighbourhood', params: { id, depth, limit, filter: typesOf(ask).join('|'), scope } };
}

const typesOf = ({ via }: NeighbourhoodAsk) => (via?.length ? via : COOPERATION_RELATIONS);

/** The neighbourhood expanded in Cypher over the ties the viewer may see that hold in the window. */
function visibleExpansion(ask: NeighbourhoodAsk): NamedQuery {
  const { id, depth, limit, window = TIMELESS, scope = PUBLIC_SCOPE } = ask;
  return {
    name: 'cooperation/neighbourhood-dated',
    params: { id, limit, scope, ...window },
    literals: { depth, types: [...new Set(typesOf(ask))] },
  };
}

/** The subgraph a neighbourhood asks for, or undefined when there is no such entity. */
export async function findNeighbourhood(db: CypherRunner, ask: NeighbourhoodAsk): Promise<SubgraphRow | undefined> {
  const [row] = await db.readQuery<SubgraphRow & { complete?: boolean }>(neighbourhoodQuery(ask));
  if (!row || row.complete !== false) return row && { nodes: row.nodes, rels: row.rels };
  // A hidden tie lies among what APOC reached: a second round trip, walking visible ties only.
  const [visible] = await db.readQuery<SubgraphRow>(visibleExpansion(ask));
  return visible;
}
