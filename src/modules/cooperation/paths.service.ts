import type { Context } from '../../context';
import type { CypherRunner, NamedQuery } from '../../db/runner';
import { badInput, checkIntRange as checkRange } from '../../errors/errors';
import { COOPERATION_RELATIONS, type RelationType } from '../../model/vocabulary';
import { Direction } from '../entity/entity.enums';
import type { EntityProps } from '../entity/entity.type';
import { requireEntities } from '../entity/entity.service';
import type { CooperationPath } from './cooperation.types';

export const MAX_HOPS = 8;
export const MAX_PATHS = 10;
/** Walks asked for per simple path wanted at first, and the most ever asked for. */
const WALKS_PER_PATH = 4;
const MAX_WALKS = 1000;

interface PathRow {
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
}

/** The named query cooperationPaths runs for `walks` shortest walks (the benchmark runs the same). */
export function pathsQuery(args: PathArgs, walks = args.limit * WALKS_PER_PATH): NamedQuery {
  return {
    name: 'paths/shortest',
    params: { from: args.from, to: args.to, excluding: args.excluding ?? [] },
    literals: { k: walks, maxHops: args.maxHops, types: args.via?.length ? [...new Set(args.via)] : COOPERATION_RELATIONS },
  };
}

const pathKey = (r: PathRow) => r.nodes.map((n) => n.id).join('>') + '|' + r.rels.map((x) => x.kind).join('>');

/** The k shortest simple paths between two entities over cooperation (or the named) relations. */
export async function cooperationPaths(ctx: Context, args: PathArgs): Promise<CooperationPath[]> {
  checkRange('maxHops', args.maxHops, 1, MAX_HOPS);
  checkRange('limit', args.limit, 1, MAX_PATHS);
  const excluding = args.excluding ?? [];
  for (const end of ['from', 'to'] as const) if (excluding.includes(args[end])) throw badInput('excluding', `cannot exclude the path's own ${end} ("${args[end]}")`);
  if (args.from === args.to) {
    const [from] = await requireEntities(ctx, [args.from]);
    return [{ length: 0, nodes: [from], steps: [] }];
  }
  const { paths, endpointsFound } = await findSimplePaths(ctx.db, args);
  if (!endpointsFound) await requireEntities(ctx, [args.from, args.to]); // to name the unknown id
  return paths.map(toPath);
}

/**
 * The database part of cooperationPaths (the benchmark's floor runs it too): the `limit` shortest
 * simple paths, and whether both endpoints exist.
 */
export async function findSimplePaths(db: CypherRunner, args: PathArgs): Promise<{ paths: PathRow[]; endpointsFound: boolean }> {
  // SHORTEST yields walks, and a walk that visits an entity twice is no introduction chain. Ask for
  // a few walks per path wanted; only when they were all used up and too few were simple ask again
  // for more, so the answer is exact without paying for 60 walks every time.
  for (let k = args.limit * WALKS_PER_PATH; ; k = Math.min(k * 4, MAX_WALKS)) {
    const result = await db.readQuery<PathRow | { length: null }>(pathsQuery(args, k));
    const rows = result.filter((r): r is PathRow => r.length !== null);
    const simple = rows.filter((r) => new Set(r.nodes.map((n) => n.id)).size === r.nodes.length);
    if (simple.length >= args.limit || rows.length < k || k === MAX_WALKS) {
      simple.sort((a, b) => a.length - b.length || (pathKey(a) < pathKey(b) ? -1 : pathKey(a) > pathKey(b) ? 1 : 0));
      return { paths: simple.slice(0, args.limit), endpointsFound: result.length > 0 };
    }
  }
}

function toPath(r: PathRow): CooperationPath {
  return {
    length: r.length,
    nodes: r.nodes,
    steps: r.rels.map((rel, i) => ({
      from: r.nodes[i],
      entity: r.nodes[i + 1],
      kind: rel.kind,
      direction: rel.start === r.nodes[i].id ? Direction.OUTGOING : Direction.INCOMING,
      role: (rel.props.role as string) ?? null,
      since: (rel.props.since as string) ?? null,
      until: (rel.props.until as string) ?? null,
      note: (rel.props.note as string) ?? null,
      sources: (rel.props.sources as string[]) ?? [],
    })),
  };
}
