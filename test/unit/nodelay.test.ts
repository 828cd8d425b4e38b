import net from 'node:net';
import { disableNagle } from '../../src/db/nodelay';

describe('disableNagle', () => {
  it('turns TCP_NODELAY on for every socket net.connect opens (what neo4j-driver calls)', async () => {
    const server = net.createServer((s) => s.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const spy = jest.spyOn(net.Socket.prototype, 'setNoDelay');
    try {
      disableNagle();
      disableNagle(); // idempotent: wrapping twice would still work, but must not stack
      const socket = net.connect(port, '127.0.0.1');
      await new Promise((resolve) => socket.on('close', resolve));
      expect(spy.mock.calls.filter(([on]) => on === true)).toHaveLength(1);
    } finally {
      spy.mockRestore();
      server.close();
    }
  });
});
