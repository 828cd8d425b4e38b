import type { Database } from '../../src/db/driver';
import { loadConfig } from '../../src/config';
import { withApi } from './demo-api';
import { TEST_API_KEYS, TEST_API_KEYS_SETTING, type AsOptions, type TestServer } from './server';

/** An account of the visibility tests: a role, and the organisation (an entity id) it acts for, if any. */
export interface OrgAccount {
  role: 'viewer' | 'editor' | 'analyst';
  org: string;
}

const keyOf = (name: string) => `vis-${name}-key-0123456789abcdef`;

/**
 * For a describe block: an empty database (wiped before and after) and the real server with the test keys plus one
 * API key per named account acting for an organisation (`name@org:role:key`). `as(name)` authenticates a request
 * as that account; 'anonymous' and 'admin' are the usual test keys.
 */
export function withOrgApi<N extends string>(
  accounts: Record<N, OrgAccount>,
): { db: Database; api: TestServer; as(name: N | 'anonymous' | 'admin'): AsOptions } {
  const entries = (Object.entries(accounts) as [N, OrgAccount][]).map(
    ([n, a]) => `${n}@${a.org}:${a.role}:${keyOf(n)}`,
  );
  const auth = loadConfig({ API_KEYS: [TEST_API_KEYS_SETTING, ...entries].join(',') }).auth;
  // A generous budget: the first plan of the candidates statement takes ~11 s on the shared machine.
  const suite = withApi({ demo: false, auth, limits: { requestTimeoutMs: 120_000 } });
  return Object.assign(suite, {
    as(name: N | 'anonymous' | 'admin'): AsOptions {
      if (name === 'anonymous') return { as: 'anonymous' };
      if (name === 'admin') return { headers: { authorization: `Bearer ${TEST_API_KEYS.admin}` } };
      return { headers: { authorization: `Bearer ${keyOf(name)}` } };
    },
  });
}
