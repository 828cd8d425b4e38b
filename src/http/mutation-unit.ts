import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode, type GraphQLFormattedError } from 'graphql';
import type { Context } from '../context';
import { formatError } from '../errors/format';

/**
 * Several mutation fields in one document commit together or not at all (GraphQL alone would run them
 * one after another, each committed on its own). The unit is settled when execution ends, before any
 * plugin's willSendResponse: Apollo runs those concurrently, and the request log, metrics and bookmark
 * header must see the outcome of the commit.
 */
export function mutationUnit(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ operation, contextValue: ctx, response }) {
          // Apollo's types promise an operation here, but an operationName the document does not hold
          // reaches this hook without one (graphql-js then answers "Unknown operation"): it was a 500.
          const op = operation as typeof operation | undefined;
          if (op?.operation !== OperationTypeNode.MUTATION || op.selectionSet.selections.length < 2) return;
          ctx.db.beginUnit();
          return {
            async executionDidEnd(error) {
              if (error) {
                // Execution itself threw: the response is that error alone, so nothing is kept.
                await ctx.db.settleUnit(false).catch(() => undefined);
              } else if (response.body?.kind === 'single') {
                await settleUnit(ctx, response.body.singleResult);
              }
            },
          };
        },
      };
    },
  };
}

/**
 * Commits a multi-field mutation's transaction when every field succeeded; otherwise rolls it back
 * and answers `data: null`, so no field claims a change that was not kept. A failed commit becomes
 * the response's error.
 */
async function settleUnit(
  ctx: Context,
  result: { data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] },
): Promise<void> {
  const failed = (result.errors?.length ?? 0) > 0;
  try {
    await ctx.db.settleUnit(!failed);
  } catch (e) {
    result.errors = [...(result.errors ?? []), formatError({ message: (e as Error).message }, e)];
    result.data = null;
    return;
  }
  if (failed) result.data = null;
}
