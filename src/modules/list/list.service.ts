import { PUBLIC_SCOPE, type VisibilityScope } from '../../auth/visibility';
import type { Context } from '../../context';
import type { CypherRunner, NamedQuery } from '../../db/runner';
import { badInput, checkIntRange, notFound } from '../../errors/errors';
import { COOPERATION_RELATIONS, DATE_PATTERN, type EntityKind } from '../../model/vocabulary';
import type { EntityProps } from '../entity/entity.type';
import { searchQuery } from '../search/lucene';
import { COUNT_ALL, type Counted } from './list.counted';
import {
  countsKept,
  countsKey,
  countsToken,
  keepCounts,
  keptCounts,
  peekCounts,
  readEpoch,
  stillToCount,
  tokenOf,
  type Counts,
} from './list.counts';
import { decodeCursor, encodeCursor, type CursorPosition } from './list.cursor';
import {
  EntityOrder,
  OrderDirection,
  type EdgeShape,
  type EntityFilter,
  type FacetRow,
  type Facets,
  type PageInfo,
} from './list.type';
import { parseDay } from '../time/window';

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
  /** Null when not selected: a non-null field resolved without it fails loudly instead of showing 0. */
  totalCount: number | null;
  facets: { [F in keyof Facets]: Facets[F] | null };
}

/** One page as read, whichever statement read it: `limit` rows at most, counts null unless asked. */
export interface ListRow extends Record<keyof Facets, FacetRow[] | null> {
  total: number | null;
  page: { e: EntityProps; key: string | number }[];
  missing: string[];
}

// Above every sortName in Neo4j's string order (UTF-16 code units: '\uFFFF' > '\u{10000}'): the start of a
// descending seek without a cursor.
const HIGHEST_STRING = '\uFFFF';

/** The cursor of `after`, refused when its key cannot be a key of the ordering (a forged or damaged cursor). */
function afterOf(args: ListArgs): CursorPosition | undefined {
  if (args.after == null) return undefined;
  const after = decodeCursor(args.after, args.orderBy, args.direction);
  const numeric = args.orderBy === EntityOrder.DEGREE;
  if (numeric !== (typeof after.key === 'number'))
    throw badInput('after', `expected a cursor returned by this list: its key is not a ${args.orderBy} key`);
  return after;
}

/** The statement and parameters of one page, after checking every argument; counts only those in `counted`. */
export function listQuery(
  kinds: EntityKind[],
  args: ListArgs,
  counted: Counted = COUNT_ALL,
  scope: VisibilityScope = PUBLIC_SCOPE,
): NamedQuery {
  const f = args.filter ?? {};
  checkIntRange('first', args.first, 1, MAX_PAGE_SIZE);
  for (const field of ['dateFrom', 'dateTo'] as const) {
    const v = f[field];
    if (v != null && !DATE_PATTERN.test(v))
      throw badInput(`filter.${field}`, `expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${v}"`);
  }
  const text = f.text != null ? searchQuery('filter.text', f.text) : undefined;
  const after = afterOf(args);
  const desc = args.direction === OrderDirection.DESC;
  const filter = {
    kinds,
    orgTypes: f.orgTypes?.length ? f.orgTypes : null,
    labels: f.labels?.length ? f.labels : null,
    dateFrom: f.dateFrom ?? null,
    dateTo: f.dateTo ?? null,
    existedOn: f.asOf != null ? parseDay('filter.asOf', f.asOf) : null,
    afterId: after?.id ?? null,
  };
  const limit = args.first + 1;
  const common = { ...filter, desc, limit };
  const anchored = text != null || f.sector != null || f.region != null || f.country != null;
  const byName = args.orderBy === EntityOrder.NAME && !counted.sectors && !counted.countries && !counted.kinds;
  const from = after?.key ?? (desc ? HIGHEST_STRING : '');
  const bounds = { ascFrom: desc ? null : from, descFrom: desc ? from : null };
  if (!anchored && byName)
    return { name: 'list/page-by-name', params: { ...common, ...bounds, withTotal: counted.total } };
  // A region filter keeps the anchored statement: a region holds a few entities of a country, which an
  // index walk of the country would read one by one.
  if (byName && !counted.total && f.country != null && text == null && f.region == null)
    return {
      name: 'list/page-by-country',
      params: { ...common, ...bounds, country: f.country, sector: f.sector ?? null },
    };
  return {
    name: 'list/entities',
    params: {
      // One map for the filter and cursor: one plan for every combination (cypher/list/entities.cypher says why).
      f: {
        ...filter,
        text: text ?? null,
        sector: f.sector ?? null,
        region: f.region ?? null,
        country: f.country ?? null,
        afterKey: after?.key ?? null,
      },
      desc,
      limit,
      order: args.orderBy,
      coop: COOPERATION_RELATIONS,
      scope,
      withTotal: counted.total,
      withSectors: counted.sectors,
      withCountries: counted.countries,
      withKinds: counted.kinds,
    },
  };
}

/**
 * Runs a page's statement: list/page-by-name returns the page's rows (with list/count-by-kind beside it,
 * concurrently, when the total is asked), list/entities one row with the counts asked.
 */
export async function readPage(db: CypherRunner, q: NamedQuery): Promise<ListRow> {
  return (await readPageAt(db, q, false)).row;
}

/** readPage, with the bookmark the page's read answered with when asked (CypherRunner.readWithBookmark). */
async function readPageAt(
  db: CypherRunner,
  q: NamedQuery,
  withBookmark: boolean,
): Promise<{ row: ListRow; bookmark: string | null }> {
  const read = async <T>(query: NamedQuery) =>
    withBookmark
      ? db.readWithBookmark<T>(query.name, query.params, query.literals)
      : { rows: await db.readQuery<T>(query), bookmark: null };
  if (q.name === 'list/page-by-name') {
    const [page, count] = await Promise.all([
      read<ListRow['page'][number]>(q),
      q.params.withTotal ? db.readQuery<{ total: number }>({ name: 'list/count-by-kind', params: q.params }) : [],
    ]);
    const row = { total: count[0]?.total ?? null, page: page.rows, sectors: null, countries: null, kinds: null };
    return { row: { ...row, missing: [] }, bookmark: page.bookmark };
  }
  const { rows, bookmark } = await read<ListRow>(q);
  return { row: rows[0], bookmark };
}

const NOTHING: Counted = { total: false, sectors: false, countries: false, kinds: false };
const anyOf = (c: Counted) => c.total || c.sectors || c.countries || c.kinds;

/**
 * A page with the counts asked (list.counts.ts). When every one is kept for the filter, the page is read alone, beside
 * the graph's epoch: its read answers with the last commit's bookmark, and the same bookmark as the kept counts' means
 * nothing has committed since they were counted. Otherwise a token is read first (the page's bookmark when it was
 * just read), then what is not kept under it is counted with the page, and kept.
 */
async function readCounted(
  db: CypherRunner,
  kinds: EntityKind[],
  args: ListArgs,
  counted: Counted,
  scope: VisibilityScope,
): Promise<{ row: ListRow; counts: Counts }> {
  // Every argument is checked before the database is asked anything: bad input is refused as such, even with
  // Neo4j away (listQuery throws on it).
  const asked = listQuery(kinds, args, counted, scope);
  const key = countsKey(kinds, args.filter);
  const entry = peekCounts(key);
  let token: string | null;
  if (entry && !anyOf(stillToCount(counted, entry.counts))) {
    const [{ epoch }, page] = await Promise.all([
      readEpoch(db),
      readPageAt(db, listQuery(kinds, args, NOTHING, scope), true),
    ]);
    token = tokenOf(epoch, page.bookmark);
    if (token !== null && token === entry.token) {
      countsKept.hits++;
      return { row: page.row, counts: entry.counts };
    }
  } else token = await countsToken(db);
  countsKept.misses++;
  const held = keptCounts(key, token);
  const missing = stillToCount(counted, held);
  // Nothing held: what is still to count is what was asked, already built above.
  const row = await readPage(db, Object.keys(held).length ? listQuery(kinds, args, missing, scope) : asked);
  return { row, counts: row.missing.length ? held : keepCounts(key, token, held, missing, row) };
}

const facetOf = (rows: FacetRow[] | null, value: (id: string) => string = (id) => id) =>
  rows && rows.map(({ id, ...k }) => ({ ...k, value: value(id) }));

/** One page of a list of entities of the given kinds: validates arguments, then one query. */
export async function listEntities(
  ctx: Context,
  kinds: EntityKind[],
  args: ListArgs,
  counted: Counted = COUNT_ALL,
): Promise<ConnectionShape> {
  const f = args.filter ?? {};
  const scope = await ctx.scope();
  const { row, counts } = anyOf(counted)
    ? await readCounted(ctx.db, kinds, args, counted, scope)
    : { row: await readPage(ctx.db, listQuery(kinds, args, counted, scope)), counts: {} };
  if (row.missing.length) throw notFound(row.missing[0], f.sector === row.missing[0] ? 'sector' : 'region');
  const edges = row.page.slice(0, args.first).map((p) => {
    ctx.loaders.entity.prime(p.e.id, p.e);
    return {
      node: p.e,
      cursor: encodeCursor({ order: args.orderBy, direction: args.direction, key: p.key, id: p.e.id }),
    };
  });
  return {
    edges,
    totalCount: counted.total ? (counts.total ?? null) : null,
    pageInfo: {
      hasNextPage: row.page.length > args.first,
      hasPreviousPage: args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    facets: {
      sectors: facetOf(counted.sectors ? (counts.sectors ?? null) : row.sectors),
      countries: facetOf(counted.countries ? (counts.countries ?? null) : row.countries),
      kinds: facetOf(counted.kinds ? (counts.kinds ?? null) : row.kinds, (id) => id.toUpperCase()),
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
