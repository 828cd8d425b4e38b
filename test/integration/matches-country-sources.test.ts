import neo4j from 'neo4j-driver';
import { CypherRunner } from '../../src/db/runner';
import { rankCandidates, type MatchArgs } from '../../src/modules/matches/matches.repository';
import { forgetActiveSources, keptActiveSources } from '../../src/modules/matches/active-sources';
import { importRecords } from '../../src/import/importer';
import { answersOf, withEmptyApi } from '../helpers/demo-api';

// The country sources of cooperationMatches: the most-tied actors of the actor's country and of each neighbouring
// country are candidates, read from an index in the order of the tie counts that every write keeps
// (cypher/matches/active-ranks.cypher). Everything here is written through the API, so the stored counts and
// countries are the ones the write paths keep. The threats: a hidden tie moving an actor into someone's pool; the
// future leaking into a pool as of a past day; a stale count after a write; a country that does not border; a
// kept ranking (src/modules/matches/active-sources.ts) served after the graph changed.

const ADMIN = { all: true, own: [], partners: [] };
const day = (iso: string) => neo4j.types.Date.fromStandardDate(new Date(`${iso}T00:00:00Z`));
const asOf = (iso: string): MatchArgs['window'] => ({ windowFrom: day(iso), windowTo: day(iso) });

describe('cooperationMatches: the most-tied actors of the country and of its neighbours', () => {
  const suite = withEmptyApi({ as: 'admin' });
  const ok = answersOf(suite);
  const pool = async (args: MatchArgs) =>
    (await rankCandidates(new CypherRunner(suite.db), 'me', 100, args)).map((m) => m.candidate.id).sort();

  /** An organisation with n ties to fillers of its own (located nowhere, so in no country's source). */
  const actorWith = (id: string, place: string, n: number, tie: { visibility?: string; since?: string } = {}) => [
    `upsertOrganisation(input: {id: "${id}", name: "${id}", orgType: COMPANY}) { id }`,
    `link(input: {kind: LOCATED_IN, from: "${id}", to: "${place}"}) { kind }`,
    ...Array.from({ length: n }, (_, i) => [
      `upsertOrganisation(input: {id: "${id}-f${i}", name: "${id} filler ${i}", orgType: COMPANY}) { id }`,
      `link(input: {kind: PARTNER_OF, from: "${id}", to: "${id}-f${i}"` +
        (tie.visibility ? `, visibility: ${tie.visibility}` : '') +
        (tie.since ? `, since: "${tie.since}"` : '') +
        `}) { kind }`,
    ]).flat(),
  ];

  beforeAll(async () => {
    const setup = [
      'upsertRegion(input: {id: "pl", name: "Pl", level: COUNTRY, countryCode: "PL"}) { id }',
      'upsertRegion(input: {id: "de", name: "De", level: COUNTRY, countryCode: "DE"}) { id }',
      'upsertRegion(input: {id: "cz", name: "Cz", level: COUNTRY, countryCode: "CZ"}) { id }',
      'upsertRegion(input: {id: "pl-a", name: "Pl A", level: REGION}) { id }',
      'upsertRegion(input: {id: "pl-b", name: "Pl B", level: REGION}) { id }',
      'link(input: {kind: PART_OF, from: "pl-a", to: "pl"}) { kind }',
      'link(input: {kind: PART_OF, from: "pl-b", to: "pl"}) { kind }',
      'link(input: {kind: BORDERS, from: "pl", to: "de"}) { kind }',
      ...actorWith('me', 'pl-a', 0),
      // In another region of its country: none of these is a candidate through its region.
      ...actorWith('busy', 'pl-b', 3, { since: '2015' }),
      ...actorWith('quiet', 'pl-b', 1),
      ...actorWith('secret', 'pl-b', 6, { visibility: 'PRIVATE' }),
      ...actorWith('late', 'pl-b', 5, { since: '2024-01-01' }),
      ...actorWith('idle', 'pl-b', 0),
      ...actorWith('abroad-busy', 'de', 2),
      ...actorWith('abroad-quiet', 'de', 1),
      // Cz does not border Pl.
      ...actorWith('far', 'cz', 5),
    ];
    // One mutation a request: each gets the whole time budget (a shared machine plans every statement cold).
    for (const m of setup) await ok(`mutation { ${m} }`);
  }, 600_000);

  it('the actors of the country and of a bordering one with public ties are candidates; idle, hidden-only and non-bordering ones are not', async () => {
    const res = await ok(`{ cooperationMatches(for: "me", first: 100) { candidate { id } } }`);
    expect(res.cooperationMatches.map((m: any) => m.candidate.id).sort()).toEqual(
      ['abroad-busy', 'abroad-quiet', 'busy', 'late', 'quiet'].sort(),
    );
  });

  it('a viewer who sees the hidden ties does not pull their actor in: the sources rank by public ties only', async () => {
    // Secret has six PRIVATE ties and no public one; an admin sees all six, more than late's five.
    expect(await pool({ scope: ADMIN, activeInCountry: 1, activeAbroad: 0 })).toEqual(['late']);
    expect(await pool({ scope: ADMIN })).not.toContain('secret');
  });

  it('keeps the n most-tied: late (5 ties) of the country, abroad-busy (2) of the neighbour', async () => {
    expect(await pool({ activeInCountry: 1, activeAbroad: 1 })).toEqual(['abroad-busy', 'late']);
    expect(await pool({ activeInCountry: 2, activeAbroad: 0 })).toEqual(['busy', 'late']);
    expect(await pool({ activeInCountry: 0, activeAbroad: 0 })).toEqual([]);
  });

  it('as of a past day, ranks by the ties of that day: an actor whose ties begin later is not in the pool', async () => {
    // On 2020-01-01 late had none of its five ties; busy had its three (since 2015).
    expect(await pool({ window: asOf('2020-01-01'), activeInCountry: 1, activeAbroad: 0 })).toEqual(['busy']);
    const res = await ok(`{ cooperationMatches(for: "me", first: 100, asOf: "2020-01-01") { candidate { id } } }`);
    expect(res.cooperationMatches.map((m: any) => m.candidate.id).sort()).toEqual(
      ['abroad-busy', 'abroad-quiet', 'busy', 'quiet'].sort(),
    );
    // Before busy's ties began, only the actors whose ties have no date (always) are ranked.
    expect(await pool({ window: asOf('2010-06-01') })).toEqual(['abroad-busy', 'abroad-quiet', 'quiet']);
  });

  it('a write that moves ties moves the ranking at once (the counts are kept by the write, not recomputed later)', async () => {
    await ok('mutation { link(input: {kind: PARTNER_OF, from: "quiet", to: "busy-f0"}) { kind } }');
    await ok('mutation { link(input: {kind: PARTNER_OF, from: "quiet", to: "busy-f1"}) { kind } }');
    await ok('mutation { link(input: {kind: PARTNER_OF, from: "quiet", to: "busy-f2"}) { kind } }');
    await ok('mutation { link(input: {kind: PARTNER_OF, from: "quiet", to: "late-f0"}) { kind } }');
    await ok('mutation { link(input: {kind: PARTNER_OF, from: "quiet", to: "late-f1"}) { kind } }');
    // quiet now has six public ties, late five.
    expect(await pool({ activeInCountry: 1, activeAbroad: 0 })).toEqual(['quiet']);
    await ok('mutation { unlink(input: {kind: PARTNER_OF, from: "quiet", to: "busy-f0"}) }');
    await ok('mutation { unlink(input: {kind: PARTNER_OF, from: "quiet", to: "busy-f1"}) }');
    // Four against five: late again (ids break ties, not reached here).
    expect(await pool({ activeInCountry: 1, activeAbroad: 0 })).toEqual(['late']);
  });

  /** The graph's version (src/db/graph-version.ts): epoch and n, or null without a node. */
  const version = async () => {
    const { records } = await suite.db.driver.executeQuery(
      "MATCH (v:GraphVersion {id: 'graph'}) RETURN v.epoch AS epoch, v.n AS n",
      {},
      { database: suite.db.database },
    );
    return records.length ? { epoch: records[0].get('epoch') as string, n: Number(records[0].get('n')) } : null;
  };

  it('a kept ranking is used again, and is the ranking computed afresh', async () => {
    forgetActiveSources();
    const cold = await pool({ window: asOf('2020-01-01') });
    expect(keptActiveSources().ids).toBeGreaterThan(0);
    const before = keptActiveSources();
    // The same again: nothing new is kept (it was held), and the answer is the same.
    expect(await pool({ window: asOf('2020-01-01') })).toEqual(cold);
    expect(keptActiveSources()).toEqual(before);
    forgetActiveSources();
    expect(await pool({ window: asOf('2020-01-01') })).toEqual(cold);
  });

  it('stale ranking: every write that changes a tie or a place raises the version, no read does', async () => {
    const start = await version();
    expect(start).not.toBeNull();
    await pool({});
    await ok(`{ cooperationMatches(for: "me", first: 5, asOf: "2021-01-01") { candidate { id } } }`);
    expect(await version()).toEqual(start);
    await ok('mutation { link(input: {kind: PARTNER_OF, from: "idle", to: "quiet-f0"}) { kind } }');
    const linked = (await version())!;
    expect(linked.epoch).toBe(start!.epoch);
    expect(linked.n).toBeGreaterThan(start!.n);
    // A write that changes no tie and no place (a name) keeps it.
    await ok('mutation { upsertOrganisation(input: {id: "idle", name: "Idle again", orgType: COMPANY}) { id } }');
    expect(await version()).toEqual(linked);
    await ok('mutation { unlink(input: {kind: PARTNER_OF, from: "idle", to: "quiet-f0"}) }');
    expect((await version())!.n).toBeGreaterThan(linked.n);
  });

  it('stale ranking: an import in many transactions raises the version after its summaries move the ranking', async () => {
    const before = await pool({ activeInCountry: 1, activeAbroad: 0 });
    const n = (await version())!.n;
    // Six public ties for idle, one more than late's five.
    const ties = ['busy-f0', 'busy-f1', 'busy-f2', 'late-f0', 'late-f1', 'late-f2'].map((to, i) => ({
      origin: { file: 't', record: `r${i}` },
      relation: { type: 'PARTNER_OF' as const, from: 'idle', to },
    }));
    // Batches of 2, no single transaction: the summaries are written after the ties, in transactions of their own.
    await importRecords(suite.db, ties, { batchSize: 2, singleTransactionLimit: 0 });
    expect((await version())!.n).toBeGreaterThan(n);
    expect(before).toEqual(['late']);
    expect(await pool({ activeInCountry: 1, activeAbroad: 0 })).toEqual(['idle']);
  });

  it('stale ranking: writers racing each raise the version, none lost, on one version node', async () => {
    const before = (await version())!;
    // Ties quiet does not have yet (a link to one it has changes nothing, and raises nothing).
    const others = ['busy-f0', 'busy-f1', 'late-f2', 'late-f3', 'late-f4'];
    await Promise.all(
      others.map((to) => ok(`mutation { link(input: {kind: PARTNER_OF, from: "quiet", to: "${to}"}) { kind } }`)),
    );
    const after = (await version())!;
    expect(after.epoch).toBe(before.epoch);
    expect(after.n - before.n).toBe(others.length);
    const { records } = await suite.db.driver.executeQuery(
      'MATCH (v:GraphVersion) RETURN count(v) AS nodes',
      {},
      { database: suite.db.database },
    );
    expect(Number(records[0].get('nodes'))).toBe(1);
    await Promise.all(
      others.map((to) => ok(`mutation { unlink(input: {kind: PARTNER_OF, from: "quiet", to: "${to}"}) }`)),
    );
  });

  it('stale ranking: a wiped or reloaded database gets a new epoch, so nothing kept before can match it', async () => {
    const before = (await version())!;
    await suite.db.driver.executeQuery(
      "MATCH (v:GraphVersion {id: 'graph'}) DELETE v",
      {},
      { database: suite.db.database },
    );
    // Without a version nothing is kept: the graph may change unseen.
    forgetActiveSources();
    await pool({ activeInCountry: 1, activeAbroad: 0 });
    expect(keptActiveSources().ids).toBe(0);
    await ok('mutation { link(input: {kind: PARTNER_OF, from: "idle", to: "quiet-f0"}) { kind } }');
    const after = (await version())!;
    expect(after.epoch).not.toBe(before.epoch);
    await ok('mutation { unlink(input: {kind: PARTNER_OF, from: "idle", to: "quiet-f0"}) }');
  });

  it('an actor moved to a non-bordering country leaves the sources', async () => {
    await ok('mutation { unlink(input: {kind: LOCATED_IN, from: "abroad-busy", to: "de"}) }');
    await ok('mutation { link(input: {kind: LOCATED_IN, from: "abroad-busy", to: "cz"}) { kind } }');
    expect(await pool({ activeInCountry: 0, activeAbroad: 1 })).toEqual(['abroad-quiet']);
  });
});
