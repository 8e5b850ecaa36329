// The per-account credit lock: reservations count against the balance until their charge is seen,
// and each drop goes to the messages in the order they were sent.
import { describe, expect, it } from 'vitest';
import { CreditAccount } from '../../../src/backends/nemo/credit-account.js';

describe('CreditAccount', () => {
  it('holds credits for messages not yet charged, and attributes drops in sending order', async () => {
    const account = new CreditAccount();
    let balance = 120;
    const read = async () => ({ available: balance });
    const a = await account.reserve(read, 50);
    const b = await account.reserve(read, 50);
    const c = await account.reserve(read, 50);
    expect([a.ok, b.ok, c.ok]).toEqual([true, true, false]);
    if (!a.ok || !b.ok || c.ok) throw new Error('unreachable');
    expect(c.free).toBe(20);
    // b goes out first and is charged; a is sent later.
    account.markSent(b.reservation, true);
    balance -= 50;
    account.markSent(a.reservation, true);
    expect(await account.settle(b.reservation, read)).toEqual({ available: 70, spent: 50 });
    balance -= 50;
    expect(await account.settle(a.reservation, read)).toEqual({ available: 20, spent: 50 });
    expect(account.outstanding).toBe(0);
  });

  it('a refused message lets its hold go without a reading; an unreadable balance leaves available unknown', async () => {
    const account = new CreditAccount();
    const first = await account.reserve(async () => ({ available: 50 }), 50);
    if (!first.ok) throw new Error('unreachable');
    expect((await account.reserve(async () => ({ available: 50 }), 50)).ok).toBe(false);
    expect(await account.settle(first.reservation)).toEqual({ spent: 0 });
    expect((await account.reserve(async () => ({ available: 50 }), 50)).ok).toBe(true);
    expect(await account.settle(undefined, async () => Promise.reject(new Error('offline')))).toEqual({ spent: 0 });
  });
});
