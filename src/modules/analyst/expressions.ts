import type { Token } from './lexer';

/**
 * The expression half of the lexical guard: shapes that make Neo4j build values it neither counts
 * against the transaction's memory limit nor stops at the transaction's timeout. Neo4j 5.26 evaluates
 * an expression (a list comprehension, `reduce`, a string concatenation) without memory tracking and
 * without checking for termination (neo4j/neo4j#13848): `size([x IN range(1, 300000000) | x])` took
 * the heap down and ignored its 2 s timeout for 114 s, and a backtracking regular expression ran on
 * after its transaction was terminated. Rows that operators produce (UNWIND, MATCH, collect, ORDER BY)
 * are counted and interruptible, so the rules push work there. docs/analyst.md lists them.
 */

/** Most values a `range()` used inside an expression may produce (UNWIND range(…) streams and is exempt). */
export const MAX_EXPRESSION_RANGE = 10_000;

/** Deepest nesting of brackets: a value nested thousands deep overflowed Neo4j's stack as it was sent. */
export const MAX_NESTING = 48;

/** Most relationship patterns in one statement: planning is exponential in them and cannot be interrupted. */
export const MAX_PATTERN_RELATIONSHIPS = 24;

/** APOC functions that build a value of a size the caller chooses in one call. */
const AMPLIFIERS = new Set([
  'apoc.text.repeat',
  'apoc.text.lpad',
  'apoc.text.rpad',
  'apoc.text.format',
  'apoc.coll.fill',
  'apoc.coll.combinations',
  'lpad',
  'rpad',
]);

/** Functions that match regular expressions (java.util.regex backtracks without checking for termination). */
const REGEX_FUNCTIONS = new Set([
  'apoc.text.regexGroups',
  'apoc.text.regexGroupsByName',
  'apoc.text.regreplace',
  'apoc.text.replace',
  'apoc.text.split',
  'apoc.text.regexMatch',
]);

export const isPunct = (t: Token | undefined, text: string) => t?.type === 'punct' && t.text === text;
const isWord = (t: Token | undefined, text: string) => t?.type === 'word' && t.text.toUpperCase() === text;

/** Index of the token closing the bracket opened at `open` (any of ( [ {), or tokens.length. */
function closing(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i].type !== 'punct') continue;
    if ('([{'.includes(tokens[i].text)) depth++;
    else if (')]}'.includes(tokens[i].text) && --depth === 0) return i;
  }
  return tokens.length;
}

/** The arguments of the call whose `(` is at `open`, split at top-level commas. */
function argumentsOf(tokens: Token[], open: number): Token[][] {
  const end = closing(tokens, open);
  const args: Token[][] = [[]];
  let depth = 0;
  for (let i = open + 1; i < end; i++) {
    const t = tokens[i];
    if (t.type === 'punct' && '([{'.includes(t.text)) depth++;
    if (t.type === 'punct' && ')]}'.includes(t.text)) depth--;
    if (depth === 0 && isPunct(t, ',')) args.push([]);
    else args[args.length - 1].push(t);
  }
  return args;
}

/** The integer an argument stands for (a literal, maybe negative, or an integer parameter), if it is one. */
function integerOf(arg: Token[], params: Record<string, unknown>): number | undefined {
  const [first, second] = arg;
  if (arg.length === 1 && first.type === 'number' && /^\d+$/.test(first.text)) return Number(first.text);
  if (arg.length === 2 && isPunct(first, '-') && second.type === 'number' && /^\d+$/.test(second.text))
    return -Number(second.text);
  if (arg.length === 1 && first.type === 'param') {
    const v = params[first.text];
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'bigint') return Number(v);
    if (v && typeof v === 'object' && 'toNumber' in v) return (v as { toNumber(): number }).toNumber();
  }
  return undefined;
}

/** `size(…)` or `length(…)`, optionally ± an integer: bounded by a list that already exists. */
function boundedBySize(arg: Token[]): boolean {
  if (!(arg[0]?.type === 'word' && /^(size|length)$/i.test(arg[0].text) && isPunct(arg[1], '('))) return false;
  const end = closing(arg, 1);
  const rest = arg.slice(end + 1);
  return (
    rest.length === 0 ||
    (rest.length === 2 && (isPunct(rest[0], '+') || isPunct(rest[0], '-')) && rest[1].type === 'number')
  );
}

function checkRange(tokens: Token[], i: number, params: Record<string, unknown>): string | undefined {
  if (isWord(tokens[i - 1], 'UNWIND')) return undefined; // streamed row by row: counted and interruptible
  const args = argumentsOf(tokens, i + 1);
  if (args.length < 2 || args.length > 3) return undefined; // Neo4j reports the wrong arity itself
  if (args.slice(0, 2).some(boundedBySize) && (args.length === 2 || integerOf(args[2], params) !== undefined))
    return undefined;
  const [from, to, step = 1] = args.map((a) => integerOf(a, params));
  if (from === undefined || to === undefined || step === undefined) {
    return `range() inside an expression needs integer literals, integer parameters or size(list) ± n as bounds, so that its length is known before it runs (UNWIND range(…) has no such rule)`;
  }
  const count = step === 0 ? Infinity : Math.max(0, Math.floor((to - from) / step) + 1);
  if (count > MAX_EXPRESSION_RANGE) {
    return `range(${from}, ${to}${args.length === 3 ? `, ${step}` : ''}) would build ${count === Infinity ? 'an endless list' : `${count} values`} inside an expression; at most ${MAX_EXPRESSION_RANGE} are allowed there (Neo4j neither counts the memory of expression values nor stops them at the timeout). UNWIND range(…) streams rows and may be longer`;
  }
  return undefined;
}

/** Where the body of `[x IN list | body]`, `[x IN list WHERE …]`, `[(pattern) | body]` or reduce(… | body) lies. */
interface Iteration {
  kind: 'comprehension' | 'reduce' | 'quantifier';
  start: number;
  end: number;
  accumulator?: string;
  bodyStart: number;
}

function iterations(tokens: Token[]): Iteration[] {
  const found: Iteration[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isPunct(t, '[')) {
      const end = closing(tokens, i);
      const listComprehension =
        (tokens[i + 1]?.type === 'word' || tokens[i + 1]?.type === 'quoted') && isWord(tokens[i + 2], 'IN');
      const patternComprehension = isPunct(tokens[i + 1], '(') && tokens.slice(i + 1, end).some((x) => isPunct(x, '|'));
      if (listComprehension || patternComprehension) {
        const bar = tokens.slice(i + 1, end).findIndex((x) => isPunct(x, '|') || isWord(x, 'WHERE'));
        found.push({ kind: 'comprehension', start: i, end, bodyStart: bar < 0 ? end : i + 1 + bar });
      }
    } else if (
      t.type === 'word' &&
      /^(all|any|none|single)$/i.test(t.text) &&
      isPunct(tokens[i + 1], '(') &&
      isWord(tokens[i + 3], 'IN') &&
      !isPunct(tokens[i - 1], '.')
    ) {
      const end = closing(tokens, i + 1);
      found.push({ kind: 'quantifier', start: i, end, bodyStart: i + 3 });
    } else if (
      t.type === 'word' &&
      t.text.toLowerCase() === 'reduce' &&
      isPunct(tokens[i + 1], '(') &&
      !isPunct(tokens[i - 1], '.')
    ) {
      const end = closing(tokens, i + 1);
      let depth = 0;
      let bar = end;
      for (let k = i + 1; k < end; k++) {
        if (tokens[k].type === 'punct' && '([{'.includes(tokens[k].text)) depth++;
        if (tokens[k].type === 'punct' && ')]}'.includes(tokens[k].text)) depth--;
        if (depth === 1 && isPunct(tokens[k], '|')) {
          bar = k;
          break;
        }
      }
      found.push({ kind: 'reduce', start: i, end, accumulator: tokens[i + 2]?.text, bodyStart: bar });
    }
  }
  return found;
}

function checkReduce(tokens: Token[], it: Iteration): string | undefined {
  const body = tokens.slice(it.bodyStart + 1, it.end);
  const acc = it.accumulator;
  const uses = body
    .map((t, k) => ({ t, k }))
    .filter(({ t, k }) => (t.type === 'word' || t.type === 'quoted') && t.text === acc && !isPunct(body[k - 1], '.'));
  if (uses.length > 1)
    return `reduce(${acc} = …) uses its accumulator ${uses.length} times in one step, so the value can double at every element (${acc} + ${acc} built 256 M characters from 28 elements); use it once per step`;
  for (const { k } of uses) {
    // Inside a list or map literal of the body, each step nests the accumulator one level deeper.
    let depth = 0;
    for (let j = 0; j < k; j++) {
      if (body[j].type === 'punct' && '[{'.includes(body[j].text)) depth++;
      if (body[j].type === 'punct' && ']}'.includes(body[j].text)) depth--;
    }
    if (depth > 0)
      return `reduce(${acc} = …) wraps its accumulator in a new list or map at every step, which nests the value as deep as the list is long (Neo4j's stack overflowed sending such a value); build a flat list with ${acc} + [element]`;
  }
  const call = body.find(
    (t, k) =>
      t.type === 'word' && /^(replace|apoc)$/i.test(t.text) && (isPunct(body[k + 1], '(') || isPunct(body[k + 1], '.')),
  );
  if (call)
    return `reduce(${acc} = …) calls ${call.text}${call.text.toLowerCase() === 'apoc' ? '.*' : '()'} at every step, which can multiply the value's size each time; compute it with UNWIND and collect() instead`;
  return undefined;
}

/**
 * The first reason to refuse the statement's expressions, or undefined. `params` are the statement's
 * bound parameters: a range() bound may be one.
 */
export function expressionProblem(tokens: Token[], params: Record<string, unknown> = {}): string | undefined {
  let relationships = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isPunct(t, '=') && isPunct(tokens[i + 1], '~') && tokens[i + 1].offset === t.offset + 1) {
      return 'regular-expression matching (=~) is refused: java.util.regex backtracks without checking whether the transaction was stopped, so one pattern can hold a CPU for minutes past any timeout; use STARTS WITH, ENDS WITH, CONTAINS or the full-text index (db.index.fulltext.queryNodes)';
    }
    if (
      (isPunct(t, '-') || isPunct(t, '<')) &&
      (isPunct(tokens[i + 1], '[') || isPunct(tokens[i + 1], '-')) &&
      isPunct(tokens[i - 1], ')')
    )
      relationships++;
    if (
      t.type === 'word' &&
      t.text.toLowerCase() === 'range' &&
      isPunct(tokens[i + 1], '(') &&
      !isPunct(tokens[i - 1], '.')
    ) {
      const problem = checkRange(tokens, i, params);
      if (problem) return problem;
    }
    if (
      t.type === 'word' &&
      isPunct(tokens[i + 1], '+') &&
      tokens[i + 2]?.type === 'word' &&
      tokens[i + 2].text === t.text &&
      !isPunct(tokens[i - 1], '.') &&
      !isPunct(tokens[i + 3], '.')
    ) {
      return `${t.text} + ${t.text} doubles a value; chained through WITH or reduce it outgrows any memory before a limit can stop it. Write the concatenation you need once`;
    }
  }
  if (relationships > MAX_PATTERN_RELATIONSHIPS) {
    return `the statement's patterns have ${relationships} relationships; at most ${MAX_PATTERN_RELATIONSHIPS} are accepted, because planning grows exponentially with them and cannot be stopped (a 40-part pattern planned for 16 s). Split it with WITH`;
  }
  let depth = 0;
  for (const t of tokens) {
    if (t.type === 'punct' && '([{'.includes(t.text) && ++depth > MAX_NESTING) {
      return `brackets nest more than ${MAX_NESTING} deep; a value nested that deep cannot be sent back (Neo4j's stack overflowed on one)`;
    }
    if (t.type === 'punct' && ')]}'.includes(t.text)) depth--;
  }
  const its = iterations(tokens);
  const name = { comprehension: 'list comprehension', reduce: 'reduce()', quantifier: 'all/any/none/single()' };
  for (const it of its) {
    const outers = its.filter((o) => o !== it && o.start < it.start && it.start < o.end && it.start > o.bodyStart);
    // Quantifiers build nothing, so one may run inside one other iteration; anything else inside an
    // iteration's body multiplies what is built or computed, uninterruptibly.
    if (outers.length >= 2 || (outers.length === 1 && it.kind !== 'quantifier')) {
      return `a ${name[it.kind]} inside the body of a ${name[outers[0].kind]} multiplies the work done within one expression (nested comprehensions over range(1, 100000) asked for 10^10 values), which Neo4j neither counts nor stops; unnest it with UNWIND, whose rows Neo4j counts and can stop`;
    }
    if (it.kind === 'reduce') {
      const problem = checkReduce(tokens, it);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** Why a function is refused though its namespace is allowed, if it is. */
export function refusedFunction(name: string): string | undefined {
  if (AMPLIFIERS.has(name))
    return `${name} builds a value of any size in one call, which Neo4j does not count against the transaction's memory`;
  if (REGEX_FUNCTIONS.has(name))
    return `${name} matches a regular expression, which can backtrack for minutes past any timeout; use STARTS WITH, ENDS WITH, CONTAINS or the full-text index`;
  return undefined;
}
