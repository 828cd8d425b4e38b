import { asOfField } from './asof';
import { h } from './dom';
import { picker, type PickerOptions } from './picker';
import type { EntityRef } from './queries';
import { questionPage, showRanked, type RankedQuestion } from './words';

/** A ranked question about the actors chosen in a picker, as of a day: the matches and shared-partners views. */
export interface RankedPage<T> {
  title: string;
  button: string;
  actors: PickerOptions;
  asOf?: string;
  /** Ask at once (the address named enough actors), once the picker has their names. */
  now: boolean;
  /** The question for the chosen actors and day, or what the form still needs. */
  ask: (chosen: EntityRef[], asOf: string | undefined) => string | RankedQuestion<T>;
}

/** The page of a ranked question: the actors' picker and the day, the button, and the ranked answer below. */
export function rankedPage<T>(page: RankedPage<T>) {
  const actors = picker(page.actors);
  const day = asOfField(page.asOf);
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const find = () => showRanked(results, page.ask(actors.values(), day.value()));
  if (page.now) void actors.ready.then(find);
  return questionPage(page.title, [actors.el, day.el], page.button, find, results);
}
