import { ApiError, describeError } from './api';
import { h, route, type Child } from './dom';
import type { EntityRef, SourceRef } from './queries';

// How a relation reads from the entity at hand: [when it starts there, when it ends there].
const RELATION_WORDS: Record<string, [string, string]> = {
  ATTENDED: ['Attended', 'Attended by'],
  BORDERS: ['Borders', 'Borders'],
  EVENT_OF: ['Event of', 'Events'],
  FOCUSES_ON: ['Focuses on', 'Focus of'],
  FOUNDED: ['Founded', 'Founded by'],
  FUNDED_BY: ['Funded by', 'Funds'],
  HOSTED: ['Hosted', 'Hosted by'],
  LOCATED_IN: ['Located in', 'Location of'],
  MANAGED_BY: ['Managed by', 'Manages'],
  MEMBER_OF: ['Member of', 'Members'],
  ORGANISED: ['Organised', 'Organised by'],
  PARTICIPATES_IN: ['Participates in', 'Participants'],
  PARTNER_OF: ['Partner of', 'Partner of'],
  PART_OF: ['Part of', 'Parts'],
  RANKED_IN: ['Ranked in', 'Ranks'],
  SUBSECTOR_OF: ['Subsector of', 'Subsectors'],
  UNIT_OF: ['Unit of', 'Units'],
};

/** "Member of" / "Members": a relation kind read from one of its ends. */
export function relationWords(kind: string, direction: string): string {
  const words = RELATION_WORDS[kind] ?? [kind, kind];
  return direction === 'INCOMING' ? words[1] : words[0];
}

/** A vocabulary value as the API names it, in the words of the data: "SITE_VISIT" → "site-visit". */
export const vocabularyWord = (value: string) => value.toLowerCase().replace(/_/g, '-');

/** "PARTICIPATES_IN" → "participates in". */
export const kindWords = (kind: string) => kind.toLowerCase().replace(/_/g, ' ');

/** A link to an entity's page with its kind as a small badge. */
export const entityLink = (e: EntityRef) =>
  h(
    'span',
    { class: 'entity' },
    h('a', { href: route('entity', e.id) }, e.name),
    ' ',
    h('span', { class: `kind kind-${e.kind}` }, kindWords(e.kind)),
  );

/** "since 2018, until 2020" or "" */
export function period(r: { since?: string | null; until?: string | null }): string {
  return [r.since && `since ${r.since}`, r.until && `until ${r.until}`].filter(Boolean).join(', ');
}

/** The documents behind a fact, each linking to its own page. */
export function sourceList(sources: SourceRef[]) {
  if (!sources.length) return h('span', { class: 'muted' }, 'no source given');
  return h(
    'span',
    { class: 'sources' },
    'Sources: ',
    sources.map((s, i) => [
      i ? '; ' : '',
      h('a', { href: route('entity', s.id), title: [s.publisher, s.publishedOn].filter(Boolean).join(', ') }, s.title),
    ]),
  );
}

/** An API error in words, announced to screen readers. */
export function errorBox(e: unknown) {
  const { advice, message, code } = describeError(e);
  return h(
    'div',
    { class: 'error', role: 'alert' },
    h('strong', {}, advice ?? 'The request failed.'),
    ' ',
    h('span', { class: 'error-message' }, message),
    ' ',
    h('span', { class: 'muted' }, `(${code})`),
  );
}

/**
 * Fills `target` with what `load` renders, saying "Loading…" first and the error in words on failure.
 * data-state (loading | ready | error) lets tests and styles follow along.
 */
export async function fill(target: HTMLElement, load: () => Promise<Node>): Promise<void> {
  target.dataset.state = 'loading';
  target.setAttribute('aria-busy', 'true');
  target.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  try {
    const content = await load();
    target.replaceChildren(content);
    target.dataset.state = 'ready';
  } catch (e) {
    // a fault of the page itself: keep its stack for the console
    if (!(e instanceof ApiError)) console.error(e instanceof Error ? e.stack : e);
    target.replaceChildren(errorBox(e));
    target.dataset.state = 'error';
  } finally {
    target.removeAttribute('aria-busy');
  }
}

/**
 * A question page: its title, a form of `fields` whose submit button runs `ask` (without reloading), and the results
 * region below; the matches, partners, paths and neighbourhood views are all laid out this way.
 */
export const questionPage = (
  title: string,
  fields: Child[],
  button: string,
  ask: () => unknown,
  results: HTMLElement,
) =>
  h(
    'section',
    {},
    h('h1', {}, title),
    h(
      'form',
      { class: 'question', onsubmit: (ev: Event) => (ev.preventDefault(), ask()) },
      fields,
      h('button', { type: 'submit' }, button),
    ),
    results,
  );

/** One part of a score: its title in bold, then the words and links that explain it. */
export interface ScorePart {
  title: string;
  explanation: Child[];
  attrs?: Record<string, string>;
}

/** A ranked answer as words: the entity, its score, and the parts the score is made of. */
export interface Scored {
  entity: EntityRef;
  score: string;
  parts: ScorePart[];
}

/** A ranked answer: the entity, linked, with its score as words, then the list of what the score is made of. */
const scoredItem = ({ entity, score, parts }: Scored) =>
  h(
    'li',
    { 'data-id': entity.id },
    h('h3', {}, entityLink(entity), ' ', h('span', { class: 'score' }, score)),
    h(
      'ul',
      { class: 'reasons' },
      parts.map((p) => h('li', p.attrs ?? {}, h('strong', {}, p.title), ...p.explanation)),
    ),
  );

/** A ranked answer to ask for: where it goes in the address, how to load it, what to say when it is empty. */
export interface RankedQuestion<T> {
  address: string;
  load: () => Promise<T[]>;
  empty: string;
  item: (x: T) => Scored;
}

/**
 * Says in `results` what the form still needs (`ask` as a string), or puts the question in the address and
 * shows its ranked answer.
 */
export function showRanked<T>(results: HTMLElement, ask: string | RankedQuestion<T>): void {
  if (typeof ask === 'string') return void results.replaceChildren(h('p', { role: 'alert' }, ask));
  history.replaceState(null, '', ask.address);
  void fill(results, async () => {
    const ranked = await ask.load();
    return ranked.length
      ? h(
          'ol',
          { class: 'scored' },
          ranked.map((x) => scoredItem(ask.item(x))),
        )
      : h('p', {}, ask.empty);
  });
}
