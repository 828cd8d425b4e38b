import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import path from 'node:path';
import {
  CYPHER_DIR,
  compactStatement,
  fillLiterals,
  listCypherFiles,
  literalNames,
  sectionNames,
  loadCypher,
  splitStatements,
} from '../../src/db/cypher';
import { PUBLIC_SCOPE, type VisibilityScope } from '../../src/auth/visibility';
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

describe('compactStatement: the text sent to Neo4j', () => {
  it('drops comment lines, blank lines and indentation, and nothing else', () => {
    const text =
      "// what it does\nMATCH (e:Entity {id: $id})\n\n  // why\n  WHERE e.url <> 'https://x.example/a'  // kept\nRETURN e\n";
    expect(compactStatement(text)).toBe(
      "MATCH (e:Entity {id: $id})\nWHERE e.url <> 'https://x.example/a'  // kept\nRETURN e",
    );
  });

  it('no statement under cypher/ has a string literal spanning lines, whose spaces trimming would change', () => {
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((f) => (f.isDirectory() ? files(path.join(dir, f.name)) : [path.join(dir, f.name)]))
        .filter((f) => f.endsWith('.cypher'));
    const open: string[] = [];
    for (const file of files(CYPHER_DIR))
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (line.trim().startsWith('//')) return;
          const code = line.replace(/'[^']*'|"[^"]*"/g, '');
          if (/['"]/.test(code)) open.push(`${path.relative(CYPHER_DIR, file)}:${i + 1}`);
        });
    expect(open).toEqual([]);
  });

  it('every statement is sent compacted, its fragments and macros included', () => {
    for (const name of listCypherFiles()) {
      const sent = loadCypher(name, { scope: PUBLIC_SCOPE });
      expect({ name, comments: /^\s*\/\//m.test(sent), indented: /^\s+/m.test(sent) }).toEqual({
        name,
        comments: false,
        indented: false,
      });
    }
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

describe('fillLiterals: sections', () => {
  const text =
    'MATCH (e)\n{{IF(walk)}}\nWALK\n{{ELSE(walk)}}\nPLAIN\n{{END(walk)}}\n{{IF(count)}}\nCOUNT {{n}}\n{{END(count)}}\nRETURN e';

  it('keeps the IF part for true and the ELSE part (or nothing) for false', () => {
    expect(sectionNames(text)).toEqual(['walk', 'count']);
    expect(literalNames(text)).toEqual(['n']);
    expect(fillLiterals(text, { walk: true, count: true, n: 3 })).toBe('MATCH (e)\nWALK\nCOUNT 3\nRETURN e');
    expect(fillLiterals(text, { walk: false, count: false })).toBe('MATCH (e)\nPLAIN\nRETURN e');
  });

  it('refuses a section without a boolean, as a literal without its value (a caller that forgot the flag)', () => {
    expect(() => fillLiterals(text, { count: true, n: 1 })).toThrow(/section \{\{IF\(walk\)\}\} needs true or false/);
    expect(() => fillLiterals(text, { walk: 'true' as unknown as boolean, count: false })).toThrow(
      /needs true or false/,
    );
    expect(() => fillLiterals(text, { walk: 1, count: false })).toThrow(/needs true or false/);
  });

  it('leaves nothing of a section behind: no marker reaches Neo4j', () => {
    for (const walk of [true, false])
      for (const count of [true, false]) {
        const filled = fillLiterals(text, { walk, count, n: 2 });
        expect(filled).not.toMatch(/\{\{/);
      }
  });

  it('keeps or drops the hub walk and the count of a relations page (entity/relations, entity/relations-deep)', () => {
    for (const name of ['entity/relations', 'entity/relations-deep']) {
      const raw = loadCypher(name, { scope: PUBLIC_SCOPE });
      expect(sectionNames(raw).sort()).toEqual(['count', 'walk']);
      const lean = fillLiterals(raw, { types: ['MEMBER_OF'], walk: false, count: false });
      const full = fillLiterals(raw, { types: ['MEMBER_OF'], walk: true, count: true });
      expect({ name, walk: /ORDER BY o\.sortName LIMIT 8192/.test(lean), count: /count\(r\) AS n/.test(lean) }).toEqual(
        {
          name,
          walk: false,
          count: false,
        },
      );
      expect({ name, walk: /ORDER BY o\.sortName LIMIT 8192/.test(full), count: /count\(r\) AS n/.test(full) }).toEqual(
        {
          name,
          walk: true,
          count: true,
        },
      );
    }
  });
});

describe('loadCypher', () => {
  it("writes the vocabulary's cooperation types into patterns", () => {
    const text = loadCypher('analyses/most-connected-actors-of-region');
    expect(text).not.toMatch(/\{\{[A-Z_]+\}\}/);
    expect(text).toContain(`[:${COOPERATION_RELATIONS.join('|')}]`);
  });
});

describe('loadCypher: the window rule reduced to what $windowTo needs', () => {
  const day = new neo4j.types.Date(2019, 7, 2);

  it('a timeless statement carries no date test: every tie holds', () => {
    const text = loadCypher('matches/candidates', { scope: PUBLIC_SCOPE, windowFrom: null, windowTo: null });
    expect(text).not.toMatch(/\$window(From|To)/);
    expect(text).not.toContain('validFrom');
  });

  it('a windowed one tests each tie against both ends of the window, and no null', () => {
    const text = loadCypher('matches/candidates', { scope: PUBLIC_SCOPE, windowFrom: day, windowTo: day });
    expect(text).toContain('(coalesce(h1.validFrom <= $windowTo, true) AND coalesce(h1.validTo >= $windowFrom, true))');
    expect(text).not.toContain('$windowTo IS NULL');
  });

  it('without a window among the parameters (EXPLAIN tests, analysts): the whole rule, null meaning timeless', () => {
    for (const text of [loadCypher('matches/candidates'), loadCypher('matches/candidates', { scope: PUBLIC_SCOPE })])
      expect(text).toContain('($windowTo IS NULL OR (coalesce(h1.validFrom <= $windowTo, true)');
    expect(loadCypher('matches/candidates')).not.toMatch(/\{\{/);
  });
});

describe('loadCypher: the visibility rule reduced to what $scope needs', () => {
  const org: VisibilityScope = { all: false, own: ['org-a'], partners: ['org-a'] };
  const admin: VisibilityScope = { all: true, own: [], partners: [] };
  const membership = /EXISTS \{ \(visEnd\)<-\[:MEMBER_OF\]-\(visMember:Entity\)/;

  it('an organisation (or no scope at all) gets the whole rule, membership check included', () => {
    expect(loadCypher('matches/candidates', { scope: org })).toMatch(membership);
    expect(loadCypher('matches/candidates')).toMatch(membership);
    expect(loadCypher('matches/candidates', { scope: org })).toBe(loadCypher('matches/candidates'));
  });

  it('a caller acting for no organisation sees PUBLIC ties only: no scope list is read', () => {
    const text = loadCypher('matches/candidates', { scope: PUBLIC_SCOPE });
    expect(text).not.toMatch(membership);
    expect(text).not.toContain('$scope.');
    expect(text).toContain("h1.visibility IS NULL OR h1.visibility = 'PUBLIC'");
    expect(loadCypher('history/of-entity', { scope: PUBLIC_SCOPE })).toContain('(c.visibility IS NULL)');
  });

  it("a caller who sees every tie reads no tie's visibility, but to count an entity's few hidden ties", () => {
    const text = loadCypher('matches/candidates', { scope: admin });
    expect(text).not.toMatch(/\bh\d+\.visibility/);
    expect(text).not.toContain('$scope.');
    const timeless = loadCypher('matches/candidates', { scope: admin, windowFrom: null, windowTo: null });
    expect(timeless).toContain('c.tieCount + c.hiddenTieCount');
    expect(timeless).not.toContain('.visibility');
    // Only the country rankings' count of public ties names a visibility (for an actor never summarised).
    const ranks = loadCypher('matches/active-ranks', { scope: admin, windowFrom: null, windowTo: null });
    const publicTies = /THEN (.*) ELSE seen END AS degree\n/.exec(ranks)![1];
    expect(publicTies).toContain("cTieH.visibility = 'PUBLIC'");
    expect(ranks.split(publicTies).join('')).not.toContain('.visibility');
  });

  it('each variant is its own text (its own plan), and an unknown scope shape falls back to the whole rule', () => {
    const texts = new Set(
      [org, admin, PUBLIC_SCOPE].map((scope) => loadCypher('cooperation/shared-partners', { scope })),
    );
    expect(texts.size).toBe(3);
    expect(loadCypher('cooperation/shared-partners', { scope: undefined })).toMatch(membership);
  });
});

describe("the visibility rule's own variables", () => {
  it('are named by no statement, which would capture them (a subquery matches an outer variable it names)', () => {
    for (const name of listCypherFiles()) {
      const raw = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
      expect({ name, captures: /\bvis(End|Member|Group)\b/.test(raw) }).toEqual({ name, captures: false });
    }
  });
});

describe("loadCypher: an entity's tie count from its summary (the TIES macro)", () => {
  const day = new neo4j.types.Date(2019, 7, 2);
  const org: VisibilityScope = { all: false, own: ['org-a'], partners: ['org-a'] };
  const count = (params: Record<string, unknown>) =>
    /WITH c, common, sharedProgrammes, (.*) AS ties\n/.exec(loadCypher('matches/candidates', params))![1];
  /** The count the country sources rank by (the PUBLIC_TIES macro). */
  const publicCount = (params: Record<string, unknown>) =>
    /THEN (.*) ELSE seen END AS degree\n/.exec(loadCypher('matches/active-ranks', params))![1];

  it('timeless, PUBLIC ties only: the stored count, no tie read', () => {
    const text = count({ scope: PUBLIC_SCOPE, windowFrom: null, windowTo: null });
    expect(text).toBe(
      '(CASE WHEN c.tieCount IS NULL THEN COUNT { (c)-[cTieH:' +
        COOPERATION_RELATIONS.join('|') +
        " WHERE true AND (cTieH.visibility IS NULL OR cTieH.visibility = 'PUBLIC')]-() }" +
        // …or the public ties the country ranking counted already (the country sources).
        ' ELSE CASE WHEN publicTies IS NULL THEN c.tieCount ELSE publicTies END END)',
    );
  });

  it('in a window: the spans overlapping it, read from the TieSpans node by the entity id', () => {
    const text = count({ scope: PUBLIC_SCOPE, windowFrom: day, windowTo: day });
    expect(text).toContain('MATCH (cSpans:TieSpans {id: c.id})');
    expect(text).toContain('cSpanFrom[cSpanI] <= $windowTo AND cSpanTo[cSpanI] >= $windowFrom');
    expect(text).not.toContain('hiddenTieCount');
  });

  it('an organisation counts the hidden ties it may see tie by tie, only where the entity has some', () => {
    const text = count({ scope: org, windowFrom: day, windowTo: day });
    expect(text).toContain('CASE WHEN c.hiddenTieCount > 0 THEN COUNT { (c)-[cTieH:');
    expect(text).toContain("NOT (cTieH.visibility IS NULL OR cTieH.visibility = 'PUBLIC') AND");
    expect(text).toContain('visEnd.id IN $scope.own');
  });

  it("a viewer's hidden ties never move an actor into the country sources: they rank by public ties only", () => {
    for (const scope of [org, { all: true, own: [], partners: [] }]) {
      for (const window of [
        { windowFrom: day, windowTo: day },
        { windowFrom: null, windowTo: null },
      ]) {
        const text = publicCount({ scope, ...window });
        expect(text).toBe(publicCount({ scope: PUBLIC_SCOPE, ...window }));
        expect(text).toContain("(cTieH.visibility IS NULL OR cTieH.visibility = 'PUBLIC')");
        expect(text).not.toContain('hiddenTieCount');
        expect(text).not.toContain('$scope');
      }
    }
  });

  it('public ties the statement counted already stand in for the summary; hidden ones are still counted', () => {
    const text = count({ scope: org, windowFrom: day, windowTo: day });
    expect(text).toContain('CASE WHEN publicTies IS NULL THEN CASE WHEN c.tieCount = 0 THEN 0 ELSE head(COLLECT {');
    expect(text).toContain('ELSE publicTies END + CASE WHEN c.hiddenTieCount > 0 THEN COUNT {');
  });

  it('an entity never summarised (tieCount absent) is counted tie by tie, under the same rules', () => {
    for (const scope of [PUBLIC_SCOPE, org])
      expect(count({ scope, windowFrom: day, windowTo: day })).toMatch(
        /^\(CASE WHEN c\.tieCount IS NULL THEN COUNT \{ \(c\)-\[cTieH:[A-Z_|]+ WHERE \(coalesce\(cTieH\.validFrom/,
      );
  });
});

describe('loadCypher: at most how many ties an entity can count (the MOST_TIES macro, the matches floor)', () => {
  const org: VisibilityScope = { all: false, own: ['org-a'], partners: ['org-a'] };
  /** The bound the region source of matches filters by. */
  const bound = (scope: VisibilityScope) =>
    /ELSE fRegions END AS r\nMATCH .*\nWHERE minTies <= 0 OR coalesce\((.*), relationships\) >= minTies\n/.exec(
      loadCypher('matches/candidates', { scope, windowFrom: null, windowTo: null }),
    )![1];

  it('an anonymous viewer counts public ties only: the stored public count bounds them, whatever the window', () => {
    expect(bound(PUBLIC_SCOPE)).toBe('c.tieCount');
  });

  it('a viewer who may see hidden ties: the stored hidden count is added (a bound without it would drop candidates)', () => {
    expect(bound(org)).toBe('(c.tieCount + c.hiddenTieCount)');
    expect(bound({ all: true, own: [], partners: [] })).toBe('(c.tieCount + c.hiddenTieCount)');
  });
});
