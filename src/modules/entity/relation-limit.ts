// Apart from relations.ts so that the look-ahead, which relations.ts uses, can read it without an import circle.

/** The most relations one relation field returns (`first`): checked by its resolver, and by the look-ahead. */
export const MAX_RELATIONS = 1000;

/** The most ids one `nodes` lookup takes: a page of the entity lists (each may read its relations ahead). */
export const MAX_NODES = 100;

/** The `first` and `after` arguments of every relation connection field, described once. */
export const FIRST_DESCRIPTION = `The most edges to return, 1 to ${MAX_RELATIONS}`;
export const AFTER_DESCRIPTION =
  'Start after this edge: the cursor of an edge (or pageInfo.endCursor) of the same connection';
