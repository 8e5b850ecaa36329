// Credits of one account, shared by the items of this process (protocol §6): the balance check and
// a reservation happen under one lock, so concurrent items never start more messages than the
// balance pays for; each drop of the balance seen under the lock is charged to the reservations
// whose messages went out, oldest first, so an item reports its own cost, not its neighbours'.

import type { Balance } from './api.js';

/** One item's hold on the credits a message needs. */
export interface Reservation {
  /** Credits held; grows when a lost session's message is redone (`renew`). */
  amount: number;
  /** Set once the message may have been accepted (its charge may land at any time after); see `markSent`. */
  sent: boolean;
  /** Order of sending, for attributing drops oldest first. */
  sentOrder?: number;
  /** Credits attributed to this item so far. */
  charged: number;
}

/** The answer of a check-and-reserve. */
export type ReserveOutcome = { ok: true; reservation: Reservation; available: number } | { ok: false; available: number; free: number };

/** Per-account reservations and attribution, serialised by a promise chain. */
export class CreditAccount {
  private chain: Promise<unknown> = Promise.resolve();
  private readonly open: Reservation[] = [];
  private last: number | undefined;
  private sends = 0;

  /** Record that a reservation's message went out (or, `false`, was refused before it ran). */
  markSent(reservation: Reservation, sent: boolean): void {
    reservation.sent = sent;
    if (sent) reservation.sentOrder = ++this.sends;
  }

  private locked<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work, work);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Take in a fresh balance: the drop since the last reading goes to the sent reservations, oldest first. */
  private observe(available: number): void {
    if (this.last !== undefined && available < this.last) {
      let drop = this.last - available;
      const sent = this.open.filter((r) => r.sent).sort((a, b) => (a.sentOrder ?? 0) - (b.sentOrder ?? 0));
      for (const r of sent) {
        const take = Math.min(drop, Math.max(0, r.amount - r.charged));
        r.charged += take;
        drop -= take;
      }
      // A message that cost more than reserved: the rest goes to the oldest one still open.
      if (drop > 0 && sent[0]) sent[0].charged += drop;
    }
    this.last = available;
  }

  /** Credits held by reservations whose charge has not been seen yet. */
  get outstanding(): number {
    return this.open.reduce((sum, r) => sum + Math.max(0, r.amount - r.charged), 0);
  }

  /** Read the balance and, when what is not held by other items covers `amount`, hold it. */
  reserve(read: () => Promise<Balance>, amount: number): Promise<ReserveOutcome> {
    return this.locked(async () => {
      const { available } = await read();
      this.observe(available);
      const free = available - this.outstanding;
      if (free < amount) return { ok: false, available, free: Math.max(0, free) };
      const reservation: Reservation = { amount, sent: false, charged: 0 };
      this.open.push(reservation);
      return { ok: true, reservation, available };
    });
  }

  /**
   * Hold `amount` more for the same item, whose message is sent again in a new session after the
   * service lost the first (1002): what the first message was charged so far stays attributed to it,
   * its uncharged rest is no longer held (that session is gone), and the new hold needs free credits.
   */
  renew(reservation: Reservation, read: () => Promise<Balance>, amount: number): Promise<{ ok: boolean; available: number; free: number }> {
    return this.locked(async () => {
      const { available } = await read();
      this.observe(available);
      const own = Math.max(0, reservation.amount - reservation.charged);
      const free = Math.max(0, available - (this.outstanding - own));
      if (free < amount) return { ok: false, available, free };
      // Still sent: the lost message's charge may land late, and is this item's.
      reservation.amount = reservation.charged + amount;
      return { ok: true, available, free };
    });
  }

  /**
   * End an item's hold: read the balance once more (best effort: undefined when it fails), attribute
   * the drop, and drop the reservation. Without a reservation (a resumed item) it is just a reading;
   * without `read` (a message never sent) the hold is just let go.
   */
  settle(reservation: Reservation | undefined, read?: () => Promise<Balance>): Promise<{ available?: number; spent: number }> {
    return this.locked(async () => {
      let available: number | undefined;
      try {
        if (read) available = (await read()).available;
        if (available !== undefined) this.observe(available);
      } catch {
        available = undefined;
      }
      if (reservation) {
        const at = this.open.indexOf(reservation);
        if (at >= 0) this.open.splice(at, 1);
      }
      return { ...(available !== undefined ? { available } : {}), spent: reservation?.charged ?? 0 };
    });
  }
}
