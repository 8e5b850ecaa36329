// Anonymous tokens (protocol §1): one per client id per 7 days, a limit per client address per hour,
// none at all with --no-anonymous; a loud warning when they are offered on a network address.
import { describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import { main } from '../../src/cli/main.js';
import { startServer } from '../../src/server/index.js';
import { serverOptionsFromFlags } from '../../src/server/index.js';
import { addressBucket, IpWindow } from '../../src/server/auth/ip-window.js';
import { exposureWarning, isLoopbackHost } from '../../src/server/exposure.js';
import { anonymousToken, call, serve, tempDir } from './helpers.js';

const ask = (server: { url: string }, clientId: string) => call(server, 'POST', '/api/auth/anonymous-token', { headers: { 'X-Client-Id': clientId } });

describe('one token per client id', () => {
  it('hands the same client id its still-valid token again, also after a restart; a new one once it expired', async () => {
    const server = await serve();
    const client = randomUUID();
    const first = await anonymousToken(server, client);
    const again = await anonymousToken(server, client);
    expect(again).toEqual(first);
    await server.close();

    const restarted = await serve({ dataDir: server.dataDir });
    try {
      expect(await anonymousToken(restarted, client)).toEqual(first);
      restarted.setFaults({ expireTokenAfterCalls: 0 });
      expect((await call(restarted, 'GET', '/api/credits/balance/simple', { token: first.token })).body.code).toBe(1001);
      const renewed = await anonymousToken(restarted, client);
      expect(renewed.token).not.toBe(first.token);
      expect(renewed.user_id).toBe(first.user_id);
      expect((await call(restarted, 'GET', '/api/credits/balance/simple', { token: renewed.token })).body.code).toBe(0);
      expect((await anonymousToken(restarted, client)).token).toBe(renewed.token);
    } finally {
      await restarted.close();
    }
  });
});

describe('per-address limit', () => {
  it('answers 429 with Retry-After past --anonymous-per-hour new tokens; known client ids still get theirs', async () => {
    const server = await serve({ anonymousPerHour: 2 });
    try {
      const a = randomUUID();
      const tokenA = await anonymousToken(server, a);
      await anonymousToken(server, randomUUID());
      const refused = await ask(server, randomUUID());
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ code: 429 });
      expect(refused.body.message).toMatch(/at most 2 an hour/);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(3500);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      expect((await anonymousToken(server, a)).token).toBe(tokenA.token);
    } finally {
      await server.close();
    }
  });

  it('0 means no limit', async () => {
    const server = await serve({ anonymousPerHour: 0 });
    try {
      for (let i = 0; i < 25; i++) expect((await ask(server, randomUUID())).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('counts by address (IPv6 by its /64) over a sliding hour', () => {
    expect(addressBucket('::ffff:10.0.0.7')).toBe('10.0.0.7');
    expect(addressBucket('2001:db8:1:2:aaaa::1')).toBe(addressBucket('2001:db8:1:2:bbbb::9'));
    expect(addressBucket('2001:db8:1:2::1')).not.toBe(addressBucket('2001:db8:1:3::1'));
    const window = new IpWindow(1, 1000);
    window.record('1.2.3.4', 0);
    expect(window.retryAfterS('1.2.3.4', 500)).toBe(1);
    expect(window.retryAfterS('5.6.7.8', 500)).toBe(0);
    expect(window.retryAfterS('1.2.3.4', 1001)).toBe(0);
  });
});

describe('--no-anonymous', () => {
  it('issues and accepts no anonymous tokens (1001 naming the flag); fixed tokens work', async () => {
    const open = await serve();
    const earlier = await anonymousToken(open);
    await open.close();
    const closed = await serve({ dataDir: open.dataDir, anonymous: false, tokens: ['team-secret'] });
    try {
      const refused = await ask(closed, randomUUID());
      expect(refused.status).toBe(401);
      expect(refused.body.code).toBe(1001);
      expect(refused.body.message).toMatch(/--no-anonymous/);
      const old = await call(closed, 'GET', '/api/credits/balance/simple', { token: earlier.token });
      expect(old.body.code).toBe(1001);
      expect(old.body.message).toMatch(/--no-anonymous/);
      expect((await call(closed, 'GET', '/api/credits/balance/simple', { token: 'team-secret' })).body.code).toBe(0);
    } finally {
      await closed.close();
    }
  });

  it('refuses to start without any --token', async () => {
    await expect(startServer({ port: 0, dataDir: await tempDir(), anonymous: false })).rejects.toThrow(/--no-anonymous without any --token/);
  });

  it('`voiceover serve --no-anonymous` without --token exits 2 with a hint', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main(['serve', '--no-anonymous', '--port', '0', '--data-dir', await tempDir()])).toBe(2);
      expect(printed.mock.calls.flat().join('\n')).toMatch(/--no-anonymous without any --token[\s\S]*hint: pass --token SECRET/);
    } finally {
      printed.mockRestore();
    }
  });

  it('comes from the CLI flags', () => {
    expect(serverOptionsFromFlags({ anonymous: false, anonymousPerHour: '5', token: 's' })).toMatchObject({ anonymous: false, anonymousPerHour: 5 });
    expect(serverOptionsFromFlags({})).toMatchObject({ anonymous: true, anonymousPerHour: undefined });
    expect(() => serverOptionsFromFlags({ anonymousPerHour: 'lots' })).toThrow(/--anonymous-per-hour/);
  });
});

describe('network exposure', () => {
  const options = (host: string, over: object = {}) => ({ host, anonymous: true, anonymousPerHour: 20, fixedTokens: new Map(), ...over });
  it.each(['127.0.0.1', '127.0.0.2', '::1', '[::1]', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1', 'localhost'])('%s is loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
    expect(exposureWarning(options(host))).toBeUndefined();
  });
  it.each(['0.0.0.0', '::', '192.168.1.10', 'example.org'])('%s with anonymous tokens on gets a loud warning', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
    expect(exposureWarning(options(host))).toMatch(/^ANONYMOUS ACCESS ON A NETWORK ADDRESS.*no --token is set.*--token SECRET --no-anonymous/);
  });
  it('no warning with --no-anonymous', () => {
    expect(exposureWarning(options('0.0.0.0', { anonymous: false, fixedTokens: new Map([['s', []]]) }))).toBeUndefined();
  });
});
