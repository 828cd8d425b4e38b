import { gql } from '../api';
import { h, route } from '../dom';
import { asOfField, asOfParts, asOfWords } from '../asof';
import { picker } from '../picker';
import { SHARED_PARTNERS, type EntityRef } from '../queries';
import { kindWords, questionPage, reasonItem, scoredItem, showRanked } from '../words';

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
  const actors = picker({ label: 'Actors (2 to 10)', max: 10, initial: ids });
  const day = asOfField(asOf);
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const find = () => {
    const chosen = actors.values().map((e) => e.id);
    const when = day.value();
    showRanked(
      results,
      chosen.length < 2
        ? 'Choose at least two actors.'
        : {
            address: route('partners', chosen.join(','), ...asOfParts(when)),
            load: async () =>
              (await gql<{ sharedPartners: Shared[] }>(SHARED_PARTNERS, { ids: chosen, asOf: when ?? null }))
                .sharedPartners,
            empty: `They have no partner in common${asOfWords(when)}.`,
            item: partner,
          },
    );
  };
  if (ids.length >= 2) void actors.ready.then(find);
  return questionPage('Whom do they all work with?', [actors.el, day.el], 'Find shared partners', find, results);
}

const partner = (p: Shared) =>
  scoredItem(
    p.partner,
    `strength ${p.strength.toFixed(2)}`,
    p.ties.map((t) =>
      reasonItem(
        {},
        t.actor.name,
        `: ${t.evidenceCount} tie${t.evidenceCount === 1 ? '' : 's'} (${t.strength.toFixed(2)}) — `,
        t.evidence.map((e, i) => [i ? '; ' : '', evidence(e)]),
      ),
    ),
  );

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
