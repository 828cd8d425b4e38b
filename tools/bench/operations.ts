import { GRAPH_OPERATIONS } from './ops-graph';
import { READ_OPERATIONS } from './ops-read';
import type { Operation } from './operation.type';

/** Every measured operation, in report order; each floor runs exactly the named Cypher its service runs. */
export const OPERATIONS: Operation[] = [...READ_OPERATIONS, ...GRAPH_OPERATIONS];
