import type { Context } from '../../context';
import { badInput, checkIntRange as checkRange } from '../../errors/errors';
import { Direction } from '../entity/entity.enum';
import { requireEntities } from '../entity/entity.service';
import { findSimplePaths, type PathArgs, type PathRow } from './cooperation.repository';
import type { CooperationPath } from './cooperation.type';

export const MAX_HOPS = 8;
export const MAX_PATHS = 10;

/** The k shortest simple paths between two entities over cooperation (or the named) relations. */
export async function cooperationPaths(ctx: Context, args: PathArgs): Promise<CooperationPath[]> {
  checkRange('maxHops', args.maxHops, 1, MAX_HOPS);
  checkRange('limit', args.limit, 1, MAX_PATHS);
  const excluding = args.excluding ?? [];
  for (const end of ['from', 'to'] as const)
    if (excluding.includes(args[end]))
      throw badInput('excluding', `cannot exclude the path's own ${end} ("${args[end]}")`);
  if (args.from === args.to) {
    const [from] = await requireEntities(ctx, [args.from]);
    return [{ length: 0, nodes: [from], steps: [] }];
  }
  const { paths, endpointsFound } = await findSimplePaths(ctx.db, { ...args, scope: await ctx.scope() });
  if (!endpointsFound) await requireEntities(ctx, [args.from, args.to]); // to name the unknown id
  return paths.map(toPath);
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
