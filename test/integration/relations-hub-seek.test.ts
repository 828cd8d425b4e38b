import { PUBLIC_SCOPE } from '../../src/auth/visibility';
import { fillLiterals, loadCypher } from '../../src/db/cypher';
import { importRecords } from '../../src/import/importer';
import type { ParsedRecord } from '../../src/import/records';
import { RELATION_TYPES } from '../../src/model/vocabulary';
import { relationLiterals } from '../../src/modules/entity/entity.repository';
import { withEmptyApi } from '../helpers/demo-api';
import { planOperators, type PlanNode } from '../helpers/profile';

// A hub's page of relations is found by walking the entities in name order (the sortName index) and keeping those
// tied to the hub, instead of reading every tie of the hub (cypher/fragments/relation-page.cypher). These tests
// check that the walk answers exactly what reading every tie answers, where it is most likely not to: names shared
// by many ends (the order then goes by id), ties the viewer may not see, ties that did not hold on the day asked,
// and a hub whose ends all sit past the walk's cap at the far end of the index (the read falls back to every tie).

const HUB_MEMBERS = 300;
/** Entities with no tie whose names sort before every end of `far` (more than the walk's cap of 8,192). */
const FILLERS = 8_300;
const FAR_MEMBERS = 120;

const origin = (record: string) => ({ file: 't', record });
// Created in descending id order: the name index lists equal names in the order nodes were stored, not by id, so a
// walk that kept the first ends it met of a name would answer a different page.
const member = (i: number) => `m-${String(HUB_MEMBERS - 1 - i).padStart(3, '0')}`;
const records: ParsedRecord[] = [
  { origin: origin('hub'), entity: { kind: 'Cluster', id: 'hub', name: 'Hub' } },
  { origin: origin('far'), entity: { kind: 'Cluster', id: 'far', name: 'Far' } },
  ...Array.from({ length: HUB_MEMBERS }, (_, i): ParsedRecord[] => [
    {
      origin: origin(`m${i}`),
      // Six names for 300 organisations: a page boundary always falls inside a run of equal names.
      entity: {
        kind: 'Organisation',
        id: member(i),
        orgType: 'company',
        name: ['Alpha', 'beta', 'Łódź', 'alpha', 'Mid', 'Zed'][i % 6],
      },
    },
    {
      origin: origin(`t${i}`),
      relation: {
        type: 'MEMBER_OF',
        from: member(i),
        to: 'hub',
        // A third hidden from anonymous viewers, a quarter begun only in 2021.
        ...(i % 3 === 0 ? { visibility: 'PRIVATE' } : {}),
        ...(i % 4 === 0 ? { since: '2021' } : {}),
      },
    },
    ...(i % 10 === 0 ? [{ origin: origin(`f${i}`), relation: { type: 'FOUNDED', from: 'hub', to: member(i) } }] : []),
  ]).flat(),
  ...Array.from({ length: FILLERS }, (_, i): ParsedRecord => ({
    origin: origin(`x${i}`),
    entity: { kind: 'Organisation', id: `x-${i}`, orgType: 'company', name: `Aaa filler ${i}` },
  })),
  ...Array.from({ length: FAR_MEMBERS }, (_, i): ParsedRecord[] => [
    {
      origin: origin(`z${i}`),
      entity: { kind: 'Organisation', id: `z-${i}`, orgType: 'company', name: `Zzz end ${i % 7}` },
    },
    { origin: origin(`zt${i}`), relation: { type: 'MEMBER_OF', from: `z-${i}`, to: 'far' } },
  ]).flat(),
];

describe('a hub’s relations sought in name order answer what reading every tie answers', () => {
  const suite = withEmptyApi();

  beforeAll(async () => {
    await importRecords(suite.db, records);
  }, 120_000);

  /** An entity's ties an anonymous viewer sees (public ones), held on `day` when given, in the API's order. */
  async function oracle(id: string, day: string | null, kinds: string[] | null, dir: string): Promise<string[]> {
    const { records: rows } = await suite.db.driver.executeQuery(
      `MATCH (h:Entity {id: $id})-[r]-(o:Entity)
       WHERE (r.visibility IS NULL OR r.visibility = 'PUBLIC')
         AND ($day IS NULL OR (coalesce(r.validFrom <= date($day), true) AND coalesce(r.validTo >= date($day), true)))
       WITH o, type(r) AS t, CASE WHEN startNode(r) = h THEN 'OUTGOING' ELSE 'INCOMING' END AS d
       WHERE ($kinds IS NULL OR t IN $kinds) AND ($dir = 'BOTH' OR d = $dir)
       RETURN t + ' ' + d + ' ' + o.id AS tie ORDER BY o.sortName, o.id, t, d`,
      { id, day, kinds, dir },
      { database: suite.db.database },
    );
    return rows.map((r) => r.get('tie') as string);
  }

  /** Every page of a connection of `id`, `first` at a time, as "KIND DIRECTION other-id". */
  async function pages(id: string, field: string, args: string, first: number): Promise<string[]> {
    const all: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < 200; n++) {
      const res: { data?: any; errors?: unknown } = await suite.api.gql(
        `query($after: String) { entity(id: "${id}") { ... on Cluster { ${field}(first: ${first}, after: $after${args}) { pageInfo { hasNextPage endCursor } edges { kind direction node { id } } } } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      const c: { edges: any[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = res.data.entity[field];
      all.push(...c.edges.map((e: any) => `${e.kind} ${e.direction} ${e.node.id}`));
      if (!c.pageInfo.hasNextPage) break;
      expect(c.edges).toHaveLength(first);
      after = c.pageInfo.endCursor;
    }
    return all;
  }

  /** Rows the name-order walk read for one page of `id`'s relations (PROFILE; db hits and rows are deterministic). */
  async function walked(id: string, first: number, dir = 'BOTH'): Promise<{ seek: number; ties: number }> {
    const spec = { types: null, dir, first, after: null, count: false, props: ['id'], edge: false };
    const { summary, records: rows } = await suite.db.driver.executeQuery(
      `PROFILE ${fillLiterals(loadCypher('entity/relations'), relationLiterals([spec], RELATION_TYPES))}`,
      { batch: { ids: [id], spec: [0], specs: [spec], entity: false }, limit: first + 1, scope: PUBLIC_SCOPE },
      { database: suite.db.database },
    );
    const seek = planOperators(summary.profile as unknown as PlanNode)
      .filter((p) => p.operatorType.startsWith('NodeIndexSeekByRange'))
      .reduce((n, p) => n + p.rows, 0);
    return { seek, ties: (rows[0].get('rels') as unknown[]).length };
  }

  it('pages through a hub whose ends share six names: every visible tie once, in the order of reading every tie', async () => {
    // The case this is about: the index gives a run of equal names out of id order.
    const { records: inIndex } = await suite.db.driver.executeQuery(
      `MATCH (o:Entity) USING INDEX o:Entity(sortName) WHERE o.sortName = 'alpha' RETURN o.id AS id`,
      {},
      { database: suite.db.database },
    );
    const ids = inIndex.map((r) => r.get('id') as string);
    expect(ids).toHaveLength(HUB_MEMBERS / 3);
    expect(ids).not.toEqual([...ids].sort());
    const expected = await oracle('hub', null, null, 'BOTH');
    // Public ties only: two thirds of the memberships, and the foundings.
    expect(expected.length).toBe(HUB_MEMBERS - HUB_MEMBERS / 3 + HUB_MEMBERS / 10);
    expect(await pages('hub', 'relations', '', 17)).toEqual(expected);
    expect(await pages('hub', 'members', '', 23)).toEqual(await oracle('hub', null, ['MEMBER_OF'], 'INCOMING'));
    // And the walk is what answered: it sought in the name index and read a page, not every tie.
    const hub = await walked('hub', 17);
    expect(hub.seek).toBeGreaterThan(0);
    expect(hub.ties).toBe(18);
    // A member with two ties reads its ties directly: no walk.
    expect((await walked(member(1), 17)).seek).toBe(0);
  });

  it('a viewer asking as of a day when most ties had not begun gets exactly the ties that held then', async () => {
    const expected = await oracle('hub', '2020-06-01', null, 'BOTH');
    expect(expected.length).toBeLessThan((await oracle('hub', null, null, 'BOTH')).length);
    expect(await pages('hub', 'relations', ', asOf: "2020-06-01"', 19)).toEqual(expected);
  });

  it('a hub whose ends all sit past the walk’s cap (thousands of names before them) still gets every tie, in order', async () => {
    const far = await walked('far', 20);
    // The walk gave up at its cap without finding an end of `far`, and every tie was read instead.
    expect(far.seek).toBe(8_192);
    expect(far.ties).toBe(21);
    expect(await pages('far', 'relations', '', 20)).toEqual(await oracle('far', null, null, 'BOTH'));
    expect(await pages('far', 'relations', ', direction: OUTGOING', 20)).toEqual([]);
  });
});
