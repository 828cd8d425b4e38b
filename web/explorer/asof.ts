import { h } from './dom';

// The day a question looks at, shared by the paths, shared partners, matches and neighbourhood views:
// empty asks about all of history (the API's answer without asOf). It rides at the end of the address
// (#/matches/<id>/2019-07-05) so a link or Back brings the same question, date included.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A labelled "As of" date input, filled from the address's last part when that is a day. */
export function asOfField(initial?: string) {
  const input = h('input', {
    type: 'date',
    id: 'as-of',
    name: 'asOf',
    value: initial && DAY.test(initial) ? initial : '',
    'aria-describedby': 'as-of-help',
  });
  const el = h(
    'div',
    { class: 'row as-of' },
    h('label', { for: 'as-of' }, 'As of'),
    input,
    h('span', { id: 'as-of-help', class: 'muted' }, 'The network as it stood on that day; empty: all of history.'),
  );
  return {
    el,
    /** The chosen day (YYYY-MM-DD), or undefined for all of history. */
    value: (): string | undefined => (DAY.test(input.value) ? input.value : undefined),
  };
}

/** The address parts that carry the day: none when it is all of history. */
export const asOfParts = (asOf: string | undefined) => (asOf ? [asOf] : []);

/** " as of 2019-07-05", or "" for all of history: appended to what an answer says. */
export const asOfWords = (asOf: string | undefined) => (asOf ? ` as of ${asOf}` : '');
