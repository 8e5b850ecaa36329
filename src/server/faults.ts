// The test-only fault plan and its counters: which one-shot faults are left, how many 429s remain.

import type { Draft } from '../backends/local/draft.js';
import type { SessionRecord } from './store/records.js';
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

  /** Whether the session of an accepted message is lost now (fault loseSessionAfterMessage; 'once' is used up by answering true). */
  takeSessionLoss(): boolean {
    const mode = this.plan.loseSessionAfterMessage;
    if (mode === 'once') this.plan = { ...this.plan, loseSessionAfterMessage: undefined };
    return mode === 'once' || mode === 'always';
  }

  /** For a request path: the 429 to send (with its Retry-After seconds), or undefined. */
  takeRateLimit(path: string): { retryAfterS?: number } | undefined {
    const limit = this.plan.rateLimit;
    if (!limit || this.rateLeft <= 0 || !path.startsWith(limit.path)) return undefined;
    this.rateLeft -= 1;
    return { retryAfterS: limit.retryAfterS };
  }

  /** Fault `timelineAtUpload`: the session's latest video upload alone on a new timeline (once there is no draft yet). */
  putOnTimeline(session: SessionRecord): void {
    const video = session.files.filter((f) => f.file_type === 'video').at(-1);
    if (!this.plan.timelineAtUpload || !video || session.state.draft) return;
    const d = Math.round(video.duration * 1000);
    const m: Draft['m'] = { width: video.width ?? 0, height: video.height ?? 0, resolution: 'keep', aspect: 'keep', quality: 'high', loudness: -16, duck_db: 0, burn: false, sidecar: [], language: session.language };
    const draft: Draft = { d, m, t: [{ tt: 0, sg: [{ src: video.path, k: 'video', s: 0, d, x: 0 }] }] };
    session.state = { ...session.state, draft, processing: false, status: 'completed', updated_at: new Date().toISOString() };
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
