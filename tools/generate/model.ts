import type { EntityKind, RelationType } from '../../src/model/vocabulary';

/** Dataset sizes: S ≈ 10k nodes / 100k relationships, M ×10, L ×100 (same shape). */
export type Size = 'S' | 'M' | 'L';
export const SIZES: Record<Size, { factor: number; nodes: number; relations: number }> = {
  S: { factor: 1, nodes: 10_000, relations: 100_000 },
  M: { factor: 10, nodes: 100_000, relations: 1_000_000 },
  L: { factor: 100, nodes: 1_000_000, relations: 10_000_000 },
};

/** One JSON Lines entity record. */
export interface EntityRec {
  record: 'entity';
  kind: EntityKind;
  id: string;
  name: string;
  [field: string]: unknown;
}

/** One JSON Lines relation record. */
export interface RelationRec {
  record: 'relation';
  type: RelationType;
  from: string;
  to: string;
  [field: string]: unknown;
}

/** A line of the output. */
export type GenRecord = EntityRec | RelationRec;

/** "Now" for the generated timeline (2005–2026): the start of this year decides project status. */
export const REF_YEAR = 2026;

/** A relation record with an optional role, since date and extra fields, in a fixed key order. */
export function rel(
  type: RelationType,
  from: string,
  to: string,
  role?: string,
  since?: string,
  extra?: Record<string, unknown>,
): RelationRec {
  return { record: 'relation', type, from, to, role, since, ...extra };
}

const pad = (i: number, w: number) => String(i + 1).padStart(w, '0');
/** Ids of the actor kinds, by 0-based index (`org-000001`, `cluster-00001`, …). */
export const orgId = (i: number) => `org-${pad(i, 6)}`;
export const clusterId = (i: number) => `cluster-${pad(i, 5)}`;
export const projectId = (i: number) => `project-${pad(i, 6)}`;
export const allianceId = (i: number) => `alliance-${pad(i, 4)}`;
export const eventId = (i: number) => `event-${pad(i, 6)}`;
export const programmeId = (i: number) => `programme-${pad(i, 4)}`;

/** A month as an ISO date `YYYY-MM`, from months counted since year 0. */
export function isoMonth(months: number): string {
  return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
}

/** A day as `YYYY-MM-DD` (days 1–28 only, so every combination is a real date). */
export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ASCII_MAP: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
  æ: 'ae',
  Æ: 'Ae',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  '’': "'",
};

/** The name without diacritics (`Małopolskie` → `Malopolskie`). */
export function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁøØßđĐæÆħĦı’]/g, (c) => ASCII_MAP[c]);
}

/** A slug for ids: lowercase ASCII letters, digits and single hyphens. */
export function slug(s: string): string {
  return ascii(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Aliases of a name: its ASCII spelling when different, plus any extras (deduplicated, never the name itself). */
export function aliases(name: string, ...extra: (string | undefined)[]): string[] | undefined {
  const out: string[] = [];
  for (const a of [ascii(name), ...extra]) if (a && a !== name && !out.includes(a)) out.push(a);
  return out.length ? out : undefined;
}

/** An acronym of the capitalised words of a name (`Baltic Robotics Cluster` → `BRC`). */
export function acronym(name: string): string {
  return ascii(name)
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z0-9]/.test(w))
    .map((w) => w[0])
    .join('');
}
