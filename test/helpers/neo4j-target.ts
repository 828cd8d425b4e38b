import path from 'node:path';
import { loadConfig, PROJECT_ROOT, type Config } from '../../src/config';

/**
 * The configuration tests run with: NEO4J_URI when given, otherwise a local Neo4j of their own
 * (home `.neo4j/test`, Bolt port TEST_NEO4J_BOLT_PORT or 7688) so that `npm test` never touches the
 * data of the development server.
 */
export function testConfig(): Config {
  const env = process.env;
  return loadConfig({
    ...env,
    LOCAL_NEO4J_HOME: path.join(PROJECT_ROOT, '.neo4j', 'test'),
    LOCAL_NEO4J_BOLT_PORT: env.TEST_NEO4J_BOLT_PORT ?? '7688',
    LOCAL_NEO4J_HEAP: env.TEST_NEO4J_HEAP ?? '1g',
    LOCAL_NEO4J_PAGECACHE: env.TEST_NEO4J_PAGECACHE ?? '1g',
    LOG_LEVEL: env.LOG_LEVEL ?? 'silent',
  });
}
