import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isAbstractType, type GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from '../../src/config';

/** The schemas of tools/bench/apollo-floor.ts: a trivial one, and the API's own answering recorded answers. */

/** One type and one trivial resolver. */
export function trivialFloor(): { schema: GraphQLSchema; rootValue: unknown } {
  const schema = buildSchema(
    'type Entity { id: ID! name: String! kind: String! } type Query { entity(id: ID!): Entity }',
  );
  return {
    schema,
    rootValue: { entity: ({ id }: { id: string }) => Promise.resolve({ id, name: 'Floor', kind: 'Organisation' }) },
  };
}

/**
 * The API's schema (schema/schema.graphql) answering `entity(id:)` from `answers` (id → the API's answer), every
 * other field by graphql-js's default resolver; each entity's type is the one its `kind` names.
 */
export function recordedFloor(answers: Record<string, unknown>): { schema: GraphQLSchema; rootValue: unknown } {
  const schema = buildSchema(fs.readFileSync(path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8'));
  const byKind = new Map(Object.keys(schema.getTypeMap()).map((name) => [name.toUpperCase(), name]));
  for (const type of Object.values(schema.getTypeMap()))
    if (isAbstractType(type)) type.resolveType = (v: { kind?: string }) => byKind.get(String(v.kind));
  return { schema, rootValue: { entity: ({ id }: { id: string }) => Promise.resolve(answers[id] ?? null) } };
}
