import { gql } from '../api';
import { h, route } from '../dom';
import { asOfField, asOfParts, asOfWords } from '../asof';
import { picker } from '../picker';
import { MATCHES, type EntityRef } from '../queries';
import { showRanked, kindWords, questionPage, reasonItem, scoredItem } from '../words';

interface Match {
  score: number;
  candidate: EntityRef;
  reasons: { kind: string; weight: number; explanation: string; entities: EntityRef[] }[];
}

/** Partner recommendations for one actor, each score broken into its reasons. */
export function matchesView(id?: string, asOf?: string) {
  const actor = picker({ label: 'Actor', max: 1, initial: id ? [id] : [] });
  const day = asOfField(asOf);
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const find = () => {
    const chosen = actor.values()[0];
    const when = day.value();
    showRanked(
      results,
      chosen
        ? {
            address: route('matches', chosen.id, ...asOfParts(when)),
            load: async () =>
              (await gql<{ cooperationMatches: Match[] }>(MATCHES, { for: chosen.id, asOf: when ?? null }))
                .cooperationMatches,
            empty: `No recommendation for ${chosen.name}${asOfWords(when)}.`,
            item: match,
          }
        : 'Choose an actor first.',
    );
  };
  if (id) void actor.ready.then(find);
  return questionPage('Who should they partner with next?', [actor.el, day.el], 'Suggest partners', find, results);
}

const match = (m: Match) =>
  scoredItem(
    m.candidate,
    `score ${m.score.toFixed(2)}`,
    m.reasons.map((r) =>
      reasonItem(
        { 'data-reason': r.kind },
        kindWords(r.kind),
        ` +${r.weight.toFixed(2)}: ${r.explanation}`,
        r.entities.length
          ? [' — ', r.entities.map((e, i) => [i ? ', ' : '', h('a', { href: route('entity', e.id) }, e.name)])]
          : null,
      ),
    ),
  );
