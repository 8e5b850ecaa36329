// The session state as GET …/latest answers it, and how it is restored after a restart.

import type { SessionRecord, SessionState, UploadedFile } from '../store/records.js';

/** A session's state before any edit. */
export function emptyState(): SessionState {
  return {
    draft: null,
    canvas_config: null,
    video_analyses: [],
    generated_media: [],
    processing: false,
    status: 'idle',
    updated_at: new Date().toISOString(),
  };
}

/** An uploaded file as the protocol lists it (upload answers and video_infos). */
export function describeFile(base: string, session: SessionRecord, file: UploadedFile): Record<string, unknown> {
  return {
    id: file.id,
    filename: file.filename,
    file_type: file.file_type,
    format: file.format,
    mime_type: file.mime_type,
    cdn_url: `${base}/files/u/${session.id}/${file.id}/${encodeURIComponent(file.filename)}`,
    duration: file.duration,
    width: file.width,
    height: file.height,
    fps: file.fps,
    size: file.size,
    hash: file.hash,
  };
}

/** data.state: the stored state plus the session's files as video_infos. */
export function stateView(base: string, session: SessionRecord): Record<string, unknown> {
  return { ...session.state, video_infos: session.files.map((f) => describeFile(base, session, f)) };
}

/**
 * After a restart nothing is running: an edit that was interrupted has failed; a second stage
 * that was pending is dropped (the edit itself finished). Returns true when the session changed.
 */
export function settleAfterRestart(session: SessionRecord): boolean {
  if (!session.work && !session.state.processing) return false;
  if (session.work === 'second_stage' && session.state.draft) {
    session.state = { ...session.state, processing: false, status: 'completed' };
  } else {
    session.state = { ...session.state, processing: false, status: 'failed', error: { message: 'the server restarted while this edit was running' } };
  }
  session.work = undefined;
  session.state.updated_at = new Date().toISOString();
  return true;
}
