import { AppError, badInput, ErrorCode } from '../../errors/errors';
import { expressionProblem, refusedFunction } from './expressions';
import { EscapeError, invocations, LexError, tokenize, type Token } from './lexer';
import { functionAllowed, reasonFor, ALLOWED_PROCEDURES, READ_CLAUSES, WRITE_CLAUSES } from './policy';

export const MAX_STATEMENT_LENGTH = 20_000;

const refuse = (why: string) => new AppError(ErrorCode.FORBIDDEN, `analystQuery refused: ${why}`, { field: 'cypher' });

const upper = (t: Token | undefined) => (t?.type === 'word' ? t.text.toUpperCase() : undefined);

/** A word used as a name (after `.`, `:` or AS, or as a map key) rather than as a clause. */
function usedAsName(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev?.type === 'punct' && (prev.text === '.' || prev.text === ':')) return true;
  if (upper(prev) === 'AS') return true;
  return next?.type === 'punct' && next.text === ':' && (prev?.text === '{' || prev?.text === ',');
}

/**
 * The lexical half of the guard: one statement, beginning with a read clause, no write or admin
 * clause, no LOAD CSV, USE or CALL … IN TRANSACTIONS, and only allowed functions and procedures.
 * The other half (checkPlan) asks Neo4j itself what the statement would do.
 */
export function checkStatement(cypher: string, params: Record<string, unknown> = {}): void {
  if (cypher.length > MAX_STATEMENT_LENGTH)
    throw badInput('cypher', `expected at most ${MAX_STATEMENT_LENGTH} characters, got ${cypher.length}`);
  let tokens: Token[];
  try {
    tokens = tokenize(cypher);
  } catch (e) {
    if (e instanceof EscapeError) throw refuse(e.message);
    if (e instanceof LexError) throw badInput('cypher', `could not read the statement: ${e.message}`);
    throw e;
  }
  while (tokens.length && tokens[tokens.length - 1].text === ';' && tokens[tokens.length - 1].type === 'punct')
    tokens.pop();
  if (!tokens.length) throw badInput('cypher', 'expected a Cypher statement, got nothing');
  if (tokens.some((t) => t.type === 'punct' && t.text === ';'))
    throw refuse('one statement per request; found a `;` followed by more text');

  const first = upper(tokens[0]);
  if (!first || !READ_CLAUSES.has(first)) {
    throw refuse(
      `a read query must begin with MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN or CALL; this one begins with ${tokens[0].type === 'word' ? tokens[0].text : `"${tokens[0].text}"`} (administrative and schema commands, EXPLAIN/PROFILE and query options are not accepted)`,
    );
  }
  tokens.forEach((t, i) => {
    const word = upper(t);
    if (!word || usedAsName(tokens, i)) return;
    if (WRITE_CLAUSES.has(word))
      throw refuse(`${word} writes to or administers the database; analyst queries are read-only`);
    if (word === 'LOAD' && upper(tokens[i + 1]) === 'CSV') throw refuse('LOAD CSV reads files and URLs');
    if (word === 'USE') throw refuse('USE switches database; analyst queries run on the partnership graph only');
    // IN TRANSACTIONS, IN 3 CONCURRENT TRANSACTIONS, OF 10 ROWS…: whatever precedes it, the word is the clause.
    if (word === 'TRANSACTIONS' || word === 'CONCURRENT')
      throw refuse('CALL { … } IN [CONCURRENT] TRANSACTIONS commits in batches outside the read transaction');
  });
  checkInvocations(tokens);
  const problem = expressionProblem(tokens, params);
  if (problem) throw refuse(problem);
}

function checkInvocations(tokens: Token[]): void {
  for (const inv of invocations(tokens)) {
    if (inv.procedure ? !ALLOWED_PROCEDURES.has(inv.name) : !functionAllowed(inv.name)) {
      throw refuse(reasonFor(inv.name, inv.procedure ? 'procedure' : 'function'));
    }
    const why = refusedFunction(inv.name);
    if (why) throw refuse(`function ${inv.name} is not allowed: ${why}`);
  }
}

/** What EXPLAIN reports, reduced to what the guard reads. */
export interface PlanSummary {
  queryType: string;
  operators: { name: string; details: string }[];
}

/**
 * The plan half of the guard: Neo4j's own verdict. The statement must be read-only ("r"), and every
 * procedure call and function in the planned operators (names normalised by the planner, whatever
 * quoting or spacing the text used) must be allowed.
 */
export function checkPlan(plan: PlanSummary): void {
  if (plan.queryType !== 'r') {
    const what: Record<string, string> = { w: 'writes', rw: 'reads and writes', s: 'changes the schema' };
    throw refuse(
      `Neo4j reports that the statement ${what[plan.queryType] ?? `is of type "${plan.queryType}"`}; analyst queries are read-only`,
    );
  }
  for (const op of plan.operators) {
    if (/ProcedureCall/i.test(op.name)) {
      const name = /^\s*([\w.`]+)\s*\(/.exec(op.details)?.[1]?.replace(/`/g, '');
      if (!name || !ALLOWED_PROCEDURES.has(name)) throw refuse(reasonFor(name ?? op.details, 'procedure'));
    }
    if (/LoadCSV/i.test(op.name)) throw refuse('LOAD CSV reads files and URLs');
    if (/^Transaction(Apply|Foreach)/i.test(op.name))
      throw refuse('CALL { … } IN [CONCURRENT] TRANSACTIONS commits in batches outside the read transaction');
    let tokens: Token[];
    try {
      tokens = tokenize(op.details);
    } catch {
      continue; // details are the planner's rendering, not always lexable Cypher
    }
    for (const inv of invocations(tokens)) {
      if (!inv.procedure && !functionAllowed(inv.name) && !ALLOWED_PROCEDURES.has(inv.name))
        throw refuse(reasonFor(inv.name, 'function'));
      const why = refusedFunction(inv.name);
      if (why) throw refuse(`function ${inv.name} is not allowed: ${why}`);
    }
    // The planner writes literals as $autoint_0…, so range() bounds are judged by the lexical half;
    // every other expression rule reads the planned expressions as well.
    const problem = expressionProblem(
      tokens.map((t) =>
        t.type === 'param' && /^auto/.test(t.text) ? { ...t, type: 'number' as const, text: '0' } : t,
      ),
    );
    if (problem) throw refuse(problem);
  }
}
