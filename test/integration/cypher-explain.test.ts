import type { Database } from '../../src/db/driver';
import {
  fillLiterals,
  listCypherFiles,
  literalNames,
  loadCypher,
  sectionNames,
  type Literal,
} from '../../src/db/cypher';
import { testDatabase } from '../helpers/db';

describe('every named Cypher file', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(() => db.driver.close());

  const names = listCypherFiles();
  it('exists', () => expect(names.length).toBeGreaterThan(5));

  it.each(names)('%s compiles (EXPLAIN against the real database)', async (name) => {
    const session = db.driver.session({ database: db.database });
    try {
      const text = loadCypher(name);
      // Literals named …types are relationship type lists; the others are integers.
      const literals: Record<string, Literal> = Object.fromEntries(
        literalNames(text).map((n) => [n, /types$/i.test(n) ? ['PARTNER_OF', 'MEMBER_OF'] : 2]),
      );
      // A text with {{IF(…)}} sections compiles with every section kept and with every one left out.
      const sections = sectionNames(text);
      for (const kept of sections.length ? [true, false] : [true]) {
        for (const section of sections) literals[section] = kept;
        const result = await session.run(`EXPLAIN ${fillLiterals(text, literals)}`);
        expect(result.summary.plan).toBeTruthy();
      }
    } finally {
      await session.close();
    }
  });
});
