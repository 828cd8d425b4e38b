import fs from 'node:fs';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { QUERY_CONNECTION_KEYS, RELATION_FIELDS, typePolicies } from '../../clients/apollo';
import { SCHEMA_FILE } from '../../src/schema';

describe('clients/apollo.ts cache policies', () => {
  // A list field without relayStylePagination keeps only the last page fetchMore brought: the app's list
  // shrinks to one page instead of growing.
  it('pages every Query field that is a keyset connection (first/after) and no other', () => {
    const query = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8')).getQueryType()!;
    const connections = Object.values(query.getFields())
      .filter((f) => getNamedType(f.type).name.endsWith('Connection') && f.args.some((a) => a.name === 'after'))
      .map((f) => f.name)
      .sort();
    expect(Object.keys(QUERY_CONNECTION_KEYS).sort()).toEqual(connections);
    expect(Object.keys(typePolicies.Query.fields ?? {}).sort()).toEqual(connections);
  });

  it('pages every relation connection of every entity type, and no other field', () => {
    const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    const found: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getQueryType()) continue;
      const fields = Object.values(type.getFields())
        .filter((f) => getNamedType(f.type).name === 'RelationConnection' && f.args.some((a) => a.name === 'after'))
        .map((f) => f.name)
        .sort();
      if (fields.length) found[type.name] = fields;
    }
    expect(RELATION_FIELDS).toEqual(found);
    for (const [type, fields] of Object.entries(found))
      expect({ type, fields: Object.keys(typePolicies[type]?.fields ?? {}).sort() }).toEqual({ type, fields });
  });
});
