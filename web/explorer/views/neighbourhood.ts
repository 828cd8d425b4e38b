import { gql } from '../api';
import { h, route } from '../dom';
import { graphView, legend } from '../graph';
import { asOfField, asOfParts, asOfWords } from '../asof';
import { picker } from '../picker';
import { NEIGHBOURHOOD, type EntityRef } from '../queries';
import { entityLink, errorBox, fill, kindWords, questionPage } from '../words';

interface Subgraph {
  truncated: boolean;
  nodes: EntityRef[];
  edges: { kind: string; start: string; end: string; role?: string | null }[];
}

const LIMIT = 60;
const fetchAround = (id: string, depth: number, asOf?: string) =>
  gql<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD, { id, depth, limit: LIMIT, asOf: asOf ?? null }).then(
    (d) => d.neighbourhood,
  );

/** The graph around an entity; clicking a node (or its button) adds that node's own neighbours. */
export function neighbourhoodView(id?: string, asOf?: string) {
  const centre = picker({ label: 'Entity', max: 1, initial: id ? [id] : [] });
  const depth = h(
    'select',
    { id: 'depth' },
    [1, 2].map((n) => h('option', { value: n }, String(n))),
  );
  const day = asOfField(asOf);
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const show = () => {
    const chosen = centre.values()[0];
    if (!chosen) return results.replaceChildren(h('p', { role: 'alert' }, 'Choose an entity first.'));
    const when = day.value();
    history.replaceState(null, '', route('neighbourhood', chosen.id, ...asOfParts(when)));
    void fill(results, async () => draw(chosen.id, await fetchAround(chosen.id, Number(depth.value), when), when));
  };
  if (id) void centre.ready.then(show);
  return questionPage(
    'The network around an entity',
    [centre.el, h('div', { class: 'row' }, h('label', { for: 'depth' }, 'Depth '), depth), day.el],
    'Draw',
    show,
    results,
  );
}

/** Draws the first answer; expanding a node asks about the same day as it did. */
function draw(centre: string, first: Subgraph, asOf?: string) {
  const graph = graphView('The neighbourhood drawn as a graph; the list below has the same nodes', 'cose', [centre]);
  const status = h('p', { class: 'muted', 'aria-live': 'polite' });
  const legendSlot = h('div');
  const nodeList = h('ul', { class: 'node-list' });
  const expanded = new Set<string>();
  const merge = (g: Subgraph, from: EntityRef) => {
    expanded.add(from.id);
    const added = graph.add(
      g.nodes,
      g.edges.map((e) => ({ source: e.start, target: e.end, kind: e.kind, role: e.role })),
    );
    const { nodes } = graph.snapshot();
    status.textContent = `${nodes.length} nodes${asOfWords(asOf)}${g.truncated ? `; the last answer was cut at ${LIMIT} nodes` : ''}${from.id === centre ? '' : `; expanding ${from.name} added ${added === 1 ? '1 node' : `${added || 'no new'} nodes`}`}.`;
    legendSlot.replaceChildren(legend(nodes.map((n) => n.kind)));
    nodeList.replaceChildren(...nodes.map((n) => nodeItem(n)));
  };
  const expand = async (node: EntityRef) => {
    if (expanded.has(node.id)) return;
    try {
      merge(await fetchAround(node.id, 1, asOf), node);
    } catch (e) {
      status.replaceChildren(errorBox(e));
    }
  };
  const nodeItem = (n: EntityRef) =>
    h(
      'li',
      { 'data-id': n.id },
      entityLink(n),
      ' ',
      expanded.has(n.id)
        ? h('span', { class: 'muted' }, '(expanded)')
        : h(
            'button',
            { type: 'button', onclick: () => void expand(n), 'aria-label': `Expand ${n.name} (${kindWords(n.kind)})` },
            'Expand',
          ),
    );
  graph.onNode((n) => void expand(n));
  merge(first, first.nodes.find((n) => n.id === centre) ?? { id: centre, name: centre, kind: '' });
  return h(
    'div',
    { class: 'drawing' },
    graph.el,
    legendSlot,
    status,
    h('details', {}, h('summary', {}, 'Nodes as a list (expand from here with the keyboard)'), nodeList),
  );
}
