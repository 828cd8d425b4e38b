import { acronym, slug } from './model';
import { STYLES, type CountryInfo } from './places';
import type { Rng } from './random';
import type { SectorInfo } from './sectors';

/** A plausible town name in a country's naming style (`Steinhausen`, `Nowa Wolice`). */
export function placeName(rng: Rng, style: string): string {
  const s = STYLES[style];
  const root = rng.pick(s.roots);
  const suffix = rng.pick(s.suffixes);
  if (!s.prefixes.length || !rng.chance(0.15)) return root + suffix;
  const prefix = rng.pick(s.prefixes);
  const glued = /[a-zäöüáéíóúőűł]$/i.test(prefix);
  return prefix + (glued ? root[0].toLowerCase() + root.slice(1) : root) + suffix;
}

/** Where an actor sits and what it does: the context its name is made from. */
export interface NameContext {
  city: string;
  region: string;
  country: CountryInfo;
  sector: SectorInfo;
}

/** A name with its aliases and website. */
export interface Named {
  name: string;
  aliases?: string[];
  website?: string;
}

const BRAND_A =
  'Nord,Syn,Techno,Medi,Aero,Bio,Ener,Info,Inno,Opti,Robo,Flex,Hydro,Eco,Agri,Data,Nano,Terra,Vita,Lumi,Quanta,Poly,Metro,Astra,Volt,Cyber,Indu,Fero,Silva,Aqua,Sol,Alpha,Kern,Vector,Helio'.split(
    ',',
  );
const BRAND_B =
  'werk,tron,tech,gen,sys,nova,logic,matic,lab,link,net,tec,wave,soft,form,cor,vision,sense,flow,pro,mind,grid,wise,med'.split(
    ',',
  );
const FIELDS =
  'Systems,Solutions,Technologies,Engineering,Industries,Group,Labs,Digital,Consulting,Innovations,Components,Services'.split(
    ',',
  );

/** A made-up brand (`Nordwerk`). */
export function brand(rng: Rng): string {
  return rng.pick(BRAND_A) + rng.pick(BRAND_B);
}

const fill = (rng: Rng, patterns: string[], c: NameContext, b: string) =>
  rng
    .pick(patterns)
    .replace('{City}', c.city)
    .replace('{Region}', c.region)
    .replace('{Country}', c.country.name)
    .replace('{Kw}', c.sector.keyword)
    .replace('{Sector}', c.sector.name)
    .replace('{Brand}', b);

const ORG_PATTERNS: Record<string, string[]> = {
  university: [
    'University of {City}',
    '{City} University of Technology',
    'University of Applied Sciences {City}',
    '{Region} University',
    'Medical University of {City}',
    '{City} University of Economics',
    'University of {Region}',
  ],
  'research-institute': [
    '{Kw} Research Institute {City}',
    '{City} Institute of {Sector}',
    'Institute for {Sector} Research',
    '{Brand} Institute',
    'National Institute of {Sector} ({Country})',
    '{Region} Centre for {Sector} Research',
  ],
  'public-authority': [
    'City of {City}',
    '{City} Municipality',
    '{Region} Regional Office',
    'Ministry of Economy ({Country})',
    '{City} District Office',
  ],
  'development-agency': [
    '{Region} Development Agency',
    '{City} Regional Development Agency',
    'Invest in {Region}',
    '{Region} Innovation Agency',
  ],
  association: [
    '{Country} Association of {Kw} Companies',
    '{Region} Chamber of Commerce',
    '{City} Chamber of Industry and Commerce',
    '{Kw} Association {Country}',
    '{Region} Employers’ Association',
  ],
  foundation: [
    '{Brand} Foundation',
    '{City} Innovation Foundation',
    'Foundation for {Sector}',
    '{Region} Science Foundation',
  ],
  funder: [
    '{Region} Investment Fund',
    '{Brand} Ventures',
    '{Country} Development Bank',
    '{Region} Seed Fund',
    '{Kw} Capital Partners',
  ],
  'innovation-hub': [
    '{City} Digital Innovation Hub',
    '{Kw} Hub {City}',
    '{City} Startup Hub',
    '{Region} {Kw} Innovation Hub',
  ],
  'science-park': [
    '{City} Science and Technology Park',
    '{Region} Technology Park',
    '{Brand} Science Park',
    '{City} Technopark',
  ],
  venue: [
    '{City} Expo Centre',
    '{City} Congress Centre',
    '{City} Trade Fair',
    '{Brand} Arena {City}',
    '{City} Conference Hall',
  ],
  media: ['{Kw} Review', '{Region} Business Journal', '{City} Tech News', '{Kw} Today', '{Country} {Kw} Magazine'],
  other: ['{Kw} Competence Centre {City}', '{City} Living Lab', '{Brand} Network Office', '{Region} {Kw} Platform'],
};

/** Name of an organisation of a type; `slot` marks the planned regional government, national agency or ministry. */
export function orgName(
  rng: Rng,
  type: string,
  c: NameContext,
  slot: 'regional-government' | 'national-agency' | 'ministry' | undefined,
): Named {
  const b = brand(rng);
  let name: string;
  let alias: string | undefined;
  if (slot === 'regional-government') name = `Regional Government of ${c.region}`;
  else if (slot === 'national-agency')
    name = rng.pick([
      `${c.country.name} Innovation Agency`,
      `National Research and Innovation Agency of ${c.country.name}`,
      `${c.country.name} Enterprise Agency`,
    ]);
  else if (slot === 'ministry')
    name = rng.pick([
      `Ministry of Economic Development of ${c.country.name}`,
      `Ministry of Science and Innovation of ${c.country.name}`,
      `Ministry of Industry of ${c.country.name}`,
    ]);
  else if (type === 'company') {
    const field = rng.chance(0.25) ? c.sector.keyword : rng.chance(0.5) ? rng.pick(FIELDS) : '';
    name = `${b}${field ? ` ${field}` : ''} ${rng.pick(c.country.legalForms)}`;
    if (field && rng.chance(0.4)) alias = b;
  } else name = fill(rng, ORG_PATTERNS[type], c, b);
  if (type !== 'company') {
    const a = acronym(name);
    if (a.length >= 3 && rng.chance(0.6)) alias = a;
  }
  const website = rng.chance(type === 'company' ? 0.5 : 0.8)
    ? `https://www.${slug(type === 'company' ? b : name).slice(0, 40)}.example`
    : undefined;
  return { name, aliases: alias ? [alias] : undefined, website };
}

const CLUSTER_PATTERNS = [
  '{Region} {Kw} Cluster',
  '{City} {Kw} Cluster',
  '{Kw} Valley {City}',
  'Cluster {Kw} {Region}',
  '{Kw} Cluster {Country}',
  '{Region} {Sector} Cluster',
  '{City} {Kw} Network',
];

/** Name of a cluster (`Małopolskie Robotics Cluster`) with an acronym alias. */
export function clusterName(rng: Rng, c: NameContext): Named {
  const name = fill(rng, CLUSTER_PATTERNS, c, '');
  const a = acronym(name);
  return {
    name,
    aliases: a.length >= 3 && rng.chance(0.7) ? [a] : undefined,
    website: rng.chance(0.8) ? `https://www.${slug(name).slice(0, 40)}.example` : undefined,
  };
}
