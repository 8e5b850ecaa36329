// The optional second stage after an edit (fault `secondStageMs`): the state stays processing, then a
// music bed (when an unused audio upload exists) or a title is added and the state settles.

import { DEFAULT_MUSIC_VOLUME } from '../../config/defaults.js';
import type { ServerContext } from '../context.js';
import { timelineSummary } from '../sessions/timeline-summary.js';
import type { SessionRecord } from '../store/records.js';
import { hasMusic, withMusic, withTitle } from './timeline-edits.js';

/** Finish the session's work after `ms`: add a track, clear `processing`. */
export function scheduleSecondStage(ctx: ServerContext, session: SessionRecord, ms: number, title: string): void {
  const timer = setTimeout(() => {
    ctx.timers.delete(timer);
    void ctx.tasks.track(finish(ctx, session, title)).catch((error: unknown) => ctx.logger.error(`serve: second stage failed: ${String(error)}`));
  }, ms);
  ctx.timers.add(timer);
}

async function finish(ctx: ServerContext, session: SessionRecord, title: string): Promise<void> {
  const draft = session.state.draft;
  if (ctx.store.sessions.get(session.id) !== session || session.work !== 'second_stage' || !draft) return;
  const music = session.files.filter((f) => f.file_type === 'audio').at(-1);
  const addMusic = music !== undefined && !hasMusic(draft);
  const addTitle = !addMusic && draft.m.title === undefined;
  const next = addMusic ? withMusic(draft, music, DEFAULT_MUSIC_VOLUME) : addTitle ? withTitle(draft, title) : draft;
  const now = new Date().toISOString();
  session.work = undefined;
  session.state = {
    ...session.state,
    draft: next,
    processing: false,
    status: 'completed',
    summary: timelineSummary(next),
    generated_media: [
      ...session.state.generated_media,
      ...(addMusic ? [{ type: 'music' as const, detail: music.filename, at: now }] : addTitle ? [{ type: 'title' as const, detail: title, at: now }] : []),
    ],
    updated_at: now,
  };
  await ctx.store.saveSession(session);
  ctx.logger.debug(`serve: second stage of session ${session.id} added ${addMusic ? 'music' : addTitle ? 'a title' : 'nothing'}`);
}
