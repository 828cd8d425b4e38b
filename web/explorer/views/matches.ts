import { gql } from '../api';
import { h, route } from '../dom';
import { asOfParts, asOfWords } from '../asof';
import { MATCHES, type EntityRef } from '../queries';
import { rankedPage } from '../ranked';
import { kindWords, type Scored } from '../words';

interface Match {
  score: number;
  candidate: EntityRef;
  reasons: { kind: string; weight: number; explanation: string; entities: EntityRef[] }[];
}

/** Partner recommendations for one actor, each score broken into its reasons. */
export function matchesView(id?: string, asOf?: string) {
  return rankedPage({
    title: 'Who should they partner with next?',
    button: 'Suggest partners',
    actors: { label: 'Actor', max: 1, initial: id ? [id] : [] },
    asOf,
    now: !!id,
    ask: ([chosen], when) =>
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
  });
}

const match = (m: Match): Scored => ({
  entity: m.candidate,
  score: `score ${m.score.toFixed(2)}`,
  parts: m.reasons.map((r) => ({
    attrs: { 'data-reason': r.kind },
    title: kindWords(r.kind),
    explanation: [
      ` +${r.weight.toFixed(2)}: ${r.explanation}`,
      r.entities.length
        ? [' — ', r.entities.map((e, i) => [i ? ', ' : '', h('a', { href: route('entity', e.id) }, e.name)])]
        : null,
    ],
  })),
});
