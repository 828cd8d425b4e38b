/**
 * Weights of a match score's parts: the one place they are set. scoring.ts builds the reasons with
 * them, the candidates query ranks with them (passed as $weights), ReasonKind describes them.
 * Fitted by logistic regression over the reasons on the generated network as of 2017-01-01 (which
 * pairs first cooperated in the three years after), non-negative so that every part adds; evaluated
 * on later snapshots only (docs/matching.md, `npm run eval:matching -- --data …`).
 */
export const WEIGHTS = {
  /** × Σ 1 / ln(1 + ties) over common partners (Adamic–Adar). */
  commonPartner: 1,
  sharedSector: 0.5,
  complementarySector: 0.25,
  sameRegion: 0.3,
  sameCountry: 0.15,
  /** × ln(1 + the candidate's cooperation ties). */
  experience: 0.3,
  crossBorder: 0.4,
  sharedProgramme: 0.3,
};

export type Weights = typeof WEIGHTS;

/** A weight as the descriptions show it (at most three decimals). */
export const shown = (w: number) => String(Number(w.toFixed(3)));
