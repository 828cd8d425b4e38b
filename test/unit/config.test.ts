import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, ENV_VARIABLES, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('applies defaults: local Neo4j, port 4000', () => {
    const c = loadConfig({});
    expect(c.external).toBeUndefined();
    expect(c.port).toBe(4000);
    expect(c.local.boltPort).toBe(7687);
    expect(c.local.home).toMatch(/\.neo4j[/\\]dev$/);
  });

  it('uses NEO4J_URI and its credentials when given', () => {
    const c = loadConfig({
      NEO4J_URI: 'neo4j+s://x.databases.neo4j.io',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'graph',
    });
    expect(c.external).toEqual({
      uri: 'neo4j+s://x.databases.neo4j.io',
      username: 'neo4j',
      password: 'pw',
      database: 'graph',
    });
  });

  it('lists every bad variable in one message', () => {
    let message = '';
    try {
      loadConfig({
        PORT: 'eighty',
        NEO4J_URI: 'http://nope',
        LOCAL_NEO4J_HEAP: 'lots',
        HTTP_KEEP_ALIVE_TIMEOUT_MS: '500',
      });
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/NEO4J_URI: expected a neo4j:\/\/ or bolt:\/\/ URI/);
    expect(message).toMatch(/LOCAL_NEO4J_HEAP/);
    expect(message).toMatch(/HTTP_KEEP_ALIVE_TIMEOUT_MS: .*1000/);
  });

  it('requires a password with NEO4J_URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD/);
  });

  it('reads API keys as name:roles:key, keeping only SHA-256 digests', () => {
    const digest = 'a'.repeat(64);
    const c = loadConfig({ API_KEYS: `etl:editor:0123456789abcdef0123456789, dash:viewer+analyst:sha256:${digest}` });
    expect(c.auth.apiKeys).toEqual([
      {
        name: 'etl',
        roles: ['editor'],
        sha256: crypto.createHash('sha256').update('0123456789abcdef0123456789').digest('hex'),
      },
      { name: 'dash', roles: ['viewer', 'analyst'], sha256: digest },
    ]);
    expect(JSON.stringify(c)).not.toContain('0123456789abcdef0123456789');
  });

  it('reads the organisation a key acts for from name@org, and refuses an org that is not an entity id', () => {
    const c = loadConfig({ API_KEYS: 'silesia-bot@silesian-cluster:editor:0123456789abcdef0123456789' });
    expect(c.auth.apiKeys[0]).toMatchObject({ name: 'silesia-bot', org: 'silesian-cluster', roles: ['editor'] });
    for (const account of ['bot@Not An Id', 'bot@a@b', 'bot@'])
      expect(() => loadConfig({ API_KEYS: `${account}:editor:0123456789abcdef0123456789` })).toThrow(
        /API_KEYS entry 1 \(bot\): expected name@org with org an entity id/,
      );
  });

  it('names every bad API key and missing JWT setting in the same message as other bad variables', () => {
    let message = '';
    try {
      loadConfig({
        PORT: 'x',
        API_KEYS: 'a:root:0123456789abcdef0123456789,b:viewer:short,c:viewer',
        JWT_SECRET: 'too-short',
      });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/API_KEYS entry 1 \(a\): unknown role root/);
    expect(message).toMatch(/API_KEYS entry 2 \(b\): a key needs at least 24 characters/);
    expect(message).toMatch(/API_KEYS entry 3 \(c\): expected name\[@org\]:role\[\+role…\]:key/);
    expect(message).toMatch(/JWT_SECRET: expected at least 32 characters/);
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(32) })).toThrow(
      /JWT_ISSUER: required[\s\S]*JWT_AUDIENCE: required/,
    );
  });

  it('closes introspection and field suggestions in production unless asked, and can refuse anonymous requests', () => {
    expect(loadConfig({}).limits).toMatchObject({
      introspection: true,
      fieldSuggestions: true,
      maxDepth: 12,
      maxBodyBytes: 1024 * 1024,
    });
    expect(loadConfig({ NODE_ENV: 'production' }).limits).toMatchObject({
      introspection: false,
      fieldSuggestions: false,
    });
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).limits.introspection).toBe(true);
    expect(loadConfig({}).auth.anonymousRole).toBe('viewer');
    expect(loadConfig({ ANONYMOUS_ROLE: 'none' }).auth.anonymousRole).toBeNull();
  });

  it('.env.example documents every variable, and its values are valid', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../.env.example'), 'utf8');
    const named = new Set([...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect(ENV_VARIABLES.filter((v) => !named.has(v))).toEqual([]);
    const set = Object.fromEntries([...text.matchAll(/^([A-Z][A-Z0-9_]+)=(\S*)/gm)].map((m) => [m[1], m[2]]));
    expect(() => loadConfig(set)).not.toThrow();
  });
});
