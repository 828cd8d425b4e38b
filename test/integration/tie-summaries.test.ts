import fs from 'node:fs';
import path from 'node:path';
import { DERIVE_BATCH, deriveAllIntervals, summariseAllTies } from '../../src/db/intervals';
import { CypherRunner } from '../../src/db/runner';
import { importFiles } from '../../src/import/importer';
import { COOPERATION_RELATIONS } from '../../src/model/vocabulary';
import { answersOf, withEmptyApi } from '../helpers/demo-api';
import { withScratchDir } from '../helpers/scratch';

// The tie summaries (cypher/time/tie-summaries) stand in for counting an entity's ties in matches, shared
// partners and communities: a summary that misses a write would move scores and candidates without any
// error. After every write path, each entity's summary must equal its ties counted one by one.

const COOP = COOPERATION_RELATIONS.join('|');
const PUBLIC = (r: string) => `(${r}.visibility IS NULL OR ${r}.visibility = 'PUBLIC')`;
const SPAN = (from: string, to: string) => `toString(${from}) + '~' + toString(${to})`;

interface Summary {
  id: string;
  tieCount: number | null;
  actual: number;
  hiddenTieCount: number | null;
  hidden: number;
  spans: string[];
  stored: string[];
}

describe('tie summaries', () => {
  const suite = withEmptyApi({ as: 'admin' });
  const gql = answersOf(suite);

  /** Each entity's stored summary beside its ties counted one by one, and the spans left without an entity. */
  async function summaries(): Promise<{ all: Summary[]; orphans: number }> {
    const read = await new CypherRunner(suite.db).writeTx(async (tx) => {
      const res = await tx.run(`
        MATCH (e:Entity)
        WITH e, [(e)-[r:${COOP} WHERE ${PUBLIC('r')}]-() |
            ${SPAN("coalesce(r.validFrom, date('0000-01-01'))", "coalesce(r.validTo, date('9999-12-31'))")}] AS spans,
          COUNT { (e)-[h:${COOP} WHERE NOT ${PUBLIC('h')}]-() } AS hidden
        OPTIONAL MATCH (s:TieSpans {id: e.id})
        RETURN e.id AS id, e.tieCount AS tieCount, size(spans) AS actual, e.hiddenTieCount AS hiddenTieCount,
          hidden, apoc.coll.sort(spans) AS spans,
          apoc.coll.sort(CASE WHEN s IS NULL THEN [] ELSE [i IN range(0, size(s.from) - 1) | ${SPAN('s.from[i]', 's.to[i]')}] END) AS stored`);
      const orphans = await tx.run('MATCH (s:TieSpans) WHERE NOT EXISTS { (:Entity {id: s.id}) } RETURN count(s) AS n');
      return { rows: res.records.map((r) => r.toObject()), orphans: orphans.records[0].get('n') };
    });
    const all = read.rows.map((r) => ({
      ...r,
      tieCount: r.tieCount === null ? null : Number(r.tieCount),
      actual: Number(r.actual),
      hiddenTieCount: r.hiddenTieCount === null ? null : Number(r.hiddenTieCount),
      hidden: Number(r.hidden),
    })) as Summary[];
    return { all, orphans: Number(read.orphans) };
  }

  /** Every entity whose stored summary differs from its ties counted one by one, and spans left without an entity. */
  async function stale(): Promise<{ differ: Summary[]; orphans: number; entities: number }> {
    const { all, orphans } = await summaries();
    const differ = all.filter(
      (s) =>
        s.tieCount !== s.actual ||
        s.hiddenTieCount !== s.hidden ||
        JSON.stringify(s.spans) !== JSON.stringify(s.stored),
    );
    return { differ, orphans, entities: all.length };
  }

  const expectFresh = async (entities: number) => {
    const now = await stale();
    expect(now).toEqual({ differ: [], orphans: 0, entities });
  };

  const org = (id: string) =>
    `upsertOrganisation(input: {id: "${id}", name: "Org ${id}", orgType: COMPANY, founded: "2010"}) { id }`;
  const link = (kind: string, from: string, to: string, extra = '') =>
    `link(input: {kind: ${kind}, from: "${from}", to: "${to}"${extra}}) { kind }`;

  it('a stale summary after any write path: create, link, hide, re-date a context, unlink, delete, restore', async () => {
    await gql(`mutation { ${['a', 'b', 'c', 'd'].map((id, i) => `o${i}: ${org(id)}`).join(' ')}
      p: upsertProject(input: {id: "p", name: "Project P", startDate: "2018-03", endDate: "2020"}) { id } }`);
    await expectFresh(5);
    await gql(`mutation { l1: ${link('PARTICIPATES_IN', 'a', 'p')} l2: ${link('PARTICIPATES_IN', 'b', 'p')}
      l3: ${link('PARTNER_OF', 'a', 'c', ', since: "2015-06-02"')} l4: ${link('PARTNER_OF', 'b', 'd', ', visibility: PRIVATE')} }`);
    await expectFresh(5);
    expect(await summaryOf('a')).toMatchObject({ tieCount: 2, hiddenTieCount: 0 });
    expect(await summaryOf('b')).toMatchObject({ tieCount: 1, hiddenTieCount: 1 });
    // A tie made PRIVATE, then PUBLIC again (a link replaces the tie's properties).
    await gql(`mutation { ${link('PARTNER_OF', 'a', 'c', ', visibility: PARTNERS')} }`);
    expect(await summaryOf('c')).toMatchObject({ tieCount: 0, hiddenTieCount: 1 });
    await expectFresh(5);
    await gql(`mutation { ${link('PARTNER_OF', 'a', 'c')} }`);
    await expectFresh(5);
    // The project's dates move every participation's interval: the participants' spans move with them.
    await gql(
      'mutation { upsertProject(input: {id: "p", name: "Project P", startDate: "2019", endDate: "2022-06"}) { id } }',
    );
    expect((await summaryOf('a')).stored).toContain('2019-01-01~2022-06-30');
    await expectFresh(5);
    await gql(`mutation { ${link('PARTICIPATES_IN', 'c', 'p', ', since: "2021"')} }`);
    await gql('mutation { unlink(input: {kind: PARTICIPATES_IN, from: "b", to: "p"}) }');
    await expectFresh(5);
    await gql('mutation { deleteEntity(id: "p") { id } }');
    await expectFresh(4);
    expect(await summaryOf('a')).toMatchObject({ tieCount: 1 });
    await gql('mutation { restoreEntity(id: "p") { entity { id } } }');
    await expectFresh(5);
    expect(await summaryOf('p')).toMatchObject({ tieCount: 2 });
    await gql('mutation { purgeEntity(id: "d") { id } }');
    await expectFresh(4);
  });

  it('racing links to one entity lose no tie from its count', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `racer-${i}`);
    await gql(`mutation { ${ids.map((id, i) => `o${i}: ${org(id)}`).join(' ')}
      hub: upsertProject(input: {id: "hub", name: "Hub project", startDate: "2020"}) { id } }`);
    const answers = await Promise.all(
      ids.map((id) => suite.api.gql(`mutation { ${link('PARTICIPATES_IN', id, 'hub')} }`)),
    );
    expect(answers.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(await summaryOf('hub')).toMatchObject({ tieCount: 12, actual: 12 });
    await expectFresh((await stale()).entities);
  });

  it('entities stored before the summaries existed (or written around the API) are summarised by the migration step', async () => {
    const runner = new CypherRunner(suite.db);
    await runner.writeTx((tx) =>
      tx.run('MATCH (e:Entity) REMOVE e.tieCount, e.hiddenTieCount WITH count(*) AS n MATCH (s:TieSpans) DELETE s'),
    );
    expect((await stale()).differ.length).toBeGreaterThan(0);
    expect(await summariseAllTies(runner)).toBeGreaterThan(0);
    await expectFresh((await stale()).entities);
    expect(await summariseAllTies(runner)).toBe(0);
  });

  it('a batched import, and the interval and summary migrations (006 then 008), which work in turns of DERIVE_BATCH entities, leave no stale summary across turns', async () => {
    // Dated ties join entities of different turns: participations of later turns' organisations in the first
    // turn's projects, partnerships reaching a turn ahead. Each turn summarises only its own entities.
    const n = DERIVE_BATCH * 2 + 500;
    const lines = [
      ...Array.from({ length: 40 }, (_, p) => ({
        record: 'entity',
        kind: 'Project',
        id: `bp-${p}`,
        name: `Project ${p}`,
        startDate: `${2000 + (p % 20)}-03`,
        endDate: `${2003 + (p % 20)}`,
      })),
      ...Array.from({ length: n }, (_, i) => ({
        record: 'entity',
        kind: 'Organisation',
        id: `bo-${i}`,
        name: `Org ${i}`,
        orgType: 'company',
      })),
      ...Array.from({ length: n / 10 }, (_, i) => ({
        record: 'relation',
        type: 'PARTICIPATES_IN',
        from: `bo-${i * 10}`,
        to: `bp-${i % 40}`,
      })),
      ...Array.from({ length: n / 10 }, (_, i) => ({
        record: 'relation',
        type: 'PARTNER_OF',
        from: `bo-${i * 10 + 5}`,
        to: `bo-${(i * 10 + DERIVE_BATCH + 7) % n}`,
        since: '2015',
      })),
    ];
    const before = (await stale()).entities;
    await withScratchDir('pg-summaries-', async (dir) => {
      const file = path.join(dir, 'turns.jsonl');
      fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
      await importFiles(suite.db, [file], { singleTransactionLimit: 0 });
    });
    await expectFresh(before + 40 + n);

    const runner = new CypherRunner(suite.db);
    await runner.writeTx((tx) =>
      tx.run(`MATCH ()-[r:${COOP}]->() REMOVE r.validFrom, r.validTo
        WITH count(*) AS n MATCH (e:Entity) REMOVE e.tieCount, e.hiddenTieCount
        WITH count(*) AS m MATCH (s:TieSpans) DELETE s`),
    );
    expect(await deriveAllIntervals(runner)).toBeGreaterThan(n / 10);
    // Migration 006 runs before 008 creates the constraint that finds a TieSpans node by id: a TieSpans
    // written then is found by scanning all of them, quadratic in the entities (the bulk load of L timed out).
    const spans = await runner.readTx((tx) => tx.run('MATCH (s:TieSpans) RETURN count(s) AS n'));
    expect(spans.records[0].get('n').toNumber()).toBe(0);
    expect(await summariseAllTies(runner)).toBeGreaterThan(n / 10);
    await expectFresh(before + 40 + n);
  });

  /** One entity's stored summary beside its ties counted one by one. */
  async function summaryOf(id: string): Promise<Summary> {
    const found = (await summaries()).all.find((s) => s.id === id);
    expect(found).toBeDefined();
    return found!;
  }
});
