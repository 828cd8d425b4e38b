import { gql } from '../api';
import { h, route } from '../dom';
import { asOfParts, asOfWords } from '../asof';
import { SHARED_PARTNERS, type EntityRef } from '../queries';
import { rankedPage } from '../ranked';
import { kindWords, type Scored } from '../words';

interface Evidence {
  via?: EntityRef | null;
  kinds: string[];
  role?: string | null;
  weight: number;
}
interface Shared {
  strength: number;
  partner: EntityRef;
  ties: { actor: EntityRef; strength: number; evidenceCount: number; evidence: Evidence[] }[];
}

/** Shared partners of 2–10 actors, with the evidence per actor. */
export function partnersView(ids: string[] = [], asOf?: string) {
  return rankedPage({
    title: 'Whom do they all work with?',
    button: 'Find shared partners',
    actors: { label: 'Actors (2 to 10)', max: 10, initial: ids },
    asOf,
    now: ids.length >= 2,
    ask: (actors, when) => {
      const chosen = actors.map((e) => e.id);
      return chosen.length < 2
        ? 'Choose at least two actors.'
        : {
            address: route('partners', chosen.join(','), ...asOfParts(when)),
            load: async () =>
              (await gql<{ sharedPartners: Shared[] }>(SHARED_PARTNERS, { ids: chosen, asOf: when ?? null }))
                .sharedPartners,
            empty: `They have no partner in common${asOfWords(when)}.`,
            item: partner,
          };
    },
  });
}

const partner = (p: Shared): Scored => ({
  entity: p.partner,
  score: `strength ${p.strength.toFixed(2)}`,
  parts: p.ties.map((t) => ({
    title: t.actor.name,
    explanation: [
      `: ${t.evidenceCount} tie${t.evidenceCount === 1 ? '' : 's'} (${t.strength.toFixed(2)}) — `,
      t.evidence.map((e, i) => [i ? '; ' : '', evidence(e)]),
    ],
  })),
});

function evidence(e: Evidence) {
  const kinds = e.kinds.map(kindWords).join(' / ');
  if (!e.via) return `direct tie (${kinds}${e.role ? `, ${e.role}` : ''})`;
  return h(
    'span',
    {},
    'both through ',
    h('a', { href: route('entity', e.via.id) }, e.via.name),
    ` (${kinds}, weight ${e.weight.toFixed(2)})`,
  );
}
