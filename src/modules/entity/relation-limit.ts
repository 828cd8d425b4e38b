// Apart from relations.ts so that the look-ahead, which relations.ts uses, can read it without an import circle.

/** The most relations one relation field returns (`first`): checked by its resolver, and by the look-ahead. */
export const MAX_RELATIONS = 1000;
