// Cloud voices end to end through the runner and the local backend: small lavfi videos narrated by an
// openai voice, an elevenlabs voice and flite, against the stand-ins; report lines, characters sent, re-runs.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { runItems } from '../../src/runner/run.js';
import { loadVoiceCatalogue } from '../../src/tts/registry.js';
import { startElevenLabsStandIn, startOpenAIStandIn, type StandIn } from '../helpers/cloud-stand-ins.js';
import { ffprobeJson, makeClip, tempRepo, writeText } from '../helpers/media.js';

let openai: StandIn;
let eleven: StandIn;
let repo = '';
const saved = { ...process.env };

const OPENAI_LINES = ['Welcome to the tour.', 'Here is the dashboard.'];
const ELEVEN_LINE = 'Every word has its time.';

async function load(model = 'tts-1'): Promise<ResolvedConfig> {
  const yaml = `version: 1
defaults:
  output: { resolution: keep }
  captions: { sidecar: [vtt] }
videos:
  - name: open
    video: clip.mp4
    voice: openai:alloy
    openai: { model: ${model}, instructions: Friendly. }
    script: |
      [00:00.2] ${OPENAI_LINES[0]}
      [00:02.2] ${OPENAI_LINES[1]}
  - name: eleven
    video: clip.mp4
    voice: elevenlabs:voice123
    elevenlabs: { stability: 0.4 }
    script: "[00:00.3] ${ELEVEN_LINE}"
  - name: local
    video: clip.mp4
    voice: slt
    script: "[00:00.3] Spoken here."
`;
  const file = await writeText(join(repo, 'voiceover.config.yml'), yaml);
  const { config, diagnostics } = await loadConfig(file, { voices: await loadVoiceCatalogue() });
  expect(diagnostics).toEqual([]);
  return config!;
}

beforeAll(async () => {
  [openai, eleven] = await Promise.all([startOpenAIStandIn(), startElevenLabsStandIn()]);
  Object.assign(process.env, { OPENAI_API_KEY: openai.key, OPENAI_BASE_URL: openai.baseUrl, ELEVENLABS_API_KEY: eleven.key, ELEVENLABS_BASE_URL: eleven.baseUrl });
  repo = await tempRepo('voiceover-cloud-');
  await makeClip(join(repo, 'clip.mp4'), { duration: 5, width: 320, height: 240 });
});
afterAll(async () => {
  process.env = { ...saved };
  await Promise.all([openai.close(), eleven.close()]);
});

describe('cloud voices through the runner', () => {
  it('delivers an openai and an elevenlabs video beside a flite one; report lines name the voice, tts says what was sent', async () => {
    const config = await load();
    const { report } = await runItems(config, config.items, { concurrency: 3 });
    const byName = Object.fromEntries(report.items.map((i) => [i.name, i]));
    expect(report.items.map((i) => [i.name, i.status, i.error?.message])).toEqual([['open', 'delivered', undefined], ['eleven', 'delivered', undefined], ['local', 'delivered', undefined]]);
    expect(byName.open!.lines.map((l) => l.voice)).toEqual(['openai:alloy', 'openai:alloy']);
    expect(byName.open!.tts).toEqual({ characters_sent: { openai: OPENAI_LINES.join('').length }, requests: 2 });
    expect(byName.eleven!.lines.map((l) => l.voice)).toEqual(['elevenlabs:voice123']);
    expect(byName.eleven!.tts).toEqual({ characters_sent: { elevenlabs: ELEVEN_LINE.length }, requests: 1 });
    expect(byName.local!.tts).toBeUndefined();
    // The per-video settings reached the services.
    expect(openai.requests.map((r) => [r.body.model, r.body.instructions]).sort()).toEqual([['tts-1', 'Friendly.'], ['tts-1', 'Friendly.']]);
    expect(eleven.requests[0]!.body.voice_settings).toEqual({ stability: 0.4 });
    // ElevenLabs' alignment gives the line measured word times on the output timeline.
    const words = byName.eleven!.lines[0]!.words;
    expect(words?.map((w) => w.text)).toEqual(ELEVEN_LINE.split(' '));
    expect(words?.some((w) => w.estimated)).toBe(false);
    expect(words![0]!.start_s).toBeGreaterThanOrEqual(byName.eleven!.lines[0]!.start_s - 0.05);
    for (const item of [byName.open!, byName.eleven!]) {
      const probe = await ffprobeJson(['-show_streams', join(repo, item.output!)]);
      expect(probe.streams.map((s: { codec_type: string }) => s.codec_type).sort()).toEqual(['audio', 'video']);
    }
  });

  it('--force with the same cache sends nothing (0 characters); a changed model sends the lines again', async () => {
    const before = { openai: openai.requests.length, eleven: eleven.requests.length };
    const config = await load();
    const { report } = await runItems(config, config.items, { force: true, concurrency: 3 });
    expect(report.items.map((i) => i.status)).toEqual(['delivered', 'delivered', 'delivered']);
    expect(report.items[0]!.tts).toEqual({ characters_sent: { openai: 0 }, requests: 0 });
    expect(report.items[1]!.tts).toEqual({ characters_sent: { elevenlabs: 0 }, requests: 0 });
    expect({ openai: openai.requests.length, eleven: eleven.requests.length }).toEqual(before);

    const changed = await load('tts-1-hd');
    const again = await runItems(changed, changed.items, { concurrency: 3 });
    expect(again.report.items.map((i) => i.status)).toEqual(['delivered', 'skipped', 'skipped']);
    expect(again.report.items[0]!.tts?.characters_sent.openai).toBe(OPENAI_LINES.join('').length);
    expect(openai.requests.slice(before.openai).map((r) => r.body.model)).toEqual(['tts-1-hd', 'tts-1-hd']);
  });
});
