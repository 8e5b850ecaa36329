// Free answers: credits, status, how to export, what the agent can do (written for a person in an editor).

import type { SessionRecord } from '../store/records.js';

/** "You have 50 credits …" */
export function creditsAnswer(balance: { available: number; frozen: number; total: number }, cost: number): string {
  return `You have ${balance.available} credits available (${balance.frozen} frozen, ${balance.total} total). A voiceover edit costs ${cost} credits; asking for the status or your credits is free.`;
}

/** Where the session stands. */
export function statusAnswer(session: SessionRecord): string {
  const { state } = session;
  if (state.processing) return `I'm still working on your video (${session.work === 'second_stage' ? 'adding finishing touches' : 'building the voiceover'}). Check again in a few seconds.`;
  if (state.status === 'failed') return `The last edit failed: ${state.error?.message ?? 'unknown error'}. Send the script again to retry.`;
  if (state.draft) return `Your video is ready. ${state.summary ?? ''}. Click Export in the top right corner to render it.`;
  if (session.files.length > 0) return `I have ${session.files.map((f) => f.filename).join(', ')}. Send the narration script and I'll add the voiceover.`;
  return 'Nothing on the timeline yet. Upload a video and send a script to start.';
}

/** How to export (the export itself is the render API). */
export function exportAnswer(session: SessionRecord): string {
  if (session.state.processing) return "I'm still working on the timeline; once it's done, click the Export button in the top right corner.";
  if (!session.state.draft) return 'There is nothing to export yet: upload a video and send a script first.';
  return 'Your timeline is ready. Click the Export button in the top right corner, choose MP4, and the download starts when rendering is done.';
}

/** What the agent understands. */
export function helpAnswer(): string {
  return [
    'I add AI voiceovers. Send the script as timed lines ("[00:02] Welcome to the demo.") or plain sentences.',
    'You can also say: the language (English, 中文 …), the voice, the aspect ratio (竖屏 9:16, 横屏 16:9, square 1:1),',
    'music (背景音乐), captions (字幕), a title (标题 "…"); or ask for the status (状态), your credits (积分), or how to export (导出).',
  ].join(' ');
}
