import crypto from 'node:crypto';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ROLES, type AuthConfig, type Role } from '../config';
import { AppError, ErrorCode } from '../errors/errors';
import { ID_PATTERN } from '../model/vocabulary';
import { viewerOf, type Viewer } from './roles';

/** The credentials a request carries (HTTP headers, lower-cased names). */
export interface Credentials {
  authorization?: string;
  'x-api-key'?: string;
}

const unauthenticated = (message: string) =>
  new AppError(ErrorCode.UNAUTHENTICATED, message, {
    http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) },
  });

const VERIFIED_TTL_MS = 5 * 60_000;
// How far ahead of this server's clock a token's `iat` may be: identity providers' clocks drift by
// seconds, not minutes; 60 s is the usual leeway (a token "issued" later than that is forged or broken).
export const IAT_SKEW_S = 60;
const VERIFIED_MAX = 10_000;

const isRole = (r: unknown): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r);

/**
 * Roles from a claim that is either a list or a space-separated string (as OAuth scopes are); unknown names are
 * ignored.
 */
function rolesOf(claim: unknown): Role[] {
  const names = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/\s+/) : [];
  return [...new Set(names.filter(isRole))];
}

/** Why jose refused a token, in words a client can act on. */
function jwtProblem(e: unknown): string {
  if (e instanceof joseErrors.JWTExpired) return 'the token has expired';
  if (e instanceof joseErrors.JWTClaimValidationFailed)
    return `the token's "${e.claim}" claim is not accepted (${e.message})`;
  if (e instanceof joseErrors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (e instanceof joseErrors.JWKSNoMatchingKey) return 'no signing key of the issuer matches the token';
  if (e instanceof joseErrors.JOSEAlgNotAllowed)
    return 'the token is signed with an algorithm this server does not accept';
  if (e instanceof joseErrors.JWKSTimeout || e instanceof joseErrors.JWKSInvalid)
    return 'the signing keys could not be fetched; try again';
  return 'the token is malformed';
}

/**
 * Why a verified token's lifetime is not accepted, or undefined: it must expire (`exp`), live at most
 * `maxTtlS` seconds (exp − iat when iat is present, else exp − now) and not be issued in the future.
 */
export function lifetimeProblem(payload: JWTPayload, maxTtlS: number, nowS = Date.now() / 1000): string | undefined {
  const { exp, iat } = payload;
  if (exp === undefined) return 'the token has no "exp" claim; this server accepts only tokens that expire';
  if (iat !== undefined && iat > nowS + IAT_SKEW_S) {
    return `the token's "iat" claim is ${Math.round(iat - nowS)} s in the future (at most ${IAT_SKEW_S} s of clock skew is allowed)`;
  }
  const lifetime = iat !== undefined ? exp - iat : exp - nowS;
  if (lifetime > maxTtlS) {
    return `the token lives ${Math.round(lifetime)} s (${iat !== undefined ? 'exp − iat' : 'exp − now'}); this server accepts at most ${maxTtlS} s (JWT_MAX_TTL_S)`;
  }
  return undefined;
}

/**
 * Turns a request's credentials into a Viewer: a static API key (service accounts), a JWT (HS256 with
 * a shared secret, or signed by a key of a JWKS), or nothing (the anonymous role, when one is set).
 */
export class Authenticator {
  private readonly keys: Map<string, { name: string; roles: Role[]; org?: string }>;
  private readonly jwtKey?: JWTVerifyGetKey;
  private readonly anonymous?: Viewer;
  /**
   * Tokens verified lately (signature and lifetime), until their expiry (at most 5 minutes): a signature check per
   * request cost reads 15 %.
   */
  private readonly verified = new Map<string, { viewer: Viewer; until: number }>();

  constructor(private readonly config: AuthConfig) {
    this.keys = new Map(config.apiKeys.map((k) => [k.sha256, { name: k.name, roles: k.roles, org: k.org }]));
    const jwt = config.jwt;
    if (jwt) {
      const secret = jwt.secret ? new TextEncoder().encode(jwt.secret) : undefined;
      const jwks = jwt.jwksUrl
        ? createRemoteJWKSet(new URL(jwt.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 })
        : undefined;
      this.jwtKey = async (header, token) => {
        if (header.alg === 'HS256' && secret) return secret;
        if (header.alg !== 'HS256' && jwks) return jwks(header, token);
        throw new joseErrors.JOSEAlgNotAllowed(`"${header.alg}" is not accepted`);
      };
    }
    if (config.anonymousRole) this.anonymous = viewerOf('anonymous', 'anonymous', [config.anonymousRole]);
  }

  /** The viewer for these credentials; UNAUTHENTICATED (HTTP 401) when they are missing, unknown or invalid. */
  async authenticate(credentials: Credentials): Promise<Viewer> {
    const apiKey = credentials['x-api-key'];
    if (apiKey !== undefined)
      return this.byApiKey(apiKey) ?? Promise.reject(unauthenticated('x-api-key: unknown API key'));
    const header = credentials.authorization;
    if (header === undefined || header === '') {
      if (this.anonymous) return this.anonymous;
      throw unauthenticated(
        'This server needs credentials: send `Authorization: Bearer <token>` or an `x-api-key` header',
      );
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw unauthenticated('authorization: expected "Bearer <token>"');
    const token = match[1];
    const byKey = this.byApiKey(token);
    if (byKey) return byKey;
    if (!this.jwtKey) throw unauthenticated('authorization: unknown API key (this server accepts no JWTs)');
    if (token.split('.').length !== 3) throw unauthenticated('authorization: neither a known API key nor a JWT');
    return this.byJwt(token);
  }

  private byApiKey(key: string): Viewer | undefined {
    const found = this.keys.get(crypto.createHash('sha256').update(key).digest('hex'));
    return found && viewerOf(found.name, 'api-key', found.roles, found.org);
  }

  private async byJwt(token: string): Promise<Viewer> {
    const cached = this.verified.get(token);
    if (cached && cached.until > Date.now()) return cached.viewer;
    if (cached) this.verified.delete(token);
    const jwt = this.config.jwt!;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.jwtKey!, {
        issuer: jwt.issuer,
        audience: jwt.audience,
        clockTolerance: 5,
      }));
    } catch (e) {
      throw unauthenticated(`authorization: ${jwtProblem(e)}`);
    }
    // Checked after the signature, so a forged token learns nothing about the lifetime rule. A token
    // that passes is cached until min(exp, 5 min), and exp is now always set: the cache cannot outlive it.
    const lifetime = lifetimeProblem(payload, jwt.maxTtlS);
    if (lifetime) throw unauthenticated(`authorization: ${lifetime}`);
    const org = payload[jwt.orgClaim];
    // A signed token with a malformed org is the issuer's mistake: refused, never read as "no organisation".
    if (org !== undefined && (typeof org !== 'string' || !ID_PATTERN.test(org)))
      throw unauthenticated(`authorization: the token's "${jwt.orgClaim}" claim is not an entity id`);
    const viewer = viewerOf(payload.sub ?? 'unnamed', 'jwt', rolesOf(payload[jwt.rolesClaim]), org);
    const until = Math.min(payload.exp! * 1000, Date.now() + VERIFIED_TTL_MS);
    if (this.verified.size >= VERIFIED_MAX) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { viewer, until });
    return viewer;
  }
}
