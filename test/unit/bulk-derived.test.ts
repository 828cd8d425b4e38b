import type { ParsedRecord } from '../../src/import/records';
import { BulkDerived } from '../../tools/bulk/derived';
import { entityRecord, tieRecord } from '../helpers/records';

// What the bulk conversion derives in place of the migrations' walks (tools/bulk/derived.ts). test/bulk (BULK_TESTS=1,
// a Neo4j of its own) compares it with the online import's Cypher over whole files; these pin each rule on its own,
// in every `npm test`, with values worked out by hand.

const [entity, tie] = [entityRecord, tieRecord];

/** The derived values of every entity and of every relation (in input order), absent values left out. */
function derive(records: ParsedRecord[]) {
  const d = new BulkDerived(records);
  const defined = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  const entities = Object.fromEntries(
    records.flatMap((r) => (r.entity ? [[r.entity.id, defined(d.entity(r.entity.id))]] : [])),
  );
  const relations = records.filter((r) => r.relation).map((_, j) => defined(d.relation(j)));
  return { entities, relations, spans: [...d.spans()] };
}

describe('bulk conversion: derived values', () => {
  it('reads partial dates as ranges: a year ends on 31 December, a month on its last day (leap years included)', () => {
    const { entities } = derive([
      entity('Cluster', 'c', { founded: '2010', dissolved: '2020-02' }),
      entity('Project', 'p', { startDate: '2019-03-05', endDate: '2021' }),
      entity('Organisation', 'o', { orgType: 'company', founded: '1999-12', dissolved: '2023-12' }),
      entity('Event', 'e', { eventType: 'conference', startDate: '2024-05', endDate: '2024-06' }),
    ]);
    expect(entities.c).toMatchObject({ validFrom: '2010-01-01', validTo: '2020-02-29' });
    expect(entities.p).toMatchObject({ validFrom: '2019-03-05', validTo: '2021-12-31' });
    expect(entities.o).toMatchObject({ validFrom: '1999-12-01', validTo: '2023-12-31' });
    // An event exists from its start on: its end date does not end it (cypher/time/derive-intervals).
    expect(entities.e).toMatchObject({ validFrom: '2024-05-01' });
    expect(entities.e.validTo).toBeUndefined();
  });

  it('does not read a year below 100 as 19xx (JavaScript Date does)', () => {
    const { entities } = derive([entity('Cluster', 'old', { founded: '0099', dissolved: '0012-02' })]);
    expect(entities.old).toMatchObject({ validFrom: '0099-01-01', validTo: '0012-02-29' });
  });

  it('dates a tie without dates of its own by its context, never leaving it unbounded when the context has dates', () => {
    const { relations } = derive([
      entity('Cluster', 'body', { founded: '2010-05-17', dissolved: '2020-02' }),
      entity('Project', 'proj', { startDate: '2019-03', endDate: '2021' }),
      entity('Event', 'ev', { eventType: 'conference', startDate: '2024' }),
      entity('Organisation', 'org', { orgType: 'company' }),
      tie('MEMBER_OF', 'org', 'body'),
      tie('PARTICIPATES_IN', 'org', 'proj'),
      tie('FOUNDED', 'org', 'proj'),
      tie('EVENT_OF', 'ev', 'proj'),
      tie('ATTENDED', 'org', 'ev', { until: '2024-12-31' }),
      tie('PARTNER_OF', 'org', 'body'),
      tie('MEMBER_OF', 'org', 'body', { since: '2012-08', until: '2016' }),
    ]);
    expect(relations).toEqual([
      { validFrom: '2010-05-17', validTo: '2020-02-29' }, // a membership: its body's life
      { validFrom: '2019-03-01', validTo: '2021-12-31' }, // a participation: its project's
      { validFrom: '2019-03-01' }, // a founding: the founded thing's start, no end
      { validFrom: '2024-01-01' }, // an EVENT_OF: its event's (the start node's) start
      { validFrom: '2024-01-01', validTo: '2024-12-31' }, // an attendance: the event's start, its own end
      {}, // a partnership: only its own dates
      { validFrom: '2012-08-01', validTo: '2016-12-31' }, // its own dates win
    ]);
  });

  it('counts hidden ties apart and never puts them in the public spans', () => {
    const { entities, spans } = derive([
      entity('Organisation', 'a', { orgType: 'company' }),
      entity('Organisation', 'b', { orgType: 'company' }),
      entity('Organisation', 'c', { orgType: 'company' }),
      tie('PARTNER_OF', 'a', 'b', { since: '2015' }),
      tie('PARTNER_OF', 'a', 'c', { visibility: 'PRIVATE', since: '2001' }),
      tie('PARTNER_OF', 'b', 'c', { visibility: 'PARTNERS' }),
      tie('PARTNER_OF', 'c', 'b', { visibility: 'PUBLIC' }),
    ]);
    expect(entities.a).toMatchObject({ tieCount: 1, hiddenTieCount: 1 });
    expect(entities.b).toMatchObject({ tieCount: 2, hiddenTieCount: 1 });
    expect(entities.c).toMatchObject({ tieCount: 1, hiddenTieCount: 2 });
    // Unbounded ends as the summaries store them; no span dated 2001 (the private tie).
    expect(spans).toEqual([
      { id: 'a', from: ['2015-01-01'], to: ['9999-12-31'] },
      { id: 'b', from: ['2015-01-01', '0000-01-01'], to: ['9999-12-31', '9999-12-31'] },
      { id: 'c', from: ['0000-01-01'], to: ['9999-12-31'] },
    ]);
  });

  it('counts only cooperation ties: a place, a topic or a funder is not a partner', () => {
    const { entities, spans } = derive([
      entity('Region', 'pl', { level: 'country' }),
      entity('Organisation', 'o', { orgType: 'company' }),
      tie('LOCATED_IN', 'o', 'pl', { since: '2000' }),
    ]);
    expect(entities.o).toMatchObject({ tieCount: 0, hiddenTieCount: 0 });
    expect(spans).toEqual([]);
  });

  it("stores one country, '*' for an entity in several, and none past ten ties up the hierarchy", () => {
    const chain = Array.from({ length: 10 }, (_, i) => entity('Region', `r${i}`, { level: 'region' }));
    const { entities } = derive([
      entity('Region', 'pl', { level: 'country' }),
      entity('Region', 'de', { level: 'country' }),
      entity('Region', 'silesia', { level: 'region' }),
      entity('Region', 'saxony', { level: 'region' }),
      entity('Organisation', 'one', { orgType: 'company' }),
      entity('Organisation', 'two', { orgType: 'company' }),
      entity('Organisation', 'far', { orgType: 'company' }),
      entity('Organisation', 'nowhere', { orgType: 'company' }),
      ...chain,
      tie('PART_OF', 'silesia', 'pl'),
      tie('PART_OF', 'saxony', 'de'),
      tie('LOCATED_IN', 'one', 'silesia'),
      tie('LOCATED_IN', 'two', 'silesia'),
      tie('LOCATED_IN', 'two', 'saxony'),
      // far → r0 → r1 … → r9 → de: eleven ties from `far` to the country, ten from r0.
      tie('LOCATED_IN', 'far', 'r0'),
      ...chain.slice(0, 9).map((_, i) => tie('PART_OF', `r${i}`, `r${i + 1}`)),
      tie('PART_OF', 'r9', 'de'),
      // A cycle in the hierarchy must not loop.
      tie('PART_OF', 'pl', 'silesia'),
    ]);
    expect(entities.pl.countryId).toBe('pl'); // a country is its own
    expect(entities.one.countryId).toBe('pl');
    expect(entities.two.countryId).toBe('*');
    expect(entities.r0.countryId).toBe('de');
    expect(entities.far.countryId).toBeUndefined();
    expect(entities.nowhere.countryId).toBeUndefined();
  });
});
