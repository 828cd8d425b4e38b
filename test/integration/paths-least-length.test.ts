import { importRecords } from '../../src/import/importer';
import type { ParsedRecord } from '../../src/import/records';
import { wipe } from '../helpers/db';
import { answersOf, withEmptyApi } from '../helpers/demo-api';

// cooperationPaths reads the paths of the least length first (cypher/cooperation/shortest-group) and looks further
// only when there are fewer of them than asked for. Two organisations a and b with many partners in common, one
// longer chain a – q1 – q2 – b, and (in one test) a direct tie.
const org = (id: string): ParsedRecord => ({
  origin: { file: 'paths', record: id },
  entity: { kind: 'Organisation', id, name: `Org ${id}`, orgType: 'company' },
});
const partners = (from: string, to: string): ParsedRecord => ({
  origin: { file: 'paths', record: `${from}-${to}` },
  relation: { type: 'PARTNER_OF', from, to },
});
const pad = (i: number) => `p${String(i).padStart(3, '0')}`;

/** a and b with `n` common partners p000…, created in that order (the store walks the newest first). */
function network(n: number, direct = false): ParsedRecord[] {
  const common = Array.from({ length: n }, (_, i) => pad(i));
  return [
    ...['a', 'b', 'q1', 'q2', ...common].map(org),
    ...common.flatMap((p) => [partners('a', p), partners(p, 'b')]),
    partners('a', 'q1'),
    partners('q1', 'q2'),
    partners('q2', 'b'),
    ...(direct ? [partners('a', 'b')] : []),
  ];
}

const PATHS = `query($from: ID!, $to: ID!, $limit: Int!, $excluding: [ID!]) {
  cooperationPaths(from: $from, to: $to, maxHops: 4, limit: $limit, excluding: $excluding) { length nodes { id } }
}`;
const ids = (paths: { nodes: { id: string }[] }[]) => paths.map((p) => p.nodes.map((n) => n.id).join('>'));

describe('cooperationPaths: the paths of the least length first', () => {
  const suite = withEmptyApi();
  const answers = answersOf(suite);
  const ask = async (from: string, to: string, limit: number, excluding: string[] = []) =>
    (await answers(PATHS, { from, to, limit, excluding })).cooperationPaths;
  afterEach(() => wipe(suite.db));

  it('more paths of the least length than asked (15, where the old search read 12 walks): the first by path key, not the ones Neo4j walked first', async () => {
    await importRecords(suite.db, network(15));
    expect(ids(await ask('a', 'b', 3))).toEqual(['a>p000>b', 'a>p001>b', 'a>p002>b']);
    // Asked the other way round (the search may start from either end): the same rule on the paths as asked.
    expect(ids(await ask('b', 'a', 3))).toEqual(['b>p000>a', 'b>p001>a', 'b>p002>a']);
    // Excluding an entity takes its paths out before the first are chosen.
    expect(ids(await ask('a', 'b', 2, ['p000', 'p002']))).toEqual(['a>p001>b', 'a>p003>b']);
  });

  it('fewer paths of the least length than asked: the longer ones follow, shortest first', async () => {
    await importRecords(suite.db, network(2, true));
    const paths = await ask('a', 'b', 4);
    expect(paths.map((p: { length: number }) => p.length)).toEqual([1, 2, 2, 3]);
    expect(ids(paths)).toEqual(['a>b', 'a>p000>b', 'a>p001>b', 'a>q1>q2>b']);
  });

  it('more paths of the least length than it reads (120 common partners): still as many as asked, all of the least length, all different', async () => {
    await importRecords(suite.db, network(120));
    const paths = await ask('a', 'b', 10);
    expect(paths).toHaveLength(10);
    expect(new Set(paths.map((p: { length: number }) => p.length))).toEqual(new Set([2]));
    expect(new Set(ids(paths)).size).toBe(10);
  });

  it('no path within the hops asked: an empty answer, not an error; an unknown end is named', async () => {
    await importRecords(suite.db, [...network(0), org('alone')]);
    expect(await ask('a', 'alone', 3)).toEqual([]);
    const res = await suite.api.gql(PATHS, { from: 'a', to: 'nobody-here', limit: 3 });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toContain('nobody-here');
  });
});
