import { gql } from '../api';
import { debounce, h, route } from '../dom';
import { SEARCH, type EntityRef } from '../queries';
import { fill, kindWords } from '../words';

type Hit = { score: number; entity: EntityRef & { description?: string | null } };

/** The start page: a search box whose results lead to entity pages. */
export function searchView(initial = '') {
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const input = h('input', {
    type: 'search',
    id: 'search',
    name: 'query',
    value: initial,
    placeholder: 'e.g. Malopolska, KLK, life science',
    autocomplete: 'off',
  });
  let shown: string | undefined;
  const run = (query: string) => {
    // Enter and the pause after typing both ask; answering twice would pull the focus from the hits.
    if (query === shown) return;
    shown = query;
    history.replaceState(null, '', route('search', query));
    if (!query) return results.replaceChildren();
    void fill(results, async () => {
      const { search } = await gql<{ search: Hit[] }>(SEARCH, { query });
      if (!search.length) return h('p', {}, `Nothing matches “${query}”.`);
      return h(
        'ol',
        { class: 'hits' },
        search.map(({ entity: e }) =>
          h(
            'li',
            {},
            h('a', { href: route('entity', e.id), 'data-id': e.id }, e.name),
            ' ',
            h('span', { class: `kind kind-${e.kind}` }, kindWords(e.kind)),
            e.description ? h('p', { class: 'muted' }, e.description) : null,
          ),
        ),
      );
    });
  };
  const runSoon = debounce(run, 300);
  input.addEventListener('input', () => runSoon(input.value.trim()));
  const form = h(
    'form',
    { class: 'search', role: 'search', onsubmit: (ev: Event) => (ev.preventDefault(), run(input.value.trim())) },
    h('label', { for: 'search' }, 'Search clusters, organisations, regions, projects…'),
    h('div', { class: 'row' }, input, h('button', { type: 'submit' }, 'Search')),
  );
  if (initial) run(initial);
  queueMicrotask(() => input.focus());
  return h('section', {}, h('h1', {}, 'Explore the partnership graph'), form, results);
}
