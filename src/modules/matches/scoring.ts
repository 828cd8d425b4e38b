import type { EntityProps } from '../entity/entity.type';
import { ReasonKind } from './matches.type';
import { WEIGHTS, type Weights } from './weights';

export { WEIGHTS } from './weights';

/** A candidate as the candidates query returns it (the query ranks with the same WEIGHTS). */
export interface CandidateRow {
  candidate: EntityProps;
  /** The score the query ranked by (scoreCandidate recomputes it from the features as the reasons' sum). */
  score: number;
  common: { id: string; degree: number }[];
  sharedSectors: string[];
  complementarySectors: string[];
  sameRegion: string | null;
  sameCountry: string | null;
  /** The candidate's cooperation ties: its track record. */
  ties: number;
  crossBorder: boolean;
  sharedProgrammes: string[];
}

export interface ScoredReason {
  kind: ReasonKind;
  weight: number;
  explanation: string;
  entityIds: string[];
}

export interface Scored {
  candidate: EntityProps;
  score: number;
  reasons: ScoredReason[];
  /** What the score was computed from. */
  features: CandidateRow;
}

/** Adamic–Adar: a common partner with few ties says more than a hub everybody is tied to. */
export const adamicAdar = (common: { degree: number }[]) =>
  common.reduce((s, z) => s + 1 / Math.log(1 + Math.max(z.degree, 1)), 0);

/** Scores one candidate; deterministic, every part returned as a reason (weights: WEIGHTS unless evaluating others). */
export function scoreCandidate(row: CandidateRow, weights: Weights = WEIGHTS): Scored {
  const reasons: ScoredReason[] = [];
  const add = (kind: ReasonKind, weight: number, explanation: string, entityIds: string[]) => {
    if (weight > 0) reasons.push({ kind, weight, explanation, entityIds });
  };
  const n = row.common.length;
  add(
    ReasonKind.COMMON_PARTNERS,
    weights.commonPartner * adamicAdar(row.common),
    `${n} common partner${n === 1 ? '' : 's'} (fewer-tied partners count more)`,
    // The strongest first (the fewer-tied weigh most), then by id: the database collects them in no set order.
    [...row.common].sort((a, b) => a.degree - b.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((z) => z.id),
  );
  add(
    ReasonKind.SHARED_SECTORS,
    weights.sharedSector * row.sharedSectors.length,
    `works in ${row.sharedSectors.length} of the same sectors`,
    row.sharedSectors,
  );
  add(
    ReasonKind.COMPLEMENTARY_SECTORS,
    weights.complementarySector * row.complementarySectors.length,
    'works in neighbouring sectors (broader or narrower)',
    row.complementarySectors,
  );
  if (row.sameRegion) add(ReasonKind.SAME_REGION, weights.sameRegion, 'located in the same region', [row.sameRegion]);
  if (!row.sameRegion && row.sameCountry)
    add(ReasonKind.SAME_COUNTRY, weights.sameCountry, 'located in the same country', [row.sameCountry]);
  add(
    ReasonKind.EXPERIENCE,
    weights.experience * Math.log(1 + row.ties),
    `a track record of cooperation: ${row.ties} cooperation tie${row.ties === 1 ? '' : 's'}`,
    [],
  );
  if (row.crossBorder)
    add(ReasonKind.CROSS_BORDER, weights.crossBorder, 'located across a shared border: a cross-border tie', []);
  add(
    ReasonKind.SHARED_PROGRAMMES,
    weights.sharedProgramme * row.sharedProgrammes.length,
    'funded by the same programmes',
    row.sharedProgrammes,
  );
  reasons.sort((a, b) => b.weight - a.weight || a.kind.localeCompare(b.kind));
  return { candidate: row.candidate, score: reasons.reduce((s, r) => s + r.weight, 0), reasons, features: row };
}
