import fs from 'node:fs';
import path from 'node:path';
import { importFiles } from '../../src/import/importer';
import { ImportValidationError, LIST_LIMITS, MAX_TEXT, TEXT_LIMITS } from '../../src/import/validate';
import { MAX_SEARCH_TEXT, MAX_SEARCH_WORD } from '../../src/modules/search/lucene';
import { MAX_MESSAGE } from '../../src/errors/format';
import { withEmptyApi } from '../helpers/demo-api';
import { scratchDir } from '../helpers/scratch';

// Threats (issue 17, rows 13 and 14): a 900,000-character description, 60,000 aliases and
// `website: "javascript:…"` were accepted; a 1,001-character search word answered INTERNAL_SERVER_ERROR.

const UPSERT = 'mutation($input: ClusterInput!) { upsertCluster(input: $input) { id } }';
const LINK = 'mutation($input: LinkInput!) { link(input: $input) { kind } }';
const tmp = scratchDir('pg-bounds-');

describe('input bounds', () => {
  const suite = withEmptyApi({ as: 'editor' });
  /** The stored properties of the node with this id, or null. */
  const stored = async (id: string) => {
    const { records } = await suite.db.driver.executeQuery(
      'MATCH (n {id: $id}) RETURN properties(n) AS p',
      { id },
      { database: suite.db.database },
    );
    return records[0]?.get('p') ?? null;
  };
  /** The first error of an upsert, and what it left in the database. */
  const upsert = async (input: Record<string, unknown>) => {
    const res = await suite.api.gql(UPSERT, { input: { name: 'Bounds', ...input } });
    return {
      status: res.status,
      error: res.errors?.[0] && {
        code: res.errors[0].extensions.code,
        field: res.errors[0].extensions.field,
        message: res.errors[0].message,
      },
      stored: await stored(input.id as string),
    };
  };
  afterEach(async () => {
    await suite.db.driver.executeQuery(
      "MATCH (n) WHERE n.id STARTS WITH 'bounds-' DETACH DELETE n",
      {},
      { database: suite.db.database },
    );
  });

  it('refuses a 900,000-character description with BAD_USER_INPUT naming the field, the limit and the length; stores nothing', async () => {
    expect(await upsert({ id: 'bounds-description', description: 'd'.repeat(900_000) })).toEqual({
      status: 200,
      error: {
        code: 'BAD_USER_INPUT',
        field: 'input.description',
        message: 'input.description: at most 10000 characters, got 900000',
      },
      stored: null,
    });
    // The limit itself is accepted.
    const atLimit = await upsert({ id: 'bounds-description', description: 'd'.repeat(TEXT_LIMITS.description) });
    expect({ error: atLimit.error, length: atLimit.stored?.description.length }).toEqual({
      error: undefined,
      length: 10_000,
    });
  });

  it('refuses 60,000 aliases, and one alias over 200 characters, naming the field and the limit; stores nothing', async () => {
    const many = await upsert({ id: 'bounds-aliases', aliases: Array.from({ length: 60_000 }, (_, i) => `a${i}`) });
    expect(many).toEqual({
      status: 200,
      error: { code: 'BAD_USER_INPUT', field: 'input.aliases', message: 'input.aliases: at most 200 items, got 60000' },
      stored: null,
    });
    const long = await upsert({ id: 'bounds-aliases', aliases: ['fine', 'x'.repeat(201)] });
    expect(long.error).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.aliases',
      message: 'input.aliases: item 1: at most 200 characters, got 201',
    });
    expect(long.stored).toBeNull();
    const atLimit = await upsert({
      id: 'bounds-aliases',
      aliases: Array.from({ length: LIST_LIMITS.aliases.items }, (_, i) =>
        `${i}`.padEnd(LIST_LIMITS.aliases.chars, 'y'),
      ),
    });
    expect({ error: atLimit.error, count: atLimit.stored?.aliases.length }).toEqual({ error: undefined, count: 200 });
  });

  it('refuses a website that is not an http(s) URL (javascript:, data:, a disguised scheme, no host); accepts http and https', async () => {
    for (const website of [
      'javascript:alert(document.cookie)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'https://',
      'http:///path',
      '//evil.example',
      'www.example.org',
      'ftp://example.org',
    ]) {
      const res = await upsert({ id: 'bounds-website', website });
      expect({ website, code: res.error?.code, field: res.error?.field, stored: res.stored }).toEqual({
        website,
        code: 'BAD_USER_INPUT',
        field: 'input.website',
        stored: null,
      });
      expect(res.error!.message).toBe(
        `input.website: expected an http(s) URL (http:// or https:// and a host), got ${JSON.stringify(website)}`,
      );
    }
    for (const website of ['https://www.example.org/a?b=c#d', 'http://klaster.example/x y']) {
      const res = await upsert({ id: 'bounds-website', website });
      expect({ error: res.error, website: res.stored?.website }).toEqual({ error: undefined, website });
    }
    const long = await upsert({ id: 'bounds-website', website: `https://example.org/${'p'.repeat(2_000)}` });
    expect(long.error?.message).toBe('input.website: at most 2000 characters, got 2020');
  });

  it('refuses an oversized relation note and source list on link, naming the field; stores no relation', async () => {
    await upsert({ id: 'bounds-a' });
    await upsert({ id: 'bounds-b' });
    const note = await suite.api.gql(LINK, {
      input: { from: 'bounds-a', kind: 'PARTNER_OF', to: 'bounds-b', note: 'n'.repeat(TEXT_LIMITS.note + 1) },
    });
    expect(note.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.note' },
      message: 'input.note: at most 2000 characters, got 2001',
    });
    const sources = await suite.api.gql(LINK, {
      input: {
        from: 'bounds-a',
        kind: 'PARTNER_OF',
        to: 'bounds-b',
        sources: Array.from({ length: 5_000 }, (_, i) => `src-${i}`),
      },
    });
    expect(sources.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.sources' },
      message: 'input.sources: at most 1000 items, got 5000',
    });
    // One issue, not 5,000 "unknown source" ones: the list is refused before its items are looked up.
    expect(sources.errors![0].extensions.issues).toHaveLength(1);
    const endpoint = await suite.api.gql(LINK, {
      input: { from: 'bounds-a', kind: 'PARTNER_OF', to: 'b'.repeat(100_000) },
    });
    expect(endpoint.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.to' },
      message: 'input.to: expected an entity id, at most 80 characters, got 100000',
    });
    const { records } = await suite.db.driver.executeQuery(
      "MATCH ({id: 'bounds-a'})-[r]-() RETURN count(r) AS n",
      {},
      { database: suite.db.database },
    );
    expect(records[0].get('n').toNumber()).toBe(0);
  });

  it('applies the same bounds to import files (one shared validator), naming the file and record', async () => {
    const file = path.join(tmp, 'big.json');
    const source = {
      kind: 'Source',
      id: 'bounds-src',
      name: 'S',
      title: 't'.repeat(MAX_TEXT + 1),
      url: 'javascript:alert(1)',
    };
    fs.writeFileSync(
      file,
      JSON.stringify({
        entities: [
          {
            kind: 'Cluster',
            id: 'bounds-file',
            name: 'F',
            description: 'd'.repeat(900_000),
            labels: Array(60_000).fill('capital'),
          },
          source,
        ],
      }),
    );
    const error = await importFiles(suite.db, [file]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as ImportValidationError).issues.map((i) => `${i.record} ${i.field}: ${i.message}`)).toEqual([
      'entities[0] description: at most 10000 characters, got 900000',
      'entities[0] labels: at most 20 items, got 60000',
      'entities[1] title: at most 1000 characters, got 1001',
      'entities[1] url: expected an http(s) URL (http:// or https:// and a host), got "javascript:alert(1)"',
    ]);
    expect((error as Error).message).toMatch(
      /^Import rejected, nothing was written: 4 problem\(s\)\n {2}big\.json entities\[0\] \(id "bounds-file"\): field "description": at most 10000 characters, got 900000/,
    );
    expect(await stored('bounds-file')).toBeNull();
  });

  it('keeps huge wrong values out of error messages (cut to 100 characters)', async () => {
    // eventType was the free-text field here until it became the EventType enum: a date is still text the validator
    // judges.
    const event = (input: Record<string, unknown>) =>
      suite.api.gql('mutation($input: EventInput!) { upsertEvent(input: $input) { id } }', {
        input: { id: 'bounds-event', name: 'E', eventType: 'MEETING', ...input },
      });
    const huge = await event({ startDate: 'z'.repeat(500_000) });
    expect(huge.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.startDate' },
      message: 'input.startDate: at most 1000 characters, got 500000',
    });
    // Within the text limit but not a date: the message quotes only its start.
    const wrong = await event({ startDate: 'z'.repeat(900) });
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.startDate' } });
    expect(wrong.errors![0].message).toMatch(
      /^input\.startDate: expected an ISO date \(YYYY, YYYY-MM or YYYY-MM-DD\), got "z{99}… \(900 characters\)$/,
    );
    // Not a value of an enum: graphql-js refuses the variable and quotes it; the message is cut at MAX_MESSAGE.
    const notListed = await event({ eventType: 'z'.repeat(500_000) });
    expect(notListed.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(notListed.errors![0].message).toMatch(
      /^Variable "\$input" got invalid value "z+… \(\d+ more characters cut\)$/,
    );
    expect(notListed.errors![0].message.length).toBeLessThanOrEqual(MAX_MESSAGE + 40);
  });

  it('answers a 1,001-character search word with BAD_USER_INPUT naming the field (was INTERNAL_SERVER_ERROR)', async () => {
    const search = (q: string) => suite.api.gql('query($q: String!) { search(query: $q) { score } }', { q });
    const threat = await search('a'.repeat(1_001));
    expect({ status: threat.status, error: threat.errors?.[0] }).toEqual({
      status: 200,
      error: expect.objectContaining({
        extensions: { code: 'BAD_USER_INPUT', field: 'query', limit: MAX_SEARCH_TEXT, length: 1001 },
        message: 'query: at most 1000 characters, got 1001',
      }),
    });
    // A shorter text with one overlong word: the word limit (Lucene's fuzzy automaton fails past 1,000).
    const word = await search(`cluster ${'a'.repeat(MAX_SEARCH_WORD + 1)}`);
    expect(word.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'query', limit: MAX_SEARCH_WORD, length: 101 },
      message: `query: each word at most 100 characters, got a word of 101 ("${'a'.repeat(20)}…")`,
    });
    const list = await suite.api.gql('query($q: String!) { entities(filter: {text: $q}) { totalCount } }', {
      q: 'a'.repeat(1_001),
    });
    expect(list.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.text', limit: MAX_SEARCH_TEXT, length: 1001 },
    });
    const listWord = await suite.api.gql('query($q: String!) { entities(filter: {text: $q}) { totalCount } }', {
      q: `x ${'é'.repeat(500)}`,
    });
    expect(listWord.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.text', limit: MAX_SEARCH_WORD, length: 500 },
    });
    const longText = await suite.api.gql('query($q: String!) { search(query: $q) { score } }', {
      q: 'word '.repeat(MAX_SEARCH_TEXT),
    });
    expect(longText.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'query' },
      message: `query: at most ${MAX_SEARCH_TEXT} characters, got ${5 * MAX_SEARCH_TEXT}`,
    });
    // At the limits a search runs.
    const ok = await search(`${'b'.repeat(MAX_SEARCH_WORD)} cluster`);
    expect(ok.errors).toBeUndefined();
  });

  it('never echoes a huge rejected variable back in full (graphql-js quotes it; the message is cut at 1,000 characters)', async () => {
    const huge = 'x'.repeat(900_000);
    const res = await suite.api.gql('query($n: Int) { entities(first: $n) { totalCount } }', { n: huge });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message.length).toBeLessThan(1_100);
    expect(res.errors![0].message).toMatch(/more characters cut\)$/);
  });
});
