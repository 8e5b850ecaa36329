// The stream entries of the FaultPlan, observed over plain HTTP; the ledger shows a repeated message.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { makeTone } from '../helpers/media.js';
import { anonymousToken, makeVideo, message, newSession, pollUntil, SCRIPT_MESSAGE, serve, settled, state, tempDir, upload } from './helpers.js';

let server: Awaited<ReturnType<typeof serve>>;
let token: string;
let video: string;
let tone: string;

/** A session with the test video uploaded. */
async function sessionWithVideo(extra: { path: string }[] = []): Promise<string> {
  const sid = await newSession(server, token);
  const answer = await upload(server, token, sid, [{ path: video }, ...extra]);
  expect(answer.body.code).toBe(0);
  return sid;
}

/** A session whose edit is done and settled; its draft. */
async function editedSession(): Promise<{ sid: string; draft: any }> {
  const sid = await sessionWithVideo();
  await message(server, token, sid, SCRIPT_MESSAGE);
  const s = await pollUntil(() => state(server, token, sid), settled);
  return { sid, draft: s.draft };
}


beforeAll(async () => {
  const media = await tempDir('voiceover-media-');
  video = await makeVideo(join(media, 'clip.mp4'));
  tone = await makeTone(join(media, 'bed.mp3'), 3);
  server = await serve({ grantCredits: 100_000 });
  ({ token } = await anonymousToken(server));
});
afterAll(() => server?.close());
afterEach(() => server.setFaults({}));

describe('stream faults', () => {
  it('dropStreamAfter: the stream breaks after N events, the edit still completes', async () => {
    const sid = await sessionWithVideo();
    server.setFaults({ dropStreamAfter: 2 });
    const sse = await message(server, token, sid, SCRIPT_MESSAGE);
    expect(sse.clean).toBe(false);
    expect(sse.events).toHaveLength(2);
    const s = await pollUntil(() => state(server, token, sid), settled);
    expect(s.status).toBe('completed');
  });

  it('silentCompletion: no text event at all, the state shows the work', async () => {
    const sid = await sessionWithVideo();
    server.setFaults({ silentCompletion: true });
    const sse = await message(server, token, sid, SCRIPT_MESSAGE);
    expect(sse.clean).toBe(true);
    expect(sse.events.filter((e) => e.type === 'text')).toEqual([]);
    expect(sse.events.some((e) => e.type === 'tool_result')).toBe(true);
    expect(settled(await state(server, token, sid))).toBe(true);
  });

  it('keepaliveOnly: only ": ping" comments until the client leaves; the state completes', async () => {
    const sid = await sessionWithVideo();
    server.setFaults({ keepaliveOnly: true });
    const sse = await message(server, token, sid, SCRIPT_MESSAGE, { stopAfterComments: 1 });
    expect(sse.events).toEqual([]);
    expect(sse.comments.filter((c) => c === 'ping')).toHaveLength(1);
    const s = await pollUntil(() => state(server, token, sid), settled);
    expect(s.status).toBe('completed');
  });

  it('secondStageMs: processing stays true after the stream, then a title (or music) track appears', async () => {
    const sid = await sessionWithVideo();
    server.setFaults({ secondStageMs: 1500 });
    await message(server, token, sid, SCRIPT_MESSAGE);
    const during = await state(server, token, sid);
    expect(during).toMatchObject({ processing: true, status: 'processing' });
    expect(during.draft.t).toHaveLength(3);
    const after = await pollUntil(() => state(server, token, sid), settled);
    expect(after.draft.t).toHaveLength(4);
    expect(after.draft.t[3]).toMatchObject({ tt: 7, sg: [{ kind: 'title', s: 0, text: 'demo' }] });

    const withMusic = await sessionWithVideo([{ path: tone }]);
    await message(server, token, withMusic, SCRIPT_MESSAGE);
    const music = await pollUntil(() => state(server, token, withMusic), settled);
    expect(music.draft.t[1].sg.at(-1)).toMatchObject({ kind: 'music', name: 'bed.mp3' });
    expect(music.generated_media.map((g: any) => g.type)).toEqual(['voiceover', 'music']);
  });

  it('agentEventShape: events come as {content: {role: "model", parts}, author, partial}', async () => {
    const sid = await sessionWithVideo();
    server.setFaults({ agentEventShape: true });
    const sse = await message(server, token, sid, SCRIPT_MESSAGE);
    expect(sse.events.length).toBeGreaterThan(3);
    for (const event of sse.events) {
      expect(event).toMatchObject({ author: 'nemo_agent', content: { role: 'model' } });
      expect(typeof event.partial).toBe('boolean');
      expect(event.type).toBeUndefined();
    }
    const parts = sse.events.flatMap((e) => e.content.parts);
    expect(parts.some((p: any) => p.functionCall?.name === 'synthesize_speech')).toBe(true);
    expect(parts.some((p: any) => p.functionResponse?.name === 'update_timeline')).toBe(true);
    expect(parts.filter((p: any) => typeof p.text === 'string').at(-1).text).toMatch(/Export/);
  });

  it('charges a repeated message again and the ledger shows it (the client must never repeat)', async () => {
    const { sid } = await editedSession();
    const before = server.ledger().filter((e) => e.session_id === sid);
    await message(server, token, sid, SCRIPT_MESSAGE);
    const after = server.ledger().filter((e) => e.session_id === sid);
    expect(before).toHaveLength(1);
    expect(after).toHaveLength(2);
    expect(new Set(after.map((e) => e.message_sha256)).size).toBe(1);
  });
});
