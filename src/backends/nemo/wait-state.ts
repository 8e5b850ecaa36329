// Poll the session state until it is settled (exportable, and nothing says work is going on):
// after silent completions, second stages, dropped or keep-alive-only streams (protocol §4, §5).
// "Settled" cannot tell what changed, so a settled timeline equal to the one read before the message
// is not taken for its result, and after a normal stream end a settled read is confirmed once more.

import { createHash } from 'node:crypto';
import { VoiceoverError } from '../../core/errors.js';
import type { NemoApi } from './api.js';
import { draftOf, isExportable, isIdle, isSettled } from './draft-read.js';
import type { NemoEventListener } from './events.js';
import { sleep } from './retry-policy.js';

/** Polling settings: the item's nemo poll_interval_s and poll_limit, in ms and tries. */
export interface PollSettings {
  intervalMs: number;
  limit: number;
}

/** Reads in a row that find the service idle with nothing to export (or the timeline unchanged) before a finished answer counts as a refusal. */
export const IDLE_READS_BEFORE_GIVING_UP = 3;

/** The longest wait before the read that confirms a settled state after a normal stream end. */
export const CONFIRM_DELAY_MAX_MS = 2000;

/** How to wait, and (after a stream that ended normally) the reply to report if the service stays idle with nothing to export. */
export interface WaitOptions extends PollSettings {
  firstDelayMs: number;
  taskLink: string;
  finished?: { reply: string };
  /** The draft's fingerprint read before the message: a settled state with this very draft is not the message's result. */
  baseline?: string;
  /** Accept a settled state only when the next read, this many ms later, is settled with the same draft. */
  confirmMs?: number;
  /** Where the message ran, for the error's words when it is not this run's ("in the session an earlier run sent the message to"). */
  note?: string;
}

/** "; it said: …" with the reply; nothing when there is none and `note` says whose message it was. */
const said = (poll: WaitOptions): string => (poll.finished?.reply ? `; it said: ${poll.finished.reply}` : poll.note ? '' : '; it said: no reply');

/** A fingerprint of the state's draft (sha256 of its JSON; the same for no draft at all). */
export function draftFingerprint(state: Record<string, unknown>): string {
  return createHash('sha256')
    .update(JSON.stringify(draftOf(state) ?? null))
    .digest('hex');
}

/** The delay of the confirming read: min(2 s, poll interval). */
export const confirmDelayMs = (intervalMs: number): number => Math.min(CONFIRM_DELAY_MAX_MS, intervalMs);

/** Read the state until settled: the first read after `firstDelayMs`, then every interval, at most `limit` reads. */
export async function waitUntilSettled(api: NemoApi, sessionId: string, poll: WaitOptions, signal?: AbortSignal, onEvent?: NemoEventListener): Promise<Record<string, unknown>> {
  let exportable = false;
  let idleEmpty = 0;
  let unchanged = 0;
  // The fingerprint of the last read when it was settled (and not the baseline): the next read must match it.
  let pending: string | undefined;
  for (let n = 1; n <= poll.limit; n++) {
    const delay = n === 1 ? poll.firstDelayMs : pending !== undefined && poll.confirmMs !== undefined ? poll.confirmMs : poll.intervalMs;
    await sleep(delay, signal);
    const state = await api.state(sessionId, signal);
    exportable = isExportable(state);
    const settled = isSettled(state);
    onEvent?.({ type: 'state-poll', poll: n, exportable, settled });
    const print = settled && (poll.baseline !== undefined || poll.confirmMs !== undefined) ? draftFingerprint(state) : undefined;
    if (settled && print !== undefined && print === poll.baseline) {
      // Settled, but on the timeline from before the message: the service has not (yet) changed anything.
      pending = undefined;
      unchanged += 1;
      if (unchanged >= IDLE_READS_BEFORE_GIVING_UP) {
        const reply = poll.finished?.reply ? `; it said: ${poll.finished.reply}` : '';
        const where = poll.note ? ` ${poll.note}` : '';
        throw new VoiceoverError('NEMO_NOTHING_TO_EXPORT', { detail: `it made no change to the timeline${where} in ${unchanged} state reads after the message${reply}`, link: poll.taskLink });
      }
      continue;
    }
    unchanged = 0;
    if (settled && poll.confirmMs === undefined) return state;
    if (settled) {
      // Confirmed by the next read, or no read left to confirm it with.
      if ((pending !== undefined && pending === print) || n === poll.limit) return state;
      pending = print;
      continue;
    }
    pending = undefined;
    idleEmpty = !exportable && isIdle(state) ? idleEmpty + 1 : 0;
    // The answer ended, nothing is being worked on and there is no timeline: the service declined.
    if (poll.finished && idleEmpty >= IDLE_READS_BEFORE_GIVING_UP) {
      throw new VoiceoverError('NEMO_NOTHING_TO_EXPORT', { detail: `it made no timeline${poll.note ? ` ${poll.note}` : ''}${said(poll)}`, link: poll.taskLink });
    }
  }
  const what = exportable ? 'the service was still working on the timeline' : 'the timeline never became exportable';
  throw new VoiceoverError('NEMO_TIMEOUT', { detail: `${what} after ${poll.limit} state reads ${poll.intervalMs / 1000}s apart`, link: poll.taskLink });
}
