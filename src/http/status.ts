import type { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';
import type { Context } from '../context';

/** Request errors: the document or its variables were refused before anything ran. */
const REQUEST_FAILURES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);
const MEDIA_TYPES = ['application/json', 'application/graphql-response+json'];

// Clients send one Accept header again and again: negotiating it on every request was per-request work.
const negotiated = new Map<string, boolean>();
const NEGOTIATED_MAX = 100;

/** The media type Apollo answers with for this Accept header (the same negotiation it does). */
function answersGraphqlResponseJson(accept: string | undefined): boolean {
  if (!accept) return false; // no Accept: application/json
  let answer = negotiated.get(accept);
  if (answer === undefined) {
    answer = new Negotiator({ headers: { accept } }).mediaType(MEDIA_TYPES) === 'application/graphql-response+json';
    if (negotiated.size < NEGOTIATED_MAX) negotiated.set(accept, answer);
  }
  return answer;
}

/**
 * GraphQL over HTTP: a client that accepts only `application/json` cannot tell a GraphQL answer from a
 * proxy's error by the body, so the spec says a well-formed request SHOULD get 200 there even when the
 * document fails to parse or validate, or its variables cannot be coerced (graphql-http's audit checks
 * it). Under `application/graphql-response+json` these stay 400. Refusals that are not GraphQL
 * request errors (unsupported operations, APQ mismatch, credentials, limits on the body) keep their status.
 */
export function statusForMediaType(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      if (answersGraphqlResponseJson(request.http?.headers.get('accept'))) return;
      return {
        async willSendResponse({ response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (errors.every((e) => REQUEST_FAILURES.has(String(e.extensions?.code)))) response.http.status = 200;
        },
      };
    },
  };
}
