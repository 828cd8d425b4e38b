import './style.css';
import { authPanel } from './auth';
import { h, route } from './dom';
import { entityView } from './views/entity';
import { matchesView } from './views/matches';
import { neighbourhoodView } from './views/neighbourhood';
import { partnersView } from './views/partners';
import { pathsView } from './views/paths';
import { searchView } from './views/search';

// Hash routes (#/entity/<id>…): links work without a server route each, and Back goes back.
const VIEWS: Record<string, (...args: string[]) => HTMLElement> = {
  search: (q) => searchView(q),
  entity: (id) => entityView(id),
  // The paths, partners, matches and neighbourhood addresses may end with the day asked about (asof.ts).
  paths: (from, to, options, asOf) => pathsView(from, to, options, asOf),
  partners: (ids, asOf) => partnersView(ids ? ids.split(',') : [], asOf),
  matches: (id, asOf) => matchesView(id, asOf),
  neighbourhood: (id, asOf) => neighbourhoodView(id, asOf),
};

const NAV: [string, string][] = [
  ['search', 'Search'],
  ['paths', 'Path finder'],
  ['partners', 'Shared partners'],
  ['matches', 'Matches'],
  ['neighbourhood', 'Neighbourhood'],
];

const main = h('main', { id: 'main', tabindex: '-1' });
const nav = h(
  'nav',
  { 'aria-label': 'Sections' },
  NAV.map(([name, label]) => h('a', { href: route(name), 'data-view': name }, label)),
  h('a', { href: '/graphiql' }, 'GraphiQL'),
);

function render(): void {
  const [first, ...args] = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const name = first || 'search';
  const view = VIEWS[name] ?? VIEWS.search;
  document.title = 'Partnership Graph — Explorer';
  for (const a of nav.querySelectorAll('a[data-view]'))
    a.toggleAttribute('aria-current', a.getAttribute('data-view') === name);
  main.replaceChildren(view(...args));
}

document.body.append(
  h(
    'a',
    { class: 'skip', href: '#main', onclick: (ev: Event) => (ev.preventDefault(), main.focus()) },
    'Skip to content',
  ),
  h(
    'header',
    { class: 'top' },
    h('a', { class: 'brand', href: route('search') }, 'Partnership Graph'),
    nav,
    authPanel(render),
  ),
  main,
);
window.addEventListener('hashchange', render);
render();
