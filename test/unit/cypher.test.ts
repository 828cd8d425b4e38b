import { fillLiterals, literalNames, loadCypher, splitStatements } from '../../src/db/cypher';
import { COOPERATION_RELATIONS } from '../../src/model/vocabulary';

describe('splitStatements', () => {
  it('splits on semicolons at line ends and drops comment lines', () => {
    const text =
      '// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// two\nCREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y);\n';
    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y)',
    ]);
  });

  it('keeps semicolons inside a line (e.g. in strings)', () => {
    expect(splitStatements("RETURN 'a;b' AS s;")).toEqual(["RETURN 'a;b' AS s"]);
  });
});

describe('fillLiterals', () => {
  it('fills integer placeholders and refuses anything else', () => {
    expect(literalNames('MATCH p = (a)-[]-{1,{{maxHops}}}(b) RETURN {{maxHops}}')).toEqual(['maxHops']);
    expect(fillLiterals('()-[]-{1,{{maxHops}}}()', { maxHops: 4 })).toBe('()-[]-{1,4}()');
    expect(() => fillLiterals('{1,{{maxHops}}}', { maxHops: 2.5 })).toThrow(/needs an integer/);
    expect(() => fillLiterals('{1,{{maxHops}}}', {})).toThrow(/needs an integer, got undefined/);
    expect(() =>
      fillLiterals('{1,{{maxHops}}}', { maxHops: '4} MATCH (n) DETACH DELETE n //' as unknown as number }),
    ).toThrow();
  });

  it('fills relationship type lists from the vocabulary only', () => {
    expect(fillLiterals('()-[:{{types}}]-()', { types: ['PARTNER_OF', 'MEMBER_OF'] })).toBe(
      '()-[:PARTNER_OF|MEMBER_OF]-()',
    );
    expect(() => fillLiterals('()-[:{{types}}]-()', { types: [] })).toThrow(/needs relationship types/);
    expect(() => fillLiterals('()-[:{{types}}]-()', { types: ['PARTNER_OF]-() DETACH DELETE n //'] as never })).toThrow(
      /needs relationship types/,
    );
  });
});

describe('loadCypher', () => {
  it("writes the vocabulary's cooperation types into patterns", () => {
    const text = loadCypher('analyses/most-connected-actors-of-region');
    expect(text).not.toMatch(/\{\{[A-Z_]+\}\}/);
    expect(text).toContain(`[:${COOPERATION_RELATIONS.join('|')}]`);
  });
});
