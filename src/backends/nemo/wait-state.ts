// Poll the session state until it is settled (exportable, and nothing says work is going on):
// after silent completions, second stages, dropped or keep-alive-only streams (protocol §4, §5).

import { VoiceoverError } from '../../core/errors.js';
import type { NemoApi } from './api.js';
import { isExportable, isIdle, isSettled } from './draft-read.js';
import type { NemoEventListener } from './events.js';
import { sleep } from './retry-policy.js';

/** Polling settings: the item's nemo poll_interval_s and poll_limit, in ms and tries. */
export interface PollSettings {
  intervalMs: number;
  limit: number;
}

/** Reads in a row that find the service idle with nothing to export before a finished answer counts as a refusal. */
export const IDLE_READS_BEFORE_GIVING_UP = 3;

/** How to wait, and (after a stream that ended normally) the reply to report if the service stays idle with nothing to export. */
export interface WaitOptions extends PollSettings {
  firstDelayMs: number;
  taskLink: string;
  finished?: { reply: string };
}

/** Read the state until settled: the first read after `firstDelayMs`, then every interval, at most `limit` reads. */
export async function waitUntilSettled(api: NemoApi, sessionId: string, poll: WaitOptions, signal?: AbortSignal, onEvent?: NemoEventListener): Promise<Record<string, unknown>> {
  let exportable = false;
  let idleEmpty = 0;
  for (let n = 1; n <= poll.limit; n++) {
    await sleep(n === 1 ? poll.firstDelayMs : poll.intervalMs, signal);
    const state = await api.state(sessionId, signal);
    exportable = isExportable(state);
    const settled = isSettled(state);
    onEvent?.({ type: 'state-poll', poll: n, exportable, settled });
    if (settled) return state;
    idleEmpty = !exportable && isIdle(state) ? idleEmpty + 1 : 0;
    // The answer ended, nothing is being worked on and there is no timeline: the service declined.
    if (poll.finished && idleEmpty >= IDLE_READS_BEFORE_GIVING_UP) {
      throw new VoiceoverError('NEMO_NOTHING_TO_EXPORT', { detail: poll.finished.reply || 'no reply', link: poll.taskLink });
    }
  }
  const what = exportable ? 'the service was still working on the timeline' : 'the timeline never became exportable';
  throw new VoiceoverError('NEMO_TIMEOUT', { detail: `${what} after ${poll.limit} state reads ${poll.intervalMs / 1000}s apart`, link: poll.taskLink });
}
