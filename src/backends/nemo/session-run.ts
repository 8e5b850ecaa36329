// One session of an item, up to a settled timeline: open it, upload the video (and music), send
// the one message, read its stream, then poll the state. A 1002 before the message was accepted
// opens one new session and redoes these steps; after that, only process-item's one redo of a
// session lost after acceptance (protocol 1002, `nemo.on_session_lost`) sends the message again.

import type { ItemConfig } from '../../config/types.js';
import type { ProgressListener } from '../../core/progress.js';
import type { SessionInfo } from './api.js';
import type { NemoClient } from './client.js';
import { DROPPED_STREAM_WAIT_MS } from './constants.js';
import type { NemoEventListener } from './events.js';
import { mapGuiPhrases } from './gui-phrases.js';
import type { MessageGuard } from './message-guard.js';
import { buildMessage } from './message-text.js';
import { sendMessage, type MessageOutcome } from './send-message.js';
import { ServiceFailure } from './service-failure.js';
import { replyText } from './sse-events.js';
import { taskLink } from './settings.js';
import { uploadFile, uploadUrl } from './upload.js';
import { confirmDelayMs, draftFingerprint, waitUntilSettled } from './wait-state.js';

/** A session whose timeline is settled. */
export interface SettledSession extends SessionInfo {
  link: string;
  state: Record<string, unknown>;
  /** Seconds spent opening and uploading, and from the message to the settled state. */
  upload_s: number;
  edit_s: number;
}

/** What a session run reports to. */
export interface SessionHooks {
  signal?: AbortSignal;
  onEvent?: NemoEventListener;
  onProgress?: ProgressListener;
  /** Learns the task page as soon as a session exists (for error hints), and again with `baseline` once the timeline before the message is read. */
  onSession?: (session: SessionInfo & { link: string; baseline?: string }) => void;
  /** Called once the message may have been accepted (before its answer is acted on), to remember the session. */
  onSent?: (session: SessionInfo & { link: string; baseline?: string }) => Promise<void>;
}

const since = (t: number): number => Math.round((performance.now() - t) / 10) / 100;

async function withSubject<T>(subject: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ServiceFailure) error.info.subject ??= subject;
    throw error;
  }
}

/** Milliseconds to wait before the first state read, by how the stream ended (a drop waits ≥ 2 s, protocol §4). */
function firstDelayMs(outcome: MessageOutcome): number {
  return outcome.end === 'dropped' ? DROPPED_STREAM_WAIT_MS : 0;
}

async function runSession(client: NemoClient, item: ItemConfig, guard: MessageGuard, attempt: number, hooks: SessionHooks): Promise<SettledSession> {
  const { api, connection } = client;
  const { signal, onEvent } = hooks;
  const t0 = performance.now();
  const session = await api.createSession(item.name, item.language, signal);
  const link = taskLink(connection, session.task_id, session.session_id);
  onEvent?.({ type: 'session', task_id: session.task_id, session_id: session.session_id, attempt });
  hooks.onSession?.({ ...session, link });

  hooks.onProgress?.({ stage: 'upload', ratio: 0 });
  const video = item.video;
  if (video.kind === 'url') await withSubject(video.url, () => uploadUrl(api, session.session_id, video.url, signal));
  else await withSubject(video.rel, () => uploadFile(api, session.session_id, video.path, signal));
  const music = item.music;
  const musicFile = music ? await withSubject(music.rel, () => uploadFile(api, session.session_id, music.file, signal)) : undefined;
  hooks.onProgress?.({ stage: 'upload', ratio: 1 });
  const upload_s = since(t0);

  // The timeline before the message (a free read): a settled state with this same draft afterwards is not the message's work.
  const baseline = draftFingerprint(await api.state(session.session_id, signal));
  hooks.onSession?.({ ...session, link, baseline });
  const t1 = performance.now();
  hooks.onProgress?.({ stage: 'wait', detail: 'the service is narrating' });
  const limits = { hardMs: item.nemo.sse_timeout_s * 1000, keepaliveMs: item.nemo.keepalive_timeout_s * 1000 };
  const outcome = await sendMessage(api, guard, { sessionId: session.session_id, text: buildMessage(item, musicFile?.filename), limits }, signal);
  await hooks.onSent?.({ ...session, link, baseline });
  onEvent?.({ type: 'message-sent', session_id: session.session_id });
  const tools = outcome.events.filter((e) => e.kind === 'tool_call' || e.kind === 'tool_result').length;
  const reply = replyText(outcome.events);
  onEvent?.({ type: 'stream-end', end: outcome.end, texts: outcome.events.filter((e) => e.kind === 'text').length, tool_events: tools });
  if (reply) onEvent?.({ type: 'agent-text', text: mapGuiPhrases(reply) });
  // An error after the reply began: 1001 and 429 are left to the state reads' policy; others end the item.
  if (outcome.error && outcome.error.code !== 1001 && outcome.error.code !== 429) {
    throw new ServiceFailure('message', { code: outcome.error.code, message: outcome.error.message });
  }
  const poll = { intervalMs: item.nemo.poll_interval_s * 1000, limit: item.nemo.poll_limit };
  const finished = outcome.end === 'closed' ? { finished: { reply: mapGuiPhrases(reply) } } : {};
  // After a stream that ended, the first read comes at once: a second stage flagged a moment later must still be seen.
  const confirm = outcome.end === 'dropped' ? {} : { confirmMs: confirmDelayMs(poll.intervalMs) };
  const state = await waitUntilSettled(api, session.session_id, { ...poll, firstDelayMs: firstDelayMs(outcome), taskLink: link, baseline, ...finished, ...confirm }, signal, onEvent);
  return { ...session, link, state, upload_s, edit_s: since(t1) };
}

/** Run the item's session; on 1002 before the message was accepted, once more in a new session. */
export async function settleItem(client: NemoClient, item: ItemConfig, guard: MessageGuard, hooks: SessionHooks): Promise<SettledSession> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runSession(client, item, guard, attempt, hooks);
    } catch (error) {
      const lost = error instanceof ServiceFailure && error.code === 1002;
      if (!lost || guard.sent || attempt > 1) throw error;
      hooks.onEvent?.({ type: 'new-session', reason: `session lost (1002) on the ${error.kind} call, before the message was accepted` });
    }
  }
}

/**
 * Pick up the session of a message an earlier run sent: poll its state until settled, without
 * sending anything. Undefined when the service no longer has the session (1002).
 */
export async function resumeSession(client: NemoClient, item: ItemConfig, session: SessionInfo & { baseline?: string }, hooks: SessionHooks): Promise<SettledSession | undefined> {
  const { api, connection } = client;
  const t0 = performance.now();
  const link = taskLink(connection, session.task_id, session.session_id);
  hooks.onEvent?.({ type: 'resume', task_id: session.task_id, session_id: session.session_id });
  hooks.onSession?.({ ...session, link });
  hooks.onProgress?.({ stage: 'wait', detail: 'resuming the session of an earlier run' });
  const poll = { intervalMs: item.nemo.poll_interval_s * 1000, limit: item.nemo.poll_limit };
  try {
    // Idle with nothing to export for a few reads, or still the timeline from before the message: the earlier run's message made nothing.
    const finished = { reply: '' };
    const where = { note: 'in the session an earlier run sent the message to', ...(session.baseline ? { baseline: session.baseline } : {}) };
    const state = await waitUntilSettled(api, session.session_id, { ...poll, firstDelayMs: 0, taskLink: link, finished, ...where }, hooks.signal, hooks.onEvent);
    const { baseline: _, ...info } = session;
    return { ...info, link, state, upload_s: 0, edit_s: since(t0) };
  } catch (error) {
    if (error instanceof ServiceFailure && error.code === 1002) return undefined;
    throw error;
  }
}
