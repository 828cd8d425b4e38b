import { createClient, type Client } from 'graphql-ws';
import { gql } from '../api';
import { h } from '../dom';
import { storedToken } from '../../shared/token';

interface ChangeItem {
  cursor: string;
  at: string;
  by: string;
  op: string;
  entity: string;
  other?: string | null;
  relation?: string | null;
  fields: { field: string; before: unknown; after: unknown }[];
}

const FIELDS = 'cursor at by op entity other relation fields { field before after }';
const HISTORY = `query RecentChanges($id: ID!) { history(id: $id, first: 10) { edges { node { ${FIELDS} } } } }`;
const LIVE = `subscription LiveChanges($id: ID!, $after: String) { changes(around: [$id], after: $after) { ${FIELDS} } }`;
const SHOWN = 20;

let client: Client | undefined;
/** One WebSocket for the page (graphql-ws reconnects it), authenticated like the page's HTTP requests. */
function feedClient(): Client {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  client ??= createClient({
    url,
    connectionParams: () => {
      const token = storedToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  return client;
}

const value = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

function item(c: ChangeItem) {
  const what = c.other ? `${c.op} ${c.relation ?? ''} ${c.entity} → ${c.other}` : `${c.op} ${c.entity}`;
  const fields = c.fields.map((f) => `${f.field}: ${value(f.before)} → ${value(f.after)}`).join('; ');
  return h(
    'li',
    { 'data-cursor': c.cursor, 'data-op': c.op },
    h('span', {}, what),
    ' ',
    h(
      'span',
      { class: 'muted' },
      [fields, `by ${c.by}`, new Date(c.at).toLocaleString('en-GB')].filter(Boolean).join(' · '),
    ),
  );
}

/**
 * An entity's recent changes: its last ten from `history`, then each new one as it is committed (the change feed,
 * resumed after the newest shown so nothing falls between the two). Stops when the page is left.
 */
export function recentChanges(id: string) {
  const list = h('ul', {});
  const section = h(
    'section',
    { class: 'recent-changes', 'aria-label': 'Recent changes', 'data-state': 'loading' },
    h('h2', {}, 'Recent changes'),
    list,
  );
  const seen = new Set<string>();
  const show = (c: ChangeItem, newest: boolean) => {
    if (seen.has(c.cursor)) return; // a reconnect re-subscribes from the first cursor
    seen.add(c.cursor);
    if (newest) list.prepend(item(c));
    else list.append(item(c));
    while (list.children.length > SHOWN) list.lastElementChild!.remove();
  };
  void (async () => {
    let after: string | undefined;
    try {
      const { history } = await gql<{ history: { edges: { node: ChangeItem }[] } }>(HISTORY, { id });
      for (const e of history.edges) show(e.node, false);
      after = history.edges[0]?.node.cursor;
    } catch {
      // History unavailable to this viewer: the live list still starts from now.
    }
    const stop = feedClient().subscribe<{ changes: ChangeItem }>(
      { query: LIVE, variables: { id, after } },
      {
        next: ({ data }) => {
          if (!section.isConnected) return stop();
          if (data) show(data.changes, true);
        },
        error: () => (section.dataset.state = 'error'),
        complete: () => undefined,
      },
    );
    section.dataset.state = 'live';
    window.addEventListener('hashchange', stop, { once: true });
  })();
  return section;
}
