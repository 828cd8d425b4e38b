/**
 * Statements the analyst guard must refuse, each with the threat it stands for. Both halves of the
 * guard are run on all of them separately (test/security/analyst-guard.test.ts): the lexical half on
 * the text, the plan half on Neo4j's EXPLAIN of it.
 */
export const GUARD_CORPUS: {
  threat: string;
  cypher: string;
  params?: Record<string, unknown>;
  lexicalOnly?: string;
}[] = [
  {
    threat: 'a procedure call hidden behind an information separator (U+001C)',
    cypher: "CALL\u001Capoc.cypher.doIt('CREATE (n)', {}) YIELD value RETURN value",
  },
  { threat: 'LOAD CSV split by U+001D', cypher: "LOAD\u001DCSV FROM 'file:///etc/passwd' AS line RETURN line" },
  { threat: 'a write split by U+001E and U+001F', cypher: "MATCH (n:Entity {id: 'ecri'})\u001ESET\u001Fn.name = 'x'" },
  {
    threat: 'a function name spelt with a Unicode escape',
    cypher: "RETURN apoc.cypher.\\u0072unFirstColumnSingle('CREATE (n) RETURN 1', {}) AS x",
  },
  {
    threat: 'a procedure namespace spelt with Unicode escapes',
    cypher: "CALL \\u0061poc.create.node(['Hacked'], {}) YIELD node RETURN node",
  },
  {
    threat: 'a string closed by an escaped quote, hiding a write',
    cypher: "RETURN 'a\\u0027 AS y CREATE (:Hacked) //' AS z",
    lexicalOnly: 'Neo4j refuses the text itself (a syntax error), so there is no plan to read',
  },
  {
    threat: 'CALL … IN CONCURRENT TRANSACTIONS',
    cypher: 'UNWIND [1] AS x CALL (x) { RETURN x AS y } IN CONCURRENT TRANSACTIONS RETURN y',
  },
  {
    threat: 'CALL … IN 2 CONCURRENT TRANSACTIONS OF 10 ROWS',
    cypher: 'UNWIND [1] AS x CALL (x) { RETURN x AS y } IN 2 CONCURRENT TRANSACTIONS OF 10 ROWS RETURN y',
  },
  {
    threat: 'a backtracking regular expression (=~)',
    cypher: 'RETURN $s =~ $p AS m',
    params: { s: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', p: '(a+)+$' },
  },
  { threat: 'a regular expression through APOC', cypher: "RETURN apoc.text.regexGroups('aaaa!', '(a+)+$') AS m" },
  {
    threat: 'a list comprehension inside a list comprehension (10^10 values)',
    cypher: 'WITH range(1, 100) AS axis RETURN [x IN axis | [y IN axis | 1]] AS matrix',
  },
  {
    threat: 'reduce() doubling its accumulator (256 M characters)',
    cypher: "RETURN reduce(s = 'x', i IN range(1, 28) | s + s) AS s",
  },
  {
    threat: 'reduce() nesting its accumulator 5,000 deep',
    cypher: 'RETURN reduce(l = [], i IN range(1, 50) | [l]) AS l',
  },
  {
    threat: 'reduce() multiplying a string with replace()',
    cypher: "RETURN reduce(s = 'x', i IN range(1, 30) | replace(s, 'x', 'xx')) AS s",
  },
  { threat: 'a value doubled through WITH', cypher: "WITH 'x' AS s WITH s + s AS s WITH s + s AS s RETURN s" },
  { threat: 'a string of any size built by APOC in one call', cypher: "RETURN apoc.text.repeat('x', 268435456) AS s" },
  { threat: 'brackets nested too deep to send back', cypher: `RETURN ${'['.repeat(60)}1${']'.repeat(60)} AS deep` },
  {
    threat: 'a sandboxed APOC procedure Neo4j refuses anyway',
    cypher: 'CALL apoc.meta.schema() YIELD value RETURN value',
    lexicalOnly: 'Neo4j refuses to plan it ("sandboxed"), so there is no plan to read',
  },
  {
    threat: 'a list of 300 million values built inside an expression',
    cypher: 'RETURN size([x IN range(1, 300000000) | x]) AS n',
    lexicalOnly: 'the planner writes the bounds as $autoint parameters, so only the text shows them',
  },
  {
    threat: 'a pattern of 30 relationships (planning time grows exponentially)',
    cypher: `MATCH ${Array.from({ length: 31 }, (_, i) => `(n${i}:Entity)`).join('--')} RETURN n0 LIMIT 1`,
    lexicalOnly: 'planning it is the attack: the plan half would have to wait for the planner',
  },
];
