import { withEmptyApi } from '../helpers/demo-api';

const count = async (db: any, cypher: string, params: Record<string, unknown> = {}) =>
  (await db.driver.executeQuery(cypher, params, { database: db.database })).records[0].get(0).toNumber();

describe('concurrent and failing writes', () => {
  const suite = withEmptyApi({ as: 'editor' });

  it('100 parallel identical upserts and links leave exactly one node and one relationship', async () => {
    const upsert = 'mutation($id: ID!) { upsertCluster(input: {id: $id, name: "Concurrent Cluster"}) { id name } }';
    const results = await Promise.all(
      Array.from({ length: 100 }, () => suite.api.gql(upsert, { id: 'concurrent-cluster' })),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results.every((r) => r.data.upsertCluster.name === 'Concurrent Cluster')).toBe(true);
    expect(await count(suite.db, 'MATCH (n:Entity {id: "concurrent-cluster"}) RETURN count(n)')).toBe(1);

    const region = await suite.api.gql(
      'mutation { upsertRegion(input: {id: "concurrent-region", name: "Concurrent Region", level: REGION, countryCode: "PL"}) { id } }',
    );
    expect(region.errors).toBeUndefined();
    const link =
      'mutation { link(input: {from: "concurrent-cluster", kind: LOCATED_IN, to: "concurrent-region"}) { kind } }';
    const links = await Promise.all(Array.from({ length: 100 }, () => suite.api.gql(link)));
    expect(links.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    expect(
      await count(
        suite.db,
        'MATCH (:Entity {id: "concurrent-cluster"})-[r]->(:Entity {id: "concurrent-region"}) RETURN count(r)',
      ),
    ).toBe(1);
  });

  it('a mutation document that fails half-way leaves nothing behind', async () => {
    const before = await count(suite.db, 'MATCH (n) RETURN count(n)');
    const res = await suite.api.gql(`mutation {
      first: upsertCluster(input: {id: "atomic-first", name: "Written first"}) { id }
      second: upsertOrganisation(input: {id: "atomic-second", name: "Written second", orgType: COMPANY}) { id }
      tie: link(input: {from: "atomic-first", kind: MEMBER_OF, to: "atomic-second"}) { kind }
      broken: link(input: {from: "atomic-first", kind: LOCATED_IN, to: "no-such-region"}) { kind }
    }`);
    expect(res.errors).toEqual([
      expect.objectContaining({
        path: ['broken'],
        extensions: expect.objectContaining({ code: 'NOT_FOUND', id: 'no-such-region' }),
      }),
    ]);
    expect(res.data).toBeNull(); // no field claims a change that was rolled back
    expect(await count(suite.db, 'MATCH (n) RETURN count(n)')).toBe(before);
    expect(await count(suite.db, 'MATCH (n:Entity) WHERE n.id STARTS WITH "atomic-" RETURN count(n)')).toBe(0);

    // The same document without the broken field commits every part, and reads its own writes on the way.
    const ok = await suite.api.gql(`mutation {
      first: upsertCluster(input: {id: "atomic-first", name: "Written first"}) { id }
      second: upsertOrganisation(input: {id: "atomic-second", name: "Written second", orgType: COMPANY}) { id }
      tie: link(input: {from: "atomic-second", kind: MEMBER_OF, to: "atomic-first"}) { kind from { id } to { id } }
    }`);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.tie).toEqual({ kind: 'MEMBER_OF', from: { id: 'atomic-second' }, to: { id: 'atomic-first' } });
    expect(
      await count(
        suite.db,
        'MATCH (:Entity {id: "atomic-second"})-[r:MEMBER_OF]->(:Entity {id: "atomic-first"}) RETURN count(r)',
      ),
    ).toBe(1);
  });
});
