import fs from 'node:fs';
import { post, startApiProcess } from '../helpers/api-process';
import { CHANGES, openFeed } from '../helpers/feed-client';

describe('shutting down', () => {
  it('SIGTERM in production drains and exits 0 with a "stopped" line (Apollo’s own signal handler used to exit 143 first)', async () => {
    const api = await startApiProcess('shutdown', { NODE_ENV: 'production' });
    const res = await post(api.url, '{ __typename }');
    expect(res.status).toBe(200);
    const code = await api.stop();
    const lines = fs
      .readFileSync(api.logFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { msg?: string });
    expect(code).toBe(0);
    expect(lines.map((l) => l.msg)).toContain('stopped');
  });

  it('SIGTERM closes open subscriptions (1001, "reconnect and resume") instead of waiting for them, and exits 0', async () => {
    const api = await startApiProcess('shutdown-websockets', { NODE_ENV: 'production' });
    const socket = await openFeed(api.url);
    socket.subscribe('feed', CHANGES);
    expect(socket.acknowledged).toBe(true);
    const code = await api.stop();
    expect(await socket.closed).toEqual({ code: 1001, reason: 'The server is shutting down: reconnect and resume' });
    expect(code).toBe(0);
  });
});
