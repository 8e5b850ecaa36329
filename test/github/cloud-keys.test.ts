// The cloud voices' inputs: read like nemo-token (keys and base URLs), listed in action.yml.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/github/inputs.js';
import { parseRunResults } from '../../src/github/results-schema.js';

describe('cloud voice inputs', () => {
  it('reads openai-api-key, openai-base-url, elevenlabs-api-key and elevenlabs-base-url (empty when unset)', async () => {
    const values: Record<string, string> = { 'openai-api-key': 'sk-1', 'openai-base-url': 'http://localhost:8880/v1', 'elevenlabs-api-key': 'el-1' };
    expect(readInputs((name) => values[name] ?? '')).toMatchObject({ openaiApiKey: 'sk-1', openaiBaseUrl: 'http://localhost:8880/v1', elevenlabsApiKey: 'el-1', elevenlabsBaseUrl: '' });
    const yml = await readFile(new URL('../../action.yml', import.meta.url), 'utf8');
    expect(yml).toMatch(/^ {2}openai-api-key:\n {4}description: '.*\(pass a secret\)\. Masked in the log; given to the engine as OPENAI_API_KEY\..*'$/m);
    expect(yml).toMatch(/^ {2}elevenlabs-api-key:\n {4}description: '.*Masked in the log; given to the engine as ELEVENLABS_API_KEY\.'$/m);
  });
  it('results.json keeps a video\'s characters sent to cloud voices (report mode reads them back)', () => {
    const item = {
      name: 'demo', status: 'delivered', output: 'out/demo.mp4', captions: [], duration_s: 4, timings_s: { tts: 1, plan: 0, render: 1, total: 2 },
      loudness: null, lines: [], tts: { characters_sent: { openai: 42, elevenlabs: 0 }, requests: 2 },
    };
    const results = { version: 1, shard: null, report: { version: 1, backend: 'local', items: [item] }, videos: {}, notRun: [], config: 'voiceover.config.yml', notes: [], problems: [] };
    expect(parseRunResults(JSON.parse(JSON.stringify(results))).report.items[0]!.tts).toEqual({ characters_sent: { openai: 42, elevenlabs: 0 }, requests: 2 });
  });
});
