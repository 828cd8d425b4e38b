import type { Context } from '../../context';
import { badInput, checkIntRange as checkRange } from '../../errors/errors';
import { ACTOR_KINDS, COOPERATION_RELATIONS, type EntityKind, type RelationType } from '../../model/vocabulary';
import { Direction } from '../entity/entity.enums';
import type { EntityProps } from '../entity/entity.type';
import { requireEntities } from '../entity/relations';
import type { CooperationPath, SharedPartner, Subgraph } from './cooperation.types';

export const MAX_HOPS = 8;
export const MAX_PATHS = 10;
export const MAX_NEIGHBOURHOOD = 2000;

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

/** The k shortest simple paths between two entities over cooperation (or the named) relations. */
export async function cooperationPaths(ctx: Context, args: PathArgs): Promise<CooperationPath[]> {
  checkRange('maxHops', args.maxHops, 1, MAX_HOPS);
  checkRange('limit', args.limit, 1, MAX_PATHS);
  const excluding = args.excluding ?? [];
  for (const end of ['from', 'to'] as const) if (excluding.includes(args[end])) throw badInput('excluding', `cannot exclude the path's own ${end} ("${args[end]}")`);
  const [from] = await requireEntities(ctx, args.from === args.to ? [args.from] : [args.from, args.to]);
  if (args.from === args.to) return [{ length: 0, nodes: [from], steps: [] }];
  const types = args.via?.length ? args.via : COOPERATION_RELATIONS;
  const rows = await ctx.db.read<PathRow>('paths/shortest', { from: args.from, to: args.to, types, excluding }, { maxHops: args.maxHops });
  // SHORTEST yields walks; a path that visits an entity twice is not a useful introduction chain.
  const simple = rows.filter((r) => new Set(r.nodes.map((n) => n.id)).size === r.nodes.length);
  const key = (r: PathRow) => r.nodes.map((n) => n.id).join('>') + '|' + r.rels.map((x) => x.kind).join('>');
  simple.sort((a, b) => a.length - b.length || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return simple.slice(0, args.limit).map((r) => ({
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
  }));
}

interface SharedRow {
  partner: EntityProps;
  total: number;
  perActor: { actor: string; strength: number; evidence: { via: EntityProps | null; kinds: RelationType[]; role: string | null; weight: number }[] }[];
}

/** Entities that cooperate with every one of 2–10 actors, strongest ties first, with evidence. */
export async function sharedPartners(ctx: Context, ids: string[], kinds: EntityKind[] | undefined, first: number): Promise<SharedPartner[]> {
  const unique = [...new Set(ids)];
  if (unique.length < 2 || unique.length > 10) throw badInput('ids', `expected 2 to 10 different actor ids, got ${unique.length}`);
  checkRange('first', first, 1, 100);
  const actors = await requireEntities(ctx, unique);
  const rows = await ctx.db.read<SharedRow>('partners/shared', { ids: unique, types: COOPERATION_RELATIONS, kinds: kinds?.length ? kinds : ACTOR_KINDS, first });
  const byId = new Map(actors.map((a) => [a.id, a]));
  return rows.map((r) => ({
    partner: r.partner,
    strength: r.total,
    ties: unique.map((id) => {
      const t = r.perActor.find((p) => p.actor === id)!;
      return { actor: byId.get(id)!, strength: t.strength, evidence: [...t.evidence].sort((a, b) => b.weight - a.weight) };
    }),
  }));
}

interface SubgraphRow {
  nodes: EntityProps[];
  rels: { kind: RelationType; start: string; end: string; props: Record<string, unknown> }[];
}

/** The nodes and relationships within `depth` hops, at most `limit` nodes, saying when it was cut. */
export async function neighbourhood(ctx: Context, id: string, depth: number, limit: number, via?: RelationType[]): Promise<Subgraph> {
  checkRange('depth', depth, 1, 3);
  checkRange('limit', limit, 1, MAX_NEIGHBOURHOOD);
  await requireEntities(ctx, [id]);
  const types = via?.length ? via : COOPERATION_RELATIONS;
  const [row] = await ctx.db.read<SubgraphRow>('neighbourhood/subgraph', { id, depth, limit, filter: types.join('|') });
  const truncated = row.nodes.length > limit;
  const nodes = row.nodes.slice(0, limit);
  const kept = new Set(nodes.map((n) => n.id));
  const edges = row.rels
    .filter((r) => kept.has(r.start) && kept.has(r.end))
    .map((r) => ({ kind: r.kind, start: r.start, end: r.end, role: (r.props.role as string) ?? null }));
  return { nodes, edges, truncated };
}
