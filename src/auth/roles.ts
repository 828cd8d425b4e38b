import type { Role } from '../config';
import { AppError, ErrorCode } from '../errors/errors';

/** What a role lets a request do. Reads are open to every role; the rest is granted per role. */
export type Permission = 'read' | 'write' | 'analyse';

const GRANTS: Record<Role, readonly Permission[]> = {
  viewer: ['read'],
  editor: ['read', 'write'],
  analyst: ['read', 'analyse'],
  admin: ['read', 'write', 'analyse'],
};

/** The roles that grant a permission, for error messages. */
const rolesGranting = (p: Permission) => (Object.keys(GRANTS) as Role[]).filter((r) => GRANTS[r].includes(p));

/** Who is asking: how they proved it and what their roles let them do. */
export interface Viewer {
  /** The JWT subject, the API key's name, or "anonymous". */
  subject: string;
  via: 'anonymous' | 'api-key' | 'jwt' | 'internal';
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  /** The organisation (an actor's entity id) the viewer acts for, from the JWT's org claim or the API key's entry. */
  org?: string;
}

/** A viewer with the permissions of all its roles. */
export function viewerOf(subject: string, via: Viewer['via'], roles: Role[], org?: string): Viewer {
  const viewer: Viewer = { subject, via, roles, permissions: new Set(roles.flatMap((r) => GRANTS[r])) };
  return org ? { ...viewer, org } : viewer;
}

/**
 * Throws unless the viewer holds the permission: UNAUTHENTICATED for an anonymous request (credentials
 * would help), FORBIDDEN for an authenticated one whose roles do not grant it.
 */
export function requirePermission(viewer: Viewer, permission: Permission, operation: string): void {
  if (viewer.permissions.has(permission)) return;
  const needed = rolesGranting(permission).join(' or ');
  if (viewer.via === 'anonymous') {
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      `${operation} needs the ${needed} role: send a bearer token or API key that carries it`,
      { operation },
    );
  }
  const has = viewer.roles.length ? viewer.roles.join(', ') : 'no role';
  throw new AppError(ErrorCode.FORBIDDEN, `${operation} needs the ${needed} role; ${viewer.subject} has ${has}`, {
    operation,
  });
}
