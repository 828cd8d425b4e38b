import { withDemoApi } from '../helpers/demo-api';

// The seed documents' dates on the demo: the Podlasie study visit (2–4 July 2019), the Polish Aid
// project (2018 for three years), the Katowice conference (7–8 November 2022).
describe('the network as it stood on a day (demo)', () => {
  // Planning the matches statement cold took 23.6 s with a window and 13.7 s without one at a load average of 5
  // (each a new combination of parameter types), running it 183 ms: a budget for the plan, not for the query.
  const suite = withDemoApi({ as: 'editor', limits: { requestTimeoutMs: 120_000 } });

  const paths = async (from: string, to: string, asOf?: string) => {
    const res = await suite.api.gql(
      `query ($from: ID!, $to: ID!, $asOf: String) { cooperationPaths(from: $from, to: $to, maxHops: 4, limit: 10, asOf: $asOf) { nodes { id } } }`,
      { from, to, asOf },
    );
    expect(res.errors).toBeUndefined();
    return (res.data.cooperationPaths as { nodes: { id: string }[] }[]).map((p) => p.nodes.map((n) => n.id));
  };

  it.each([
    [
      'metal-processing-cluster',
      'polish-construction-cluster',
      'podlasie-study-visit-2019',
      '2019-07-01',
      '2019-07-05',
    ],
    [
      'national-cluster-association',
      'moravian-silesian-aviation-cluster',
      'clusters-meet-regions-katowice-2022',
      '2022-11-06',
      '2022-11-09',
    ],
  ])(
    '%s and %s meet through %s: no such path the day before, found the day after',
    async (a, b, event, before, after) => {
      const through = (ps: string[][]) => ps.filter((p) => p.includes(event));
      expect(through(await paths(a, b, before))).toEqual([]);
      expect(through(await paths(a, b, after)).length).toBeGreaterThan(0);
      // The event's first day counts: an event tie starts on the event.
      expect(
        through(await paths(a, b, after.slice(0, 8) + (event.includes('podlasie') ? '02' : '07'))).length,
      ).toBeGreaterThan(0);
      // Without asOf: all of history, as before.
      expect(await paths(a, b)).toEqual(await paths(a, b, '9999-12-31'));
    },
  );

  it('derives the project participation from its own since and the project’s end (launched 2018 for three years)', async () => {
    const { records } = await suite.db.driver.executeQuery(
      `MATCH (:Entity {id: 'podlasie-regional-development-foundation'})-[r:PARTICIPATES_IN]->(:Entity {id: 'cluster-system-belarus'})
       RETURN toString(r.validFrom) AS f, toString(r.validTo) AS t`,
      {},
      { database: suite.db.database },
    );
    expect(records.map((r) => [r.get('f'), r.get('t')])).toEqual([['2018-01-01', '2021-12-31']]);
  });

  it('shared partners as of a day count only the ties that held then', async () => {
    const q = `query ($asOf: String) { sharedPartners(ids: ["metal-processing-cluster", "polish-construction-cluster"], asOf: $asOf) { partner { id } } }`;
    const before = await suite.api.gql(q, { asOf: '2019-07-01' });
    const after = await suite.api.gql(q, { asOf: '2019-07-03' });
    expect(before.data.sharedPartners).toEqual([]);
    expect(after.data.sharedPartners.map((p: { partner: { id: string } }) => p.partner.id)).toEqual(
      expect.arrayContaining(['infotech-technology-cluster']),
    );
  });

  it('changes: what an actor gained in 2019, with the other end and the sources, in one round trip', async () => {
    const res = await suite.api
      .gql(`{ changes(around: "metal-processing-cluster", from: "2019-01-01", to: "2019-12-31") {
      entity { id } gained { change date kind direction role entity { id } sources { id } } lost { date } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.roundTrips).toBe(1);
    expect(res.data.changes).toEqual({
      entity: { id: 'metal-processing-cluster' },
      gained: [
        {
          change: 'GAINED',
          date: '2019-07-02',
          kind: 'ATTENDED',
          direction: 'OUTGOING',
          role: 'participant',
          entity: { id: 'podlasie-study-visit-2019' },
          sources: [{ id: 'src-podlasie-belarus-visit' }],
        },
      ],
      lost: [],
    });
  });

  it('changes: the Polish Aid project’s participants are lost at the end of 2021', async () => {
    const res = await suite.api.gql(`{ changes(around: "cluster-system-belarus", from: "2021-01-01", to: "2021-12-31") {
      gained { date } lost { date kind entity { id } } } }`);
    expect(res.data.changes.gained).toEqual([]);
    expect(res.data.changes.lost.map((c: { entity: { id: string } }) => c.entity.id)).toEqual([
      'entrepreneurship-development-council-belarus',
      'kuniauski-association',
      'podlasie-regional-development-foundation',
    ]);
    expect(new Set(res.data.changes.lost.map((c: { date: string }) => c.date))).toEqual(new Set(['2021-12-31']));
  });

  it('timeline: per year, new partners, active projects and events, in one round trip', async () => {
    const res = await suite.api.gql(`{ timeline(id: "podlasie-regional-development-foundation") {
      entity { id } years { year newPartners { id } activeProjects { id } events { id } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.roundTrips).toBe(1);
    const years = res.data.timeline.years as {
      year: number;
      newPartners: object[];
      activeProjects: object[];
      events: object[];
    }[];
    expect(years.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021]);
    expect(years[0].activeProjects).toEqual([{ id: 'cluster-system-belarus' }]);
    expect(years[0].newPartners).toEqual([
      { id: 'entrepreneurship-development-council-belarus' },
      { id: 'kuniauski-association' },
    ]);
    expect(years[1].events).toEqual([{ id: 'podlasie-study-visit-2019' }]);
    expect(years[3].activeProjects).toEqual([{ id: 'cluster-system-belarus' }]);
  });

  it('relation connections as of a day or during a period, typed fields and relations(...) alike', async () => {
    const q = `query ($asOf: String, $during: DateWindow) { entity(id: "podlasie-study-visit-2019") { id
      ... on Event { attendees(asOf: $asOf, during: $during) { totalCount } }
      relations(kinds: [ATTENDED, HOSTED, ORGANISED], asOf: $asOf, during: $during) { totalCount } } }`;
    const count = async (vars: Record<string, unknown>) => {
      const res = await suite.api.gql(q, vars);
      expect(res.errors).toBeUndefined();
      return [res.data.entity.attendees.totalCount, res.data.entity.relations.totalCount];
    };
    const all = await count({});
    expect(all[0]).toBeGreaterThan(0);
    expect(await count({ asOf: '2019-07-01' })).toEqual([0, 0]);
    expect(await count({ asOf: '2019-07-03' })).toEqual(all);
    expect(await count({ during: { from: '2019-01-01', to: '2019-07-02' } })).toEqual(all);
    expect(await count({ during: { from: '2018-01-01', to: '2019-07-01' } })).toEqual([0, 0]);
    const bad = await suite.api.gql(q, { asOf: '2019-07-32' });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('cooperationMatches as of a day: co-attendees of the study visit are candidates before it, partners after', async () => {
    const q = `query ($asOf: String) { cooperationMatches(for: "metal-processing-cluster", first: 100, asOf: $asOf) { candidate { id } } }`;
    const candidates = async (asOf?: string) => {
      const res = await suite.api.gql(q, { asOf });
      expect(res.errors).toBeUndefined();
      return res.data.cooperationMatches.map((m: { candidate: { id: string } }) => m.candidate.id) as string[];
    };
    const coAttendees = ['polish-construction-cluster', 'infotech-technology-cluster', 'north-east-eco-energy-cluster'];
    const before = await candidates('2019-07-01');
    expect(before.filter((c) => coAttendees.includes(c)).length).toBeGreaterThan(0);
    expect((await candidates('2019-07-05')).filter((c) => coAttendees.includes(c))).toEqual([]);
    expect((await candidates()).filter((c) => coAttendees.includes(c))).toEqual([]);
  });

  it('lists the entities that existed on a day (filter.asOf), counted alike', async () => {
    const q = `query ($asOf: String) { projects(first: 100, filter: {asOf: $asOf}) { totalCount edges { node { id } } }
      events(first: 100, orderBy: DATE, filter: {asOf: $asOf}) { edges { node { id } } } }`;
    const ids = async (asOf?: string) => {
      const res = await suite.api.gql(q, { asOf });
      expect(res.errors).toBeUndefined();
      const of = (c: { edges: { node: { id: string } }[] }) => c.edges.map((e) => e.node.id);
      expect(res.data.projects.totalCount).toBe(res.data.projects.edges.length);
      return { projects: of(res.data.projects), events: of(res.data.events) };
    };
    const all = await ids();
    const in2019 = await ids('2019-07-01');
    const in2022 = await ids('2022-11-07');
    expect(all.projects).toContain('cluster-system-belarus');
    expect(in2019.projects).toContain('cluster-system-belarus');
    expect(in2022.projects).not.toContain('cluster-system-belarus'); // launched 2018 for three years
    expect(in2019.events).not.toContain('podlasie-study-visit-2019');
    expect(in2019.events).toContain('ecri-study-visit-2018');
    expect(in2022.events).toEqual(
      expect.arrayContaining(['podlasie-study-visit-2019', 'clusters-meet-regions-katowice-2022']),
    );
    const bad = await suite.api.gql('{ projects(filter: {asOf: "2022"}) { totalCount } }');
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.asOf' });
  });

  it('centrality, communities and brokers as of a day project only the ties that held then', async () => {
    const q = `query ($asOf: String) {
      centrality(metric: DEGREE, first: 1000, asOf: $asOf) { graph { nodeCount pairCount } scores { entity { id } } }
      communities(first: 1000, membersFirst: 1000, asOf: $asOf) { graph { nodeCount pairCount } communities { members { id } } }
      brokers(a: "podlaskie", b: "belarus", first: 200, asOf: $asOf) { entity { id } } }`;
    const at = async (asOf?: string) => {
      const res = await suite.api.gql(q, { asOf });
      expect(res.errors).toBeUndefined();
      return res.data;
    };
    const [before, after, all] = [await at('2019-07-01'), await at('2019-07-05'), await at()];
    const ranked = (d: any) => d.centrality.scores.map((s: { entity: { id: string } }) => s.entity.id) as string[];
    const members = (d: any) =>
      d.communities.communities.flatMap((c: { members: { id: string }[] }) => c.members.map((m) => m.id));
    expect(ranked(before)).not.toContain('podlasie-study-visit-2019');
    expect(members(before)).not.toContain('podlasie-study-visit-2019');
    expect(ranked(after)).toContain('podlasie-study-visit-2019');
    expect(members(after)).toContain('podlasie-study-visit-2019');
    expect(before.centrality.graph.pairCount).toBeLessThan(after.centrality.graph.pairCount);
    expect(after.centrality.graph.pairCount).toBeLessThanOrEqual(all.centrality.graph.pairCount);
    expect(before.communities.graph).toEqual(before.centrality.graph);
    // Belarus's delegation attended the Podlasie visit: before it, the visit bridges nothing.
    const bridges = (d: any) => d.brokers.map((b: { entity: { id: string } }) => b.entity.id) as string[];
    expect(bridges(before)).not.toContain('podlasie-study-visit-2019');
    expect(bridges(after)).toContain('podlasie-study-visit-2019');
  });

  it('keeps intervals current on every write: link, and an upsert of the project moves its participations', async () => {
    const interval = async (from: string, to: string) => {
      const { records } = await suite.db.driver.executeQuery(
        'MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) RETURN toString(r.validFrom) AS f, toString(r.validTo) AS t',
        { from, to },
        { database: suite.db.database },
      );
      return records.map((r) => [r.get('f'), r.get('t')]);
    };
    const gql = async (q: string) => {
      const res = await suite.api.gql(q);
      expect(res.errors).toBeUndefined();
    };
    await gql(
      'mutation { upsertProject(input: {id: "time-project", name: "Time Project", startDate: "2020-03"}) { id } }',
    );
    await gql(
      'mutation { link(input: {kind: PARTICIPATES_IN, from: "bioib", to: "time-project", role: PARTNER}) { kind } }',
    );
    expect(await interval('bioib', 'time-project')).toEqual([['2020-03-01', null]]);
    await gql(
      'mutation { upsertProject(input: {id: "time-project", name: "Time Project", startDate: "2021", endDate: "2022-02"}) { id } }',
    );
    expect(await interval('bioib', 'time-project')).toEqual([['2021-01-01', '2022-02-28']]);
    await gql(
      'mutation { link(input: {kind: PARTICIPATES_IN, from: "bioib", to: "time-project", since: "2021-06-15"}) { kind } }',
    );
    expect(await interval('bioib', 'time-project')).toEqual([['2021-06-15', '2022-02-28']]);
    await gql('mutation { deleteEntity(id: "time-project") { id } }');
  });

  describe('refuses bad dates, naming the argument', () => {
    it.each([
      ['cooperationPaths(from: "bioib", to: "biopmed", asOf: "yesterday") { length }', 'asOf'],
      ['cooperationPaths(from: "bioib", to: "biopmed", asOf: "2019-02-30") { length }', 'asOf'],
      ['cooperationPaths(from: "bioib", to: "biopmed", asOf: "2019-7-2") { length }', 'asOf'],
      ['cooperationPaths(from: "bioib", to: "biopmed", asOf: "2019-07-02T00:00:00Z") { length }', 'asOf'],
      [
        'cooperationPaths(from: "bioib", to: "biopmed", during: {from: "2020-01-01", to: "2019-01-01"}) { length }',
        'during.to',
      ],
      [
        'cooperationPaths(from: "bioib", to: "biopmed", asOf: "2019-01-01", during: {from: "2019-01-01", to: "2019-01-02"}) { length }',
        'during',
      ],
      ['sharedPartners(ids: ["bioib", "biopmed"], asOf: "") { strength }', 'asOf'],
      ['neighbourhood(id: "bioib", asOf: "20190702") { truncated }', 'asOf'],
      ['changes(around: "bioib", from: "2020-01-01", to: "2019-12-31") { gained { date } }', 'to'],
      ['changes(around: "bioib", from: "2020-13-01", to: "2021-01-01") { gained { date } }', 'from'],
      ['timeline(id: "no-such-entity") { years { year } }', null],
    ])('%s', async (query, field) => {
      const res = await suite.api.gql(`{ ${query} }`);
      expect(res.data).toBeNull();
      if (field === null) return expect(res.errors![0].extensions.code).toBe('NOT_FOUND');
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });
  });

  it('answers windows at the ends of the calendar: 10,000 years, far future and far past', async () => {
    const wide = await suite.api.gql(
      '{ changes(around: "metal-processing-cluster", from: "0000-01-01", to: "9999-12-31") { gained { date } } }',
    );
    expect(wide.errors).toBeUndefined();
    expect(wide.data.changes.gained).toEqual([{ date: '2019-07-02' }]);
    const a = 'metal-processing-cluster';
    const b = 'polish-construction-cluster';
    expect(await paths(a, b, '0001-01-01')).toEqual([]);
    expect((await paths(a, b, '9999-12-31')).length).toBeGreaterThan(0);
    const hood = await suite.api.gql(
      '{ neighbourhood(id: "podlasie-study-visit-2019", asOf: "0001-01-01") { nodes { id } edges { kind } } }',
    );
    expect(hood.data.neighbourhood).toEqual({ nodes: [{ id: 'podlasie-study-visit-2019' }], edges: [] });
  });
});
