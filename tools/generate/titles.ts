import { acronym } from './model';
import type { Named, NameContext } from './names';
import { EU_PROGRAMMES, PERIODS } from './places';
import type { Rng } from './random';

const ADJ =
  'Smart,Green,Digital,Resilient,Circular,Sustainable,Inclusive,Advanced,Open,Connected,Cross-border,Transnational'.split(
    ',',
  );
const GOALS =
  'SMEs,Regions,Industry,Cities,Clusters,Europe,Central Europe,the Danube Region,Value Chains,Skills,Start-ups,Rural Areas'.split(
    ',',
  );
const NOUNS =
  'Innovation Network,Accelerator,Living Lab,Value Chain,Competence Platform,Skills Alliance,Pilot Line,Testbed,Partnership,Observatory,Cluster Collaboration,Demonstrator'.split(
    ',',
  );
const MACROS =
  'Central European,Baltic Sea,Danube,Alpine,Mediterranean,Nordic,Atlantic,Visegrad,Adriatic-Ionian,North Sea,Carpathian'.split(
    ',',
  );

/** Title of a project, with its acronym as alias (`Green Hydrogen for SMEs`, `GH4SME`). */
export function projectTitle(rng: Rng, c: NameContext): Named {
  const k = c.sector.keyword;
  const p = rng.int(4);
  const name =
    p === 0
      ? `${rng.pick(ADJ)} ${k} for ${rng.pick(GOALS)}`
      : p === 1
        ? `${k} ${rng.pick(NOUNS)} ${c.region}`
        : p === 2
          ? `${rng.pick(ADJ)} ${k} ${rng.pick(NOUNS)}`
          : `${rng.pick(MACROS)} ${k} ${rng.pick(NOUNS)}`;
  const short = acronym(name).toUpperCase() + (rng.chance(0.3) ? String(rng.between(2, 9)) : '');
  return { name, aliases: short.length >= 3 ? [short] : undefined };
}

const ALLIANCE_PATTERNS: Record<string, string[]> = {
  alliance: ['European {Kw} Alliance', '{Kw} Alliance for {Goal}', '{Macro} {Kw} Alliance', 'Clean {Kw} Alliance'],
  consortium: ['{Kw} Consortium {Macro}', '{Region} {Kw} Consortium', 'European {Kw} Research Consortium'],
  network: [
    'European Network of {Kw} Clusters',
    '{Macro} {Kw} Network',
    '{Kw} Regions Network',
    '{Macro} Cluster Network on {Sector}',
  ],
  association: ['European {Kw} Association', 'Association of {Kw} Clusters', '{Macro} {Kw} Association'],
};

/** Name of an alliance, consortium, network or association, with an acronym alias. */
export function allianceName(rng: Rng, type: string, c: NameContext): Named {
  const name = rng
    .pick(ALLIANCE_PATTERNS[type])
    .replace('{Kw}', c.sector.keyword)
    .replace('{Sector}', c.sector.name)
    .replace('{Macro}', rng.pick(MACROS))
    .replace('{Goal}', rng.pick(GOALS))
    .replace('{Region}', c.region);
  const a = acronym(name);
  return { name, aliases: a.length >= 3 ? [a] : undefined };
}

const EVENT_PATTERNS: Record<string, string[]> = {
  conference: [
    '{Kw} Conference {Year}',
    '{City} {Kw} Forum {Year}',
    'European {Kw} Summit {Year}',
    '{Region} Innovation Conference {Year}',
  ],
  congress: ['{Kw} Congress {Year}', 'European Congress on {Sector} {Year}', 'International {Kw} Congress {City}'],
  'study-visit': ['Study Visit to {Region} {Year}', '{Kw} Study Visit {City}', 'Cluster Study Tour {Region} {Year}'],
  'pitching-session': ['{Kw} Startup Pitching {City}', 'Pitch Day: {Kw} {Year}', '{City} Investor Pitch Night {Year}'],
  meeting: [
    '{Kw} Matchmaking {City} {Year}',
    '{Kw} Brokerage Event {Year}',
    '{Region} Cluster Managers Meeting {Year}',
    'Partner Meeting {City} {Year}',
  ],
  workshop: [
    '{Kw} Workshop {City}',
    'Workshop on {Sector} {Year}',
    '{Kw} Capacity-Building Workshop',
    '{Region} {Kw} Design Sprint',
  ],
  exhibition: ['{Kw} Expo {Year}', '{City} {Kw} Fair {Year}', '{Kw} Days {City} {Year}'],
  ranking: [
    '{Kw} Cluster Ranking {Year}',
    'European Cluster Excellence Ranking {Year}',
    'Regional Innovation Ranking {Year}',
  ],
  other: [
    '{Kw} Hackathon {City} {Year}',
    '{City} Innovation Day {Year}',
    '{Kw} Summer School {Year}',
    '{Region} Awards {Year}',
  ],
};

/** Name of an event of a type held in a year (`Hydrogen Conference 2019`). */
export function eventName(rng: Rng, type: string, c: NameContext, year: number): Named {
  const name = rng
    .pick(EVENT_PATTERNS[type])
    .replace('{Kw}', c.sector.keyword)
    .replace('{Sector}', c.sector.name)
    .replace('{City}', c.city)
    .replace('{Region}', c.region)
    .replace('{Year}', String(year));
  return { name };
}

/** Scope of a programme: the EU, one country, or one region. */
export type ProgrammeScope = 'eu' | 'national' | 'regional';

/** Name and programmeType of a programme: real EU programme names, plausible national and regional ones. */
export function programmeName(
  rng: Rng,
  scope: ProgrammeScope,
  period: number,
  nth: number,
  c: NameContext,
): Named & { type: string } {
  const [start, end] = PERIODS[period];
  const span = `${start}–${end}`;
  if (scope === 'eu') {
    const list = EU_PROGRAMMES[period];
    const base = list[nth % list.length];
    const dated = /^(Interreg|South East|Baltic Sea)/.test(base) ? `${base} ${span}` : base;
    if (nth < list.length)
      return {
        name: dated,
        type: /^(FP7|Horizon)/.test(base) ? 'framework' : 'programme',
        aliases: base === dated ? undefined : [base],
      };
    return { name: `${base} – ${c.sector.keyword} call ${start + rng.int(end - start)}`, type: 'scheme' };
  }
  const where = scope === 'national' ? c.country.name : c.region;
  const k = rng.int(4);
  if (k === 0)
    return {
      name:
        scope === 'national'
          ? `Operational Programme ${rng.pick(['Smart Growth', 'Competitiveness', 'Innovation and Competitiveness', 'Research and Innovation'])} ${where} ${span}`
          : `${where} Regional Programme ${span}`,
      type: 'programme',
    };
  if (k === 1)
    return { name: `${where} ${rng.pick(['Innovation', 'Research', 'Cluster Development'])} Fund`, type: 'fund' };
  if (k === 2)
    return {
      name: `${where} ${rng.pick(['Innovation Voucher', 'Cluster Support', 'SME Internationalisation'])} Scheme ${start}`,
      type: 'scheme',
    };
  return {
    name: `${scope === 'national' ? 'National' : where} ${c.sector.keyword} Programme${scope === 'national' ? ` (${where})` : ''} ${span}`,
    type: 'programme',
  };
}
