import { graphql } from 'graphql';
import { recordedFloor } from '../../tools/bench/floor-schema';
import { firstDifference } from '../../tools/bench/library/answers';
import { NESTED_OPERATIONS } from '../../tools/bench/ops-nested';

// The stack floor of `npm run bench` (tools/bench/stack-floor.ts) only bounds the API if it answers the very
// document the API answers, with the API's answer, through the same schema's types and fragments.
const typed3 = NESTED_OPERATIONS.find((o) => o.name === 'typedDepth3')!;
const lookup2 = NESTED_OPERATIONS.find((o) => o.name === 'lookupDepth2')!;
const node = (id: string, kind: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `N ${id}`,
  kind,
  ...extra,
});
const page = (...nodes: unknown[]) => ({ edges: nodes.map((n) => ({ node: n })) });

describe('the stack floor of the benchmark', () => {
  it('answers a typed 3-level lookup through the API’s fragments with exactly the recorded answer', async () => {
    const answer = node('c1', 'CLUSTER', {
      members: page(
        node('o1', 'ORGANISATION', {
          projects: page(
            node('p1', 'PROJECT', { participants: page(node('o2', 'ORGANISATION'), node('r1', 'REGION')) }),
          ),
        }),
        node('c2', 'CLUSTER', { projects: page() }),
        node('p2', 'PROJECT'),
      ),
    });
    const { schema, rootValue } = recordedFloor({ c1: answer });
    const result = await graphql({ schema, rootValue, source: typed3.graphql, variableValues: { id: 'c1' } });
    expect(result.errors).toBeUndefined();
    expect(firstDifference(typed3.answer!(result.data), answer)).toBeNull();
  });

  it('answers the generic lookups too, and null for an id it has no answer for', async () => {
    const answer = node('o1', 'ORGANISATION', { relations: page(node('s1', 'SECTOR', { relations: page() })) });
    const { schema, rootValue } = recordedFloor({ o1: answer });
    const found = await graphql({ schema, rootValue, source: lookup2.graphql, variableValues: { id: 'o1' } });
    expect(firstDifference(lookup2.answer!(found.data), answer)).toBeNull();
    const missing = await graphql({ schema, rootValue, source: lookup2.graphql, variableValues: { id: 'nobody' } });
    expect(missing).toEqual({ data: { entity: null } });
  });

  it('drops what the document cannot select, so a recorded answer that is not the API’s shows as a difference', async () => {
    // A project has no `projects` field: an answer claiming some under a project is not what the API gave.
    const wrong = node('c1', 'CLUSTER', {
      members: page(node('p1', 'PROJECT', { projects: page(node('p9', 'PROJECT')) })),
    });
    const { schema, rootValue } = recordedFloor({ c1: wrong });
    const result = await graphql({ schema, rootValue, source: typed3.graphql, variableValues: { id: 'c1' } });
    expect(firstDifference(typed3.answer!(result.data), wrong)).toMatch(/projects/);
  });
});
