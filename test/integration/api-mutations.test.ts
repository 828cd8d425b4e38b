import { expectEachTestLeavesGraphUnchanged, graphFingerprint } from '../helpers/graph';
import { withDemoApi } from '../helpers/demo-api';

describe('mutations', () => {
  const suite = withDemoApi({ as: 'editor' });

  it.each([
    [
      'upsertCluster',
      'Cluster',
      '{id: "test-cluster", name: "Test Cluster", founded: "2015", aliases: ["TC"], sources: ["src-ecri-study-visit"]}',
    ],
    ['upsertOrganisation', 'Organisation', '{id: "test-org", name: "Test Org", orgType: UNIVERSITY}'],
    [
      'upsertRegion',
      'Region',
      '{id: "test-region", name: "Test Region", level: CITY, population: 1234, areaKm2: 12.5}',
    ],
    ['upsertProject', 'Project', '{id: "test-project", name: "Test Project", startDate: "2024-01", status: ONGOING}'],
    ['upsertAlliance', 'Alliance', '{id: "test-alliance", name: "Test Alliance", allianceType: NETWORK}'],
    ['upsertEvent', 'Event', '{id: "test-event", name: "Test Event", eventType: WORKSHOP, startDate: "2025-05-05"}'],
    ['upsertProgramme', 'Programme', '{id: "test-programme", name: "Test Programme", programmeType: FUND}'],
    ['upsertSector', 'Sector', '{id: "test-sector", name: "Test Sector", sectorType: INDUSTRY}'],
  ])('%s creates a %s and is idempotent', async (mutation, kind, input) => {
    const q = `mutation { ${mutation}(input: ${input}) { id kind name } }`;
    const first = await suite.api.gql(q);
    expect(first.errors).toBeUndefined();
    expect(first.data[mutation]).toMatchObject({ kind: kind.toUpperCase() });
    const before = await graphFingerprint(suite.db);
    await suite.api.gql(q);
    expect(await graphFingerprint(suite.db)).toEqual(before);
  });

  it('stores integer facts as integers and reads them back', async () => {
    const res = await suite.api.gql('{ entity(id: "test-region") { ... on Region { population areaKm2 } } }');
    expect(res.data.entity).toEqual({ population: 1234, areaKm2: 12.5 });
  });

  it('links with properties, updates the same relationship on a second link, and unlinks', async () => {
    const link = (role: string) =>
      suite.api.gql(
        `mutation { link(input: {kind: PARTICIPATES_IN, from: "test-cluster", to: "test-project", role: ${role}, since: "2024", sources: ["src-ecri-study-visit"], note: "test"}) { kind from { id } to { id } } }`,
      );
    expect((await link('PARTNER')).data.link).toEqual({
      kind: 'PARTICIPATES_IN',
      from: { id: 'test-cluster' },
      to: { id: 'test-project' },
    });
    await link('LEAD');
    const rels = await suite.api.gql(
      '{ entity(id: "test-project") { ... on Project { participants { edges { role since note sources { id } node { id } } } } } }',
    );
    expect(rels.data.entity.participants.edges).toEqual([
      {
        role: 'LEAD',
        since: '2024',
        note: 'test',
        sources: [{ id: 'src-ecri-study-visit' }],
        node: { id: 'test-cluster' },
      },
    ]);
    const un = await suite.api.gql(
      'mutation { unlink(input: {kind: PARTICIPATES_IN, from: "test-cluster", to: "test-project"}) }',
    );
    expect(un.data.unlink).toBe(true);
    const again = await suite.api.gql(
      'mutation { unlink(input: {kind: PARTICIPATES_IN, from: "test-cluster", to: "test-project"}) }',
    );
    expect(again.data.unlink).toBe(false);
  });

  it('deletes an entity and reports what was detached', async () => {
    await suite.api.gql(
      'mutation { link(input: {kind: LOCATED_IN, from: "test-cluster", to: "test-region"}) { kind } }',
    );
    await suite.api.gql(
      'mutation { link(input: {kind: MEMBER_OF, from: "test-org", to: "test-cluster", role: MEMBER}) { kind } }',
    );
    const res = await suite.api.gql(
      'mutation { deleteEntity(id: "test-cluster") { id detachedCount detached { kind direction other } } }',
    );
    expect(res.data.deleteEntity.detachedCount).toBe(2);
    expect(res.data.deleteEntity.detached).toEqual(
      expect.arrayContaining([
        { kind: 'LOCATED_IN', direction: 'OUTGOING', other: 'test-region' },
        { kind: 'MEMBER_OF', direction: 'INCOMING', other: 'test-org' },
      ]),
    );
    const gone = await suite.api.gql('{ entity(id: "test-cluster") { id } }');
    expect(gone.errors).toBeUndefined();
    expect(gone.data).toEqual({ entity: null });
  });

  describe('bad input: clear errors, nothing written', () => {
    expectEachTestLeavesGraphUnchanged(suite);

    it.each([
      [
        'mutation { upsertCluster(input: {id: "Bad Id", name: "x"}) { id } }',
        'BAD_USER_INPUT',
        /input\.id: expected a slug/,
      ],
      ['mutation { upsertCluster(input: {id: "c-x", name: "  "}) { id } }', 'BAD_USER_INPUT', /input\.name: required/],
      [
        'mutation { upsertProject(input: {id: "p-x", name: "P", startDate: "2024-02-30"}) { id } }',
        'BAD_USER_INPUT',
        /input\.startDate: expected an ISO date/,
      ],
      [
        'mutation { upsertOrganisation(input: {id: "o-x", name: "O", orgType: PIRATE_SHIP}) { id } }',
        'GRAPHQL_VALIDATION_FAILED',
        /Value "PIRATE_SHIP" does not exist in "OrgType" enum/,
      ],
      [
        'mutation { upsertCluster(input: {id: "c-y", name: "C", labels: ["famous"]}) { id } }',
        'BAD_USER_INPUT',
        /input\.labels: unknown label "famous"/,
      ],
      [
        'mutation { upsertCluster(input: {id: "c-z", name: "C", sources: ["src-nowhere"]}) { id } }',
        'NOT_FOUND',
        /input\.sources: no entity with id "src-nowhere"/,
      ],
      [
        'mutation { upsertCluster(input: {id: "krakow", name: "Kraków Cluster"}) { id } }',
        'CONFLICT',
        /already exists as a Region/,
      ],
      [
        'mutation { link(input: {kind: MEMBER_OF, from: "nobody", to: "icei-alliance"}) { kind } }',
        'NOT_FOUND',
        /input\.from: no entity with id "nobody"/,
      ],
      [
        'mutation { link(input: {kind: PART_OF, from: "medsilesia", to: "poland"}) { kind } }',
        'BAD_USER_INPUT',
        /input\.from: PART_OF cannot start at a Cluster/,
      ],
      [
        'mutation { link(input: {kind: MEMBER_OF, from: "medsilesia", to: "icei-alliance", role: LEAD}) { kind } }',
        'BAD_USER_INPUT',
        /input\.role: role of MEMBER_OF must be one of/,
      ],
      [
        'mutation { link(input: {kind: MEMBER_OF, from: "medsilesia", to: "icei-alliance", role: BOSS}) { kind } }',
        'GRAPHQL_VALIDATION_FAILED',
        /Value "BOSS" does not exist in "RelationRole" enum/,
      ],
      [
        'mutation { link(input: {kind: MEMBER_OF, from: "medsilesia", to: "icei-alliance", since: "2020", until: "2019"}) { kind } }',
        'BAD_USER_INPUT',
        /input\.until: ends \(2019\) before it begins \(2020\)/,
      ],
      [
        'mutation { unlink(input: {kind: MEMBER_OF, from: "ghost", to: "icei-alliance"}) }',
        'NOT_FOUND',
        /No entity with id "ghost"/,
      ],
      ['mutation { deleteEntity(id: "ghost") { id } }', 'NOT_FOUND', /No entity with id "ghost"/],
      ['mutation { upsertRegion(input: {id: "r-x", name: "R"}) { id } }', 'GRAPHQL_VALIDATION_FAILED', /level/],
    ])('%s → %s', async (query, code, message) => {
      // As an admin: the editor owns none of the demo's entities, and its refusal (FORBIDDEN) comes before
      // validation (test/security/ownership.test.ts).
      const res = await suite.api.gql(query, {}, { as: 'admin' });
      expect(res.data?.[Object.keys(res.data ?? {})[0]] ?? null).toBeNull();
      expect(res.errors?.[0].extensions.code).toBe(code);
      expect(res.errors?.[0].message).toMatch(message);
      expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
    });
  });
});
