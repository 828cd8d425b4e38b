/**
 * Weights of a match score's parts: the one place they are set. scoring.ts builds the reasons with
 * them, the candidates query ranks with them (passed as $weights), ReasonKind describes them.
 * Set by hand. The temporal evaluation fits its own by logistic regression over the reasons on the
 * generated network as of 2017-01-01 and judges them on later snapshots (docs/matching.md); those are
 * not adopted here: fitted on synthetic data, they rank by place alone and contradict the demo's cases.
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
