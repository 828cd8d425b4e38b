import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import {
  activeSources,
  forgetActiveSources,
  keptActiveSources,
  KEPT_IDS,
  type ActiveRanksParams,
} from '../../src/modules/matches/active-sources';

// The kept country rankings of matches (src/modules/matches/active-sources.ts), against a stand-in transaction that
// answers cypher/matches/active-ranks as the database would: what is held for the current token is not ranked
// again, memory stays bounded however many days are asked, and a token that moved is never answered from memory.
// The statement itself runs against Neo4j in test/integration/matches-country-sources.test.ts.

interface Asked {
  known: Record<string, string>;
}

/** A transaction whose graph is at `token`, with countries of `size` ranked actors each. */
function graphAt(state: { token: string | null }, countries: string[], size: number) {
  const asked: Asked[] = [];
  const tx = {
    run: async (_text: string, params: Asked & Record<string, unknown>) => {
      asked.push({ known: params.known });
      return {
        records: countries.map((country) => {
          const held = state.token !== null && params.known[`${country}:${size}`] === state.token;
          const ranked = held
            ? null
            : Array.from({ length: size }, (_, i) => [`${country}-${i}-${state.token}`, size - i]);
          const row = { country, n: size, token: state.token, ranked };
          return { toObject: () => row };
        }),
      };
    },
  } as unknown as ManagedTransaction;
  return { tx, asked };
}

const params = (day: number): ActiveRanksParams => ({
  id: 'me',
  narrow: { kinds: ['Organisation', 'Cluster'] },
  active: 400,
  activeAbroad: 100,
  windowFrom: new neo4j.types.Date(2000 + day, 1, 1),
  windowTo: new neo4j.types.Date(2000 + day, 1, 1),
});

describe('kept country rankings', () => {
  beforeEach(() => forgetActiveSources());

  it('are not ranked again while the token stays, and are ranked again once it moves', async () => {
    const state = { token: 'epoch:1' as string | null };
    const { tx, asked } = graphAt(state, ['pl', 'de'], 3);
    const first = await activeSources(tx, params(1));
    expect(first.ids).toEqual([
      'pl-0-epoch:1',
      'pl-1-epoch:1',
      'pl-2-epoch:1',
      'de-0-epoch:1',
      'de-1-epoch:1',
      'de-2-epoch:1',
    ]);
    expect(first.ties['de-0-epoch:1']).toBe(3);
    expect(await activeSources(tx, params(1))).toEqual(first);
    expect(asked[1].known).toEqual({ 'pl:3': 'epoch:1', 'de:3': 'epoch:1' });
    // A write raised the version: the next request gets the new ranking, never the kept one.
    state.token = 'epoch:2';
    const after = await activeSources(tx, params(1));
    expect(after.ids[0]).toBe('pl-0-epoch:2');
  });

  it('stale ranking: without a version nothing is kept', async () => {
    const state = { token: null as string | null };
    const { tx } = graphAt(state, ['pl'], 5);
    await activeSources(tx, params(1));
    expect(keptActiveSources()).toEqual({ groups: 0, ids: 0 });
  });

  it('memory exhaustion: a client asking day after day keeps at most KEPT_IDS ids', async () => {
    const state = { token: 'e:1' as string | null };
    const { tx } = graphAt(state, ['pl', 'de', 'cz'], 400);
    for (let day = 0; day < 400; day++) await activeSources(tx, params(day));
    const { ids, groups } = keptActiveSources();
    expect(ids).toBeLessThanOrEqual(KEPT_IDS);
    expect(ids).toBeGreaterThan(KEPT_IDS / 2);
    expect(groups).toBeLessThan(400);
  });

  it('a day and the kinds asked are part of what is kept: another day or kind set is ranked on its own', async () => {
    const state = { token: 'e:1' as string | null };
    const { tx, asked } = graphAt(state, ['pl'], 2);
    await activeSources(tx, params(1));
    await activeSources(tx, params(2));
    await activeSources(tx, { ...params(1), narrow: { kinds: ['Cluster'] } });
    expect(asked.map((a) => a.known)).toEqual([{}, {}, {}]);
    // Kinds in another order are the same set.
    await activeSources(tx, { ...params(1), narrow: { kinds: ['Cluster', 'Organisation'] } });
    expect(asked[3].known).toEqual({ 'pl:2': 'e:1' });
  });
});
