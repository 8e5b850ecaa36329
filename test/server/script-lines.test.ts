// Over real HTTP: script lines that start like a setting ("Voice: …", "Title: …", "Music: …") are narrated,
// in the message this project's client sends (settings first, fenced script).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildMessage } from '../../src/backends/nemo/message-text.js';
import { testItem } from '../helpers/item.js';
import { anonymousToken, makeVideo, message, newSession, pollUntil, serve, settled, state, tempDir, upload } from './helpers.js';

describe('script lines that look like settings', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(() => server?.close());

  it('are all narrated; the settings stay as sent', async () => {
    const { token } = await anonymousToken(server);
    const session = await newSession(server, token);
    const up = await upload(server, token, session, [{ path: await makeVideo(join(await tempDir('voiceover-media-'), 'demo.mp4')) }]);
    expect(up.body.code, JSON.stringify(up.body)).toBe(0);
    const lines = ['[00:00.2] Voice: clear and friendly.', '[00:01.3] Title: fast.', '[00:02.4] Music: we love it.'];
    const item = testItem({ script: { text: lines.join('\n'), format: 'text', rel: 's.txt', lineOffset: 0 }, output: { dir: '/o', resolution: 'keep', aspect: 'keep', quality: 'draft' } });
    const answer = await message(server, token, session, buildMessage(item));
    expect(answer.json, JSON.stringify(answer.json)).toBeUndefined();
    const s = await pollUntil(() => state(server, token, session), settled);
    expect(s.status, JSON.stringify(s.error)).toBe('completed');
    const segments = s.draft.t.flatMap((t: any) => t.sg);
    const voices = segments.filter((g: any) => g.kind === 'voice');
    expect(voices.map((v: any) => v.text)).toEqual(['Voice: clear and friendly.', 'Title: fast.', 'Music: we love it.']);
    expect(segments.some((g: any) => g.kind === 'title' || g.kind === 'music')).toBe(false);
  });
});
