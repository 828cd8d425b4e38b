/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, shoot } from '../helpers/browser';
import { loadConfig } from '../../src/config';
import { defaultServerOptions } from '../../src/server';
import { withDemoApi } from '../helpers/demo-api';
import { startTestServer, TEST_API_KEYS, TEST_API_KEYS_SETTING } from '../helpers/server';
import { GEOGRAPHY_AND_SECTORS } from '../../web/explorer/queries';

interface Drawn {
  nodes: { id: string }[];
  edges: { source: string; target: string; kind: string }[];
}

const drawn = (page: Page) =>
  page.evaluate(() => (window as unknown as { __explorer: { graph(): Drawn } }).__explorer.graph());
const ids = (d: Drawn) => d.nodes.map((n) => n.id).sort();
const links = (d: Drawn) => [...new Set(d.edges.map((e) => `${e.source} -${e.kind}-> ${e.target}`))].sort();

/** Chooses an entity in a picker by typing, then ↓ and Enter on the option with that id. */
async function choose(page: Page, label: string, text: string, id: string) {
  const input = page.getByLabel(`${label}: search`);
  await input.fill(text);
  await input.press('Enter');
  const option = page.getByLabel(`${label}: matches`).locator(`button[data-id="${id}"]`);
  await option.waitFor();
  await option.focus();
  await option.press('Enter');
  await page.getByLabel(`${label}: chosen`).locator(`li[data-id="${id}"]`).waitFor();
}

const results = (page: Page) => page.locator('.results[data-state="ready"], .results[data-state="error"]').first();

describe('the explorer in Chromium', () => {
  const suite = withDemoApi();
  /** What the API answers to `query` (which must not fail): the picture is compared with it. */
  const answer = async (query: string, variables?: Record<string, unknown>): Promise<any> => {
    const res = await suite.api.gql(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  /** Opens the form at `route`, picks each [field label, text typed, id chosen] and presses `button`. */
  const submit = async (route: string, picks: [string, string, string][], button: string) => {
    await page.goto(`${suite.api.url}/#/${route}`);
    for (const [label, text, id] of picks) await choose(page, label, text, id);
    await page.getByRole('button', { name: button }).click();
  };
  /** The ids of the scored list's items, in the order shown. */
  const scoredIds = () => page.locator('.scored > li').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-id')));
  /** Waits for the scored list, expects it to show what `query` answers in `field`, in order; that answer. */
  const expectScoredAsAnswered = async (query: string, field: string, idOf: (x: any) => string) => {
    await results(page).waitFor();
    const api = (await answer(query))[field];
    expect(await scoredIds()).toEqual(api.map(idOf));
    return api;
  };
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => ({ page, problems } = await openPage(browser, suite.api.url)));
  afterEach(async () => {
    await page.close();
    expect(problems).toEqual([]);
  });

  it('searches "Malopolska", reaches Małopolska by keyboard and shows its profile, sources and relations by kind', async () => {
    const api = await suite.api.gql('{ search(query: "Malopolska", first: 12) { entity { id name } } }');
    const top = api.data.search[0].entity;
    expect(top.name).toBe('Małopolska');

    await page.goto(`${suite.api.url}/`);
    await page.keyboard.type('Malopolska'); // the search box has the focus
    await page.keyboard.press('Enter');
    await page.locator('.hits').waitFor();
    expect(
      await page.locator('.hits a[data-id]').evaluateAll((as) => as.map((a) => a.getAttribute('data-id'))),
    ).toEqual(api.data.search.map((h: any) => h.entity.id));
    await shoot(page, 'search');

    // Tab from the box past the button to the first hit, Enter opens it.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    for (let i = 0; i < 3 && (await focused()) !== top.id; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(top.id);
    await page.keyboard.press('Enter');
    await page.waitForFunction((hash) => location.hash === hash, `#/entity/${top.id}`);
    await page.locator('.entity-page[data-state="ready"]').waitFor();
    expect(await page.locator('h1').innerText()).toContain('Małopolska');

    const entity = (
      await answer(
        `{ entity(id: "${top.id}") { sources { title } relations(first: 300) { edges { kind direction node { id } } } } }`,
      )
    ).entity;
    expect(await page.locator('.fact-sources a').allInnerTexts()).toEqual(entity.sources.map((s: any) => s.title));
    expect(await page.locator('.relation-group li').count()).toBe(entity.relations.edges.length);
    const kinds = await page.locator('.relation-group').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-kind')));
    expect(new Set(kinds)).toEqual(new Set(entity.relations.edges.map((r: any) => r.kind)));
    expect(await page.locator('.facts').innerText()).toMatch(/level\s+region/);
    await shoot(page, 'entity');
  });

  it('draws the cooperation paths between two seed actors exactly as the API answers them, and explains each hop', async () => {
    const from: [string, string, string] = ['From', 'KLK', 'klaster-lifescience-krakow'];
    await submit('paths', [from, ['To', 'MedSilesia', 'medsilesia']], 'Find paths');
    await page.locator('.graph[data-laid-out]').waitFor();

    const api = (
      await answer(`{ cooperationPaths(from: "klaster-lifescience-krakow", to: "medsilesia", maxHops: 4, limit: 3) {
      nodes { id } steps { kind direction from { id } entity { id } sources { title } } } }`)
    ).cooperationPaths;
    expect(api.length).toBeGreaterThan(1);
    const expected: Drawn = {
      nodes: api.flatMap((p: any) => p.nodes),
      edges: api.flatMap((p: any) =>
        p.steps.map((s: any) =>
          s.direction === 'INCOMING'
            ? { source: s.entity.id, target: s.from.id, kind: s.kind }
            : { source: s.from.id, target: s.entity.id, kind: s.kind },
        ),
      ),
    };
    const graph = await drawn(page);
    expect(ids(graph)).toEqual([...new Set(ids(expected))]);
    expect(links(graph)).toEqual(links(expected));
    expect(await page.locator('.paths > li').count()).toBe(api.length);
    expect(await page.locator('.paths .hop').count()).toBe(api.reduce((n: number, p: any) => n + p.steps.length, 0));

    // A hop chosen in the list names its relation, role and sources.
    await page.locator('.paths .hop').first().click();
    await expect(page.locator('.hop-detail').innerText()).resolves.toContain(api[0].steps[0].sources[0].title);
    // Hovering a drawn link says the same: the middle of the first hop's line.
    const [a, b] = await page.evaluate(
      ([x, y]) => {
        const e = (window as any).__explorer;
        return [e.centreOf(x), e.centreOf(y)];
      },
      [api[0].steps[1].from.id, api[0].steps[1].entity.id],
    );
    await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2);
    await expect(page.locator('.hop-detail').innerText()).resolves.toContain(api[0].steps[1].sources[0].title);
    await shoot(page, 'paths');
  });

  it('lets geography in when asked: KLK and the Life Science Park meet in Kraków', async () => {
    await page.goto(`${suite.api.url}/#/paths/klaster-lifescience-krakow/life-science-park-krakow/geo`);
    await page.locator('.graph[data-laid-out]').waitFor();
    expect(await page.locator('#geo').isChecked()).toBe(true);
    const api = (
      await answer(
        'query($via: [RelationKind!]) { cooperationPaths(from: "klaster-lifescience-krakow", to: "life-science-park-krakow", maxHops: 4, limit: 3, via: $via) { nodes { id } } }',
        { via: GEOGRAPHY_AND_SECTORS },
      )
    ).cooperationPaths;
    const expectedIds = [...new Set<string>(api.flatMap((p: any) => p.nodes.map((n: any) => n.id)))].sort();
    expect(expectedIds).toContain('krakow');
    expect(ids(await drawn(page))).toEqual(expectedIds);
    await shoot(page, 'paths-geography');
  });

  it('lists shared partners of two actors with the evidence per actor', async () => {
    const actors = 'Actors (2 to 10)';
    const picks: [string, string, string][] = [
      [actors, 'KLK', 'klaster-lifescience-krakow'],
      [actors, 'bioPmed', 'biopmed'],
    ];
    await submit('partners', picks, 'Find shared partners');
    const api = await expectScoredAsAnswered(
      '{ sharedPartners(ids: ["klaster-lifescience-krakow", "biopmed"], first: 20) { partner { id } ties { evidence { via { name } } } } }',
      'sharedPartners',
      (p) => p.partner.id,
    );
    const via = api[0].ties[0].evidence.find((e: any) => e.via)?.via.name;
    expect(await page.locator('.scored > li').first().innerText()).toContain(via);
    await shoot(page, 'shared-partners');
  });

  it('shows matches for one actor with the reasons behind each score', async () => {
    await page.goto(`${suite.api.url}/#/matches/south-poland-cleantech-cluster`);
    const api = await expectScoredAsAnswered(
      '{ cooperationMatches(for: "south-poland-cleantech-cluster", first: 10) { candidate { id } reasons { kind explanation } } }',
      'cooperationMatches',
      (m) => m.candidate.id,
    );
    const first = page.locator('.scored > li').first();
    expect(
      await first.locator('[data-reason]').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-reason'))),
    ).toEqual(api[0].reasons.map((r: any) => r.kind));
    expect(await first.innerText()).toContain(api[0].reasons[0].explanation);
    await shoot(page, 'matches');
  });

  it('draws a neighbourhood with a legend and expands a node when it is clicked', async () => {
    await page.goto(`${suite.api.url}/#/neighbourhood/ecri`);
    await page.locator('.graph[data-laid-out]').waitFor();
    const around = async (id: string) =>
      (await answer(`{ neighbourhood(id: "${id}", depth: 1, limit: 60) { nodes { id kind } } }`)).neighbourhood.nodes;
    const ecri = await around('ecri');
    expect(ids(await drawn(page))).toEqual(ecri.map((n: any) => n.id).sort());
    expect(await page.locator('.legend li').allInnerTexts()).toEqual(
      [...new Set<string>(ecri.map((n: any) => n.kind.toLowerCase()))].sort(),
    );

    // Click the neighbour whose own neighbourhood brings the most new nodes (the API says which).
    const shown = new Set<string>(ecri.map((n: any) => n.id));
    const fresh = (list: string[]) => list.filter((i) => !shown.has(i)).length;
    const options: { id: string; around: string[] }[] = await Promise.all(
      [...shown]
        .filter((id) => id !== 'ecri')
        .map(async (id) => ({ id, around: (await around(id)).map((n: any) => n.id) })),
    );
    const pick = options.sort((a, b) => fresh(b.around) - fresh(a.around))[0];
    const expected = [...new Set([...shown, ...pick.around])].sort();
    expect(expected.length).toBeGreaterThan(shown.size);
    const centre = await page.evaluate((id) => (window as any).__explorer.centreOf(id), pick.id);
    await page.mouse.click(centre.x, centre.y);
    await page.waitForFunction((n) => (window as any).__explorer.graph().nodes.length === n, expected.length);
    expect(ids(await drawn(page))).toEqual(expected);
    await shoot(page, 'neighbourhood');
  });

  it('asks paths as of a day: the study visit joins two actors the day after it, not the day before (the date stays in the address)', async () => {
    // The demo's dated event (time-demo.test.ts): the Podlasie study visit of 2–4 July 2019.
    const [a, b, event] = ['metal-processing-cluster', 'polish-construction-cluster', 'podlasie-study-visit-2019'];
    const api = async (asOf: string) =>
      (
        await answer(
          'query($asOf: String) { cooperationPaths(from: "metal-processing-cluster", to: "polish-construction-cluster", maxHops: 4, limit: 3, asOf: $asOf) { nodes { id } } }',
          { asOf },
        )
      ).cooperationPaths.map((p: any) => p.nodes.map((n: any) => n.id)) as string[][];
    const shown = async () =>
      (await page.locator('.results .graph').count()) ? ids(await drawn(page)) : ([] as string[]);
    const asked = async (asOf: string) => {
      await page.getByLabel('As of').fill(asOf);
      await page.getByRole('button', { name: 'Find paths' }).click();
      await page.waitForFunction((day) => location.hash.endsWith(`/${day}`), asOf);
      await results(page).waitFor();
      await page.locator('.results .graph[data-laid-out], .results > p').first().waitFor();
    };

    await page.goto(`${suite.api.url}/#/paths/${a}/${b}`);
    await page.locator('.graph[data-laid-out]').waitFor();
    // Before: the API finds no path through the event, and the page draws just what the API found.
    const before = await api('2019-07-01');
    expect(before.filter((p) => p.includes(event))).toEqual([]);
    await asked('2019-07-01');
    expect(await shown()).not.toContain(event);
    expect(await shown()).toEqual([...new Set(before.flat())].sort());
    if (!before.length) expect(await page.locator('.results').innerText()).toContain('as of 2019-07-01');
    await shoot(page, 'paths-before-event');

    const after = await api('2019-07-05');
    expect(after.filter((p) => p.includes(event)).length).toBeGreaterThan(0);
    await asked('2019-07-05');
    await page.locator('.graph[data-laid-out]').waitFor();
    expect(await shown()).toContain(event);
    expect(await shown()).toEqual([...new Set(after.flat())].sort());
    expect(new URL(page.url()).hash).toBe(`#/paths/${a}/${b}/cooperation/2019-07-05`);
    await shoot(page, 'paths-after-event');

    // The address alone brings back the question with its day; an empty date asks about all of history.
    await page.goto(`${suite.api.url}/#/search`);
    await page.goto(`${suite.api.url}/#/paths/${a}/${b}/cooperation/2019-07-01`);
    await results(page).waitFor();
    expect(await page.getByLabel('As of').inputValue()).toBe('2019-07-01');
    expect(await shown()).not.toContain(event);
    await page.getByLabel('As of').fill('');
    await page.getByRole('button', { name: 'Find paths' }).click();
    await page.waitForFunction(() => location.hash.endsWith('/cooperation'));
  });

  it.each([
    [
      'partners',
      'metal-processing-cluster,polish-construction-cluster',
      'sharedPartners(ids: ["metal-processing-cluster", "polish-construction-cluster"], first: 20, asOf: $asOf) { partner { id } }',
      (x: any) => x.partner.id,
    ],
    [
      'matches',
      'metal-processing-cluster',
      'cooperationMatches(for: "metal-processing-cluster", first: 10, asOf: $asOf) { candidate { id } }',
      (x: any) => x.candidate.id,
    ],
  ])('%s as of a day, from the address, lists what the API answers for that day', async (view, arg, field, idOf) => {
    const fieldName = field.slice(0, field.indexOf('('));
    const list = async (asOf: string) =>
      (await answer(`query($asOf: String) { ${field} }`, { asOf }))[fieldName].map(idOf) as string[];
    const [before, after] = [await list('2019-07-01'), await list('2019-07-05')];
    // The visit changes the answer, so showing either day's list proves the day was sent.
    expect(before).not.toEqual(after);
    for (const [asOf, expected] of [
      ['2019-07-01', before],
      ['2019-07-05', after],
    ] as const) {
      await page.goto(`${suite.api.url}/#/${view}/${arg}/${asOf}`);
      await results(page).waitFor();
      expect(await page.getByLabel('As of').inputValue()).toBe(asOf);
      expect(await scoredIds()).toEqual(expected);
    }
  });

  it('draws the neighbourhood as of a day: the study visit is not there the day before it', async () => {
    const around = async (asOf?: string) =>
      (
        await answer(
          'query($asOf: String) { neighbourhood(id: "metal-processing-cluster", depth: 1, limit: 60, asOf: $asOf) { nodes { id } } }',
          {
            asOf,
          },
        )
      ).neighbourhood.nodes
        .map((n: any) => n.id)
        .sort();
    const before = await around('2019-07-01');
    expect(before).not.toContain('podlasie-study-visit-2019');
    expect(await around()).toContain('podlasie-study-visit-2019');
    await page.goto(`${suite.api.url}/#/neighbourhood/metal-processing-cluster/2019-07-01`);
    await results(page).waitFor();
    if (before.length > 0) {
      await page.locator('.graph[data-laid-out]').waitFor();
      expect(ids(await drawn(page))).toEqual(before);
    }
    expect(await page.getByLabel('As of').inputValue()).toBe('2019-07-01');
  });

  it('charts an entity’s timeline: its years, with the counts the API gives, as bars and as a table', async () => {
    const id = 'podlasie-regional-development-foundation';
    const api = (
      await answer(
        `{ timeline(id: "${id}") { years { year newPartners { id } activeProjects { id } events { id } } } }`,
      )
    ).timeline.years as { year: number; newPartners: unknown[]; activeProjects: unknown[]; events: unknown[] }[];
    expect(api.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021]);
    await page.goto(`${suite.api.url}/#/entity/${id}`);
    await page.locator('.timeline-body[data-state="ready"]').waitFor();
    const chart = page.getByRole('img', { name: /per year, 2018–2021/ });
    const bars = await chart.locator('g[data-year]').evaluateAll((gs) =>
      gs.map((g) => ({
        year: Number(g.getAttribute('data-year')),
        counts: Array.from(g.querySelectorAll('rect')).map((r) => [
          r.getAttribute('data-series'),
          Number(r.getAttribute('data-count')),
        ]),
        heights: Array.from(g.querySelectorAll('rect')).map((r) => Number(r.getAttribute('height'))),
      })),
    );
    const counts = (y: (typeof api)[number]) => [
      ['newPartners', y.newPartners.length],
      ['activeProjects', y.activeProjects.length],
      ['events', y.events.length],
    ];
    expect(bars.map((b) => ({ year: b.year, counts: b.counts }))).toEqual(
      api.map((y) => ({ year: y.year, counts: counts(y) })),
    );
    // Bar heights follow the counts: a bar of n is n times as tall as a bar of 1.
    const unit = bars
      .flatMap((b) => b.heights.map((hgt, i) => hgt / (b.counts[i][1] as number)))
      .filter(Number.isFinite);
    expect(Math.max(...unit) - Math.min(...unit)).toBeLessThan(1e-6);
    // The table says the same, for whoever cannot see the bars.
    const rows = await page
      .locator('.timeline-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => Number(c.textContent))));
    expect(rows).toEqual(api.map((y) => [y.year, ...counts(y).map((c) => c[1])]));
    await shoot(page, 'entity-timeline');
  });

  it('shows an entity’s recent changes, and a change made through the API appears live', async () => {
    const save = 'mutation($name: String!) { upsertCluster(input: {id: "feed-live", name: $name}) { id } }';
    expect((await suite.api.gql(save, { name: 'Feed Live' }, { as: 'editor' })).errors).toBeUndefined();
    await page.goto(`${suite.api.url}/#/entity/feed-live`);
    const changes = page.locator('.recent-changes[data-state="live"]');
    await changes.waitFor();
    expect(await changes.locator('li').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-op')))).toEqual([
      'CREATE',
    ]);
    expect((await suite.api.gql(save, { name: 'Feed Live Renamed' }, { as: 'editor' })).errors).toBeUndefined();
    await changes.locator('li[data-op="UPDATE"]').waitFor();
    expect(await changes.locator('li').first().innerText()).toContain('name: Feed Live → Feed Live Renamed');
    await shoot(page, 'recent-changes');
  });

  it('says in words what went wrong: an unknown id', async () => {
    await page.goto(`${suite.api.url}/#/entity/no-such-actor`);
    await page.locator('.entity-page[data-state="error"]').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('No entity with id "no-such-actor"');
    await shoot(page, 'error-unknown-id');
  });

  it('fits a phone: no horizontal scrolling on an entity page or a drawn path', async () => {
    const phone = await openPage(browser, suite.api.url, { width: 390, height: 844 });
    try {
      for (const [hash, name] of [
        ['#/entity/malopolska', 'phone-entity'],
        ['#/paths/klaster-lifescience-krakow/medsilesia', 'phone-paths'],
      ]) {
        await phone.page.goto(`${suite.api.url}/${hash}`);
        await phone.page.locator('[data-state="ready"]').last().waitFor();
        expect(
          await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        ).toBeLessThanOrEqual(0);
        await shoot(phone.page, name);
      }
      expect(phone.problems).toEqual([]);
    } finally {
      await phone.page.close();
    }
  });

  it('serves GraphiQL from local assets and runs an example from docs/api.md', async () => {
    await page.goto(`${suite.api.url}/graphiql`);
    const examples = page.getByLabel('Example query');
    await examples.selectOption({ label: '3. Find an actor by any spelling' });
    // The example's values are variables: "Malopolska" is in the variables, the answer proves they were sent.
    await page.locator('.graphiql-query-editor').getByText('FindActor').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('"Małopolska"', { exact: true }).waitFor();
    await shoot(page, 'graphiql');
  });

  it('on a locked-down server (ANONYMOUS_ROLE=none, no introspection) says why it is refused, takes a key, and GraphiQL says introspection is off', async () => {
    const locked = await startTestServer(suite.db, {
      auth: loadConfig({ ANONYMOUS_ROLE: 'none', API_KEYS: TEST_API_KEYS_SETTING }).auth,
      limits: { ...defaultServerOptions().limits, introspection: false },
    });
    const other = await openPage(browser, locked.url);
    try {
      await other.page.goto(`${locked.url}/#/search/Malopolska`);
      await other.page.locator('.results[data-state="error"]').waitFor();
      const refusal = await other.page.getByRole('alert').innerText();
      expect(refusal).toContain('does not answer anonymous requests');
      expect(refusal).toContain('UNAUTHENTICATED');
      await shoot(other.page, 'unauthenticated');

      await other.page.getByText('API key', { exact: true }).click();
      await other.page.getByLabel('Key or token').fill(TEST_API_KEYS.viewer);
      await other.page.getByRole('button', { name: 'Use' }).click();
      await other.page.locator('.hits a[data-id="malopolska"]').waitFor();

      // GraphiQL sends the same key (sessionStorage) and runs queries without a schema.
      await other.page.goto(`${locked.url}/graphiql`);
      expect(await other.page.getByRole('status').innerText()).toContain('Introspection is off');
      await other.page.getByLabel('Example query').selectOption({ label: '3. Find an actor by any spelling' });
      // GraphiQL takes the example's query and variables on its next render: running before that ran example 1.
      await other.page.locator('.graphiql-query-editor').getByText('FindActor').waitFor();
      await other.page.locator('.graphiql-execute-button').click();
      await other.page.locator('.graphiql-response').getByText('"Małopolska"', { exact: true }).waitFor();
      await shoot(other.page, 'graphiql-no-introspection');
      expect(other.problems).toEqual([]);
    } finally {
      await other.page.close();
      await locked.close();
    }
  });
});
