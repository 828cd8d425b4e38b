import { Neo4jError } from 'neo4j-driver';
import type { Context } from '../../context';
import { loadCypher } from '../../db/cypher';
import { fromJson } from '../../db/values';
import { AppError, badInput, ErrorCode } from '../../errors/errors';
import { bindParameters, listAnalyses } from './analyses';
import type { AnalystResult } from './analyst.type';
import { neo4jErrorCode } from '../../errors/format';
import { execute, LIMITS, limitsOf, type RunOptions } from './executor';
import { checkStatement } from './guard';

/** How deep parameters may nest: enough for any real parameter, far from the converters' stack. */
export const MAX_PARAMS_DEPTH = 32;

/**
 * The deepest nesting of a JSON value, counted without recursion (a 20,000-deep value crashed the recursive converter).
 */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    deepest = Math.max(deepest, d);
    if (deepest > limit) return deepest;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return deepest;
}

function jsonParams(params: unknown): Record<string, unknown> {
  if (params === null || params === undefined) return {};
  if (typeof params !== 'object' || Array.isArray(params))
    throw badInput('params', `expected a JSON object of parameters, got ${JSON.stringify(params).slice(0, 100)}`);
  if (depthOf(params, MAX_PARAMS_DEPTH) > MAX_PARAMS_DEPTH)
    throw badInput('params', `expected lists and objects nested at most ${MAX_PARAMS_DEPTH} deep`);
  return fromJson(params) as Record<string, unknown>;
}

/** Java class names and "Caused by" chains in a Neo4j message: internals the analyst cannot act on. */
const INTERNALS = /\b(?:Caused by:\s*)?(?:org|java|javax|com|scala|sun|jdk)\.[\w$]+(?:\.[\w$]+)+:?\s*/g;

/** The part of Neo4j's message an analyst can use: its first lines, without Java class names. */
export function publicMessage(message: string): string {
  const first = message.split('\n').slice(0, 4).join(' ').replace(INTERNALS, '').replace(/\s+/g, ' ').trim();
  return first.slice(0, 600) || 'Neo4j could not run the statement';
}

/**
 * Neo4j's verdict on a statement the analyst wrote (syntax, unknown procedure, wrong parameter type)
 * is useful to them, so it is passed on, as BAD_USER_INPUT; a write refused by the read transaction
 * is FORBIDDEN. Timeouts and outages go on to the error map.
 */
async function explained<T>(work: () => Promise<T>, timeoutMs: number): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof Neo4jError)) throw e;
    if (neo4jErrorCode(e) === ErrorCode.TIMEOUT) {
      throw new AppError(
        ErrorCode.TIMEOUT,
        `The statement was stopped at its timeout of ${timeoutMs} ms; narrow it, or raise timeoutMs (at most ${LIMITS.timeoutMs.max})`,
        { field: 'timeoutMs' },
      );
    }
    const first = publicMessage(e.message);
    if (/AccessMode|Forbidden/i.test(e.code))
      throw new AppError(ErrorCode.FORBIDDEN, `analystQuery refused by Neo4j: ${first}`, { field: 'cypher' });
    if (/^Neo\.ClientError\.(Statement|Procedure)\./.test(e.code) && !/Timed?Out|Terminated/i.test(e.code))
      throw badInput('cypher', `Neo4j could not run the statement: ${first}`, { neo4jCode: e.code });
    throw e;
  }
}

/**
 * Runs an analyst's own Cypher, read-only by construction: the lexical guard, then Neo4j's EXPLAIN
 * verdict (query type and the procedures and functions the plan calls), then a read transaction
 * with its own timeout and row cap.
 */
export async function analystQuery(
  ctx: Context,
  cypher: string,
  params: unknown,
  options: RunOptions,
): Promise<AnalystResult> {
  await requireAllTies(ctx, 'analystQuery');
  const started = Date.now();
  const limits = limitsOf(options);
  const bound = jsonParams(params);
  checkStatement(cypher, bound);
  return explained(() => execute(ctx, cypher, bound, limits, started, true, 'analystQuery'), limits.timeoutMs);
}

/**
 * Raw Cypher reads every tie, PARTNERS and PRIVATE included, and no filter can be put into it: only callers who
 * may see every tie run it — admins, and analysts acting for no organisation (docs/analyst.md). An analyst
 * token that names an organisation sees what that organisation sees, so it is refused here.
 */
async function requireAllTies(ctx: Context, operation: string): Promise<void> {
  if ((await ctx.scope()).all) return;
  throw new AppError(
    ErrorCode.FORBIDDEN,
    `${operation} reads every tie, private ones included: it is for admins and for analysts acting for no organisation; ${ctx.viewer.subject} acts for "${ctx.viewer.org ?? ''}" (docs/analyst.md)`,
    { operation },
  );
}

/** Runs a saved analysis with its parameters checked against its header. */
export async function runAnalysis(
  ctx: Context,
  name: string,
  params: unknown,
  options: RunOptions,
): Promise<AnalystResult> {
  await requireAllTies(ctx, 'runAnalysis');
  const analysis = listAnalyses().find((a) => a.name === name);
  if (!analysis)
    throw new AppError(ErrorCode.NOT_FOUND, `No saved analysis named "${name}"; the analyses query lists them`, {
      field: 'name',
    });
  const limits = limitsOf(options);
  const bound = bindParameters(analysis, params);
  return explained(
    () => execute(ctx, loadCypher(analysis.cypherName), bound, limits, Date.now(), false, `runAnalysis:${name}`),
    limits.timeoutMs,
  );
}
