import net from 'node:net';
import tls from 'node:tls';

// Marks the wrapper on the core module itself, so that a second copy of this module (a test runner's
// fresh module registry) does not wrap it again.
const WRAPPED = Symbol.for('partnership-graph.nodelay');
type Connect = ((...args: unknown[]) => net.Socket) & { [WRAPPED]?: true };

/**
 * Tunes the sockets neo4j-driver opens; the driver offers no socket option, so `net.connect` / `tls.connect`
 * (what it calls) are wrapped once per process. Other callers only gain lower latency from it.
 *
 * - **TCP_NODELAY.** The driver (5.x, JavaScript) never sets it and writes a Bolt message longer than its
 *   1,400-byte buffer in several socket writes; with Nagle on, the last write waits for the ACK of the first,
 *   which the server delays by ~40 ms. Every query over ~900 characters paid that: on the M dataset shared
 *   partners went from a p50 of 52 ms to 8 ms with this on. The Rust driver and Neo4j's driver testkit set
 *   TCP_NODELAY for the same reason.
 * - **One system call per message.** Those 1,400-byte pieces still left in a write each: the nested lookup's
 *   statement was five writes a request, and a socket write that wakes Neo4j costs 0.1–0.5 ms of CPU on this
 *   virtual machine (the largest item of the server's profile under the benchmark, docs/performance.md). The
 *   socket is corked at the first write of a tick and uncorked on the next tick (Node's documented pattern), so
 *   what the driver writes in one go — a message, or RUN and PULL together — leaves in one `writev`. Nothing
 *   waits longer than the current tick.
 */
export function tuneBoltSockets(): void {
  for (const mod of [net, tls] as unknown as { connect: Connect }[]) {
    const connect = mod.connect;
    if (connect[WRAPPED]) continue;
    const wrapped: Connect = function (this: unknown, ...args: unknown[]) {
      return coalesceWrites(connect.apply(this, args).setNoDelay(true));
    };
    wrapped[WRAPPED] = true;
    mod.connect = wrapped;
  }
}

/** Makes the writes issued on `socket` within one tick go out together when the tick ends. */
export function coalesceWrites<S extends net.Socket>(socket: S): S {
  const write = socket.write.bind(socket) as (...a: unknown[]) => boolean;
  let corked = false;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  socket.write = (...args: unknown[]) => {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(uncork);
    }
    return write(...args);
  };
  return socket;
}
