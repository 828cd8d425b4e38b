import { checkStatement } from '../../src/modules/analyst/guard';
import { invocations, tokenize } from '../../src/modules/analyst/lexer';

describe('the analyst guard (lexical half)', () => {
  it('reads comments, strings and quoted names as such', () => {
    const tokens = tokenize("MATCH (n) // CREATE\nWHERE n.name = 'it\\'s CREATE' /* SET */ RETURN n.`a``b` AS `x y`");
    expect(tokens.filter((t) => t.type === 'word').map((t) => t.text)).toEqual([
      'MATCH',
      'n',
      'WHERE',
      'n',
      'name',
      'RETURN',
      'n',
      'AS',
    ]);
    expect(tokens.filter((t) => t.type === 'quoted').map((t) => t.text)).toEqual(['a`b', 'x y']);
    expect(tokens.find((t) => t.type === 'string')?.text).toBe("it\\'s CREATE");
  });

  it('finds namespaced calls however they are spelt, and not property access', () => {
    const names = (q: string) => invocations(tokenize(q)).map((i) => `${i.procedure ? 'proc' : 'fn'} ${i.name}`);
    expect(names('RETURN apoc . text . join ([], "") AS x, n.name, date.truncate("day", d)')).toEqual([
      'fn apoc.text.join',
      'fn date.truncate',
    ]);
    expect(names('CALL `apoc.cypher`.`doIt`("", {})')).toEqual(['proc apoc.cypher.doIt']);
    expect(names('CALL db.labels')).toEqual(['proc db.labels']);
    expect(names('CALL { MATCH (n) RETURN n } RETURN 1')).toEqual([]);
    expect(names('MATCH (n) RETURN n.name, n.kind IN [1] AS k')).toEqual([]);
  });

  it('accepts read statements, keywords used as names, and a trailing semicolon', () => {
    for (const ok of [
      'MATCH (n) RETURN n',
      'MATCH (n {`set`: 1}) RETURN n.create AS create, {delete: 1} AS m;',
      "MATCH (n) WHERE n.name = 'CREATE (x)' RETURN count(*) AS c",
      'UNWIND [1, 2] AS x RETURN x',
      'CALL db.labels() YIELD label RETURN label',
      'RETURN date.truncate("month", date("2020-05-14")) AS d, apoc.coll.sum([1, 2]) AS s',
    ]) {
      expect(() => checkStatement(ok)).not.toThrow();
    }
  });

  it('names what it refuses and why', () => {
    const why = (q: string) => {
      try {
        checkStatement(q);
        return 'accepted';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(why('MATCH (n) DETACH DELETE n')).toMatch(/DETACH writes/);
    expect(why('RETURN 1 AS x; RETURN 2 AS y')).toMatch(/one statement per request/);
    expect(why('SHOW TRANSACTIONS')).toMatch(/begins with SHOW/);
    expect(why("CALL apoc.load.json('http://x')")).toMatch(
      /apoc\.load\.json is not allowed: apoc\.load\.\* reads files and URLs/,
    );
    expect(why('RETURN apoc.util.sleep(10) AS x')).toMatch(/not on the analyst allow-list/);
    expect(why('MATCH (n) RETURN n /* unterminated')).toMatch(/unterminated comment/);
    expect(why('')).toMatch(/expected a Cypher statement/);
  });
});
