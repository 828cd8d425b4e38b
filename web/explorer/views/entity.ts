import { ApiError, gql } from '../api';
import { h, route } from '../dom';
import { KIND_SPECS } from '../../../src/model/vocabulary';
import { timelineSection } from '../timeline';
import { ENTITY, type EntityRef, type SourceRef, type Tie } from '../queries';
import { recentChanges } from './changes';
import { entityLink, fill, kindWords, period, relationWords, sourceList, vocabularyWord } from '../words';

interface Relation extends Tie {
  amountEur?: number | null;
  lengthKm?: number | null;
  rank?: number | null;
  node: EntityRef;
}

type Entity = EntityRef & {
  aliases: string[];
  description?: string | null;
  website?: string | null;
  labels: string[];
  sources: SourceRef[];
  relations: { edges: Relation[] };
} & Record<string, unknown>;

const COMMON = new Set(['id', 'name', 'kind', 'aliases', 'description', 'website', 'labels', 'sources', 'relations']);
/** Facts the API gives as enum values (orgType, level…): shown as the data spells them. */
const ENUM_FIELDS = new Set(
  Object.values(KIND_SPECS).flatMap((s) => Object.keys(s.fields).filter((f) => typeof s.fields[f] === 'object')),
);

/** An entity's page: profile, facts with their sources, relations grouped by kind. */
export function entityView(id: string) {
  const body = h('section', { class: 'entity-page' });
  void fill(body, async () => {
    const { entity: e } = await gql<{ entity: Entity | null }>(ENTITY, { id });
    if (!e) throw new ApiError('NOT_FOUND', `No entity with id "${id}"`);
    document.title = `${e.name} — Partnership Graph`;
    // The timeline asks only once the entity is known: an unknown id says so once, not twice.
    return h('div', {}, profile(e), timelineSection(e.id, e.name), relations(e.relations.edges), recentChanges(e.id));
  });
  return body;
}

function profile(e: Entity) {
  const facts: [string, unknown][] = Object.entries(e)
    .filter(([k, v]) => !COMMON.has(k) && v !== null && v !== undefined)
    .map(([k, v]) => [k, ENUM_FIELDS.has(k) ? vocabularyWord(String(v)) : v]);
  if (e.aliases.length) facts.unshift(['also known as', e.aliases.join(', ')]);
  if (e.labels.length) facts.push(['labels', e.labels.join(', ')]);
  return h(
    'header',
    { class: 'profile' },
    h('h1', {}, e.name, ' ', h('span', { class: `kind kind-${e.kind}` }, kindWords(e.kind))),
    e.description ? h('p', { class: 'description' }, e.description) : null,
    h(
      'dl',
      { class: 'facts' },
      facts.map(([k, v]) => [h('dt', {}, k.replace(/([A-Z])/g, ' $1').toLowerCase()), h('dd', {}, String(v))]),
    ),
    e.website ? h('p', {}, h('a', { href: e.website, rel: 'noopener noreferrer', target: '_blank' }, e.website)) : null,
    h('p', { class: 'fact-sources' }, sourceList(e.sources)),
    h(
      'nav',
      { class: 'actions', 'aria-label': 'Explore from here' },
      h('a', { href: route('neighbourhood', e.id) }, 'Neighbourhood'),
      h('a', { href: route('paths', e.id) }, 'Paths from here'),
      h('a', { href: route('matches', e.id) }, 'Matches'),
      h('a', { href: route('partners', e.id) }, 'Shared partners with…'),
    ),
  );
}

function relations(list: Relation[]) {
  if (!list.length) return h('p', { class: 'muted' }, 'No relations recorded.');
  const groups = new Map<string, Relation[]>();
  for (const r of list) {
    const label = relationWords(r.kind, r.direction);
    groups.set(label, [...(groups.get(label) ?? []), r]);
  }
  return h(
    'section',
    { class: 'relations', 'aria-label': 'Relations' },
    h('h2', {}, `Relations (${list.length})`),
    [...groups].map(([label, rs]) =>
      h(
        'section',
        { class: 'relation-group', 'data-kind': rs[0].kind, 'data-direction': rs[0].direction },
        h('h3', {}, `${label} (${rs.length})`),
        h(
          'ul',
          {},
          rs.map((r) =>
            h(
              'li',
              {},
              entityLink(r.node),
              ' ',
              h(
                'span',
                { class: 'muted' },
                [r.role && vocabularyWord(r.role), period(r), extra(r), r.note].filter(Boolean).join(' · '),
              ),
              ' ',
              sourceList(r.sources),
            ),
          ),
        ),
      ),
    ),
  );
}

function extra(r: Relation): string {
  if (r.amountEur != null) return `€${r.amountEur.toLocaleString('en')}`;
  if (r.lengthKm != null) return `${r.lengthKm} km`;
  return r.rank != null ? `rank ${r.rank}` : '';
}
