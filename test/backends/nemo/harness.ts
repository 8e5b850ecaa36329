// Shared set-up of the nemo client tests: a real `voiceover serve` on 127.0.0.1 (port 0, temp data
// folder), a temporary repository with generated media, items loaded from YAML, and a fast client.
import { mkdtemp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, vi } from 'vitest';
import { loadConfig } from '../../../src/config/load.js';
import type { ItemConfig, ResolvedConfig } from '../../../src/config/types.js';
import { createNemoBackend, type NemoBackendOptions } from '../../../src/backends/nemo/nemo-backend.js';
import type { NemoEvent } from '../../../src/backends/nemo/events.js';
import type { ItemContext, ItemResult } from '../../../src/backends/types.js';
import { startServer, type FaultPlan, type RunningServer, type ServerOptions } from '../../../src/server/index.js';
import { makeClip, makeTone, tempRepo, writeText } from '../../helpers/media.js';

/** Start a server with a temporary data folder. */
export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'nemo-serve-'));
  return startServer({ host: '127.0.0.1', port: 0, dataDir, ...options });
}

/**
 * Point the runner's nemo backend (which reads process.env) at `apiUrl` with nothing inherited from
 * this machine: no token, client id, workflow or platform override, and a private config folder
 * (returned). Undo with vi.unstubAllEnvs().
 */
export async function stubNemoEnv(apiUrl: string, configDir?: string): Promise<string> {
  const dir = configDir ?? (await mkdtemp(join(tmpdir(), 'nemo-cfg-')));
  vi.stubEnv('NEMO_API_URL', apiUrl);
  vi.stubEnv('NEMO_WEB_URL', 'https://web.test');
  vi.stubEnv('NEMO_TOKEN', '');
  vi.stubEnv('NEMO_CLIENT_ID', '');
  vi.stubEnv('GITHUB_ACTIONS', '');
  vi.stubEnv('SKILL_SOURCE', '');
  vi.stubEnv('VOICEOVER_CONFIG_DIR', dir);
  return dir;
}

/** A repository with a short clip, a tone for music and a timed script. */
export async function makeRepo(): Promise<string> {
  const repo = await tempRepo('nemo-client-');
  await makeClip(join(repo, 'media/demo.mp4'), { duration: 4, width: 320, height: 180, fps: 15, audio: 'silent' });
  await makeTone(join(repo, 'media/bed.wav'), 2, 440, 0.2);
  await writeText(join(repo, 'scripts/demo.txt'), '[00:00.5] Welcome to the demo.\n[00:02] It works.\n');
  return repo;
}

/** Fast polling for tests: fractions of a second are valid config values. */
export const FAST_NEMO = '{ poll_interval_s: 0.1, poll_limit: 600, sse_timeout_s: 120, keepalive_timeout_s: 60 }';

/** Write a config (videos given as YAML lines) and load it. */
export async function loadItems(repo: string, videos: string[], defaults = ''): Promise<{ config: ResolvedConfig; items: ItemConfig[] }> {
  const yaml = ['version: 1', 'defaults:', '  backend: nemo', `  nemo: ${FAST_NEMO}`, '  captions: { sidecar: [srt] }', ...(defaults ? [defaults] : []), 'videos:', ...videos].join('\n');
  const file = await writeText(join(repo, 'voiceover.config.yml'), `${yaml}\n`);
  const { config, diagnostics } = await loadConfig(file);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { config: config!, items: config!.items };
}

/** One demo video entry. */
export const demoVideo = (name = 'demo', extra: string[] = []): string[] => [`  - name: ${name}`, '    video: media/demo.mp4', '    script: scripts/demo.txt', ...extra];

/** A backend pointed at the server, with fast retries, a private config folder and an event log. */
export async function testBackend(server: RunningServer, options: NemoBackendOptions = {}) {
  const events: NemoEvent[] = [];
  const configDir = await mkdtemp(join(tmpdir(), 'nemo-cfg-'));
  const backend = createNemoBackend({
    apiUrl: server.url,
    webUrl: 'https://web.test',
    configDir,
    env: {},
    retry: { baseDelayMs: 10, maxDelayMs: 50, rateLimitDefaultMs: 50 },
    onEvent: (event) => events.push(event),
    ...options,
  });
  return { backend, events };
}

/** Run one item straight through a backend (without the runner), into a fresh work folder. */
export async function processDirect(backend: ReturnType<typeof createNemoBackend>, item: ItemConfig): Promise<{ result: ItemResult; ctx: ItemContext }> {
  const workDir = await mkdtemp(join(tmpdir(), 'nemo-work-'));
  await mkdir(join(workDir, 'out'), { recursive: true });
  const ctx: ItemContext = { output: join(workDir, 'out', `${item.name}.mp4`), captions: {}, workDir, cacheDir: join(workDir, 'cache') };
  return { result: await backend.process(item, ctx), ctx };
}

/** Run one item and return the error it fails with. */
export async function failureOf(backend: ReturnType<typeof createNemoBackend>, item: ItemConfig): Promise<any> {
  const outcome = await processDirect(backend, item).then(() => undefined, (error: unknown) => error);
  expect(outcome, 'the item was expected to fail').toBeDefined();
  return outcome;
}

/** No message was charged twice: every (session, message) pair of the ledger appears once, and no message text twice for one user. */
export function expectNoDoubleCharge(server: RunningServer): void {
  const ledger = server.ledger();
  const pairs = ledger.map((e) => `${e.user_id}:${e.message_sha256}`);
  expect(new Set(pairs).size, JSON.stringify(ledger, null, 1)).toBe(pairs.length);
}

export { makeClip, makeTone, writeText, type FaultPlan };
