import { withEmptyApi } from '../helpers/demo-api';

// The multi-mutation transaction is its own Apollo plugin, apart from the one that writes the request
// log, metrics and headers. Apollo runs plugins' willSendResponse hooks concurrently, so this test
// fails if the unit were settled there: the bookmark header would be written before the commit.
describe('a mutation document with several fields, seen from the response', () => {
  const suite = withEmptyApi({ as: 'editor' });
  const TWO_WRITES = `mutation {
    a: upsertCluster(input: {id: "unit-a", name: "Unit A"}) { id }
    b: upsertCluster(input: {id: "unit-b", name: "Unit B"}) { id }
  }`;

  it('returns the bookmark of the committed unit: a read sent with it sees both writes', async () => {
    const write = await suite.api.gql(TWO_WRITES);
    expect(write.errors).toBeUndefined();
    const bookmarks = write.headers.get('x-neo4j-bookmarks');
    expect(bookmarks).toMatch(/^\S+$/);
    const read = await suite.api.gql(
      '{ a: entity(id: "unit-a") { name } b: entity(id: "unit-b") { name } }',
      {},
      { headers: { 'x-neo4j-bookmarks': bookmarks! } },
    );
    expect(read.data).toEqual({ a: { name: 'Unit A' }, b: { name: 'Unit B' } });
  });
});
