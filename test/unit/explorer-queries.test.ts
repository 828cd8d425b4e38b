import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate, type GraphQLEnumType } from 'graphql';
import { PROJECT_ROOT } from '../../src/config';
import * as queries from '../../web/explorer/queries';

const schema = buildSchema(fs.readFileSync(path.join(PROJECT_ROOT, 'schema/schema.graphql'), 'utf8'));
const operations = Object.entries(queries).filter(([, v]) => typeof v === 'string') as [string, string][];

// The page's operations are plain strings: this keeps them in step with the schema without a browser.
describe('the explorer’s GraphQL operations', () => {
  it('are all here', () => {
    expect(operations.map(([name]) => name).sort()).toEqual([
      'ENTITY',
      'MATCHES',
      'NEIGHBOURHOOD',
      'PATHS',
      'SEARCH',
      'SHARED_PARTNERS',
      'TIMELINE',
    ]);
  });

  it.each([...operations, ['namesQuery(3)', queries.namesQuery(3)]])(
    '%s is valid against schema/schema.graphql',
    (_name, document) => {
      expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
    },
  );

  it.each(['PATHS', 'SHARED_PARTNERS', 'MATCHES', 'NEIGHBOURHOOD'])(
    '%s passes the date control’s day on as the field’s asOf',
    (name) => {
      const document = (queries as unknown as Record<string, string>)[name];
      expect(document).toContain('$asOf: String');
      expect(document).toMatch(/\(\s*[^)]*asOf: \$asOf/);
    },
  );

  it('lets geography and sector links into paths only when asked, all of them relation kinds', () => {
    const kinds = (schema.getType('RelationKind') as GraphQLEnumType).getValues().map((v) => v.name);
    expect(kinds).toEqual(expect.arrayContaining(queries.GEOGRAPHY_AND_SECTORS));
    expect(queries.GEOGRAPHY_AND_SECTORS).toEqual(expect.arrayContaining(['LOCATED_IN', 'PART_OF', 'PARTICIPATES_IN']));
  });
});
