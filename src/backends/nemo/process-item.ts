// One item through the hosted pipeline: credits first, a settled session, export, a verified
// download, then the report fields (links, credits, lines, loudness). Service failures become
// registry errors here, with the run's context (token kind, user id, task page).

import type { ItemConfig } from '../../config/types.js';
import { toVoiceoverError, type VoiceoverError } from '../../core/errors.js';
import type { ItemContext, ItemResult } from '../types.js';
import type { NemoClient } from './client.js';
import { CREDITS_PER_MESSAGE } from './constants.js';
import { downloadVerified } from './download.js';
import { draftLines, draftOf } from './draft-read.js';
import type { NemoEvent, NemoEventListener } from './events.js';
import { deliveredLoudness, writeCaptions } from './item-result.js';
import { MessageGuard } from './message-guard.js';
import { lowBalanceError, toNemoError, type ErrorContext } from './nemo-errors.js';
import { redact } from './redact.js';
import { exportDraft } from './render-job.js';
import { ServiceFailure } from './service-failure.js';
import { settleItem } from './session-run.js';
import { timelineSummary } from './timeline-summary.js';

const since = (t: number): number => Math.round((performance.now() - t) / 10) / 100;

/** Make every text of an error safe to show: no token, anywhere. */
function scrub(error: VoiceoverError, secrets: readonly (string | undefined)[]): VoiceoverError {
  for (const key of ['message', 'hint'] as const) {
    const clean = redact(error[key], secrets);
    if (clean !== error[key]) Object.defineProperty(error, key, { value: clean });
  }
  return error;
}

/** Process one item with a client; `onEvent` hears what the client does. */
export async function processNemoItem(client: NemoClient, item: ItemConfig, ctx: ItemContext, onEvent?: NemoEventListener): Promise<ItemResult> {
  const t0 = performance.now();
  const { api, connection, tokens } = client;
  const { signal } = ctx;
  const secrets = (): string[] => [...(connection.token ? [connection.token] : []), ...tokens.seen];
  const errors: ErrorContext = { apiUrl: connection.apiUrl, webUrl: connection.webUrl, tokenKind: tokens.kind, video: item.video.kind === 'url' ? item.video.url : item.video.rel, secrets: [] };
  const emit = (event: NemoEvent): void => {
    onEvent?.(event);
    if (event.type === 'agent-text') ctx.logger?.info(`nemo: ${event.text}`);
    // Services report progress as 0..1 or 0..100.
    if (event.type === 'render-status' && event.progress !== undefined) ctx.onProgress?.({ stage: 'export', ratio: Math.min(1, event.progress > 1 ? event.progress / 100 : event.progress) });
  };
  const guard = new MessageGuard();
  try {
    const before = await api.balance(signal);
    errors.userId = await tokens.userId();
    if (before.available < CREDITS_PER_MESSAGE) throw lowBalanceError(before.available, errors);

    const settled = await settleItem(client, item, guard, {
      signal,
      onEvent: emit,
      onProgress: ctx.onProgress,
      onSession: (s) => {
        errors.taskLink = s.link;
        errors.userId = s.user_id ?? errors.userId;
      },
    });
    const draft = draftOf(settled.state);
    ctx.logger?.info(`nemo: ${timelineSummary(draft)}`);

    const tRender = performance.now();
    ctx.onProgress?.({ stage: 'export', ratio: 0 });
    const poll = { intervalMs: item.nemo.poll_interval_s * 1000, limit: item.nemo.poll_limit };
    const job = await exportDraft(api, { sessionId: settled.session_id, draft, quality: item.output.quality, poll, taskLink: settled.link, signal, onEvent: emit });
    ctx.onProgress?.({ stage: 'download' });
    const file = await downloadVerified(api, job, ctx.output, { taskLink: settled.link, signal, onEvent: emit });
    const render_s = since(tRender);

    ctx.onProgress?.({ stage: 'verify' });
    const lines = draftLines(settled.state);
    const captions = await writeCaptions(ctx, lines, settled.state, ctx.logger);
    const loudness = await deliveredLoudness(ctx.output, signal);
    const after = await api.balance(signal);
    ctx.onProgress?.({ stage: 'done', ratio: 1 });
    return {
      duration_s: Math.round(file.probe.duration * 1000) / 1000,
      // tts: the service's narration (message to settled timeline); plan: session and uploads; render: export and download.
      timings_s: { tts: settled.edit_s, plan: settled.upload_s, render: render_s, total: since(t0) },
      loudness,
      lines,
      captions,
      credits: { spent: Math.max(0, before.available - after.available), available: after.available },
      links: { task: redact(settled.link, secrets()), download: redact(file.url, secrets()) },
    };
  } catch (error) {
    if (error instanceof ServiceFailure) throw scrub(toNemoError(error, { ...errors, messageSent: guard.sent, secrets: secrets() }), secrets());
    throw scrub(toVoiceoverError(error), secrets());
  }
}
