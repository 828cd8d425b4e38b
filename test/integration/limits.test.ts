import { defaultServerOptions } from '../../src/server';
import { createContext } from '../../src/http/context-factory';
import { withDemoApi } from '../helpers/demo-api';
import { startTestServer } from '../helpers/server';

const REFUSED = 'GRAPHQL_VALIDATION_FAILED';
/**
 * The media type under which request errors keep status 400 (under plain application/json they are 200: see
 * http-contract).
 */
const MODERN = { headers: { accept: 'application/graphql-response+json' } };

/** `levels` nested relation hops below an entity, each asking for `first` relations. */
function nested(levels: number, first: string): string {
  let inner = '{ id }';
  for (let i = 0; i < levels; i++) inner = `{ id relations(first: ${first}) { edges { kind node ${inner} } } }`;
  return `entity(id: "malopolska") ${inner}`;
}

describe('request limits', () => {
  const suite = withDemoApi();
  const limits = defaultServerOptions().limits;

  it('refuses documents deeper than MAX_DEPTH, also when the depth hides in a fragment spread twice', async () => {
    // Each relation hop is three levels (relations, edges, node).
    expect((await suite.api.gql(`{ ${nested(3, '2')} }`)).errors).toBeUndefined(); // depth 11
    const deep = await suite.api.gql(`{ ${nested(4, '2')} }`, {}, MODERN); // depth 14
    expect(deep.status).toBe(400);
    expect(deep.errors![0]).toMatchObject({
      message: `Query depth limit of ${limits.maxDepth} (MAX_DEPTH) exceeded, found 14: select fewer nested levels, or read the deeper levels in a second request`,
      extensions: { code: REFUSED, limit: 'MAX_DEPTH', max: limits.maxDepth, found: 14 },
    });
    // The fragment is first met near the top; its second spread sits five levels lower. max-depth
    // before 2.4.x reused the depth cached at the first spread and let this through.
    const fragments = `
      query { a: entity(id: "malopolska") { ...Deep }
              b: entity(id: "malopolska") { relations { edges { node { relations { edges { node { ...Deep } } } } } } } }
      fragment Deep on Entity { relations { edges { node { relations { edges { node { relations { edges { node { id } } } } } } } } } }`;
    const bypass = await suite.api.gql(fragments);
    expect(bypass.errors?.[0]?.message).toMatch(/^Query depth limit of 12 \(MAX_DEPTH\) exceeded, found 1[3-9]: /);
  });

  it('a typed read three hops deep is as deep as the same read through relations: fragments add no level', async () => {
    const hop = (kind: string, field: string, inner: string) =>
      `... on ${kind} { ${field}(first: 2) { edges { node { id ${inner} } } } }`;
    const typed = `{ entity(id: "malopolska") { id ${hop('Region', 'projects', hop('Project', 'participants', hop('Cluster', 'projects', '')))} } }`;
    const res = await suite.api.gql(typed);
    expect(res.errors).toBeUndefined();
    expect(res.data.entity.id).toBe('malopolska');
    // One more hop is refused as before, fragments or not.
    const deeper = `{ entity(id: "malopolska") { id ${hop('Region', 'projects', hop('Project', 'participants', hop('Cluster', 'projects', hop('Project', 'participants', ''))))} } }`;
    expect((await suite.api.gql(deeper)).errors?.[0]?.extensions).toMatchObject({ limit: 'MAX_DEPTH', found: 14 });
  });

  it('prices first: $n the same as a literal first (armor alone reads only literals)', async () => {
    const literal = await suite.api.gql(`{ ${nested(3, '100')} }`);
    expect(literal.errors?.[0]?.message).toMatch(/^Query cost limit of 5000000 \(MAX_COST\) exceeded, found \d+: /);
    const variable = await suite.api.gql(`query($n: Int!) { ${nested(3, '$n')} }`, { n: 100 }, MODERN);
    expect(variable.status).toBe(400);
    expect(variable.errors?.[0]).toMatchObject({ extensions: { code: REFUSED } });
    expect(variable.errors![0].message).toMatch(
      /^Query cost limit of 5000000 \(MAX_COST\) exceeded, found \d+: ask for smaller pages/,
    );
    const small = await suite.api.gql(`query($n: Int!) { ${nested(3, '$n')} }`, { n: 20 });
    expect(small.errors).toBeUndefined();
  });

  it('prices cached per document still refuse: a hostile document sent twice, and a cheap one sent again with a large page size', async () => {
    // A fresh spelling, so no earlier test primed the caches of this server for this document.
    const doc = `query Hostile($n: Int!) { ${nested(3, '$n')} }`;
    for (const n of [20, 100, 100, 20, 100]) {
      const res = await suite.api.gql(doc, { n }, MODERN);
      expect([n, res.status, res.errors?.[0]?.extensions?.code]).toEqual(
        n === 100 ? [n, 400, REFUSED] : [n, 200, undefined],
      );
    }
    const literal = `{ ${nested(3, '100')} }`;
    for (let i = 0; i < 2; i++)
      expect((await suite.api.gql(literal, {}, MODERN)).errors?.[0]?.message).toMatch(
        /^Query cost limit of 5000000 \(MAX_COST\) exceeded/,
      );
  });

  it('refuses too many aliases, directives or tokens', async () => {
    const aliases = Array.from({ length: limits.maxAliases + 1 }, (_, i) => `a${i}: analyses { name }`).join(' ');
    expect((await suite.api.gql(`{ ${aliases} }`)).errors?.[0]?.message).toMatch(
      /^Aliases limit of 15 \(MAX_ALIASES\) exceeded, found 16: use fewer aliases/,
    );
    const directives = Array.from({ length: limits.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    expect((await suite.api.gql(`{ analyses { name ${directives} } }`)).errors?.[0]?.message).toMatch(
      /^Directives limit of 50 \(MAX_DIRECTIVES\) exceeded, found 51: use fewer directives/,
    );
    const tokens = Array.from({ length: limits.maxTokens }, () => '__typename').join(' ');
    const many = await suite.api.gql(`{ ${tokens} }`, {}, MODERN);
    expect(many.status).toBe(400);
    expect(many.errors?.[0]).toMatchObject({
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      message:
        'Tokens limit of 2000 (MAX_TOKENS) exceeded, more than 2000: send a shorter document (use variables and fragments instead of repeated text)',
    });
    const broken = await suite.api.gql('{ entity(id: "x") { id ', {}, MODERN);
    expect(broken.status).toBe(400);
    expect(broken.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });

  it('bounds every page size and names the argument', async () => {
    const list = await suite.api.gql('{ clusters(first: 101) { totalCount } }');
    expect(list.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
      message: 'first: expected an integer from 1 to 100, got 101',
    });
    const relations = await suite.api.gql(
      '{ entity(id: "malopolska") { relations(first: 100000) { edges { kind } } } }',
    );
    expect(relations.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('answers 413 for a body over MAX_BODY and 400 for malformed JSON, in GraphQL error shape', async () => {
    const big = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(limits.maxBodyBytes)}` });
    const res = await fetch(`${suite.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: `The request body is larger than the ${limits.maxBodyBytes} bytes this server accepts`,
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    const bad = await fetch(`${suite.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('prevents CSRF: a GET without a preflight-forcing header is refused, with one it is answered', async () => {
    const simple = await fetch(`${suite.api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
    const preflighted = await fetch(`${suite.api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await preflighted.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('turns introspection and field suggestions off when configured (the production defaults)', async () => {
    const open = await suite.api.gql('{ entty(id: "x") { id } }');
    expect(open.errors![0].message).toMatch(/Did you mean "entity"/);
    const prod = await startTestServer(suite.db, {
      limits: { ...limits, introspection: false, fieldSuggestions: false },
    });
    try {
      const typo = await prod.gql('{ entty(id: "x") { id } }');
      expect(typo.errors![0].message).not.toMatch(/entity/);
      const schema = await prod.gql('{ __schema { types { name } } }');
      expect(schema.errors![0].message).toMatch(/introspection/i);
      expect((await suite.api.gql('{ __schema { queryType { name } } }')).data.__schema.queryType.name).toBe('Query');
    } finally {
      await prod.close();
    }
  });

  it('gives each database call what is left of the request budget as its transaction timeout', async () => {
    const ctx = createContext(suite.db, { timeBudgetMs: 300 });
    const started = Date.now();
    await expect(ctx.db.writeTx((tx) => tx.run('CALL apoc.util.sleep(5000)'))).rejects.toMatchObject({
      code: expect.stringMatching(/TransactionTimedOut/),
    });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(5000); // stopped by the budget, not by the sleep ending
    const spent = createContext(suite.db, { timeBudgetMs: 0 });
    await expect(spent.db.read('system/ping')).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    expect(spent.db.roundTrips).toBe(1);
  });

  it('admits heavy operations (cost ≥ HEAVY_COST, page sizes from variables included) through a bounded gate; every answer stays whole', async () => {
    const api = await startTestServer(suite.db, { limits: { ...limits, heavyCost: 10_000, heavyConcurrency: 1 } });
    const heavy = `query($n: Int!) { ${nested(3, '$n')} }`;
    try {
      const alone = await api.gql(heavy, { n: 20 });
      expect(alone.errors).toBeUndefined();
      const burst = await Promise.all([
        ...Array.from({ length: 4 }, () => api.gql(heavy, { n: 20 })),
        api.gql(`{ ${nested(3, '20')} }`), // the literal spelling is as heavy
        api.gql(`{ ${nested(1, '2')} }`), // light: never waits
        api.gql(heavy, { n: 1 }), // light with a small page size
      ]);
      for (const r of burst) expect(r.errors).toBeUndefined();
      for (const r of burst.slice(0, 5)) expect(r.data).toEqual(alone.data);
      const metrics = await (await fetch(`${api.url}/metrics`)).text();
      expect(metrics).toMatch(/^graphql_heavy_requests_total 6$/m);
      expect(metrics).toMatch(/^graphql_heavy_requests_active 0$/m);
      expect(metrics).toMatch(/^graphql_heavy_requests_queued 0$/m);
    } finally {
      await api.close();
    }
  });

  it('answers HTTP 503 TIMEOUT to a heavy request that waited its whole time budget for a slot', async () => {
    const api = await startTestServer(suite.db, {
      limits: { ...limits, heavyCost: 1, heavyConcurrency: 1, requestTimeoutMs: 300 },
    });
    try {
      // The only slot is taken for longer than any request's budget. (A burst of 40 requests with a 15 ms budget
      // did this by chance: on a loaded CI machine each request's budget ran out before it reached the gate, so
      // none waited there and the test failed, 2026-12-02.)
      const release = await api.server.admission.enter();
      let burst;
      try {
        burst = await Promise.all(Array.from({ length: 5 }, () => api.gql(`{ ${nested(3, '20')} }`)));
      } finally {
        release();
      }
      for (const r of burst) {
        expect(r).toMatchObject({ status: 503, errors: [{ extensions: { code: 'TIMEOUT' } }] });
        expect(r.errors![0].message).toMatch(
          /^The server was busy with other heavy requests \(at most 1 run at once\)/,
        );
        expect(r.data).toBeUndefined();
      }
      // The slot given back, the same request is served.
      expect((await api.gql(`{ ${nested(1, '2')} }`)).errors).toBeUndefined();
    } finally {
      await api.close();
    }
  });
});
