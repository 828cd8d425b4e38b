import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { Context } from '../../context';
import type { ChangeFeed } from './change-feed';

/**
 * A mutation answered by this process has committed (http/mutation-unit settles before willSendResponse): the
 * feed reads the log at once instead of at its next interval, so this replica's subscribers see their own writes
 * within a round trip. Other replicas' writes arrive at the poll interval.
 */
export function wakeFeedOnWrites(feed: ChangeFeed): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === OperationTypeNode.MUTATION) feed.wake();
        },
      };
    },
  };
}
