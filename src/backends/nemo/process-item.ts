// One item through the hosted pipeline: credits first (reserved under the account's lock), a
// settled session (or the session an earlier run's message went to), export, a verified download,
// then the report fields (links, credits, lines, loudness, player warnings, the compatible copy),
// which are best effort: a paid, verified file is never failed by them. A session lost (1002) after
// the message was accepted is redone once in a new session (`nemo.on_session_lost: fail` refuses),
// and the report says the message was charged again. Service failures become registry errors here.

import type { ItemConfig } from '../../config/types.js';
import { toVoiceoverError, type VoiceoverError } from '../../core/errors.js';
import type { ItemContext, ItemResult } from '../types.js';
import type { ItemWarning } from '../../core/warnings.js';
import type { Balance, SessionInfo } from './api.js';
import type { NemoClient } from './client.js';
import { CREDITS_PER_MESSAGE } from './constants.js';
import type { Reservation } from './credit-account.js';
import { downloadVerified, type Downloaded } from './download.js';
import { draftLines, draftOf } from './draft-read.js';
import type { NemoEvent, NemoEventListener } from './events.js';
import { mapGuiPhrases } from './gui-phrases.js';
import { deliveredQa, writeCaptions } from './item-result.js';
import { MessageGuard } from './message-guard.js';
import { exportFormat, needsCompatibleCopy, playerWarnings, writeCompatibleCopy } from './export-compat.js';
import { lowBalanceError, redactUrl, sessionLostError, toNemoError, type ErrorContext } from './nemo-errors.js';
import { redactSecrets } from '../../core/secrets.js';
import { exportDraft } from './render-job.js';
import { deleteSentRecord, itemStateDir, messageInputsHash, readSentRecord, sentRecordFile, writeSentRecord } from './sent-record.js';
import { ServiceFailure } from './service-failure.js';
import { resumeSession, settleItem, type SessionHooks, type SettledSession } from './session-run.js';
import { timelineSummary } from './timeline-summary.js';

const since = (t: number): number => Math.round((performance.now() - t) / 10) / 100;

/**
 * Make every text of an error safe to show: no token anywhere, a `url:` video only in its redacted
 * form (no user, password or signed query values), and no GUI phrasing in the message (where the
 * service's words go; hints are the tool's own).
 */
function scrub(error: VoiceoverError, secrets: readonly (string | undefined)[], videoUrl?: string): VoiceoverError {
  const shownUrl = videoUrl === undefined ? undefined : redactUrl(videoUrl);
  for (const key of ['message', 'hint'] as const) {
    let safe = redactSecrets(error[key], secrets);
    if (videoUrl !== undefined && shownUrl !== videoUrl) safe = safe.split(videoUrl).join(shownUrl);
    const clean = key === 'message' ? mapGuiPhrases(safe) : safe;
    if (clean !== error[key]) Object.defineProperty(error, key, { value: clean });
  }
  return error;
}

/** The timeline's length in seconds (draft `d`, ms), when the state gives one. */
function draftSeconds(draft: Record<string, unknown> | undefined): number | undefined {
  const d = draft?.d;
  return typeof d === 'number' && Number.isFinite(d) && d > 0 ? d / 1000 : undefined;
}

/** Export the settled timeline and download the file, verified. */
async function exportAndDownload(client: NemoClient, item: ItemConfig, ctx: ItemContext, settled: SettledSession, emit: NemoEventListener): Promise<{ settled: SettledSession; file: Downloaded; render_s: number }> {
  const { signal } = ctx;
  const draft = draftOf(settled.state);
  ctx.logger?.info(`nemo: ${timelineSummary(draft)}`);
  const tRender = performance.now();
  ctx.onProgress?.({ stage: 'export', ratio: 0 });
  const poll = { intervalMs: item.nemo.poll_interval_s * 1000, limit: item.nemo.poll_limit };
  const job = await exportDraft(client.api, { sessionId: settled.session_id, draft, quality: item.output.quality, poll, taskLink: settled.link, signal, onEvent: emit });
  ctx.onProgress?.({ stage: 'download' });
  const expectedS = draftSeconds(draft);
  const file = await downloadVerified(client.api, job, ctx.output, { taskLink: settled.link, signal, onEvent: emit, ...(expectedS !== undefined ? { expectedS } : {}) });
  return { settled, file, render_s: since(tRender) };
}

/** Warnings for players that refuse the export as it came, and the compatible copy when the item asks for one. */
async function playerReport(item: ItemConfig, ctx: ItemContext, file: Downloaded, logger: ItemContext['logger'], signal?: AbortSignal): Promise<{ warnings: ItemWarning[]; copy?: { reencoded: boolean; reason: string } }> {
  const format = await exportFormat(ctx.output, file.probe, file.layout, signal);
  let copy: { reencoded: boolean; reason: string } | undefined;
  if (item.nemo.compatible_copy && ctx.compatOutput && needsCompatibleCopy(format)) {
    copy = await writeCompatibleCopy(ctx.output, ctx.compatOutput, format, signal);
    logger?.info(`nemo: wrote ${item.name}.compat.mp4: ${copy.reason}`);
  }
  return { warnings: playerWarnings(item.name, format, copy !== undefined), ...(copy ? { copy } : {}) };
}

/** The warning of a video redone in a new session: the message was charged again; the credits this run spent. */
function redoWarning(redo: { lost: SessionInfo; link?: string; resumed: boolean }, done: SettledSession, account: { available?: number; spent: number }): ItemWarning {
  const why = redo.resumed
    ? `the session ${redo.lost.session_id} that an earlier run sent this message to was gone (1002)`
    : `the NemoVideo session ${redo.lost.session_id} was lost (1002) after the service had accepted the message`;
  const credits = account.available !== undefined ? `${account.spent} credits spent on this video in this run, ${account.available} left` : 'the credits spent could not be read (the balance was not readable after the export)';
  return {
    code: 'NEMO_SESSION_REDONE',
    message: `${why}; the video was redone once in a new session (${done.session_id}), so the message was sent, and charged, again: ${credits}`,
    hint: `the protocol's rule for a lost session; set nemo: { on_session_lost: fail } to fail the video instead of paying for it again${redo.link ? `; the lost session's task page: ${redo.link}` : ''}`,
  };
}

/** Process one item with a client; `onEvent` hears what the client does. */
export async function processNemoItem(client: NemoClient, item: ItemConfig, ctx: ItemContext, onEvent?: NemoEventListener): Promise<ItemResult> {
  const t0 = performance.now();
  const { api, connection, tokens } = client;
  const { signal, logger } = ctx;
  const secrets = (): string[] => [...(connection.token ? [connection.token] : []), ...tokens.seen];
  const errors: ErrorContext = { apiUrl: connection.apiUrl, webUrl: connection.webUrl, tokenKind: tokens.kind, video: item.video.kind === 'url' ? redactUrl(item.video.url) : item.video.rel, secrets: [] };
  const videoUrl = item.video.kind === 'url' ? item.video.url : undefined;
  const emit = (event: NemoEvent): void => {
    onEvent?.(event);
    if (event.type === 'agent-text') logger?.info(`nemo: ${event.text}`);
    // Services report progress as 0..1 or 0..100.
    if (event.type === 'render-status' && event.progress !== undefined) ctx.onProgress?.({ stage: 'export', ratio: Math.min(1, event.progress > 1 ? event.progress / 100 : event.progress) });
  };
  let reservation: Reservation | undefined;
  const guard = new MessageGuard((sent) => reservation && client.credits.markSent(reservation, sent));
  const recordFile = sentRecordFile(itemStateDir(ctx, item.name));
  let hash: string | undefined;
  let session: SessionInfo | undefined;
  let baseline: string | undefined;
  let recorded = false;
  const remember = async (s: SessionInfo): Promise<void> => {
    if (recorded || hash === undefined) return;
    const before = baseline ? { draft_before: baseline } : {};
    await writeSentRecord(recordFile, { version: 1, hash, session_id: s.session_id, task_id: s.task_id, ...(s.user_id ? { user_id: s.user_id } : {}), sent_at: new Date().toISOString(), ...before });
    recorded = true;
  };
  const hooks: SessionHooks = {
    signal,
    onEvent: emit,
    onProgress: ctx.onProgress,
    onSession: (s) => {
      session = s;
      baseline = s.baseline;
      errors.taskLink = s.link;
      errors.userId = s.user_id ?? errors.userId;
    },
    onSent: remember,
  };
  const onLost = item.nemo.on_session_lost;
  // The one redo of this run (protocol 1002: "open a new session and redo that item, once"), and the session it replaced.
  let redo: { lost: SessionInfo; link?: string; resumed: boolean } | undefined;
  const startOver = async (lost: SessionInfo, resumed: boolean, reason: string): Promise<void> => {
    redo = { lost, ...(errors.taskLink ? { link: errors.taskLink } : {}), resumed };
    errors.redone = true;
    recorded = false;
    session = undefined;
    await deleteSentRecord(recordFile);
    if (!resumed) guard.sessionLost();
    logger?.warn(`nemo: ${reason}`);
    emit({ type: 'new-session', reason });
  };
  try {
    hash = await messageInputsHash(item, connection.apiUrl, signal);
    const previous = await readSentRecord(recordFile, (detail) => logger?.warn(`nemo: ignoring an unreadable sent-message record: ${detail}`));
    let settled: SettledSession | undefined;
    if (previous && previous.hash === hash && ctx.force) {
      // --force: the earlier run's session is given up (it may hold a timeline that will never do), and the message sent anew.
      await deleteSentRecord(recordFile);
      const reason = `--force: forgetting the session ${previous.session_id} that an earlier run sent this message to and starting over, so the message is sent (and may be charged) once more`;
      logger?.warn(`nemo: ${reason}`);
      emit({ type: 'new-session', reason });
    } else if (previous && previous.hash === hash) {
      recorded = true;
      settled = await resumeSession(client, item, { ...previous, ...(previous.draft_before ? { baseline: previous.draft_before } : {}) }, hooks);
      if (!settled) {
        const gone = `the session ${previous.session_id} that an earlier run sent this message to is gone (1002)`;
        if (onLost === 'fail') throw sessionLostError(gone, { ...errors, messageSent: true, onSessionLost: onLost }, { backendCode: 1002 });
        await startOver(previous, true, `${gone}: starting over, so the message is sent (and charged) once more`);
      }
    } else if (previous) {
      // The message or the inputs changed since: the old session is not this item's any more.
      await deleteSentRecord(recordFile);
    }

    let delivered: { settled: SettledSession; file: Downloaded; render_s: number } | undefined;
    while (!delivered) {
      try {
        if (!settled) {
          const read = (): Promise<Balance> => api.balance(signal);
          const check = reservation ? await client.credits.renew(reservation, read, CREDITS_PER_MESSAGE) : await client.credits.reserve(read, CREDITS_PER_MESSAGE);
          errors.userId = await tokens.userId();
          if (!check.ok) throw lowBalanceError(check.available, errors, check.available - check.free, redo !== undefined);
          if ('reservation' in check) reservation = check.reservation;
          settled = await settleItem(client, item, guard, hooks);
        }
        delivered = await exportAndDownload(client, item, ctx, settled, emit);
      } catch (error) {
        // 1002 once the message may have been accepted: the session and its work are gone; redo the item once in a new one.
        const lost = error instanceof ServiceFailure && error.code === 1002 && (guard.sent || recorded) && session !== undefined;
        if (!lost || onLost === 'fail' || redo) throw error;
        await startOver(session!, false, `the session ${session!.session_id} was lost (1002) on the ${error.kind} call after the service had accepted the message: redoing the video once in a new session, so the message is sent (and charged) again`);
        settled = undefined;
      }
    }
    const { settled: done, file, render_s } = delivered;

    // The file is paid for and verified: nothing below may fail the item (the runner would delete it).
    const bestEffort = async <T>(what: string, work: () => Promise<T>, fallback: T): Promise<T> => {
      try {
        return await work();
      } catch (error) {
        signal?.throwIfAborted();
        logger?.warn(`nemo: ${what} failed, the video is delivered without it: ${redactSecrets(error instanceof Error ? error.message : String(error), secrets())}`);
        return fallback;
      }
    };
    ctx.onProgress?.({ stage: 'verify' });
    await bestEffort('forgetting the sent-message record', () => deleteSentRecord(recordFile), undefined);
    const lines = draftLines(done.state);
    const captions = await bestEffort('writing the caption files', () => writeCaptions(ctx, lines, done.state, logger, item.captions), []);
    const measured = await bestEffort('measuring the loudness', () => deliveredQa(ctx.output, lines, signal), { loudness: null });
    const players = await bestEffort('checking which players take the export', () => playerReport(item, ctx, file, logger, signal), { warnings: [] });
    const account = await client.credits.settle(reservation, () => api.balance(signal));
    reservation = undefined;
    if (account.available === undefined) logger?.warn('nemo: the credit balance could not be read after the export; the report leaves credits out');
    const warnings = [...(redo ? [redoWarning(redo, done, account)] : []), ...players.warnings];
    for (const w of warnings) logger?.warn(`nemo: ${w.message} (${w.hint})`);
    ctx.onProgress?.({ stage: 'done', ratio: 1 });
    return {
      duration_s: Math.round(file.probe.duration * 1000) / 1000,
      // tts: the service's narration (message to settled timeline); plan: session and uploads; render: export and download.
      timings_s: { tts: done.edit_s, plan: done.upload_s, render: render_s, total: since(t0) },
      ...measured,
      lines,
      captions,
      ...(account.available !== undefined ? { credits: { spent: account.spent, available: account.available } } : {}),
      links: { task: redactSecrets(done.link, secrets()), download: redactSecrets(file.url, secrets()) },
      ...(warnings.length > 0 ? { warnings: warnings.map((w) => ({ ...w, message: redactSecrets(w.message, secrets()), hint: redactSecrets(w.hint, secrets()) })) } : {}),
      ...(players.copy ? { compatible_copy: players.copy } : {}),
    };
  } catch (error) {
    // The message may have run: remember its session so a later run resumes it instead of sending it again.
    if (guard.sent && session && !recorded) await remember(session).catch((e: unknown) => logger?.warn(`nemo: could not keep the sent-message record ${recordFile}: ${(e as Error).message}`));
    // A charge that may have landed is read (and attributed) once more; an unsent hold is just let go.
    if (reservation) await client.credits.settle(reservation, reservation.sent ? () => api.balance() : undefined);
    if (error instanceof ServiceFailure) throw scrub(toNemoError(error, { ...errors, messageSent: guard.sent || recorded, onSessionLost: onLost, secrets: secrets() }), secrets(), videoUrl);
    throw scrub(toVoiceoverError(error), secrets(), videoUrl);
  }
}
