import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('applies defaults: local Neo4j, port 4000', () => {
    const c = loadConfig({});
    expect(c.external).toBeUndefined();
    expect(c.port).toBe(4000);
    expect(c.local.boltPort).toBe(7687);
    expect(c.local.home).toMatch(/\.neo4j[/\\]dev$/);
  });

  it('uses NEO4J_URI and its credentials when given', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'graph' });
    expect(c.external).toEqual({ uri: 'neo4j+s://x.databases.neo4j.io', username: 'neo4j', password: 'pw', database: 'graph' });
  });

  it('lists every bad variable in one message', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://nope', LOCAL_NEO4J_HEAP: 'lots' });
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/NEO4J_URI: expected a neo4j:\/\/ or bolt:\/\/ URI/);
    expect(message).toMatch(/LOCAL_NEO4J_HEAP/);
  });

  it('requires a password with NEO4J_URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD/);
  });
});
