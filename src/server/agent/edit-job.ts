// Run one charged edit: the local pipeline builds the draft, the state follows, the stream narrates.

import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { buildDraft } from '../../backends/local/build-draft.js';
import { TRACK_AUDIO, type Draft } from '../../backends/local/draft.js';
import { toVoiceoverError } from '../../core/errors.js';
import type { ProgressEvent } from '../../core/progress.js';
import type { ServerContext } from '../context.js';
import { timelineSummary } from '../sessions/timeline-summary.js';
import { sessionClipDir } from '../store/data-paths.js';
import type { SessionRecord, SessionState } from '../store/records.js';
import type { EditPlan } from './prepare-edit.js';
import { scheduleSecondStage } from './second-stage.js';
import type { SseStream } from './sse-stream.js';
import { withTitle } from './timeline-edits.js';


/** A tool step shown in the stream: call now, result later. */
function step(stream: SseStream, name: string, args: Record<string, unknown>): (result: Record<string, unknown>) => void {
  const id = `call_${randomUUID().slice(0, 8)}`;
  stream.emit({ type: 'tool_call', id, name, args });
  return (result) => stream.emit({ type: 'tool_result', id, name, result });
}

/** Build the timeline for a charged message and update the session; never throws (failures land in the state). */
export async function runEdit(ctx: ServerContext, session: SessionRecord, plan: EditPlan, stream: SseStream): Promise<void> {
  const { item, video } = plan;
  session.edits += 1;
  const clipDir = join(sessionClipDir(ctx.paths, session.id), String(session.edits));
  session.work = 'edit';
  setState(session, { processing: true, status: 'processing', error: undefined });
  await ctx.store.saveSession(session);

  const lines = `${plan.cues} line${plan.cues === 1 ? '' : 's'}`;
  stream.text(`Planning ${lines} for ${video.filename} (${plan.timed ? 'timed' : 'spread over the video'}, voice ${item.voice}, language ${item.language})…`, true);
  step(stream, 'analyze_video', { file: video.filename })({ duration: video.duration, width: video.width, height: video.height, fps: video.fps, has_audio: video.has_audio });
  const spoken = step(stream, 'synthesize_speech', { lines: plan.cues, voice: item.voice, language: item.language });
  let placed: ((result: Record<string, unknown>) => void) | undefined;
  const onProgress = (event: ProgressEvent): void => {
    if (event.stage !== 'plan' || placed) return;
    spoken({ lines: plan.cues });
    stream.text(`Placing ${lines} on the timeline…`, true);
    placed = step(stream, 'plan_timeline', { lines: plan.cues, overflow: item.audio.overflow, max_stretch: item.audio.max_stretch });
  };
  try {
    const built = await buildDraft(item, { clipDir, cacheDir: ctx.paths.cache, signal: ctx.signal, onProgress });
    onProgress({ stage: 'plan' });
    let draft: Draft = built.draft;
    if (plan.title) draft = withTitle(draft, plan.title);
    placed?.({ duration_ms: draft.d, timings_s: built.timings, lines: voiceLines(draft) });
    const updated = step(stream, 'update_timeline', { tracks: draft.t.length });
    const second = ctx.faults.current.secondStageMs;
    const now = new Date().toISOString();
    session.last_edit = plan.record;
    session.work = second ? 'second_stage' : undefined;
    setState(session, {
      draft,
      canvas_config: { width: draft.m.width, height: draft.m.height, aspect: draft.m.aspect, resolution: draft.m.resolution },
      video_analyses: [{ filename: video.filename, duration: video.duration, width: video.width, height: video.height, fps: video.fps, has_audio: video.has_audio }],
      generated_media: [
        ...session.state.generated_media,
        { type: 'voiceover', detail: `${lines}, voice ${item.voice}`, at: now },
        ...(item.music ? [{ type: 'music' as const, detail: item.music.rel, at: now }] : []),
        ...(plan.title ? [{ type: 'title' as const, detail: plan.title, at: now }] : []),
      ],
      processing: Boolean(second),
      status: second ? 'processing' : 'completed',
      summary: timelineSummary(draft),
    });
    await ctx.store.saveSession(session);
    if (second) scheduleSecondStage(ctx, session, second, plan.title ?? session.task_name);
    updated({ summary: session.state.summary });
    for (const note of plan.notes) stream.text(note);
    stream.text(finalText(session.state, Boolean(second)));
  } catch (error) {
    const failure = toVoiceoverError(error);
    session.work = undefined;
    setState(session, { processing: false, status: 'failed', error: { message: failure.message } });
    await ctx.store.saveSession(session);
    ctx.logger.warn(`serve: edit of session ${session.id} failed: ${failure.message}`);
    stream.text(`Sorry, the edit failed: ${failure.message}. ${failure.hint}`);
  } finally {
    stream.end();
  }
}

function setState(session: SessionRecord, patch: Partial<SessionState>): void {
  session.state = { ...session.state, ...patch, updated_at: new Date().toISOString() };
}

function voiceLines(draft: Draft): Record<string, unknown>[] {
  const lines: Record<string, unknown>[] = [];
  for (const track of draft.t) {
    if (track.tt !== TRACK_AUDIO) continue;
    for (const s of track.sg) if (s.kind === 'voice') lines.push({ index: s.index, start_ms: s.s, end_ms: s.s + s.d, stretch: s.stretch });
  }
  return lines;
}

/** The closing message, written for a person in an editor (the client translates the GUI phrases). */
function finalText(state: SessionState, secondStage: boolean): string {
  const more = secondStage ? ' I am also adding finishing touches (music or a title); give me a moment before exporting.' : '';
  return `Done! ${state.summary ?? ''}.${more} Preview it in the player, then click the Export button in the top right corner to render your MP4.`;
}
