import type { VisibilityVariant } from '../../auth/visibility';

// Plain functions only, like window.ts: src/db/cypher.ts expands the macro with them.

const PUBLIC_TIE = (h: string) => `(${h}.visibility IS NULL OR ${h}.visibility = 'PUBLIC')`;

/**
 * `{{TIES(x)}}` in a statement (src/db/cypher.ts): how many cooperation ties of entity x the viewer may see
 * (`{{VISIBLE}}`) and overlap the window (`{{IN_WINDOW}}`), the same number as
 * `COUNT { (x)-[h:{{COOPERATION}} WHERE {{IN_WINDOW(h)}} AND {{VISIBLE(h)}}]-() }`, read from the summaries
 * that cypher/time/tie-summaries keeps instead of from every tie:
 *   - public ties, timeless: the entity's `tieCount`;
 *   - public ties in a window: the intervals on its (:TieSpans) node that overlap the window (two lists read
 *     in one seek of the constraint's index, instead of every tie and its properties);
 *   - PARTNERS and PRIVATE ties, for the viewers who may see some (`all`, `org`): counted tie by tie, only at an
 *     entity that has any (`hiddenTieCount` > 0), which few have; timeless, a viewer who sees every tie adds
 *     the stored `hiddenTieCount`.
 * An entity without a summary (written around the API, e.g. by raw Cypher) is counted tie by tie.
 * `windowed` undefined (no parameters: EXPLAIN tests) keeps both timeless and windowed forms.
 * `knownPublic` (`{{TIES(x, p)}}`): a variable holding x's public ties in the window when the statement already has
 * them (null where it has not), used instead of reading the summary again.
 */
export function tieCountCypher(
  x: string,
  variant: VisibilityVariant,
  windowed?: boolean,
  knownPublic?: string,
): string {
  const h = `${x}TieH`;
  // Public ties are written out, not left to {{VISIBLE}}: PUBLIC_TIES counts them for every viewer.
  const visible = variant === 'public' ? PUBLIC_TIE(h) : `{{VISIBLE(${h})}}`;
  const each = (extra: string) =>
    `COUNT { (${x})-[${h}:{{COOPERATION}} WHERE ${extra}{{IN_WINDOW(${h})}} AND ${visible}]-() }`;
  const [spans, from, to, i] = [`${x}Spans`, `${x}SpanFrom`, `${x}SpanTo`, `${x}SpanI`];
  const overlapping =
    `CASE WHEN ${x}.tieCount = 0 THEN 0 ELSE head(COLLECT { MATCH (${spans}:TieSpans {id: ${x}.id}) ` +
    `WITH ${spans}.from AS ${from}, ${spans}.to AS ${to} ` +
    `RETURN size([${i} IN range(0, size(${from}) - 1) WHERE ${from}[${i}] <= $windowTo AND ${to}[${i}] >= $windowFrom]) }) END`;
  const stored =
    windowed === undefined
      ? `CASE WHEN $windowTo IS NULL THEN ${x}.tieCount ELSE ${overlapping} END`
      : windowed
        ? overlapping
        : `${x}.tieCount`;
  const publicTies = knownPublic ? `CASE WHEN ${knownPublic} IS NULL THEN ${stored} ELSE ${knownPublic} END` : stored;
  // Timeless, a viewer who sees every tie sees them all: both stored counts.
  if (variant === 'all' && windowed === false)
    return `(CASE WHEN ${x}.tieCount IS NULL THEN ${each('')} ELSE ${x}.tieCount + ${x}.hiddenTieCount END)`;
  const hidden =
    variant === 'public'
      ? ''
      : ` + CASE WHEN ${x}.hiddenTieCount > 0 THEN ${each(`NOT ${PUBLIC_TIE(h)} AND `)} ELSE 0 END`;
  return `(CASE WHEN ${x}.tieCount IS NULL THEN ${each('')} ELSE ${publicTies}${hidden} END)`;
}

/**
 * `{{MOST_TIES(x)}}`: an upper bound of `{{TIES(x)}}` read from x's stored counts only (no tie, no span): its public
 * ties of all history (`tieCount`: none in a window can be more), and for a viewer who may see hidden ties their
 * stored count too. Null when x has no summary (the caller decides what that means).
 */
export function mostTiesCypher(x: string, variant: VisibilityVariant): string {
  return variant === 'public' ? `${x}.tieCount` : `(${x}.tieCount + ${x}.hiddenTieCount)`;
}
