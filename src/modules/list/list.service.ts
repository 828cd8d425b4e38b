import type { Context } from '../../context';
import { badInput, checkIntRange, notFound } from '../../errors/errors';
import { COOPERATION_RELATIONS, DATE_PATTERN, type EntityKind } from '../../model/vocabulary';
import type { EntityProps } from '../entity/entity.type';
import { searchQuery } from '../search/lucene';
import { decodeCursor, encodeCursor } from './list.cursor';
import {
  EntityOrder,
  OrderDirection,
  type EdgeShape,
  type EntityFilter,
  type FacetRow,
  type Facets,
  type PageInfo,
} from './list.type';

export const MAX_PAGE_SIZE = 100;

export interface ListArgs {
  filter?: EntityFilter;
  orderBy: EntityOrder;
  direction: OrderDirection;
  first: number;
  after?: string;
}

export interface ConnectionShape {
  edges: EdgeShape[];
  pageInfo: PageInfo;
  totalCount: number;
  facets: Facets;
}

export interface ListRow extends Record<keyof Facets, FacetRow[]> {
  total: number;
  page: { e: EntityProps; key: string | number }[];
  hasMore: boolean;
  missing: string[];
}

/** The parameters of cypher/list/entities for one page, after checking every argument. */
export function listParams(kinds: EntityKind[], args: ListArgs) {
  const f = args.filter ?? {};
  checkIntRange('first', args.first, 1, MAX_PAGE_SIZE);
  for (const field of ['dateFrom', 'dateTo'] as const) {
    const v = f[field];
    if (v != null && !DATE_PATTERN.test(v))
      throw badInput(`filter.${field}`, `expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${v}"`);
  }
  const text = f.text != null ? searchQuery('filter.text', f.text) : undefined;
  const after = args.after != null ? decodeCursor(args.after, args.orderBy, args.direction) : undefined;
  return {
    kinds,
    text: text ?? null,
    sector: f.sector ?? null,
    region: f.region ?? null,
    country: f.country ?? null,
    orgTypes: f.orgTypes?.length ? f.orgTypes : null,
    labels: f.labels?.length ? f.labels : null,
    dateFrom: f.dateFrom ?? null,
    dateTo: f.dateTo ?? null,
    order: args.orderBy,
    desc: args.direction === OrderDirection.DESC,
    afterKey: after?.key ?? null,
    afterId: after?.id ?? null,
    first: args.first,
    coop: COOPERATION_RELATIONS,
  };
}

/** One page of a list of entities of the given kinds: validates arguments, then one query. */
export async function listEntities(ctx: Context, kinds: EntityKind[], args: ListArgs): Promise<ConnectionShape> {
  const f = args.filter ?? {};
  const params = listParams(kinds, args);
  const [row] = await ctx.db.read<ListRow>('list/entities', params);
  if (row.missing.length) throw notFound(row.missing[0], f.sector === row.missing[0] ? 'sector' : 'region');
  const edges = row.page.map((p) => {
    ctx.loaders.entity.prime(p.e.id, p.e);
    return {
      node: p.e,
      cursor: encodeCursor({ order: args.orderBy, direction: args.direction, key: p.key, id: p.e.id }),
    };
  });
  return {
    edges,
    totalCount: row.total,
    pageInfo: {
      hasNextPage: row.hasMore,
      hasPreviousPage: params.afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    facets: {
      sectors: row.sectors.map(({ id, ...k }) => ({ ...k, value: id })),
      countries: row.countries.map(({ id, ...k }) => ({ ...k, value: id })),
      kinds: row.kinds.map(({ id, ...k }) => ({ ...k, value: id.toUpperCase() })),
    },
  };
}

/** The per-kind argument check: organisation types only make sense on organisation lists. */
export function checkKindFilter(kinds: EntityKind[], filter?: EntityFilter): void {
  if (filter?.orgTypes?.length && !kinds.includes('Organisation'))
    throw badInput('filter.orgTypes', 'applies to organisations only');
  if (filter?.kinds?.length)
    throw badInput('filter.kinds', 'applies to the `entities` list only; this list has one kind');
}

export { EntityOrder, OrderDirection };
