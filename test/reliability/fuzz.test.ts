import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { createSchema } from '../../src/schema';
import { withDemoApi } from '../helpers/demo-api';
import { TEST_API_KEYS } from '../helpers/server';

const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

/** Strings meant to break things: Cypher, HTML, template and JSON syntax, control and bidi characters, very long. */
const HOSTILE = [
  '"}) MATCH (n) DETACH DELETE n //',
  "' OR 1=1 --",
  'x` }) CALL dbms.security.createUser("evil", "pw", false) //',
  '$id {{limit}} ${process.exit()}',
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror=alert(1)>',
  '\u0000\u0001\u001f NUL and control',
  '\u202eevil\u202c right-to-left override',
  'Zażółć gęślą jaźń — Łódź — Ørsted — 北京 — 🚀👩‍👩‍👧',
  'e\u0301 (combining, not NFC)',
  '{"__proto__": {"polluted": true}}',
  '../../../etc/passwd',
  'x'.repeat(100_000),
];
const IDS = ['malopolska', 'klaster-lifescience-krakow', 'medsilesia', 'silesian-voivodeship', 'ecri', 'no-such-id'];

const text = fc.oneof(fc.constantFrom(...HOSTILE.map((h) => h.slice(0, 500)), ...IDS), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));

/** A JSON value for an input type: usually well-typed, sometimes not (the server must say why, not crash). */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(fc.constant(null), fc.integer(), text, fc.boolean(), fc.constant({}), fc.constant([]));
  if (isNonNullType(type)) return fc.oneof({ weight: 9, arbitrary: valueFor(type.ofType, depth) }, { weight: 1, arbitrary: wrong });
  if (isListType(type)) return fc.array(valueFor(type.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 4 });
  const named = getNamedType(type);
  let right: fc.Arbitrary<unknown>;
  if (isEnumType(named)) right = fc.constantFrom(...named.getValues().map((v) => v.name));
  else if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields());
    right = depth > 2 ? fc.constant({}) : fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)])), { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) });
  } else if (named.name === 'Int') right = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31)));
  else if (named.name === 'Float') right = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(0));
  else if (named.name === 'Boolean') right = fc.boolean();
  else if (named.name === 'JSON') right = fc.jsonValue({ maxDepth: 2 });
  else right = text;
  return fc.oneof({ weight: 9, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

/** A selection set for a type, at most `depth` levels deep (interfaces and unions get an inline fragment). */
function selectionFor(type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (isLeafType(type)) return fc.constant('');
  if (isUnionType(type) || isInterfaceType(type)) {
    const options = isUnionType(type) ? type.getTypes() : [];
    const own = isInterfaceType(type) ? fieldsSelection(type.getFields(), depth) : fc.constant('__typename');
    return own.chain((sel) => (options.length ? fc.constantFrom(...options).chain((t) => selectionFor(t, depth - 1).map((s) => `{ __typename ${sel.replace(/^\{|\}$/g, '')} ... on ${t.name} ${s || '{ __typename }'} }`)) : fc.constant(sel)));
  }
  if (isObjectType(type)) return fieldsSelection(type.getFields(), depth);
  return fc.constant('');
}

function fieldsSelection(fields: Record<string, GraphQLField<unknown, unknown>>, depth: number): fc.Arbitrary<string> {
  const usable = Object.values(fields).filter((f) => depth > 0 || isLeafType(getNamedType(f.type)));
  if (!usable.length) return fc.constant('{ __typename }');
  return fc.uniqueArray(fc.constantFrom(...usable), { minLength: 1, maxLength: 3, selector: (f) => f.name }).chain((chosen) =>
    fc.tuple(...chosen.map((f) => (f.args.length ? fc.constant('') : selectionFor(getNamedType(f.type), depth - 1)).map((s) => `${f.name} ${s}`))).map((parts) => `{ ${parts.join(' ')} }`),
  );
}

/** A whole request: a root field with its arguments as variables, a selection, and who sends it. */
function requestFor(schema: GraphQLSchema): fc.Arbitrary<{ query: string; variables: unknown; as: string }> {
  const roots = [...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const), ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const)];
  const wellFormed = fc.constantFrom(...roots).chain(([op, field]) =>
    fc
      .tuple(
        fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type)])), { requiredKeys: [] }),
        selectionFor(getNamedType(field.type), 2),
      )
      .map(([variables, selection]) => {
        const decl = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
        const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
        return { query: `${op}${decl ? `(${decl})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`, variables };
      }),
  );
  const mangled = wellFormed.chain((r) => fc.nat(r.query.length).chain((at) => text.map((junk) => ({ query: r.query.slice(0, at) + junk + r.query.slice(at + 1), variables: r.variables }))));
  const garbage = fc.record({ query: fc.oneof(text, fc.string({ unit: 'binary', maxLength: 200 })), variables: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)) });
  return fc.record({ req: fc.oneof({ weight: 6, arbitrary: wellFormed }, { weight: 2, arbitrary: mangled }, { weight: 1, arbitrary: garbage }), as: fc.constantFrom('anonymous', 'admin', 'viewer') }).map(({ req, as }) => ({ ...req, as }));
}

const LEAKS = /\bat (?:async )?\S+ \(|stacktrace|node_modules|\/work\/|\/src\/|\.ts:\d+|Neo4jError|Neo\.(?:Client|Transient|Database)Error|java\./;

describe(`fuzz: ${RUNS} generated documents and variables`, () => {
  const suite = withDemoApi();

  it('never answers 5xx, INTERNAL_SERVER_ERROR, a stack trace or an internal path', async () => {
    const schema = await createSchema();
    const cases = fc.sample(requestFor(schema), { numRuns: RUNS, seed: SEED });
    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const c = cases[next++];
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (c.as !== 'anonymous') headers.authorization = `Bearer ${TEST_API_KEYS[c.as as 'admin']}`;
        const res = await fetch(`${suite.api.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: c.query, variables: c.variables }) });
        const body = await res.text();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        let parsed: any;
        try {
          parsed = JSON.parse(body);
        } catch {
          parsed = undefined;
        }
        const internal = parsed?.errors?.some((e: any) => e?.extensions?.code === 'INTERNAL_SERVER_ERROR');
        if (res.status >= 500 || !parsed || internal || LEAKS.test(body)) failures.push(`${res.status} ${JSON.stringify(c).slice(0, 400)} → ${body.slice(0, 400)}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    console.log(`fuzz: ${cases.length} requests (seed ${SEED}), statuses ${JSON.stringify(statuses)}, failures ${failures.length}`);
    expect(failures.slice(0, 5)).toEqual([]);
    expect((await fetch(`${suite.api.url}/health`)).status).toBe(200);
  }, 600_000);

  it('stores hostile text in every free-text input verbatim and returns it unchanged', async () => {
    const generated = fc.sample(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''), { numRuns: 60, seed: SEED });
    const samples = [...HOSTILE, ...generated];
    const upsert = 'mutation($input: ClusterInput!) { upsertCluster(input: $input) { id } }';
    const read = 'query($id: ID!) { entity(id: $id) { name description website aliases relations(kinds: [MEMBER_OF]) { note } } }';
    // Its own anchor: the fuzz above may have deleted or changed any demo entity.
    const anchor = await suite.api.gql('mutation { upsertOrganisation(input: {id: "hostile-anchor", name: "Anchor", orgType: "company"}) { id } }', {}, { as: 'editor' });
    expect(anchor.errors).toBeUndefined();
    for (const [i, s] of samples.entries()) {
      const id = `hostile-${i}`;
      const name = s.length > 1000 ? s.slice(0, 1000) : s; // names are indexed: at most 1,000 characters
      const input = { id, name, description: s, website: s, aliases: [s, `${s}-2`] };
      const written = await suite.api.gql(upsert, { input }, { as: 'editor' });
      expect({ i, errors: written.errors }).toEqual({ i, errors: undefined });
      const linked = await suite.api.gql('mutation($note: String!, $id: ID!) { link(input: {from: "hostile-anchor", kind: MEMBER_OF, to: $id, note: $note}) { kind } }', { id, note: s }, { as: 'editor' });
      expect({ i, errors: linked.errors }).toEqual({ i, errors: undefined });
      const back = (await suite.api.gql(read, { id })).data.entity;
      expect(back.name === name && back.description === s && back.website === s && back.aliases[0] === s && back.aliases[1] === `${s}-2` && back.relations[0]?.note === s).toBe(true);
    }
    // Lone surrogates cannot travel as UTF-8 (the driver would store U+FFFD): refused, naming the field.
    const lone = await suite.api.gql(upsert, { input: { id: 'hostile-lone', name: 'ok', description: 'bad \ud800 text' } }, { as: 'editor' });
    expect(lone.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.description' } });
    expect(lone.errors![0].message).toMatch(/unpaired UTF-16 surrogate \(\\uD800 at position 4\)/);
    const long = await suite.api.gql(upsert, { input: { id: 'hostile-long', name: 'n'.repeat(1001) } }, { as: 'editor' });
    expect(long.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.name' }, message: 'input.name: at most 1000 characters (the field is indexed), got 1001' });
  }, 300_000);
});
