import { h } from './dom';
import { storedToken, storeToken } from '../shared/token';

/** "API key": paste a key or token, kept in this tab's sessionStorage and sent as a bearer credential. */
export function authPanel(onChange: () => void) {
  const input = h('input', { type: 'password', id: 'token', autocomplete: 'off', placeholder: 'API key or JWT' });
  const state = h('span', { class: 'muted', 'aria-live': 'polite' });
  const refresh = () =>
    (state.textContent = storedToken() ? 'Requests carry your key (this tab only).' : 'Requests are anonymous.');
  const save = (value: string) => {
    storeToken(value);
    input.value = '';
    refresh();
    onChange();
  };
  refresh();
  return h(
    'details',
    { class: 'auth' },
    h('summary', {}, 'API key'),
    h(
      'form',
      { onsubmit: (ev: Event) => (ev.preventDefault(), save(input.value)) },
      h('label', { for: 'token' }, 'Key or token'),
      input,
      h('button', { type: 'submit' }, 'Use'),
      h('button', { type: 'button', onclick: () => save('') }, 'Forget'),
      state,
    ),
  );
}
