import { createContext } from '../../src/http/context-factory';
import type { Database } from '../../src/db/driver';
import { checkWithPlanner } from '../../src/modules/analyst/executor';
import { checkStatement } from '../../src/modules/analyst/guard';
import { tokenize } from '../../src/modules/analyst/lexer';
import { testDatabase } from '../helpers/db';
import { GUARD_CORPUS } from './analyst-corpus';

const refusal = (work: () => unknown): string => {
  try {
    work();
    return 'accepted';
  } catch (e) {
    return (e as { extensions?: { code?: string } }).extensions?.code ?? `not an API error: ${(e as Error).message}`;
  }
};

describe('the analyst guard under attack: each half alone refuses the whole corpus', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(async () => {
    await db.driver.close();
  });

  it.each(GUARD_CORPUS.map((c) => [c.threat, c]))('the lexical half refuses %s with FORBIDDEN', (_threat, attack) => {
    expect(refusal(() => checkStatement(attack.cypher, attack.params))).toBe('FORBIDDEN');
  });

  it.each(GUARD_CORPUS.filter((c) => !c.lexicalOnly).map((c) => [c.threat, c]))(
    'the plan half alone refuses %s',
    async (_threat, attack) => {
      const ctx = createContext(db, { requestId: 'plan-half' });
      const outcome = await checkWithPlanner(ctx, attack.cypher, attack.params ?? {}).then(
        () => 'accepted',
        (e) =>
          (e as { extensions?: { code?: string }; code?: string }).extensions?.code ??
          (e as { code?: string }).code ??
          'error',
      );
      // FORBIDDEN from the guard's reading of the plan, or Neo4j refusing to plan it at all.
      expect(outcome).not.toBe('accepted');
    },
  );

  it('reads every whitespace character Cypher accepts, and Unicode escapes, as Neo4j does', () => {
    const words = (q: string) =>
      tokenize(q)
        .filter((t) => t.type === 'word')
        .map((t) => t.text);
    for (const ws of ['\u001c', '\u001d', '\u001e', '\u001f', '\u00a0', '\u2028', '\u3000', '\u0085', '\u200b']) {
      expect(words(`CALL${ws}db.labels`)).toEqual(['CALL', 'db', 'labels']);
    }
    expect(words('RETURN 1 AS \\u0061b')).toEqual(['RETURN', 'AS', 'ab']);
    expect(words('RETURN 1 AS \\\\u0061')).toEqual(['RETURN', 'AS', 'u0061']); // an escaped backslash begins no escape
  });

  it('still accepts the ordinary read statements analysts write', () => {
    for (const ok of [
      'MATCH (c:Cluster)-[:MEMBER_OF]->(a) RETURN c.name, count(a) AS n ORDER BY n DESC LIMIT 10',
      'UNWIND range(1, 300000000) AS i WITH i WHERE i < 3 RETURN i',
      'RETURN [x IN range(0, size($xs) - 1) | $xs[x] * 2] AS doubled',
      'RETURN reduce(total = 0, x IN [1, 2, 3] | total + x) AS total, [x IN [1, 2] WHERE any(y IN [2] WHERE y = x)] AS both',
      "MATCH (n:Entity) WHERE n.name STARTS WITH 'Kla' RETURN n.name",
      'MATCH p = (a:Entity {id: $a})-[*..4]-(b:Entity {id: $b}) RETURN p LIMIT 3',
    ]) {
      expect({ ok, outcome: refusal(() => checkStatement(ok, { xs: [1, 2], a: 'x', b: 'y' })) }).toEqual({
        ok,
        outcome: 'accepted',
      });
    }
  });

  it('refuses range() bounds it cannot know before running, and names the limit', () => {
    expect(() => checkStatement('MATCH (n) RETURN [x IN range(1, n.count) | x] AS xs')).toThrow(
      /integer literals, integer parameters or size/,
    );
    expect(() => checkStatement('RETURN [x IN range(1, $n) | x] AS xs', { n: 20_000 })).toThrow(
      /20000 values inside an expression; at most 10000/,
    );
    expect(() => checkStatement('RETURN [x IN range(1, $n) | x] AS xs', { n: 10_000 })).not.toThrow();
  });
});
