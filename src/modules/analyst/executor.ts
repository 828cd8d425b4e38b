import { Node, Path, Relationship, type Plan, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Context } from '../../context';
import type { Params } from '../../db/runner';
import { resultTooLarge } from '../../db/sandbox';
import { toNative } from '../../db/values';
import { AppError, checkIntRange, ErrorCode } from '../../errors/errors';
import { ENTITY_KINDS, RELATION_TYPES, type RelationType } from '../../model/vocabulary';
import type { EntityProps } from '../entity/entity.type';
import type { SubgraphEdge } from '../cooperation/cooperation.type';
import type { AnalystResult } from './analyst.type';
import { checkPlan, type PlanSummary } from './guard';

export const LIMITS = {
  timeoutMs: { default: 5_000, min: 100, max: 30_000 },
  maxRows: { default: 1_000, min: 1, max: 10_000 },
};
/** Most entities drawn from one result; rows are capped separately. */
export const MAX_GRAPH_NODES = 2_000;

export interface RunOptions {
  timeoutMs?: number | null;
  maxRows?: number | null;
}

export interface Limits {
  timeoutMs: number;
  maxRows: number;
}

/** The request's timeout and row cap, defaulted and range-checked (before any database work). */
export function limitsOf(options: RunOptions): Limits {
  return {
    timeoutMs: checkIntRange(
      'timeoutMs',
      options.timeoutMs ?? LIMITS.timeoutMs.default,
      LIMITS.timeoutMs.min,
      LIMITS.timeoutMs.max,
    ),
    maxRows: checkIntRange(
      'maxRows',
      options.maxRows ?? LIMITS.maxRows.default,
      LIMITS.maxRows.min,
      LIMITS.maxRows.max,
    ),
  };
}

function flatten(plan: Plan | false | undefined, out: PlanSummary['operators'] = []): PlanSummary['operators'] {
  if (!plan) return out;
  out.push({ name: plan.operatorType, details: String(plan.arguments?.Details ?? '') });
  for (const child of plan.children ?? []) flatten(child, out);
  return out;
}

/** EXPLAINs the statement and applies the plan half of the guard. */
export async function checkWithPlanner(ctx: Context, cypher: string, params: Params): Promise<void> {
  const summary = await ctx.db.explain(cypher, params);
  checkPlan({ queryType: summary.queryType ?? '', operators: flatten(summary.plan) });
}

interface Fetched {
  keys: string[];
  records: Neo4jRecord[];
  rows: Record<string, unknown>[];
  truncated: boolean;
}

/**
 * Reads at most maxRows records (one more tells whether there were more), converting each as it comes
 * and counting the bytes of its JSON: past maxBytes the read stops with RESOURCE_LIMIT. A value nested
 * deeper than the converter's stack is refused the same way rather than crashing the request.
 */
async function fetchRows(
  result: AsyncIterable<Neo4jRecord> & { keys(): Promise<PropertyKey[]> },
  maxRows: number,
  maxBytes: number,
): Promise<Fetched> {
  const records: Neo4jRecord[] = [];
  const rows: Record<string, unknown>[] = [];
  let bytes = 0;
  for await (const record of result) {
    records.push(record);
    if (records.length > maxRows) break;
    const row: Record<string, unknown> = {};
    try {
      for (const k of record.keys) row[String(k)] = toNative(record.get(k));
      bytes += JSON.stringify(row).length;
    } catch (e) {
      if (e instanceof RangeError)
        throw new AppError(ErrorCode.RESOURCE_LIMIT, 'A returned value is nested too deeply to send; flatten it', {
          field: 'cypher',
        });
      throw e;
    }
    if (bytes > maxBytes) throw resultTooLarge(maxBytes);
    rows.push(row);
  }
  const keys = records.length ? (records[0].keys as string[]) : ((await result.keys()) as string[]);
  return { keys, records: records.slice(0, maxRows), rows, truncated: records.length > maxRows };
}

/**
 * Runs a read statement in the analyst sandbox (its own connection, its timeout whatever Neo4j does,
 * its result bounded in bytes), after Neo4j's EXPLAIN verdict when `check` is set: planning counts
 * against the same timeout. Then shapes the answer.
 */
export async function execute(
  ctx: Context,
  cypher: string,
  params: Params,
  { timeoutMs, maxRows }: Limits,
  started: number,
  check: boolean,
  operation: string,
): Promise<AnalystResult> {
  const sandbox = ctx.db.db.sandbox;
  let fetched: Fetched;
  if (!sandbox) {
    // A database handed in without credentials (scripts): the pool's own transaction timeout only.
    if (check) await checkWithPlanner(ctx, cypher, params);
    const { keys, records, truncated } = await ctx.db.readAdHoc(cypher, params, maxRows, timeoutMs);
    fetched = {
      keys,
      records,
      truncated,
      rows: records.map((r) => Object.fromEntries(keys.map((k) => [k, toNative(r.get(k))]))),
    };
  } else {
    const metadata = { requestId: ctx.requestId, operation };
    const maxBytes = sandbox.options.maxBytes;
    fetched = await sandbox.run(timeoutMs, async ({ session, meterResult }, left) => {
      if (check) {
        const summary = await session.executeRead(async (tx) => (await tx.run(`EXPLAIN ${cypher}`, params)).summary, {
          timeout: left(),
          metadata,
        });
        checkPlan({ queryType: summary.queryType ?? '', operators: flatten(summary.plan) });
      }
      meterResult();
      return session.executeRead((tx) => fetchRows(tx.run(cypher, params), maxRows, maxBytes), {
        timeout: left(),
        metadata,
      });
    });
    ctx.db.roundTrips += check ? 2 : 1;
  }
  const graph = await graphOf(ctx, fetched.records);
  return {
    columns: fetched.keys,
    rows: fetched.rows,
    truncated: fetched.truncated,
    graph,
    elapsedMs: Date.now() - started,
  };
}

const ENTITY = new Set<string>(ENTITY_KINDS);
const RELATION = new Set<string>(RELATION_TYPES);

/**
 * The entities and relationships found anywhere in the rows (inside lists, maps and paths too), in
 * the shape `neighbourhood` returns. Relationships returned without their end nodes get them from
 * one extra lookup, so `RETURN r` can be drawn.
 */
async function graphOf(ctx: Context, records: Neo4jRecord[]) {
  const nodes = new Map<string, EntityProps>();
  const rels = new Map<string, Relationship>();
  const visit = (v: unknown): void => {
    if (v instanceof Node) {
      if (v.labels.includes('Entity') && ENTITY.has(String((v.properties as Record<string, unknown>).kind)))
        nodes.set(v.elementId, toNative(v.properties) as EntityProps);
    } else if (v instanceof Relationship) {
      if (RELATION.has(v.type as string)) rels.set(v.elementId, v as Relationship);
    } else if (v instanceof Path) {
      visit(v.start);
      for (const s of v.segments) [s.relationship, s.end].forEach(visit);
    } else if (Array.isArray(v)) {
      v.forEach(visit);
    } else if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      Object.values(v).forEach(visit);
    }
  };
  for (const r of records) r.forEach((v: unknown) => visit(v));

  const missing = [...new Set([...rels.values()].flatMap((r) => [r.startNodeElementId, r.endNodeElementId]))].filter(
    (id) => !nodes.has(id),
  );
  if (missing.length) {
    for (const row of await ctx.db.read<{ elementId: string; props: EntityProps }>('analyst/entities-by-element-id', {
      ids: missing,
    }))
      nodes.set(row.elementId, row.props);
  }
  const kept = [...nodes.entries()].slice(0, MAX_GRAPH_NODES);
  const idOf = new Map(kept.map(([elementId, props]) => [elementId, props.id]));
  const edges: SubgraphEdge[] = [];
  for (const r of rels.values()) {
    const start = idOf.get(r.startNodeElementId);
    const end = idOf.get(r.endNodeElementId);
    if (start && end)
      edges.push({ kind: r.type as RelationType, start, end, role: (r.properties.role as string | undefined) ?? null });
  }
  return { nodes: kept.map(([, props]) => props), edges, truncated: nodes.size > MAX_GRAPH_NODES };
}
