import { withDemoApi } from '../helpers/demo-api';

// Answers checked by hand against the seed documents.
describe('cooperation questions on the demo dataset', () => {
  const suite = withDemoApi();

  it('KLK reaches MedSilesia in two hops: KLK attended the ECRI study visit, which visited MedSilesia', async () => {
    const res = await suite.api
      .gql(`{ cooperationPaths(from: "klaster-lifescience-krakow", to: "medsilesia", limit: 2) {
      length steps { kind direction role entity { id } sources { id } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.cooperationPaths[0]).toEqual({
      length: 2,
      steps: [
        {
          kind: 'ATTENDED',
          direction: 'OUTGOING',
          role: 'participant',
          entity: { id: 'ecri-study-visit-2018' },
          sources: [{ id: 'src-ecri-study-visit' }],
        },
        {
          kind: 'HOSTED',
          direction: 'INCOMING',
          role: 'site-visit',
          entity: { id: 'medsilesia' },
          sources: [{ id: 'src-ecri-study-visit' }],
        },
      ],
    });
    expect(res.data.cooperationPaths[1].length).toBe(3); // via the ECRI project and its study visit
  });

  it('SPCleantech and the Czech Smart City Cluster are direct partners, and also meet in Smart V4 Strategies', async () => {
    const res = await suite.api.gql(
      '{ cooperationPaths(from: "south-poland-cleantech-cluster", to: "czech-smart-city-cluster", limit: 2) { length nodes { id } steps { kind } } }',
    );
    expect(res.data.cooperationPaths).toEqual([
      {
        length: 1,
        nodes: [{ id: 'south-poland-cleantech-cluster' }, { id: 'czech-smart-city-cluster' }],
        steps: [{ kind: 'PARTNER_OF' }],
      },
      {
        length: 2,
        nodes: [
          { id: 'south-poland-cleantech-cluster' },
          { id: 'smart-v4-strategies' },
          { id: 'czech-smart-city-cluster' },
        ],
        steps: [{ kind: 'PARTICIPATES_IN' }, { kind: 'PARTICIPATES_IN' }],
      },
    ]);
  });

  it('counts geography only when asked: KLK and the Life Science Park of Kraków meet through Kraków', async () => {
    const coop = await suite.api.gql(
      '{ cooperationPaths(from: "klaster-lifescience-krakow", to: "life-science-park-krakow", maxHops: 2) { length } }',
    );
    const geo = await suite.api.gql(
      '{ cooperationPaths(from: "klaster-lifescience-krakow", to: "life-science-park-krakow", maxHops: 2, via: [LOCATED_IN]) { length nodes { id } } }',
    );
    expect(geo.data.cooperationPaths[0]).toEqual({
      length: 2,
      nodes: [{ id: 'klaster-lifescience-krakow' }, { id: 'krakow' }, { id: 'life-science-park-krakow' }],
    });
    expect(coop.data.cooperationPaths.every((p: any) => p.length === 2)).toBe(true);
  });

  it('honours excluding, returns [] when no path is short enough, and one empty path from an entity to itself', async () => {
    const ex = await suite.api.gql(
      '{ cooperationPaths(from: "klaster-lifescience-krakow", to: "medsilesia", excluding: ["ecri-study-visit-2018"]) { length } }',
    );
    expect(ex.data.cooperationPaths).toEqual([]);
    const self = await suite.api.gql(
      '{ cooperationPaths(from: "ecri", to: "ecri") { length nodes { id } steps { kind } } }',
    );
    expect(self.data.cooperationPaths).toEqual([{ length: 0, nodes: [{ id: 'ecri' }], steps: [] }]);
  });

  it('a walk searched from the other end is turned round: asked both ways, the same walks, hops and roles reversed', async () => {
    // The search starts from the end with the busier neighbourhood (cypher/cooperation/path-direction), so one of
    // these two questions is answered from its far end and turned round.
    const ask = async (from: string, to: string) =>
      (
        await suite.api.gql(
          `{ cooperationPaths(from: "${from}", to: "${to}", maxHops: 3, limit: 10) { nodes { id } steps { kind role } } }`,
        )
      ).data.cooperationPaths as { nodes: { id: string }[]; steps: { kind: string; role: string | null }[] }[];
    const there = await ask('klaster-lifescience-krakow', 'medsilesia');
    const back = await ask('medsilesia', 'klaster-lifescience-krakow');
    expect(there.length).toBeGreaterThan(1);
    expect(there.length).toBeLessThan(10); // every walk, so both answers hold the same set
    const walk = (p: (typeof there)[number]) => JSON.stringify([p.nodes.map((n) => n.id), p.steps]);
    const reversed = (p: (typeof there)[number]) => ({ nodes: [...p.nodes].reverse(), steps: [...p.steps].reverse() });
    expect(back.map(walk).sort()).toEqual(there.map(reversed).map(walk).sort());
  });

  it('finds the ECRI partners as shared partners of KLK and bioPmed, with the project as evidence', async () => {
    const res = await suite.api
      .gql(`{ sharedPartners(ids: ["klaster-lifescience-krakow", "biopmed"], kinds: [CLUSTER]) {
      partner { id } ties { actor { id } evidence { via { id } kinds } } } }`);
    const ids = res.data.sharedPartners.map((p: any) => p.partner.id);
    expect(ids.slice(0, 2).sort()).toEqual(['bioib', 'hellenic-biocluster']);
    expect(ids).toEqual(expect.arrayContaining(['medsilesia', 'sustainable-infrastructure-cluster']));
    const bioib = res.data.sharedPartners.find((p: any) => p.partner.id === 'bioib');
    expect(bioib.ties[0].evidence[0]).toEqual({ via: { id: 'ecri' }, kinds: ['PARTICIPATES_IN', 'PARTICIPATES_IN'] });
  });

  it('draws the neighbourhood of ECRI as a graph and says when it is cut', async () => {
    const full = await suite.api.gql(
      '{ neighbourhood(id: "ecri") { truncated nodes { id } edges { kind start end } } }',
    );
    expect(full.data.neighbourhood.truncated).toBe(false);
    expect(full.data.neighbourhood.nodes.map((n: any) => n.id).sort()).toEqual([
      'bioib',
      'biopmed',
      'ecri',
      'ecri-study-visit-2018',
      'hellenic-biocluster',
      'klaster-lifescience-krakow',
    ]);
    // Not a tree: the clusters are tied both to the project and to its study visit.
    expect(full.data.neighbourhood.edges.length).toBeGreaterThan(full.data.neighbourhood.nodes.length - 1);
    const cut = await suite.api.gql(
      '{ neighbourhood(id: "ecri", depth: 2, limit: 3) { truncated nodes { id } edges { start end } } }',
    );
    expect(cut.data.neighbourhood.truncated).toBe(true);
    expect(cut.data.neighbourhood.nodes).toHaveLength(3);
    const kept = new Set(cut.data.neighbourhood.nodes.map((n: any) => n.id));
    expect(cut.data.neighbourhood.edges.every((e: any) => kept.has(e.start) && kept.has(e.end))).toBe(true);
  });

  it.each([
    ['{ cooperationPaths(from: "nobody", to: "ecri") { length } }', 'NOT_FOUND', /No entity with id "nobody"/],
    [
      '{ cooperationPaths(from: "ecri", to: "bioib", maxHops: 9) { length } }',
      'BAD_USER_INPUT',
      /maxHops: expected an integer from 1 to 8, got 9/,
    ],
    [
      '{ cooperationPaths(from: "ecri", to: "bioib", limit: 11) { length } }',
      'BAD_USER_INPUT',
      /limit: expected an integer from 1 to 10, got 11/,
    ],
    [
      '{ cooperationPaths(from: "ecri", to: "bioib", excluding: ["bioib"]) { length } }',
      'BAD_USER_INPUT',
      /excluding: cannot exclude/,
    ],
    [
      '{ sharedPartners(ids: ["ecri"]) { strength } }',
      'BAD_USER_INPUT',
      /ids: expected 2 to 10 different actor ids, got 1/,
    ],
    ['{ sharedPartners(ids: ["ecri", "ghost"]) { strength } }', 'NOT_FOUND', /No entity with id "ghost"/],
    [
      '{ neighbourhood(id: "ecri", depth: 4) { truncated } }',
      'BAD_USER_INPUT',
      /depth: expected an integer from 1 to 3/,
    ],
  ])('%s → %s', async (query, code, message) => {
    const res = await suite.api.gql(query);
    expect(res.errors?.[0].extensions.code).toBe(code);
    expect(res.errors?.[0].message).toMatch(message);
  });
});
