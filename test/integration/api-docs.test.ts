import fs from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { SCHEMA_FILE } from '../../src/schema';
import { API_DOC, apiExamples } from '../../tools/explorer/examples';
import { withDemoApi } from '../helpers/demo-api';

const doc = fs.readFileSync(API_DOC, 'utf8');
const examples = apiExamples(doc);

/** Cuts the answer's lists to the length the doc shows: an `expect` list states the first items. */
function trimToExpected(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual))
    return actual.slice(0, expected.length).map((a, i) => trimToExpected(a, expected[i]));
  if (expected && typeof expected === 'object' && actual && typeof actual === 'object') {
    return Object.fromEntries(
      Object.entries(actual).map(([k, v]) => [
        k,
        k in expected ? trimToExpected(v, (expected as Record<string, unknown>)[k]) : v,
      ]),
    );
  }
  return actual;
}

/** Fields (by path) whose object has an `id` but whose selection lacks `id` or `__typename`. */
function unidentifiedSelections(query: string): string[] {
  const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  const typeInfo = new TypeInfo(schema);
  const missing: string[] = [];
  visit(
    parse(query),
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const type = getNamedType(typeInfo.getType());
        if (!node.selectionSet || !(isObjectType(type) || isInterfaceType(type)) || !type.getFields().id) return;
        const selected = new Set(node.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '')));
        for (const f of ['id', '__typename']) if (!selected.has(f)) missing.push(`${node.name.value} lacks ${f}`);
      },
    }),
  );
  return missing;
}

describe('docs/api.md examples', () => {
  const suite = withDemoApi({ as: 'admin' });

  it('has examples, each with an expectation', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(doc.match(/```graphql/g)?.length).toBe(examples.length);
  });

  // A client copies these: an anonymous operation with inline values is one codegen skips, and an object
  // read without its id and __typename is one a normalising cache cannot merge with the same entity
  // read elsewhere (graphql-eslint's require-selections checks `id`; it has no rule for `__typename`).
  it.each(examples.map((e) => [e.query.split('(')[0].split('{')[0].trim(), e] as const))(
    'example "%s" is named and identifies every object it reads (id and __typename)',
    (_name, e) => {
      const [operation] = parse(e.query).definitions as OperationDefinitionNode[];
      expect(operation.name?.value).toMatch(/^[A-Z]\w+$/);
      expect(unidentifiedSelections(e.query)).toEqual([]);
    },
  );

  it('names each example differently (codegen makes one type per name)', () => {
    const names = examples.map((e) => (parse(e.query).definitions[0] as OperationDefinitionNode).name?.value);
    expect(new Set(names).size).toBe(examples.length);
  });

  // In order: the writing examples build on each other.
  it.each(
    examples.map(
      (e, i) =>
        [
          i + 1,
          e.query
            .split('\n')
            .find((l) => l.trim())
            ?.trim(),
          e,
        ] as const,
    ),
  )('example %d (%s) answers as documented', async (_i, _first, e) => {
    const res = await suite.api.gql(e.query, e.variables);
    expect(res.errors).toBeUndefined();
    expect(trimToExpected(res.data, e.expect)).toMatchObject(e.expect as object);
  });
});
