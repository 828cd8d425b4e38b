import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context';
import { requirePermission, type Permission } from './roles';

/** type-graphql's check for `@Authorized('write' | 'analyse')` fields: names the field and the role it needs. */
export const authChecker: AuthChecker<Context, Permission> = ({ context, info }, permissions) => {
  for (const p of permissions) requirePermission(context.viewer, p, `${info.parentType.name}.${info.fieldName}`);
  return true;
};
