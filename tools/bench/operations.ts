import { GRAPH_OPERATIONS } from './ops-graph';
import { NESTED_OPERATIONS } from './ops-nested';
import { READ_OPERATIONS } from './ops-read';
import type { Operation } from './operation.type';

/** Every measured operation, in report order; each floor runs exactly the named Cypher its service runs. */
export const OPERATIONS: Operation[] = [...NESTED_OPERATIONS, ...READ_OPERATIONS, ...GRAPH_OPERATIONS];
