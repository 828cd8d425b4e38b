/**
 * What an analyst statement may contain. Everything here is an allow-list: a namespaced function or
 * procedure not listed is refused, so a newly installed plugin cannot widen the surface by itself.
 */

/** Read-only procedures analysts may CALL. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'apoc.path.expand',
  'apoc.path.expandConfig',
  'apoc.path.subgraphAll',
  'apoc.path.subgraphNodes',
  'apoc.path.spanningTree',
  'apoc.algo.dijkstra',
  'apoc.algo.aStar',
  'apoc.algo.allSimplePaths',
  'apoc.neighbors.tohop',
  'apoc.neighbors.byhop',
  'apoc.neighbors.athop',
  // apoc.meta.stats, apoc.meta.data and apoc.meta.schema are not here: Neo4j refuses them as
  // "sandboxed" unless they are unrestricted, which would widen what APOC may do for everyone.
  'apoc.coll.zipToRows',
  'apoc.coll.elements',
  'apoc.help',
]);

/** Namespaces (or exact names) of functions analysts may use; built-in functions have no namespace. */
export const ALLOWED_FUNCTION_PREFIXES = [
  // built-in namespaced functions
  'date.',
  'datetime.',
  'localdatetime.',
  'localtime.',
  'time.',
  'duration.',
  'point.',
  'vector.',
  'db.nameFromElementId',
  // pure APOC functions: collections, maps, text, conversion, maths, dates, aggregation, graph reads
  'apoc.coll.',
  'apoc.map.',
  'apoc.text.',
  'apoc.convert.',
  'apoc.math.',
  'apoc.number.',
  'apoc.date.',
  'apoc.temporal.',
  'apoc.agg.',
  'apoc.label.',
  'apoc.node.',
  'apoc.nodes.',
  'apoc.rel.',
  'apoc.path.',
  'apoc.meta.',
  'apoc.hashing.',
  'apoc.scoring.',
  'apoc.bitwise.',
  'apoc.json.path',
  'apoc.any.',
  'apoc.util.md5',
  'apoc.util.sha1',
  'apoc.util.sha256',
];

/** Why well-known dangerous namespaces are refused (the message names the reason, not just "not allowed"). */
const REASONS: [prefix: string, why: string][] = [
  ['dbms.', 'administrative procedures (dbms.*) are refused'],
  ['apoc.cypher.', 'apoc.cypher.* runs Cypher the guard has not checked'],
  ['apoc.do.', 'apoc.do.* runs Cypher the guard has not checked'],
  ['apoc.when', 'apoc.when runs Cypher the guard has not checked'],
  ['apoc.case', 'apoc.case runs Cypher the guard has not checked'],
  ['apoc.periodic.', 'apoc.periodic.* runs Cypher in background or batched transactions'],
  ['apoc.load.', 'apoc.load.* reads files and URLs'],
  ['apoc.import.', 'apoc.import.* writes to the database'],
  ['apoc.export.', 'apoc.export.* writes files'],
  ['apoc.trigger.', 'apoc.trigger.* installs code that runs on writes'],
  ['apoc.create.', 'apoc.create.* writes to the database'],
  ['apoc.merge.', 'apoc.merge.* writes to the database'],
  ['apoc.refactor.', 'apoc.refactor.* writes to the database'],
  ['apoc.schema.', 'apoc.schema.* changes indexes and constraints'],
  ['apoc.lock.', 'apoc.lock.* takes locks'],
  ['apoc.systemdb.', 'apoc.systemdb.* reaches the system database'],
  ['gds.', 'Graph Data Science runs through the centrality and communities queries'],
  ['db.create', 'db.create* writes to the database'],
  ['tx.', 'transaction metadata is set by the API'],
];

export function reasonFor(name: string, kind: 'procedure' | 'function'): string {
  const known = REASONS.find(([prefix]) => name.startsWith(prefix));
  const why = known ? known[1] : `it is not on the analyst allow-list (docs/analyst.md)`;
  return `${kind} ${name} is not allowed: ${why}`;
}

export function functionAllowed(name: string): boolean {
  return ALLOWED_FUNCTION_PREFIXES.some((p) => (p.endsWith('.') ? name.startsWith(p) : name === p));
}

/** Words that begin a read query; anything else (SHOW, CREATE, DROP, GRANT, TERMINATE…) is refused. */
export const READ_CLAUSES = new Set(['MATCH', 'OPTIONAL', 'UNWIND', 'WITH', 'RETURN', 'CALL']);

/** Clauses that write, refused wherever they appear as a clause (not as a property or map key). */
export const WRITE_CLAUSES = new Set([
  'CREATE',
  'MERGE',
  'SET',
  'DELETE',
  'DETACH',
  'REMOVE',
  'FOREACH',
  'DROP',
  'ALTER',
  'GRANT',
  'DENY',
  'REVOKE',
  'TERMINATE',
]);
