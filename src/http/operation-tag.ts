import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { Context } from '../context';

/**
 * Names the GraphQL operation in the metadata of every transaction the request opens, so that
 * `SHOW TRANSACTIONS` and Neo4j's query log show which request and operation a running query serves:
 * the operation's name, or for an anonymous one its type and first field (`query entity`).
 */
/** Longest operation tag sent: the name is the client's, and one token of the document may be a megabyte. */
export const MAX_OPERATION_TAG = 200;

export function tagTransactions(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName, contextValue }) {
          if (!operation) return;
          const first = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
          const name = operationName ?? `${operation.operation} ${first?.kind === Kind.FIELD ? first.name.value : ''}`;
          contextValue.db.tag.operation = name.trim().slice(0, MAX_OPERATION_TAG);
        },
      };
    },
  };
}
