import fs from 'node:fs';
import { post, startApiProcess } from '../helpers/api-process';

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
});
