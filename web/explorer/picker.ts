import { ApiError, gql } from './api';
import { debounce, h } from './dom';
import { namesQuery, SEARCH, type EntityRef } from './queries';
import { errorBox, kindWords } from './words';

/** A field to choose entities by searching for them (keyboard: type, ↓/↑ through the results, Enter). */
export interface Picker {
  el: HTMLElement;
  /** The chosen entities, in the order chosen. */
  values(): EntityRef[];
  /** Resolves once the initial ids have their names (or failed to). */
  ready: Promise<void>;
}

export interface PickerOptions {
  label: string;
  /** At most this many; with 1, a new choice replaces the old one. */
  max: number;
  initial?: string[];
  onChange?: () => void;
}

export function picker({ label, max, initial = [], onChange }: PickerOptions): Picker {
  let chosen: EntityRef[] = [];
  const chips = h('ul', { class: 'chips', 'aria-label': `${label}: chosen` });
  const input = h('input', {
    type: 'search',
    placeholder: 'Type a name, acronym or place…',
    autocomplete: 'off',
    'aria-label': `${label}: search`,
  });
  const options = h('ul', { class: 'options', 'aria-label': `${label}: matches` });
  const problem = h('div', { class: 'picker-problem' });
  const el = h('fieldset', { class: 'picker' }, h('legend', {}, label), chips, input, options, problem);

  const render = () => {
    chips.replaceChildren(
      ...chosen.map((e) =>
        h(
          'li',
          { 'data-id': e.id },
          e.name,
          ' ',
          h('span', { class: `kind kind-${e.kind}` }, kindWords(e.kind)),
          ' ',
          h(
            'button',
            { type: 'button', class: 'remove', 'aria-label': `Remove ${e.name}`, onclick: () => remove(e.id) },
            '×',
          ),
        ),
      ),
    );
    input.hidden = max > 1 && chosen.length >= max;
  };
  const set = (list: EntityRef[]) => {
    chosen = list;
    render();
    onChange?.();
  };
  const remove = (id: string) => set(chosen.filter((e) => e.id !== id));
  // The query whose results are shown: Enter searches at once and the typing's debounced search lands
  // later with the same answer; drawing it again detached the option the user had moved to, and Enter on
  // it then chose nothing (seen in the browser test).
  let shown = '';
  const choose = (e: EntityRef) => {
    set(max === 1 ? [e] : [...chosen.filter((c) => c.id !== e.id), e]);
    input.value = '';
    shown = '';
    options.replaceChildren();
    input.focus();
  };

  const search = async () => {
    const query = input.value.trim();
    if (!query) {
      shown = '';
      return options.replaceChildren();
    }
    try {
      const data = await gql<{ search: { entity: EntityRef }[] }>(SEARCH, { query });
      if (input.value.trim() !== query || query === shown) return; // typed on meanwhile, or already shown
      shown = query;
      problem.replaceChildren();
      options.replaceChildren(
        ...data.search.map(({ entity }) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', 'data-id': entity.id, onclick: () => choose(entity) },
              entity.name,
              ' ',
              h('span', { class: `kind kind-${entity.kind}` }, kindWords(entity.kind)),
            ),
          ),
        ),
      );
      if (!data.search.length) options.replaceChildren(h('li', { class: 'muted' }, `Nothing matches “${query}”.`));
    } catch (e) {
      problem.replaceChildren(errorBox(e));
    }
  };
  const searchSoon = debounce(() => void search(), 250);
  input.addEventListener('input', searchSoon);
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      void search();
    } else if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      options.querySelector('button')?.focus();
    }
  });
  options.addEventListener('keydown', (ev) => {
    const buttons = [...options.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (ev.key === 'ArrowDown') buttons[Math.min(at + 1, buttons.length - 1)]?.focus();
    else if (ev.key === 'ArrowUp') (at <= 0 ? input : buttons[at - 1]).focus();
    else if (ev.key === 'Escape') input.focus();
    else return;
    ev.preventDefault();
  });

  const ready = (async () => {
    const ids = initial.slice(0, max);
    if (!ids.length) return render();
    try {
      const data = await gql<Record<string, EntityRef | null>>(
        namesQuery(ids.length),
        Object.fromEntries(ids.map((id, i) => [`i${i}`, id])),
      );
      // An id of the address that names nothing (deleted since) is null: the others are still chosen.
      chosen = ids.flatMap((_, i) => data[`e${i}`] ?? []);
      const unknown = ids.filter((_, i) => !data[`e${i}`]);
      if (unknown.length)
        throw new ApiError('NOT_FOUND', `No entity with id ${unknown.map((id) => `"${id}"`).join(', ')}`);
    } catch (e) {
      problem.replaceChildren(errorBox(e));
    }
    render();
  })();
  return { el, values: () => chosen, ready };
}
