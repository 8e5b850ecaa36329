// The protocol's error table as registry errors: codes, hints a person can act on, no secrets.
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../../src/core/errors.js';
import { lowBalanceError, scopeOf, toNemoError, type ErrorContext } from '../../../src/backends/nemo/nemo-errors.js';
import { ServiceFailure } from '../../../src/backends/nemo/service-failure.js';
import { MessageGuard } from '../../../src/backends/nemo/message-guard.js';

const ctx = (over: Partial<ErrorContext> = {}): ErrorContext => ({
  apiUrl: 'http://api.test',
  webUrl: 'https://web.test',
  tokenKind: 'anonymous',
  userId: 'u_42',
  taskLink: 'https://web.test/workspace/claim?task=t&session=s',
  video: 'media/demo.mp4',
  secrets: ['nmv_usr_secret'],
  ...over,
});
const fail = (kind: ConstructorParameters<typeof ServiceFailure>[0], code: number, message = 'refused', extra = {}) => new ServiceFailure(kind, { code, status: code < 1000 ? code : 400, message, ...extra });

describe('toNemoError', () => {
  it('2001: the bind link for anonymous accounts, "top up" for registered ones', () => {
    const anon = toNemoError(fail('message', 2001, 'no credits left'), ctx());
    expect(anon).toMatchObject({ code: 'NEMO_NO_CREDITS', backendCode: 2001 });
    expect(anon.hint).toContain('https://web.test/?bind=u_42');
    const reg = toNemoError(fail('message', 2001), ctx({ tokenKind: 'registered' }));
    expect(reg.hint).toContain('top up credits');
    expect(reg.hint).not.toContain('bind=');
    expect(lowBalanceError(20, ctx()).hint).toContain('bind=u_42');
    expect(lowBalanceError(20, ctx()).message).toContain('balance is 20');
  });

  it('402 is the plan, not credits', () => {
    const e = toNemoError(fail('export', 402, 'export requires a paid plan'), ctx());
    expect(e).toMatchObject({ code: 'NEMO_PLAN_BLOCKED', backendCode: 402 });
    expect(e.hint).toContain('register or upgrade');
    expect(e.hint).toContain('not credits');
  });

  it('4001 lists the accepted types; 4002 gives the limit and says compress or trim', () => {
    const u = toNemoError(fail('upload', 4001, 'text/plain is not accepted', { subject: 'media/notes.mp4' }), ctx());
    expect(u).toMatchObject({ code: 'NEMO_UNSUPPORTED_FILE', backendCode: 4001 });
    expect(u.message).toContain('media/notes.mp4');
    expect(u.hint).toContain('mp4 mov avi webm mkv');
    const l = toNemoError(fail('upload', 4002, 'too large'), ctx());
    expect(l).toMatchObject({ code: 'NEMO_FILE_TOO_LARGE', backendCode: 4002 });
    expect(l.hint).toMatch(/500 MB \(the hosted service's documented limit\).*compress.*trim/);
    // A service that states its own limit (voiceover serve --max-upload-mb): that one, at the top level or under data.
    expect(toNemoError(fail('upload', 4002, 'too large', { body: { code: 4002, limit_mb: 50, limit_bytes: 52428800 } }), ctx()).hint).toMatch(/^the limit is 50 MB \(as the service answered\)/);
    expect(toNemoError(fail('upload', 4002, 'too large', { body: { code: 4002, data: { limit_bytes: 2 * 1024 * 1024 * 1024 } } }), ctx()).hint).toContain('the limit is 2048 MB');
  });

  it('403 names the scope: from the answer, else the one the call needs', () => {
    expect(toNemoError(fail('upload', 403, 'token lacks scope upload'), ctx()).message).toContain('lacks the upload scope');
    expect(scopeOf(fail('export', 403, 'forbidden'))).toBe('render');
    expect(scopeOf(fail('state', 403, 'forbidden', { body: { required_scope: 'read' } }))).toBe('read');
  });

  it('1001, 1002, 429 and the rest get their own codes; the token never shows', () => {
    expect(toNemoError(fail('state', 1001, 'token nmv_usr_secret expired'), ctx())).toMatchObject({ code: 'NEMO_AUTH', backendCode: 1001 });
    expect(toNemoError(fail('state', 1001, 'token nmv_usr_secret expired'), ctx()).message).not.toContain('nmv_usr_secret');
    const lostAfter = toNemoError(fail('state', 1002), ctx({ messageSent: true }));
    expect(lostAfter).toMatchObject({ code: 'NEMO_SESSION_LOST', backendCode: 1002 });
    expect(lostAfter.hint).toContain('https://web.test/workspace/claim');
    expect(lostAfter.hint).toContain('not sent again');
    expect(toNemoError(fail('upload', 1002), ctx({ messageSent: false })).hint).toContain('nothing was charged');
    expect(toNemoError(fail('credits', 429), ctx()).code).toBe('NEMO_RATE_LIMITED');
    const net = toNemoError(new ServiceFailure('state', { network: true, message: 'ECONNRESET' }), ctx());
    expect(net).toMatchObject({ code: 'NEMO_SERVICE', backendCode: undefined });
    expect(net.hint).toContain('http://api.test');
  });

  it('keeps GUI phrasing of the service out of messages', () => {
    const e = toNemoError(fail('export', 402, 'Upgrade your plan. Click the Upgrade button in the top bar.'), ctx());
    expect(e.message).not.toMatch(/click/i);
  });

  it('every nemo code is in the registry with an exit status of 1', () => {
    const codes = Object.keys(ERRORS).filter((c) => c.startsWith('NEMO_'));
    expect(codes.length).toBeGreaterThanOrEqual(12);
    for (const code of codes) expect(ERRORS[code as keyof typeof ERRORS].exit).toBe(1);
  });
});

describe('MessageGuard', () => {
  it('allows one POST; a definite refusal frees it again; a second claim after acceptance throws', () => {
    const guard = new MessageGuard();
    expect(guard.sent).toBe(false);
    guard.claim();
    expect(guard.sent).toBe(true);
    guard.refused();
    guard.claim();
    expect(() => guard.claim()).toThrow(/twice/);
  });
});
