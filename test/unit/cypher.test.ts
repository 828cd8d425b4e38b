import { fillLiterals, literalNames, splitStatements } from '../../src/db/cypher';

describe('splitStatements', () => {
  it('splits on semicolons at line ends and drops comment lines', () => {
    const text = '// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// two\nCREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y);\n';
    expect(splitStatements(text)).toEqual(['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)', 'CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y)']);
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
    expect(() => fillLiterals('{1,{{maxHops}}}', { maxHops: '4} MATCH (n) DETACH DELETE n //' as unknown as number })).toThrow();
  });
});
