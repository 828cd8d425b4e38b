import crypto from 'node:crypto';
import { badInput } from '../errors/errors';

/**
 * Bookmarks handed to clients are signed, and only signed ones are accepted back. A bookmark names a
 * transaction the database must have reached before a read may run; a forged one naming a transaction
 * id far in the future (2^31 − 1) made each read holding it wait 30 s on a pooled connection, and 100
 * of them at once starved the pool (a cheap query's p95 went from 22 ms to 4.3 s). The server never
 * forwards a bookmark it did not issue, so no client can make it wait for a transaction that will not
 * come. With several replicas, give them one BOOKMARK_SECRET so that each accepts the others'.
 */
const SEPARATOR = '~';

const mac = (secret: string, bookmark: string) =>
  crypto.createHmac('sha256', secret).update(bookmark).digest('base64url');

// The last bookmark signed, per secret: every read between two writes returns the same bookmark, and an
// HMAC per response was the costliest step of the request plugin on small reads.
const lastSigned = new Map<string, { bookmark: string; token: string }>();

/** The header value for these bookmarks: each followed by its signature. */
export function signBookmarks(bookmarks: string[], secret: string): string {
  return bookmarks
    .map((b) => {
      const last = lastSigned.get(secret);
      if (last?.bookmark === b) return last.token;
      const token = `${b}${SEPARATOR}${mac(secret, b)}`;
      if (lastSigned.size < 16 || lastSigned.has(secret)) lastSigned.set(secret, { bookmark: b, token });
      return token;
    })
    .join(' ');
}

/**
 * The bookmarks inside signed tokens; BAD_USER_INPUT (HTTP 400) naming the header for any token this server did not
 * sign.
 */
export function verifyBookmarks(tokens: string[], secret: string): string[] {
  return tokens.map((token, i) => {
    const at = token.lastIndexOf(SEPARATOR);
    const bookmark = token.slice(0, at);
    const given = Buffer.from(token.slice(at + 1));
    const expected = Buffer.from(mac(secret, bookmark));
    if (at <= 0 || given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
      throw badInput(
        'x-neo4j-bookmarks',
        `bookmark ${i + 1} was not issued by this server (or was issued before it restarted without BOOKMARK_SECRET); send back the header exactly as a response returned it, or leave it out`,
        { http: { status: 400 } },
      );
    }
    return bookmark;
  });
}
