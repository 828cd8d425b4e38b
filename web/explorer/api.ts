import { authHeaders } from '../shared/token';

/** An error from the API or the way to it, with the code the API gave (or one of our own). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Runs a GraphQL operation against this server's /graphql; throws ApiError with the API's own message. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeaders() },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('NETWORK', 'The server could not be reached. Check that it is running and try again.');
  }
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(
      `HTTP_${res.status}`,
      `The server answered ${res.status} ${res.statusText} without a readable body.`,
      res.status,
    );
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.extensions?.code ?? 'ERROR', first.message, res.status);
  if (!body.data)
    throw new ApiError(`HTTP_${res.status}`, `The server answered ${res.status} without data.`, res.status);
  return body.data;
}

const ADVICE: Record<string, string> = {
  UNAUTHENTICATED:
    'This server does not answer anonymous requests: paste an API key or token under “API key” at the top.',
  FORBIDDEN: 'Your API key or token does not allow this.',
  BAD_USER_INPUT: 'The question was not accepted as asked.',
  DATABASE_UNAVAILABLE: 'The database is not reachable right now; try again in a moment.',
  TIMEOUT: 'The question took too long to answer; try fewer hops or a smaller limit.',
  RESOURCE_LIMIT: 'The question needed more memory than the database allows; ask for less.',
  GRAPHQL_VALIDATION_FAILED:
    'The explorer asked something the API does not know; it may be out of date (reload the page).',
};

/** The error in words: what went wrong and what to do, then the API's own message. */
export function describeError(e: unknown): { advice?: string; message: string; code: string } {
  if (e instanceof ApiError)
    return { advice: ADVICE[e.code], message: e.message, code: e.status ? `${e.code}, HTTP ${e.status}` : e.code };
  return { message: e instanceof Error ? e.message : String(e), code: 'CLIENT_ERROR' };
}
