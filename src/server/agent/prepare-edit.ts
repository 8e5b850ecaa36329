// Before an edit is charged: is there a video, a script that parses, a voice that speaks? Else a refusal (free).

import { VoiceoverError } from '../../core/errors.js';
import type { ItemConfig } from '../../config/types.js';
import { parseScript } from '../../script/parse.js';
import { resolveVoice } from '../../tts/registry.js';
import type { ServerContext } from '../context.js';
import type { EditRecord, SessionRecord, UploadedFile } from '../store/records.js';
import { safeFileName } from '../upload/register-file.js';
import { itemFromEdit } from './item-from-edit.js';
import type { ParsedMessage } from './message-types.js';

/** An edit ready to run. */
export interface EditPlan {
  item: ItemConfig;
  video: UploadedFile;
  record: EditRecord;
  cues: number;
  timed: boolean;
  /** Title text to lay over the start, if asked. */
  title?: string;
  /** Things worth telling the person (a music file not found …). */
  notes: string[];
}

/** Check and assemble an edit; a refusal text when it can't run (nothing is charged then). */
export async function prepareEdit(ctx: ServerContext, session: SessionRecord, message: ParsedMessage): Promise<{ plan: EditPlan } | { refusal: string }> {
  if (session.state.processing) return { refusal: "I'm still working on your previous request. Ask for the status in a moment." };
  const video = [...session.files].reverse().find((f) => f.file_type === 'video' || f.file_type === 'image');
  if (!video) return { refusal: 'Please upload a video first (drag it into the upload panel), then send the script again.' };
  const last = session.last_edit;
  const script = message.script ?? last?.script;
  if (!script) {
    return { refusal: 'Send me the narration script: timed lines like "[00:02] Welcome to the demo." or plain sentences, and I will add the voiceover.' };
  }
  const hints = { ...last?.hints, ...message.hints };
  const notes: string[] = [];
  const music = pickMusic(session, hints.music, notes);
  const item = itemFromEdit({
    sessionId: session.id,
    instruction: message.instruction || last?.instruction || '',
    video,
    music,
    script,
    hints,
    sessionLanguage: session.language,
    outputDir: ctx.paths.outputs,
  });
  let parsed;
  try {
    parsed = parseScript(script.text, { format: script.format, file: 'script', language: item.language, strict: true });
    await resolveVoice(item.voice, item.language);
  } catch (error) {
    if (!(error instanceof VoiceoverError)) throw error;
    const where = error.location.line ? ` (script line ${error.location.line})` : '';
    return { refusal: `I can't use this yet: ${error.message}${where}. ${error.hint}` };
  }
  const title = hints.title === true ? session.task_name : hints.title || undefined;
  return {
    plan: {
      item,
      video,
      record: { script, instruction: message.instruction || last?.instruction || '', hints },
      cues: parsed.script.cues.length,
      timed: parsed.script.timed,
      title,
      notes,
    },
  };
}

/** The music upload asked for: by name, else the latest audio upload. */
function pickMusic(session: SessionRecord, wanted: ParsedMessage['hints']['music'], notes: string[]): UploadedFile | undefined {
  if (!wanted) return undefined;
  const audio = session.files.filter((f) => f.file_type === 'audio');
  if (wanted.file) {
    const names = [wanted.file, safeFileName(wanted.file, 'mp3')].map((n) => n.toLowerCase());
    const stem = (n: string): string => n.toLowerCase().replace(/\.[^.]*$/, '');
    const found = audio.find((f) => names.includes(f.filename.toLowerCase())) ?? audio.find((f) => names.some((n) => stem(f.filename) === stem(n)));
    if (found) return found;
    notes.push(`I couldn't find the music file "${wanted.file}" among your uploads, so there is no music yet; upload it and ask again.`);
    return undefined;
  }
  const latest = audio.at(-1);
  if (!latest) notes.push('There is no music file in your uploads, so I left the music out; upload one (mp3, wav, m4a, aac) and ask again.');
  return latest;
}
