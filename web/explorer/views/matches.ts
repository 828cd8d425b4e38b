import { gql } from '../api';
import { h, route } from '../dom';
import { picker } from '../picker';
import { MATCHES, type EntityRef } from '../queries';
import { fill, kindWords, questionPage, scoredItem } from '../words';

interface Match {
  score: number;
  candidate: EntityRef;
  reasons: { kind: string; weight: number; explanation: string; entities: EntityRef[] }[];
}

/** Partner recommendations for one actor, each score broken into its reasons. */
export function matchesView(id?: string) {
  const actor = picker({ label: 'Actor', max: 1, initial: id ? [id] : [] });
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const find = () => {
    const chosen = actor.values()[0];
    if (!chosen) return results.replaceChildren(h('p', { role: 'alert' }, 'Choose an actor first.'));
    history.replaceState(null, '', route('matches', chosen.id));
    void fill(results, async () => {
      const { cooperationMatches } = await gql<{ cooperationMatches: Match[] }>(MATCHES, { for: chosen.id });
      if (!cooperationMatches.length) return h('p', {}, `No recommendation for ${chosen.name}.`);
      return h('ol', { class: 'scored' }, cooperationMatches.map(match));
    });
  };
  if (id) void actor.ready.then(find);
  return questionPage('Who should they partner with next?', [actor.el], 'Suggest partners', find, results);
}

const match = (m: Match) =>
  scoredItem(
    m.candidate,
    `score ${m.score.toFixed(2)}`,
    m.reasons.map((r) =>
      h(
        'li',
        { 'data-reason': r.kind },
        h('strong', {}, kindWords(r.kind)),
        ` +${r.weight.toFixed(2)}: ${r.explanation}`,
        r.entities.length
          ? [' — ', r.entities.map((e, i) => [i ? ', ' : '', h('a', { href: route('entity', e.id) }, e.name)])]
          : null,
      ),
    ),
  );
