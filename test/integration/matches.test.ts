import { CypherRunner } from '../../src/db/runner';
import { rankCandidates } from '../../src/modules/matches/matches.repository';
import { withDemoApi } from '../helpers/demo-api';

const MATCHES = `query($for: ID!, $countries: [String!], $sectors: [ID!]) {
  cooperationMatches(for: $for, first: 20, countries: $countries, sectors: $sectors) {
    score candidate { id kind } reasons { kind weight explanation entities { id } } } }`;

describe('cooperationMatches on the demo dataset', () => {
  // The matches statement is large: planning it took 12–23 s (before and after the pool widening of 2026-12-02,
  // EXPLAIN with replan=force) at a load average of 11–16 on 2 cores, past the default 15 s budget of a request,
  // and each new combination of parameter types (countries null or a list) is planned again. A longer budget
  // keeps this suite about what is recommended; latency is measured by the evaluation and the benchmark.
  const suite = withDemoApi({ limits: { requestTimeoutMs: 60_000 } });

  it('recommends the UrbanHub Europe hubs to SPCleantech (its krk UrbanHub is a member of that consortium), with reasons that add up', async () => {
    const res = await suite.api.gql(MATCHES, { for: 'south-poland-cleantech-cluster' });
    expect(res.errors).toBeUndefined();
    const matches = res.data.cooperationMatches;
    const ids = matches.map((m: any) => m.candidate.id);
    expect(ids).toEqual(expect.arrayContaining(['bloxhub', 'kirahub', 'munich-urban-colab']));
    for (const m of matches) {
      expect(m.score).toBeCloseTo(
        m.reasons.reduce((s: number, r: any) => s + r.weight, 0),
        10,
      );
      expect(['CLUSTER', 'ORGANISATION']).toContain(m.candidate.kind);
    }
    const bloxhub = matches.find((m: any) => m.candidate.id === 'bloxhub');
    expect(bloxhub.reasons[0]).toMatchObject({ kind: 'COMMON_PARTNERS', entities: [{ id: 'urbanhub-europe' }] });
    for (let i = 1; i < matches.length; i++) expect(matches[i - 1].score).toBeGreaterThanOrEqual(matches[i].score);
  });

  it('never recommends an actor it already cooperates with (directly or in a common project/event)', async () => {
    const res = await suite.api.gql(MATCHES, { for: 'klaster-lifescience-krakow' });
    const ids = res.data.cooperationMatches.map((m: any) => m.candidate.id);
    for (const partner of [
      'bioib',
      'biopmed',
      'hellenic-biocluster',
      'medsilesia',
      'sustainable-infrastructure-cluster',
    ])
      expect(ids).not.toContain(partner);
  });

  it('ranks in the database by the same score the reasons add up to', async () => {
    const runner = new CypherRunner(suite.db);
    let compared = 0;
    for (const id of ['south-poland-cleantech-cluster', 'klaster-lifescience-krakow', 'medsilesia']) {
      const ranked = await rankCandidates(runner, id, 100);
      expect(ranked.length).toBeGreaterThan(0);
      for (const m of ranked) expect(m.score).toBeCloseTo(m.features.score, 9);
      compared += ranked.length;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('reads only the candidates that can still reach the top: the first k are the first k of the whole ranking', async () => {
    // The statement skips the places and sectors of a candidate whose known score plus the most those can add
    // stays below the k-th best known score; were that bound wrong, a skipped candidate would be missing here.
    const runner = new CypherRunner(suite.db);
    let pruned = 0;
    for (const id of [
      'south-poland-cleantech-cluster',
      'klaster-lifescience-krakow',
      'medsilesia',
      'metal-processing-cluster',
      'czech-smart-city-cluster',
    ]) {
      const all = await rankCandidates(runner, id, 100);
      for (const k of [1, 3, 10]) {
        const top = await rankCandidates(runner, id, k);
        expect({ id, k, top: top.map((m) => [m.candidate.id, m.score]) }).toEqual({
          id,
          k,
          top: all.slice(0, k).map((m) => [m.candidate.id, m.score]),
        });
        if (all.length > k) pruned++;
      }
    }
    // Most cases have more candidates than k, so the bound was used, not skipped.
    expect(pruned).toBeGreaterThanOrEqual(10);
  });

  it('is deterministic', async () => {
    const a = await suite.api.gql(MATCHES, { for: 'south-poland-cleantech-cluster' });
    const b = await suite.api.gql(MATCHES, { for: 'south-poland-cleantech-cluster' });
    expect(b.data).toEqual(a.data);
  });

  it('filters by country and sector', async () => {
    const de = await suite.api.gql(MATCHES, { for: 'south-poland-cleantech-cluster', countries: ['DE'] });
    expect(de.data.cooperationMatches.map((m: any) => m.candidate.id).sort()).toEqual([
      'factory-berlin',
      'factory-hammerbrooklyn',
      'munich-urban-colab',
    ]);
    const none = await suite.api.gql(MATCHES, { for: 'south-poland-cleantech-cluster', sectors: ['aviation'] });
    expect(none.data.cooperationMatches).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown actor and BAD_USER_INPUT for a bad page size', async () => {
    expect((await suite.api.gql(MATCHES, { for: 'ghost' })).errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      id: 'ghost',
    });
    const big = await suite.api.gql('{ cooperationMatches(for: "ecri", first: 101) { score } }');
    expect(big.errors?.[0].message).toMatch(/first: expected an integer from 1 to 100/);
  });
});
