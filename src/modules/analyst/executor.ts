import { Node, Path, Relationship, type Plan, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Context } from '../../context';
import type { Params } from '../../db/runner';
import { toNative } from '../../db/values';
import { checkIntRange } from '../../errors/errors';
import { ENTITY_KINDS, RELATION_TYPES, type RelationType } from '../../model/vocabulary';
import type { EntityProps } from '../entity/entity.type';
import type { SubgraphEdge } from '../cooperation/cooperation.types';
import type { AnalystResult } from './analyst.types';
import { checkPlan, type PlanSummary } from './guard';

export const LIMITS = { timeoutMs: { default: 5_000, min: 100, max: 30_000 }, maxRows: { default: 1_000, min: 1, max: 10_000 } };
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
    timeoutMs: checkIntRange('timeoutMs', options.timeoutMs ?? LIMITS.timeoutMs.default, LIMITS.timeoutMs.min, LIMITS.timeoutMs.max),
    maxRows: checkIntRange('maxRows', options.maxRows ?? LIMITS.maxRows.default, LIMITS.maxRows.min, LIMITS.maxRows.max),
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

/** Runs an accepted read statement under its timeout and row cap, and shapes the answer. */
export async function execute(ctx: Context, cypher: string, params: Params, { timeoutMs, maxRows }: Limits, started: number): Promise<AnalystResult> {
  const { keys, records, truncated } = await ctx.db.readAdHoc(cypher, params, maxRows, timeoutMs);
  const rows = records.map((r) => {
    const row: Record<string, unknown> = {};
    for (const k of keys) row[k] = toNative(r.get(k));
    return row;
  });
  const graph = await graphOf(ctx, records);
  return { columns: keys, rows, truncated, graph, elapsedMs: Date.now() - started };
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
      if (v.labels.includes('Entity') && ENTITY.has(String(v.properties.kind))) nodes.set(v.elementId, toNative(v.properties) as EntityProps);
    } else if (v instanceof Relationship) {
      if (RELATION.has(v.type)) rels.set(v.elementId, v);
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

  const missing = [...new Set([...rels.values()].flatMap((r) => [r.startNodeElementId, r.endNodeElementId]))].filter((id) => !nodes.has(id));
  if (missing.length) {
    for (const row of await ctx.db.read<{ elementId: string; props: EntityProps }>('analyst/entities-by-element-id', { ids: missing })) nodes.set(row.elementId, row.props);
  }
  const kept = [...nodes.entries()].slice(0, MAX_GRAPH_NODES);
  const idOf = new Map(kept.map(([elementId, props]) => [elementId, props.id]));
  const edges: SubgraphEdge[] = [];
  for (const r of rels.values()) {
    const start = idOf.get(r.startNodeElementId);
    const end = idOf.get(r.endNodeElementId);
    if (start && end) edges.push({ kind: r.type as RelationType, start, end, role: (r.properties.role as string | undefined) ?? null });
  }
  return { nodes: kept.map(([, props]) => props), edges, truncated: nodes.size > MAX_GRAPH_NODES };
}
