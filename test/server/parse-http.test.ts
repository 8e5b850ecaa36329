// Over real HTTP (issue 7 item 4): the message a client wrote by hand, with the script after "Script:" on the
// instruction's own line, builds a timeline with that script spoken; it used to answer "Send me the narration script".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { anonymousToken, makeVideo, message, newSession, pollUntil, serve, settled, state, tempDir, upload } from './helpers.js';

describe('a hand-written message', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(() => server?.close());

  it('with "Script:" mid-line builds the timeline and speaks the script', async () => {
    const { token } = await anonymousToken(server);
    const session = await newSession(server, token);
    const up = await upload(server, token, session, [{ path: await makeVideo(join(await tempDir('voiceover-media-'), 'walkthrough.mp4')) }]);
    expect(up.body.code, JSON.stringify(up.body)).toBe(0);
    const text = 'add a natural AI voiceover in English for my product walkthrough video. Script: Meet the cockatoo. It greets every visitor by name.';
    const answer = await message(server, token, session, text);
    expect(answer.json, JSON.stringify(answer.json)).toBeUndefined();
    const said = JSON.stringify(answer.events);
    expect(said).not.toMatch(/Send me the narration script/);
    const s = await pollUntil(() => state(server, token, session), settled);
    expect(s.status, JSON.stringify(s.error)).toBe('completed');
    const voices = s.draft.t.flatMap((t: any) => t.sg).filter((g: any) => g.kind === 'voice');
    expect(voices.map((v: any) => v.text).join(' ')).toBe('Meet the cockatoo. It greets every visitor by name.');
  });
});
