// The test-only fault plan and its counters: which one-shot faults are left, how many 429s remain.

import type { FaultPlan } from './types.js';

type OneShot = 'truncateDownloadOnce' | 'loseSessionOnce' | 'uploadServerErrorOnce';

/** The live fault plan; every consumer asks it instead of reading the plan directly. */
export class Faults {
  private plan: FaultPlan = {};
  private rateLeft = 0;
  private authCalls = 0;

  constructor(plan: FaultPlan = {}) {
    this.set(plan);
  }

  /** Replace the plan and reset its counters. */
  set(plan: FaultPlan): void {
    this.plan = { ...plan, rateLimit: plan.rateLimit && { ...plan.rateLimit } };
    this.rateLeft = plan.rateLimit?.times ?? 0;
    this.authCalls = 0;
  }

  /** The plan as it stands (one-shot faults disappear once used). */
  get current(): Readonly<FaultPlan> {
    return this.plan;
  }

  /** True once for a one-shot fault, which is then used up. */
  take(name: OneShot): boolean {
    if (!this.plan[name]) return false;
    this.plan = { ...this.plan, [name]: false };
    return true;
  }

  /** Whether this export should fail ('once' is used up by answering true). */
  takeRenderFailure(): boolean {
    const mode = this.plan.renderFail;
    if (mode === 'once') this.plan = { ...this.plan, renderFail: undefined };
    return mode === 'once' || mode === 'always';
  }

  /** For a request path: the 429 to send (with its Retry-After seconds), or undefined. */
  takeRateLimit(path: string): { retryAfterS?: number } | undefined {
    const limit = this.plan.rateLimit;
    if (!limit || this.rateLeft <= 0 || !path.startsWith(limit.path)) return undefined;
    this.rateLeft -= 1;
    return { retryAfterS: limit.retryAfterS };
  }

  /** Count one authenticated call with an anonymous token; true when that token must expire now (used up). */
  takeTokenExpiry(): boolean {
    const after = this.plan.expireTokenAfterCalls;
    if (after === undefined) return false;
    this.authCalls += 1;
    if (this.authCalls <= after) return false;
    this.plan = { ...this.plan, expireTokenAfterCalls: undefined };
    return true;
  }
}
