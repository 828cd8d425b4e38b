import net from 'node:net';
import { coalesceWrites, tuneBoltSockets } from '../../src/db/nodelay';

/** A server that collects what one client sends; resolves with it when the client ends. */
async function collector(): Promise<{ port: number; received: Promise<Buffer>; close(): void }> {
  let done!: (b: Buffer) => void;
  const received = new Promise<Buffer>((resolve) => (done = resolve));
  const server = net.createServer((s) => {
    const chunks: Buffer[] = [];
    s.on('data', (c: Buffer) => chunks.push(c));
    s.on('end', () => {
      done(Buffer.concat(chunks));
      s.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, received, close: () => server.close() };
}

describe('tuneBoltSockets', () => {
  it('turns TCP_NODELAY on for every socket net.connect opens (what neo4j-driver calls)', async () => {
    const server = net.createServer((s) => s.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const spy = jest.spyOn(net.Socket.prototype, 'setNoDelay');
    try {
      tuneBoltSockets();
      tuneBoltSockets(); // idempotent: wrapping twice would still work, but must not stack
      const socket = net.connect(port, '127.0.0.1');
      await new Promise((resolve) => socket.on('close', resolve));
      expect(spy.mock.calls.filter(([on]) => on === true)).toHaveLength(1);
    } finally {
      spy.mockRestore();
      server.close();
    }
  });
});

describe('coalesceWrites: a message the driver writes in 1,400-byte pieces leaves in one system call', () => {
  /** Connects, then makes `ticks` rounds of `pieces` writes each, a tick apart; counts the socket's writes. */
  async function send(coalesced: boolean, ticks: number, pieces: number) {
    const sink = await collector();
    // Not net.connect: tuneBoltSockets (above) has wrapped it for the rest of this process.
    const socket = new net.Socket().connect(sink.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    if (coalesced) coalesceWrites(socket);
    const calls = { write: 0, writev: 0 };
    const s = socket as unknown as Record<'_write' | '_writev', (...a: unknown[]) => void>;
    const [w, wv] = [s._write, s._writev];
    s._write = function (...a: unknown[]) {
      calls.write++;
      return w.apply(this, a);
    };
    s._writev = function (...a: unknown[]) {
      calls.writev++;
      return wv.apply(this, a);
    };
    const sent: Buffer[] = [];
    for (let t = 0; t < ticks; t++) {
      for (let p = 0; p < pieces; p++) {
        const piece = Buffer.alloc(1400, (t * pieces + p) % 251);
        sent.push(piece);
        socket.write(piece);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    socket.end();
    const received = await sink.received;
    sink.close();
    return { calls, intact: received.equals(Buffer.concat(sent)) };
  }

  it('five pieces written in one tick reach the kernel in one writev, every byte in order', async () => {
    const { calls, intact } = await send(true, 1, 5);
    expect(calls).toEqual({ write: 0, writev: 1 });
    expect(intact).toBe(true);
  });

  it('what is written in later ticks is not held back: one system call per tick', async () => {
    const { calls, intact } = await send(true, 3, 4);
    expect(calls.write + calls.writev).toBe(3);
    expect(intact).toBe(true);
  });

  it('without it the same five pieces take more than one system call (what the wrapper removes)', async () => {
    const { calls, intact } = await send(false, 1, 5);
    expect(calls.write + calls.writev).toBeGreaterThan(1);
    expect(intact).toBe(true);
  });
});
