import { gql } from './api';
import { h } from './dom';
import { TIMELINE } from './queries';
import { fill } from './words';

// An entity's years as a small grouped bar chart, written by hand in SVG: three bars a year need no
// charting library (the ones that would fit draw on a canvas, which a screen reader cannot read, or
// weigh more than the rest of the explorer). The same figures are in a table below the chart.

interface Year {
  year: number;
  newPartners: { id: string }[];
  activeProjects: { id: string }[];
  events: { id: string }[];
}

/** The three series, in the order drawn: what a year counts, its words, and the class that colours it. */
const SERIES: { key: 'newPartners' | 'activeProjects' | 'events'; label: string }[] = [
  { key: 'newPartners', label: 'New partners' },
  { key: 'activeProjects', label: 'Active projects' },
  { key: 'events', label: 'Events attended' },
];

const SVG = 'http://www.w3.org/2000/svg';
const BAR = 8;
const YEAR_WIDTH = SERIES.length * BAR + 10;
const HEIGHT = 140;
const TOP = 16;
const BOTTOM = 22;
const LEFT = 26;

function svg(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

/** The timeline section of an entity's page: loads timeline(id) and draws it (data-state as fill() sets it). */
export function timelineSection(id: string, name: string): HTMLElement {
  const section = h('section', { class: 'timeline', 'aria-labelledby': 'timeline-title' });
  const body = h('div', { class: 'timeline-body' });
  section.append(h('h2', { id: 'timeline-title' }, 'Timeline'), body);
  void fill(body, async () => {
    const { timeline } = await gql<{ timeline: { years: Year[] } }>(TIMELINE, { id });
    return timeline.years.length
      ? chart(timeline.years, name)
      : h('p', { class: 'muted' }, 'No dated cooperation recorded.');
  });
  return section;
}

function chart(years: Year[], name: string) {
  const count = (y: Year, key: (typeof SERIES)[number]['key']) => y[key].length;
  const max = Math.max(1, ...years.flatMap((y) => SERIES.map((s) => count(y, s.key))));
  const width = LEFT + years.length * YEAR_WIDTH;
  const plot = HEIGHT - TOP - BOTTOM;
  const yOf = (n: number) => TOP + plot - (n / max) * plot;
  // Every year is labelled while they fit; past 12, every fifth (and the first and last).
  const labelled = (i: number) => years.length <= 12 || i === 0 || i === years.length - 1 || years[i].year % 5 === 0;
  const title = `${name}: new partners, active projects and events attended per year, ${years[0].year}–${years.at(-1)!.year}`;
  const drawing = svg(
    'svg',
    {
      class: 'timeline-chart',
      viewBox: `0 0 ${width} ${HEIGHT}`,
      width,
      height: HEIGHT,
      role: 'img',
      'aria-labelledby': 'timeline-chart-title',
    },
    svg('title', { id: 'timeline-chart-title' }, title),
    svg('line', { class: 'axis', x1: LEFT, x2: width, y1: yOf(0), y2: yOf(0) }),
    svg('text', { class: 'tick', x: LEFT - 4, y: yOf(max) + 4, 'text-anchor': 'end' }, String(max)),
    svg('text', { class: 'tick', x: LEFT - 4, y: yOf(0), 'text-anchor': 'end' }, '0'),
    ...years.map((y, i) => {
      const x = LEFT + i * YEAR_WIDTH + 5;
      return svg(
        'g',
        { 'data-year': y.year },
        ...SERIES.map((s, j) =>
          svg(
            'rect',
            {
              class: `bar bar-${s.key}`,
              'data-series': s.key,
              'data-count': count(y, s.key),
              x: x + j * BAR,
              y: yOf(count(y, s.key)),
              width: BAR - 1,
              height: yOf(0) - yOf(count(y, s.key)),
            },
            svg('title', {}, `${y.year}: ${s.label.toLowerCase()} ${count(y, s.key)}`),
          ),
        ),
        labelled(i)
          ? svg(
              'text',
              { class: 'tick', x: x + (SERIES.length * BAR) / 2, y: HEIGHT - 6, 'text-anchor': 'middle' },
              String(y.year),
            )
          : '',
      );
    }),
  );
  return h(
    'figure',
    { class: 'timeline-figure' },
    h('div', { class: 'timeline-scroll' }, drawing),
    h(
      'figcaption',
      {},
      h(
        'ul',
        { class: 'legend' },
        SERIES.map((s) => h('li', {}, h('span', { class: `swatch bar-${s.key}`, 'aria-hidden': 'true' }), s.label)),
      ),
    ),
    h(
      'details',
      {},
      h('summary', {}, 'The same figures as a table'),
      h(
        'table',
        { class: 'timeline-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Year'),
            SERIES.map((s) => h('th', { scope: 'col' }, s.label)),
          ),
        ),
        h(
          'tbody',
          {},
          years.map((y) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, String(y.year)),
              SERIES.map((s) => h('td', {}, String(count(y, s.key)))),
            ),
          ),
        ),
      ),
    ),
  );
}
