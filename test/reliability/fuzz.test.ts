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
import { LIST_LIMITS, TEXT_LIMITS } from '../../src/import/validate';
import { KIND_SPECS, type EntityKind, type VocabularyEnum } from '../../src/model/vocabulary';
import { enumValueName } from '../../src/modules/entity/entity.enum';
import { MAX_SEARCH_TEXT, MAX_SEARCH_WORD } from '../../src/modules/search/lucene';
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

const text = fc.oneof(
  fc.constantFrom(...HOSTILE.map((h) => h.slice(0, 500)), ...IDS),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

/** A JSON value for an input type: usually well-typed, sometimes not (the server must say why, not crash). */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(fc.constant(null), fc.integer(), text, fc.boolean(), fc.constant({}), fc.constant([]));
  if (isNonNullType(type))
    return fc.oneof({ weight: 9, arbitrary: valueFor(type.ofType, depth) }, { weight: 1, arbitrary: wrong });
  if (isListType(type)) return fc.array(valueFor(type.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 4 });
  const named = getNamedType(type);
  let right: fc.Arbitrary<unknown>;
  if (isEnumType(named)) right = fc.constantFrom(...named.getValues().map((v) => v.name));
  else if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields());
    right =
      depth > 2
        ? fc.constant({})
        : fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)])), {
            requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
          });
  } else if (named.name === 'Int')
    right = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31)));
  else if (named.name === 'Float')
    right = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(0));
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
    return own.chain((sel) =>
      options.length
        ? fc
            .constantFrom(...options)
            .chain((t) =>
              selectionFor(t, depth - 1).map(
                (s) => `{ __typename ${sel.replace(/^\{|\}$/g, '')} ... on ${t.name} ${s || '{ __typename }'} }`,
              ),
            )
        : fc.constant(sel),
    );
  }
  if (isObjectType(type)) return fieldsSelection(type.getFields(), depth);
  return fc.constant('');
}

function fieldsSelection(fields: Record<string, GraphQLField<unknown, unknown>>, depth: number): fc.Arbitrary<string> {
  const usable = Object.values(fields).filter((f) => depth > 0 || isLeafType(getNamedType(f.type)));
  if (!usable.length) return fc.constant('{ __typename }');
  return fc
    .uniqueArray(fc.constantFrom(...usable), { minLength: 1, maxLength: 3, selector: (f) => f.name })
    .chain((chosen) =>
      fc
        .tuple(
          ...chosen.map((f) =>
            (f.args.length ? fc.constant('') : selectionFor(getNamedType(f.type), depth - 1)).map(
              (s) => `${f.name} ${s}`,
            ),
          ),
        )
        .map((parts) => `{ ${parts.join(' ')} }`),
    );
}

/** A whole request: a root field with its arguments as variables, a selection, and who sends it. */
function requestFor(schema: GraphQLSchema): fc.Arbitrary<{ query: string; variables: unknown; as: string }> {
  const roots = [
    ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
    ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
  ];
  const wellFormed = fc.constantFrom(...roots).chain(([op, field]) =>
    fc
      .tuple(
        fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type)])), { requiredKeys: [] }),
        selectionFor(getNamedType(field.type), 2),
      )
      .map(([variables, selection]) => {
        const decl = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
        const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
        return {
          query: `${op}${decl ? `(${decl})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`,
          variables,
        };
      }),
  );
  const mangled = wellFormed.chain((r) =>
    fc
      .nat(r.query.length)
      .chain((at) =>
        text.map((junk) => ({ query: r.query.slice(0, at) + junk + r.query.slice(at + 1), variables: r.variables })),
      ),
  );
  const garbage = fc.record({
    query: fc.oneof(text, fc.string({ unit: 'binary', maxLength: 200 })),
    variables: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
  });
  return fc
    .record({
      req: fc.oneof(
        { weight: 6, arbitrary: wellFormed },
        { weight: 2, arbitrary: mangled },
        { weight: 1, arbitrary: garbage },
      ),
      as: fc.constantFrom('anonymous', 'admin', 'viewer'),
    })
    .map(({ req, as }) => ({ ...req, as }));
}

const LEAKS =
  /\bat (?:async )?\S+ \(|stacktrace|node_modules|\/work\/|\/src\/|\.ts:\d+|Neo4jError|Neo\.(?:Client|Transient|Database)Error|java\./;

/** An answer as the fuzz checks see it: status, raw body, and the body parsed (undefined when not JSON). */
interface Answer {
  status: number;
  body: string;
  parsed: any;
}

/**
 * Posts every case's query and variables to `url` as the role `as(case)` names ('anonymous': no
 * credentials), `concurrency` at a time, and hands each answer to `check`.
 */
async function postAll<C extends { query: string; variables: unknown }>(
  url: string,
  cases: C[],
  concurrency: number,
  as: (c: C) => string,
  check: (c: C, answer: Answer) => void,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++];
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (as(c) !== 'anonymous') headers.authorization = `Bearer ${TEST_API_KEYS[as(c) as 'admin']}`;
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: c.query, variables: c.variables }),
      });
      const body = await res.text();
      let parsed: any;
      try {
        parsed = JSON.parse(body);
      } catch {
        parsed = undefined;
      }
      check(c, { status: res.status, body, parsed });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

describe(`fuzz: ${RUNS} generated documents and variables`, () => {
  const suite = withDemoApi();

  it('never answers 5xx, INTERNAL_SERVER_ERROR, a stack trace or an internal path', async () => {
    const schema = await createSchema();
    const cases = fc.sample(requestFor(schema), { numRuns: RUNS, seed: SEED });
    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    await postAll(
      suite.api.url,
      cases,
      8,
      (c) => c.as,
      (c, { status, body, parsed }) => {
        statuses[status] = (statuses[status] ?? 0) + 1;
        const internal = parsed?.errors?.some((e: any) => e?.extensions?.code === 'INTERNAL_SERVER_ERROR');
        if (status >= 500 || !parsed || internal || LEAKS.test(body))
          failures.push(`${status} ${JSON.stringify(c).slice(0, 400)} → ${body.slice(0, 400)}`);
      },
    );
    console.log(
      `fuzz: ${cases.length} requests (seed ${SEED}), statuses ${JSON.stringify(statuses)}, failures ${failures.length}`,
    );
    expect(failures.slice(0, 5)).toEqual([]);
    expect((await fetch(`${suite.api.url}/health`)).status).toBe(200);
  }, 600_000);

  it('stores hostile text in every free-text input verbatim and returns it unchanged', async () => {
    const generated = fc.sample(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
      { numRuns: 60, seed: SEED },
    );
    const samples = [...HOSTILE, ...generated];
    const upsert = 'mutation($input: ClusterInput!) { upsertCluster(input: $input) { id } }';
    const read =
      'query($id: ID!) { entity(id: $id) { name description website aliases relations(kinds: [MEMBER_OF]) { edges { note } } } }';
    // Its own anchor: the fuzz above may have deleted or changed any demo entity.
    const anchor = await suite.api.gql(
      'mutation { upsertOrganisation(input: {id: "hostile-anchor", name: "Anchor", orgType: COMPANY}) { id } }',
      {},
      { as: 'editor' },
    );
    expect(anchor.errors).toBeUndefined();
    for (const [i, s] of samples.entries()) {
      const id = `hostile-${i}`;
      // Each field takes the hostile text up to its limit (docs/model.md, "Limits"); a website must be an
      // http(s) URL, so the text rides in its path.
      const name = s.length > 1000 ? s.slice(0, 1000) : s; // names are indexed: at most 1,000 characters
      const description = s.slice(0, TEXT_LIMITS.description);
      const website = `https://example.org/${s.slice(0, TEXT_LIMITS.website - 20)}`;
      const alias = s.slice(0, LIST_LIMITS.aliases.chars - 2);
      const note = s.slice(0, TEXT_LIMITS.note);
      const input = { id, name, description, website, aliases: [alias, `${alias}-2`] };
      const written = await suite.api.gql(upsert, { input }, { as: 'editor' });
      expect({ i, errors: written.errors }).toEqual({ i, errors: undefined });
      const linked = await suite.api.gql(
        'mutation($note: String!, $id: ID!) { link(input: {from: "hostile-anchor", kind: MEMBER_OF, to: $id, note: $note}) { kind } }',
        { id, note },
        { as: 'editor' },
      );
      expect({ i, errors: linked.errors }).toEqual({ i, errors: undefined });
      const back = (await suite.api.gql(read, { id })).data.entity;
      expect(
        back.name === name &&
          back.description === description &&
          back.website === website &&
          back.aliases[0] === alias &&
          back.aliases[1] === `${alias}-2` &&
          back.relations.edges[0]?.note === note,
      ).toBe(true);
    }
    // Lone surrogates cannot travel as UTF-8 (the driver would store U+FFFD): refused, naming the field.
    const lone = await suite.api.gql(
      upsert,
      { input: { id: 'hostile-lone', name: 'ok', description: 'bad \ud800 text' } },
      { as: 'editor' },
    );
    expect(lone.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.description' } });
    expect(lone.errors![0].message).toMatch(/unpaired UTF-16 surrogate \(\\uD800 at position 4\)/);
    const long = await suite.api.gql(
      upsert,
      { input: { id: 'hostile-long', name: 'n'.repeat(1001) } },
      { as: 'editor' },
    );
    expect(long.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.name' },
      message: 'input.name: at most 1000 characters (the field is indexed), got 1001',
    });
  }, 300_000);

  it('answers oversized text and lists, non-http(s) URLs and overlong search words with BAD_USER_INPUT naming the field, never 5xx', async () => {
    /**
     * Text longer than `limit` (UTF-16 units), of characters that are wide in UTF-8, fold differently or are markup.
     */
    const over = (limit: number, units = ['x', 'é', '🚀', ' y', '<b>', 'ß']) =>
      fc
        .tuple(fc.constantFrom(...units), fc.constantFrom(limit + 1, limit * 10, 900_000))
        .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));
    /** A list with more items than `limit`. */
    const longList = (limit: number, item: string) =>
      fc.constantFrom(limit + 1, limit * 5, 60_000).map((n) => Array.from({ length: n }, (_, i) => `${item}${i}`));
    const badUrl = fc.constantFrom(
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      'https://',
      '//evil.example',
      'www.example.org',
      'mailto:a@b.c',
      '\u0001https://x.example',
    );
    /**
     * Per entity kind: its upsert, a valid required field set, and its own text fields (at most 1,000 characters each).
     */
    const kinds = (Object.keys(KIND_SPECS) as EntityKind[])
      .filter((k) => k !== 'Source')
      .map((kind) => {
        const spec = KIND_SPECS[kind];
        const base: Record<string, unknown> = { id: 'fuzz-bounds', name: 'Fuzz bounds' };
        // Required own fields are all vocabulary enums: a variable takes the value's GraphQL name.
        for (const f of spec.required) base[f] = enumValueName((spec.fields[f] as VocabularyEnum).enum[0]);
        // Free text only: the schema itself refuses anything but a listed value for an enum field.
        return {
          mutation: `upsert${kind}`,
          input: `${kind}Input!`,
          base,
          own: Object.keys(spec.fields).filter((f) => ['string', 'date'].includes(spec.fields[f] as string)),
        };
      });
    const entityField = fc.constantFrom(...kinds).chain((k) =>
      fc
        .oneof(
          over(1_000).map((v) => ['name', v] as const),
          over(TEXT_LIMITS.description).map((v) => ['description', v] as const),
          fc
            .oneof(
              badUrl,
              over(TEXT_LIMITS.website).map((v) => `https://example.org/${v}`),
            )
            .map((v) => ['website', v] as const),
          longList(LIST_LIMITS.aliases.items, 'alias').map((v) => ['aliases', v] as const),
          over(LIST_LIMITS.aliases.chars).map((v) => ['aliases', ['fine', v]] as const),
          longList(LIST_LIMITS.sources.items, 'ecri').map((v) => ['sources', v] as const),
          longList(LIST_LIMITS.labels.items, 'capital').map((v) => ['labels', v] as const),
          // (a Sector's one own field is an enum: it has no free text of its own)
          ...(k.own.length ? [fc.tuple(fc.constantFrom(...k.own), over(1_000)).map(([f, v]) => [f, v] as const)] : []),
        )
        .map(([field, value]) => ({
          query: `mutation($input: ${k.input}) { ${k.mutation}(input: $input) { id } }`,
          variables: { input: { ...k.base, [field]: value } },
          field: `input.${field}`,
        })),
    );
    const link = fc
      .oneof(
        over(TEXT_LIMITS.note).map((v) => ['note', v] as const),
        longList(LIST_LIMITS.sources.items, 'ecri').map((v) => ['sources', v] as const),
        fc.tuple(fc.constantFrom('from', 'to'), over(80)).map(([f, v]) => [f, v] as const),
      )
      .map(([field, value]) => ({
        query: 'mutation($input: LinkInput!) { link(input: $input) { kind } }',
        variables: { input: { from: 'fuzz-anchor-a', kind: 'PARTNER_OF', to: 'fuzz-anchor-b', [field]: value } },
        field: `input.${field}`,
      }));
    // One overlong word (letters only, so it stays one word; ß folds to two letters), or overlong text.
    const searchText = fc
      .tuple(
        fc.oneof(over(MAX_SEARCH_WORD, ['x', 'é', 'ß', 'ł', '北']), over(MAX_SEARCH_TEXT)),
        fc.constantFrom('', 'cluster ', 'Łódź '),
      )
      .map(([b, before]) => `${before}${b}`);
    const search = fc.oneof(
      searchText.map((q) => ({
        query: 'query($q: String!) { search(query: $q) { score } }',
        variables: { q },
        field: 'query',
      })),
      searchText.map((q) => ({
        query: 'query($q: String!) { entities(filter: {text: $q}) { totalCount } }',
        variables: { q },
        field: 'filter.text',
      })),
    );
    // Own link ends: the fuzz above may have deleted any demo entity (a missing end answers NOT_FOUND first).
    for (const id of ['fuzz-anchor-a', 'fuzz-anchor-b'])
      expect(
        (
          await suite.api.gql(
            'mutation($id: ID!) { upsertCluster(input: {id: $id, name: "Anchor"}) { id } }',
            { id },
            { as: 'editor' },
          )
        ).errors,
      ).toBeUndefined();
    const cases = fc.sample(fc.oneof({ weight: 3, arbitrary: entityField }, link, search), {
      numRuns: Number(process.env.FUZZ_BOUNDS_RUNS ?? 300),
      seed: SEED,
    });
    const failures: string[] = [];
    const outcomes: Record<string, number> = {};
    await postAll(
      suite.api.url,
      cases,
      4,
      () => 'editor',
      (c, { status, body, parsed }) => {
        const error = parsed?.errors?.[0];
        // Over MAX_BODY (1 MB) the HTTP layer answers 413 before GraphQL: also a clear client error.
        const outcome = `${status} ${error?.extensions?.code ?? ''}`.trim();
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        const refused =
          status === 413 ||
          (status === 200 &&
            error?.extensions?.code === 'BAD_USER_INPUT' &&
            error.extensions.field === c.field &&
            Object.values(parsed.data ?? {}).every((v) => v === null));
        if (!refused || LEAKS.test(body))
          failures.push(`${status} ${JSON.stringify({ query: c.query, field: c.field })} → ${body.slice(0, 300)}`);
      },
    );
    console.log(
      `fuzz bounds: ${cases.length} requests (seed ${SEED}), outcomes ${JSON.stringify(outcomes)}, failures ${failures.length}`,
    );
    expect(failures.slice(0, 5)).toEqual([]);
    expect(outcomes['200 BAD_USER_INPUT']).toBeGreaterThan(cases.length / 2); // the classes mostly reach the validator, not just the body limit
    // None of them stored anything.
    const stored = await suite.api.gql('{ entity(id: "fuzz-bounds") { id } }');
    expect(stored.errors).toBeUndefined();
    expect(stored.data).toEqual({ entity: null });
  }, 300_000);
});
