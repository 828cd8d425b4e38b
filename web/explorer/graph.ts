import cytoscape from 'cytoscape';
import { h } from './dom';
import type { EntityRef } from './queries';
import { kindWords } from './words';

/** One colour per entity kind (the legend shows them). */
export const KIND_COLOURS: Record<string, string> = {
  CLUSTER: '#1f77b4',
  ORGANISATION: '#2ca02c',
  REGION: '#8c564b',
  PROJECT: '#ff7f0e',
  ALLIANCE: '#9467bd',
  EVENT: '#d62728',
  PROGRAMME: '#e377c2',
  SECTOR: '#7f7f7f',
  SOURCE: '#bcbd22',
};

/** A relationship as drawn: from its start to its end, as stored. */
export interface GraphEdge {
  source: string;
  target: string;
  kind: string;
  role?: string | null;
  /** Whatever the view wants back when the edge is chosen. */
  detail?: unknown;
}

export interface GraphView {
  el: HTMLElement;
  /** Adds what is not drawn yet and lays the graph out again; returns the number of new nodes. */
  add(nodes: EntityRef[], edges: GraphEdge[]): number;
  onEdge(cb: (edge: GraphEdge) => void): void;
  onNode(cb: (node: EntityRef) => void): void;
  /** What is drawn, for tests and the lists beside the graph. */
  snapshot(): { nodes: EntityRef[]; edges: GraphEdge[] };
  /** The node's centre in page coordinates (tests click there). */
  centreOf(id: string): { x: number; y: number } | undefined;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(name)',
      'font-size': 10,
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      width: 18,
      height: 18,
      color: '#1b1b1b',
      'text-outline-color': '#fff',
      'text-outline-width': 2,
    },
  },
  { selector: 'node.end', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#111' } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': '#8a9ba8',
      'target-arrow-color': '#8a9ba8',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 8,
      'text-rotation': 'autorotate',
      color: '#333',
      'text-background-color': '#fff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#c0392b' } },
  { selector: 'edge:selected', style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', width: 4 } },
];

const edgeId = (e: GraphEdge) => `${e.source}|${e.kind}|${e.target}`;

/** A cytoscape drawing; `ends` are drawn larger (a path's two ends, a neighbourhood's centre). */
export function graphView(label: string, layout: 'breadthfirst' | 'cose', ends: string[] = []): GraphView {
  const el = h('div', { class: 'graph', role: 'img', 'aria-label': label });
  // 'preset' at first: the default grid layout would measure a container that is not in the page yet.
  const cy = cytoscape({ container: el, style: STYLE, minZoom: 0.2, maxZoom: 3, layout: { name: 'preset' } });
  const edges = new Map<string, GraphEdge>();
  const relayout = () =>
    requestAnimationFrame(() => {
      cy.resize(); // the container was not in the page when cytoscape measured it
      // Ids are slugs (a-z, 0-9, -), safe as selectors.
      const roots = ends
        .slice(0, 1)
        .filter((id) => !cy.getElementById(id).empty())
        .map((id) => `#${id}`);
      cy.layout(
        layout === 'breadthfirst'
          ? { name: 'breadthfirst', roots: roots.length ? roots : undefined, spacingFactor: 1.1, padding: 30 }
          : {
              name: 'cose',
              animate: false,
              padding: 30,
              nodeRepulsion: () => 400000,
              idealEdgeLength: () => 100,
              nodeDimensionsIncludeLabels: true,
            },
      ).run();
      // A few nodes fitted to the box would be drawn huge: keep labels at reading size.
      if (cy.zoom() > 1.3) {
        cy.zoom(1.3);
        cy.center();
      }
      el.dataset.laidOut = String(cy.nodes().length);
    });
  const view: GraphView = {
    el,
    add(nodes, newEdges) {
      const fresh = nodes.filter((n) => cy.getElementById(n.id).empty());
      cy.add(
        fresh.map((n) => ({
          group: 'nodes' as const,
          data: { ...n, colour: KIND_COLOURS[n.kind] ?? '#444' },
          classes: ends.includes(n.id) ? 'end' : '',
        })),
      );
      for (const e of newEdges) {
        const id = edgeId(e);
        if (edges.has(id) || cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
        edges.set(id, e);
        cy.add({
          group: 'edges',
          data: { id, source: e.source, target: e.target, label: kindWords(e.kind) + (e.role ? ` (${e.role})` : '') },
        });
      }
      relayout();
      return fresh.length;
    },
    onEdge(cb) {
      cy.on('tap mouseover', 'edge', (ev) => cb(edges.get((ev.target as cytoscape.EdgeSingular).id())!));
    },
    onNode(cb) {
      cy.on('tap', 'node', (ev) => {
        const n = ev.target as cytoscape.NodeSingular;
        cb({ id: n.id(), name: n.data('name') as string, kind: n.data('kind') as string });
      });
    },
    snapshot() {
      return {
        nodes: cy.nodes().map((n) => ({ id: n.id(), name: n.data('name') as string, kind: n.data('kind') as string })),
        edges: [...edges.values()].map(({ detail: _d, ...e }) => e),
      };
    },
    centreOf(id) {
      const n = cy.getElementById(id);
      if (n.empty()) return undefined;
      const box = el.getBoundingClientRect();
      const p = n.renderedPosition();
      return { x: box.left + window.scrollX + p.x, y: box.top + window.scrollY + p.y };
    },
  };
  (window as unknown as { __explorer: object }).__explorer = {
    graph: () => view.snapshot(),
    centreOf: (id: string) => view.centreOf(id),
    select: (id: string) => cy.getElementById(id).select(),
  };
  return view;
}

/** The kinds drawn, with their colours. */
export function legend(kinds: string[]) {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Legend: kinds and colours' },
    [...new Set(kinds)].sort().map((k) => h('li', {}, swatch(k), kindWords(k))),
  );
}

function swatch(kind: string) {
  const el = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  el.style.background = KIND_COLOURS[kind] ?? '#444';
  return el;
}
