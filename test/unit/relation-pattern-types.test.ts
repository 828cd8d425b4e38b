import { RELATION_TYPES } from '../../src/model/vocabulary';
import { Direction } from '../../src/modules/entity/entity.enum';
import { patternTypes, type RelationQuery } from '../../src/modules/entity/entity.repository';

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
});
