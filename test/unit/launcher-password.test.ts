import { initialPassword } from '../../tools/localdb/launcher';

describe('the local Neo4j launcher', () => {
  it('never makes a password that neo4j-admin would read as an option (a leading "-" failed a fresh clone)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5_000; i++) {
      const p = initialPassword();
      expect(p).toMatch(/^[0-9a-f]{36}$/);
      seen.add(p);
    }
    expect(seen.size).toBe(5_000);
  });
});
