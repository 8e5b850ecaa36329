// What the server keeps on disk: users, tokens, sessions with their state, export jobs.

import type { Draft } from '../../backends/local/draft.js';
import type { EditHints } from '../agent/message-types.js';

/** Scopes a token may hold (protocol error 403 names the missing one). */
export type Scope = 'read' | 'write' | 'upload' | 'render';

/** Every scope: what issued anonymous tokens get. */
export const ALL_SCOPES: readonly Scope[] = ['read', 'write', 'upload', 'render'];

/** An account: anonymous (one per client id per 7 days) or behind a fixed token. */
export interface UserRecord {
  user_id: string;
  kind: 'anonymous' | 'fixed';
  /** The X-Client-Id that created an anonymous user. */
  client_id?: string;
  created_at: string;
  /** Until when the same client id gets this user back. */
  window_ends_at: string;
  /** Credits granted when the user was made. */
  granted: number;
}

/** An issued anonymous token (only its hash is stored). */
export interface TokenRecord {
  token_sha256: string;
  user_id: string;
  /** What the token is derived from (with the server's key); absent on tokens that cannot be handed out again. */
  nonce?: string;
  issued_at: string;
  expires_at: string;
  /** Set when the token was expired early (fault) or revoked. */
  expired?: boolean;
}

/** An uploaded (or fetched) media file of a session. */
export interface UploadedFile {
  id: string;
  filename: string;
  /** What the content is: video, image or audio. */
  file_type: 'video' | 'image' | 'audio';
  /** Container found in the bytes (mp4, mov, webm, png, mp3 …). */
  format: string;
  mime_type: string;
  /** Absolute path under dataDir/uploads/<session>/. */
  path: string;
  size: number;
  duration: number;
  width: number | null;
  height: number | null;
  fps: number | null;
  has_audio: boolean;
  hash: string;
  source: 'upload' | 'url';
  uploaded_at: string;
}

/** What GET …/latest shows under data.state (video_infos is added from the files when answering). */
export interface SessionState {
  draft: Draft | null;
  canvas_config: { width: number; height: number; aspect: string; resolution: string } | null;
  video_analyses: { filename: string; duration: number; width: number | null; height: number | null; fps: number | null; has_audio: boolean }[];
  generated_media: { type: 'voiceover' | 'music' | 'title'; detail: string; at: string }[];
  processing: boolean;
  status: 'idle' | 'processing' | 'completed' | 'failed';
  /** One line for people: "Timeline (3 tracks): …". */
  summary?: string;
  error?: { message: string };
  updated_at: string;
}

/** The settings of the last edit, so a follow-up ("make it 竖屏") can rebuild from them. */
export interface EditRecord {
  script: { text: string; format: 'text' | 'srt' | 'vtt' };
  instruction: string;
  hints: EditHints;
}

/** A session (task) and its timeline state. */
export interface SessionRecord {
  id: string;
  task_id: string;
  user_id: string;
  task_name: string;
  language: string;
  created_at: string;
  files: UploadedFile[];
  state: SessionState;
  /** Which work is running, if any (restored as failed/finished after a restart). */
  work?: 'edit' | 'second_stage';
  /** How many edits ran (numbers the clip folders). */
  edits: number;
  last_edit?: EditRecord;
}

/** Export job status, as the protocol names them. */
export type JobStatus = 'pending' | 'processing' | 'completed' | 'failed';

/** One export (render) job. */
export interface JobRecord {
  id: string;
  session_id: string;
  user_id: string;
  status: JobStatus;
  /** 0..100. */
  progress: number;
  output: { format: 'mp4'; quality: string };
  /** Random part of the public file URL. */
  key: string;
  /** Absolute path of the finished MP4. */
  file?: string;
  size?: number;
  duration_s?: number;
  canceled?: boolean;
  error?: { message: string };
  created_at: string;
  updated_at: string;
}
