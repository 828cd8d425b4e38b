import fs from 'node:fs';
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

describe('docs/api.md examples', () => {
  const suite = withDemoApi({ as: 'admin' });

  it('has examples, each with an expectation', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(doc.match(/```graphql/g)?.length).toBe(examples.length);
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
    const res = await suite.api.gql(e.query);
    expect(res.errors).toBeUndefined();
    expect(trimToExpected(res.data, e.expect)).toMatchObject(e.expect as object);
  });
});
