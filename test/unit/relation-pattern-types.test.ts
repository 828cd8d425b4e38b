import { RELATION_TYPES } from '../../src/model/vocabulary';
import { Direction } from '../../src/modules/entity/entity.enum';
import fc from 'fast-check';
import { fillLiterals, loadCypher } from '../../src/db/cypher';
import { PUBLIC_SCOPE } from '../../src/auth/visibility';
import { patternTypes, relationLiterals, specOf, type RelationQuery } from '../../src/modules/entity/entity.repository';

const q = (types: RelationQuery['types']): RelationQuery => ({ id: 'x', types, dir: Direction.BOTH, first: 20 });

// The relations statement writes these types into its pattern, so each distinct list is a statement text of its
// own that Neo4j plans (seconds under load). Callers choose `relations(types: …)`: they must not choose the texts.
describe('the relationship types written into the relations statement', () => {
  it('are the one type of a batch of one typed field, so Neo4j reads only those ties', () => {
    expect(patternTypes([q(['MEMBER_OF']), q(['MEMBER_OF'])])).toEqual(['MEMBER_OF']);
  });

  it('are every type for a client sending type lists of its choice, so no list makes a new statement to plan', () => {
    for (const types of [
      ['MEMBER_OF', 'PARTNER_OF'],
      ['PARTNER_OF', 'MEMBER_OF'],
      ['FUNDED_BY', 'HOSTED', 'ATTENDED'],
    ])
      expect(patternTypes([q(types as RelationQuery['types'])])).toBe(RELATION_TYPES);
  });

  it('are every type for a batch mixing two typed fields', () => {
    expect(patternTypes([q(['MEMBER_OF']), q(['PARTICIPATES_IN'])])).toBe(RELATION_TYPES);
  });

  it('with the sections a batch turns on (hub walk, count), make at most four texts per pattern, whatever clients send', () => {
    // A client picks type lists, directions, page sizes and whether to count, for every read of a batch; the texts
    // Neo4j sees (and plans) must stay within the pattern's types (one each, or all) times walk times count.
    const texts = new Set<string>();
    const raw = loadCypher('entity/relations-deep', { scope: PUBLIC_SCOPE });
    const read = fc.record({
      // Every type is what `relations` without `kinds` asks: the reads that may walk a hub.
      types: fc.oneof(fc.constant([...RELATION_TYPES]), fc.subarray([...RELATION_TYPES], { minLength: 1 })),
      dir: fc.constantFrom(Direction.BOTH, Direction.INCOMING, Direction.OUTGOING),
      first: fc.integer({ min: 1, max: 100 }),
      count: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(read, { minLength: 1, maxLength: 6 }), (reads) => {
        const queries: RelationQuery[] = reads.map((r) => ({ id: 'x', ...r }));
        const pattern = patternTypes(queries);
        const specs = queries.map((x) => specOf(x, pattern));
        texts.add(fillLiterals(raw, relationLiterals(specs, pattern)));
      }),
      { numRuns: 2_000, seed: 34 },
    );
    expect(texts.size).toBeLessThanOrEqual((RELATION_TYPES.length + 1) * 4);
    // The hostile mix did reach every combination of sections for the all-types pattern.
    const all = [...texts].filter((t) => t.includes(`[r:${RELATION_TYPES.join('|')}]`));
    expect(all.length).toBe(4);
  });
});
