import { Neo4jError } from 'neo4j-driver';
import type { Context } from '../../context';
import { loadCypher } from '../../db/cypher';
import { fromJson } from '../../db/values';
import { AppError, badInput, ErrorCode } from '../../errors/errors';
import { bindParameters, listAnalyses } from './analyses';
import type { AnalystResult } from './analyst.types';
import { neo4jErrorCode } from '../../errors/format';
import { checkWithPlanner, execute, LIMITS, limitsOf, type RunOptions } from './executor';
import { checkStatement } from './guard';

function jsonParams(params: unknown): Record<string, unknown> {
  if (params === null || params === undefined) return {};
  if (typeof params !== 'object' || Array.isArray(params)) throw badInput('params', `expected a JSON object of parameters, got ${JSON.stringify(params)}`);
  return fromJson(params) as Record<string, unknown>;
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
      throw new AppError(ErrorCode.TIMEOUT, `The statement was stopped at its timeout of ${timeoutMs} ms; narrow it, or raise timeoutMs (at most ${LIMITS.timeoutMs.max})`, { field: 'timeoutMs' });
    }
    const first = e.message.split('\n').slice(0, 4).join(' ').slice(0, 600);
    if (/AccessMode|Forbidden/i.test(e.code)) throw new AppError(ErrorCode.FORBIDDEN, `analystQuery refused by Neo4j: ${first}`, { field: 'cypher' });
    if (/^Neo\.ClientError\.(Statement|Procedure)\./.test(e.code) && !/Timed?Out|Terminated/i.test(e.code)) throw badInput('cypher', `Neo4j could not run the statement: ${first}`, { neo4jCode: e.code });
    throw e;
  }
}

/**
 * Runs an analyst's own Cypher, read-only by construction: the lexical guard, then Neo4j's EXPLAIN
 * verdict (query type and the procedures and functions the plan calls), then a read transaction
 * with its own timeout and row cap.
 */
export async function analystQuery(ctx: Context, cypher: string, params: unknown, options: RunOptions): Promise<AnalystResult> {
  const started = Date.now();
  const limits = limitsOf(options);
  checkStatement(cypher);
  const bound = jsonParams(params);
  await explained(() => checkWithPlanner(ctx, cypher, bound), limits.timeoutMs);
  return explained(() => execute(ctx, cypher, bound, limits, started), limits.timeoutMs);
}

/** Runs a saved analysis with its parameters checked against its header. */
export async function runAnalysis(ctx: Context, name: string, params: unknown, options: RunOptions): Promise<AnalystResult> {
  const analysis = listAnalyses().find((a) => a.name === name);
  if (!analysis) throw new AppError(ErrorCode.NOT_FOUND, `No saved analysis named "${name}"; the analyses query lists them`, { field: 'name' });
  const limits = limitsOf(options);
  const bound = bindParameters(analysis, params);
  return explained(() => execute(ctx, loadCypher(analysis.cypherName), bound, limits, Date.now()), limits.timeoutMs);
}
