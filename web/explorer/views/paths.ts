import { gql } from '../api';
import { h, route } from '../dom';
import { graphView, legend, type GraphEdge } from '../graph';
import { asOfField, asOfParts, asOfWords } from '../asof';
import { picker } from '../picker';
import { GEOGRAPHY_AND_SECTORS, PATHS, type EntityRef, type Tie } from '../queries';
import { entityLink, fill, kindWords, period, questionPage, sourceList } from '../words';

interface Step extends Tie {
  from: { id: string };
  entity: EntityRef;
}
interface Path {
  length: number;
  nodes: EntityRef[];
  steps: Step[];
}

/** A hop as the relationship is stored: OUTGOING means it points from the step's start to its entity. */
export const edgeOf = (s: Step): GraphEdge => ({
  source: s.direction === 'INCOMING' ? s.entity.id : s.from.id,
  target: s.direction === 'INCOMING' ? s.from.id : s.entity.id,
  kind: s.kind,
  role: s.role,
  detail: s,
});

/** The path finder: two entities → the k shortest cooperation paths, drawn, each hop explained. */
export function pathsView(from?: string, to?: string, options = '', asOf?: string) {
  const a = picker({ label: 'From', max: 1, initial: from ? [from] : [] });
  const b = picker({ label: 'To', max: 1, initial: to ? [to] : [] });
  const geo = h('input', { type: 'checkbox', id: 'geo', checked: options.includes('geo') });
  const hops = h(
    'select',
    { id: 'hops' },
    [2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === 4 }, String(n))),
  );
  const day = asOfField(asOf);
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const find = () => {
    const [x, y] = [a.values()[0], b.values()[0]];
    if (!x || !y) return results.replaceChildren(h('p', { role: 'alert' }, 'Choose both ends first.'));
    const when = day.value();
    history.replaceState(null, '', route('paths', x.id, y.id, geo.checked ? 'geo' : 'cooperation', ...asOfParts(when)));
    void drawPaths(results, x.id, y.id, geo.checked, Number(hops.value), when);
  };
  const fields = [
    a.el,
    b.el,
    h(
      'div',
      { class: 'row' },
      h('label', {}, geo, ' Include geography and sector links (located in, part of, focuses on)'),
      h('label', { for: 'hops' }, 'Most hops '),
      hops,
    ),
    day.el,
  ];
  if (from && to) void Promise.all([a.ready, b.ready]).then(find);
  return questionPage('How are two actors connected?', fields, 'Find paths', find, results);
}

function drawPaths(target: HTMLElement, from: string, to: string, geo: boolean, maxHops: number, asOf?: string) {
  return fill(target, async () => {
    const { cooperationPaths: paths } = await gql<{ cooperationPaths: Path[] }>(PATHS, {
      from,
      to,
      maxHops,
      limit: 3,
      via: geo ? GEOGRAPHY_AND_SECTORS : null,
      asOf: asOf ?? null,
    });
    if (!paths.length)
      return h(
        'p',
        {},
        `No path of at most ${maxHops} hops${asOfWords(asOf)}${geo ? '' : ' over cooperation relations; try more hops or include geography and sector links'}.`,
      );
    const graph = graphView(`The ${paths.length} shortest paths drawn as a graph`, 'breadthfirst', [from, to]);
    const detail = h(
      'div',
      { class: 'detail', 'aria-live': 'polite' },
      h(
        'p',
        { class: 'muted' },
        'Hover or click a link, or choose a hop below, to see its relation, role and sources.',
      ),
    );
    const show = (s: Step) => detail.replaceChildren(hopDetail(s));
    graph.onEdge((e) => show(e.detail as Step));
    graph.add(
      paths.flatMap((p) => p.nodes),
      paths.flatMap((p) => p.steps.map(edgeOf)),
    );
    const list = h(
      'ol',
      { class: 'paths' },
      paths.map((p, i) =>
        h(
          'li',
          { 'data-path': i },
          h('h3', {}, `Path ${i + 1}: ${p.length} hop${p.length === 1 ? '' : 's'}`),
          h(
            'ol',
            { class: 'hops' },
            p.steps.map((s) =>
              h('li', {}, h('button', { type: 'button', class: 'hop', onclick: () => show(s) }, hopWords(s, p.nodes))),
            ),
          ),
        ),
      ),
    );
    return h(
      'div',
      { class: 'drawing' },
      graph.el,
      legend(paths.flatMap((p) => p.nodes.map((n) => n.kind))),
      detail,
      list,
    );
  });
}

function hopWords(s: Step, nodes: EntityRef[]): string {
  const start = nodes.find((n) => n.id === s.from.id)?.name ?? s.from.id;
  const rel = `${kindWords(s.kind)}${s.role ? ` (${s.role})` : ''}`;
  return s.direction === 'INCOMING' ? `${start} ← ${rel} — ${s.entity.name}` : `${start} — ${rel} → ${s.entity.name}`;
}

function hopDetail(s: Step) {
  return h(
    'div',
    { class: 'hop-detail' },
    h(
      'p',
      {},
      h('strong', {}, kindWords(s.kind)),
      s.role ? ` as ${s.role}` : '',
      ' → ',
      entityLink(s.entity),
      period(s) ? ` (${period(s)})` : '',
    ),
    s.note ? h('p', {}, s.note) : null,
    h('p', {}, sourceList(s.sources)),
  );
}
