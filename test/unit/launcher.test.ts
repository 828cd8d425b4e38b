import net from 'node:net';
import { initialPassword, LocalNeo4j } from '../../tools/localdb/launcher';
import { withScratchDir } from '../helpers/scratch';

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

  it('refuses to start on a port another server holds, instead of calling that server its own and "ready"', async () => {
    const other = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as net.AddressInfo).port;
    try {
      await withScratchDir('pg-launcher-', async (home) => {
        const neo = new LocalNeo4j(
          { home, boltPort: port, heap: '512m', pageCache: '64m', startTimeoutS: 1, txMemory: '0', txMemoryTotal: '0' },
          () => undefined,
        );
        await expect(neo.start()).rejects.toThrow(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
        expect(neo.pid()).toBeUndefined();
      });
    } finally {
      other.close();
    }
  });
});
