import { ConfigError, loadConfig } from '../../src/config';
import { withTestServers, TEST_API_KEYS_SETTING, type TestServer } from '../helpers/server';

// Threat (issue 17, Build): /metrics tells anyone who can reach it the operations, their latencies and
// error rates, the pool and the process memory. With METRICS_TOKEN set it must need that token.

const TOKEN = 'metrics-token-0123456789abcdef';

describe('/metrics protection', () => {
  const servers = withTestServers({
    open: {},
    closed: { auth: loadConfig({ API_KEYS: TEST_API_KEYS_SETTING, METRICS_TOKEN: TOKEN }).auth },
  });

  const scrape = async (server: TestServer, authorization?: string) => {
    const res = await fetch(`${server.url}/metrics`, { headers: authorization === undefined ? {} : { authorization } });
    return { status: res.status, body: await res.text(), challenge: res.headers.get('www-authenticate') };
  };

  it('stays open without METRICS_TOKEN (the default, bound to 127.0.0.1)', async () => {
    const res = await scrape(servers.open);
    expect(res.status).toBe(200);
    expect(res.body).toMatch(/^# HELP graphql_requests_total/m);
    expect(loadConfig({}).auth.metricsToken).toBeUndefined();
    expect(loadConfig({}).host).toBe('127.0.0.1');
  });

  it('refuses a scrape without the token, or with a wrong, truncated, extended or non-bearer one, with 401 and no metrics', async () => {
    for (const authorization of [
      undefined,
      '',
      `Bearer ${TOKEN.slice(0, -1)}`,
      `Bearer ${TOKEN}x`,
      'Bearer wrong-token',
      `Basic ${TOKEN}`,
      TOKEN,
      `Bearer ${TEST_API_KEYS_SETTING.split(':')[2].split(',')[0]}`,
    ]) {
      const res = await scrape(servers.closed, authorization);
      expect({ authorization, status: res.status, challenge: res.challenge, body: res.body }).toEqual({
        authorization,
        status: 401,
        challenge: 'Bearer',
        body: 'GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`\n',
      });
    }
  });

  it('serves the metrics to the bearer of METRICS_TOKEN', async () => {
    const res = await scrape(servers.closed, `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatch(/^# HELP graphql_requests_total/m);
  });

  it('leaves the other routes alone: /health and /graphql answer as before with a token set', async () => {
    expect((await fetch(`${servers.closed.url}/health`)).status).toBe(200);
    expect((await servers.closed.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('refuses a METRICS_TOKEN shorter than 24 characters at start-up', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: expected at least 24 characters/);
  });
});
