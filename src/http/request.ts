import crypto from 'node:crypto';
import type express from 'express';
import { badInput } from '../errors/errors';
import { verifyBookmarks } from './bookmarks';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const BOOKMARK = /^[\x21-\x7e]{1,2200}$/;
const MAX_BOOKMARKS = 32;

/** The client's x-request-id when it is a sane token (it ends up in logs), otherwise a new UUID. */
export function requestIdOf(req: Pick<express.Request, 'headers'>): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

/**
 * Bookmarks a client sends back (x-neo4j-bookmarks, separated by spaces or commas) so it reads its own
 * writes; only those this server signed (see http/bookmarks).
 */
export function bookmarksOf(req: express.Request, secret: string): string[] {
  const header = req.headers['x-neo4j-bookmarks'];
  if (header === undefined) return [];
  const list = (Array.isArray(header) ? header.join(' ') : header).split(/[\s,]+/).filter(Boolean);
  if (list.length > MAX_BOOKMARKS || !list.every((b) => BOOKMARK.test(b))) {
    throw badInput(
      'x-neo4j-bookmarks',
      `expected at most ${MAX_BOOKMARKS} bookmarks as returned in this header by an earlier response, separated by spaces`,
      { http: { status: 400 } },
    );
  }
  return verifyBookmarks(list, secret);
}

/**
 * JSON for errors raised before GraphQL runs (body too large, malformed JSON): same shape as GraphQL errors, no stack.
 */
export function httpErrorHandler(maxBodyBytes: number): express.ErrorRequestHandler {
  return (thrown, _req, res, next) => {
    if (res.headersSent) return next(thrown);
    // body-parser's errors carry the HTTP status and a type naming what went wrong.
    const err = thrown as { status?: unknown; type?: unknown } | undefined;
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    const [code, message] =
      err?.type === 'entity.too.large'
        ? ['PAYLOAD_TOO_LARGE', `The request body is larger than the ${maxBodyBytes} bytes this server accepts`]
        : err?.type === 'entity.parse.failed'
          ? ['BAD_REQUEST', 'The request body is not valid JSON']
          : status < 500
            ? ['BAD_REQUEST', 'The request could not be read']
            : ['INTERNAL_SERVER_ERROR', 'Internal server error'];
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
