// Client id, connection settings, attribution headers and task links.
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUuid, resolveClientId, userConfigDir, uuidV5 } from '../../../src/backends/nemo/client-id.js';
import { attributionHeaders, resolveConnection, taskLink } from '../../../src/backends/nemo/settings.js';

/** The version package.json declares (read here, not through the code's own lookup). */
const PACKAGE_VERSION: string = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')).version;

describe('client id', () => {
  it('makes RFC 4122 version 5 UUIDs (the DNS example of the RFC errata)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('takes NEMO_CLIENT_ID first (mapping a non-UUID to a stable UUID)', async () => {
    expect(await resolveClientId({ NEMO_CLIENT_ID: 'A1B2C3D4-0000-4000-8000-000000000000' })).toEqual({ id: 'a1b2c3d4-0000-4000-8000-000000000000', source: 'env' });
    const named = await resolveClientId({ NEMO_CLIENT_ID: 'team-ci' });
    expect(isUuid(named.id)).toBe(true);
    expect((await resolveClientId({ NEMO_CLIENT_ID: 'team-ci' })).id).toBe(named.id);
  });

  it('derives it from the repository id inside a workflow run, so re-runs reuse it', async () => {
    const env = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY_ID: '123456' };
    const a = await resolveClientId(env, '/nonexistent');
    expect(a.source).toBe('repository');
    expect(isUuid(a.id)).toBe(true);
    expect((await resolveClientId(env, '/nonexistent')).id).toBe(a.id);
    expect((await resolveClientId({ ...env, GITHUB_REPOSITORY_ID: '654321' }, '/nonexistent')).id).not.toBe(a.id);
  });

  it('persists one in the config folder otherwise, and replaces a damaged file', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'nemo-id-')), 'voiceover');
    const first = await resolveClientId({}, dir);
    expect(first.source).toBe('file');
    expect((await readFile(join(dir, 'client-id'), 'utf8')).trim()).toBe(first.id);
    expect((await resolveClientId({}, dir)).id).toBe(first.id);
    await writeFile(join(dir, 'client-id'), 'garbage');
    const replaced = await resolveClientId({}, dir);
    expect(isUuid(replaced.id)).toBe(true);
    expect((await resolveClientId({}, dir)).id).toBe(replaced.id);
  });

  it('finds the config folder: VOICEOVER_CONFIG_DIR, then XDG_CONFIG_HOME', async () => {
    expect(userConfigDir({ VOICEOVER_CONFIG_DIR: '/x/y' })).toBe('/x/y');
    expect(userConfigDir({ XDG_CONFIG_HOME: '/cfg' })).toBe('/cfg/voiceover');
    const xdg = await mkdtemp(join(tmpdir(), 'nemo-xdg-'));
    await mkdir(join(xdg, 'voiceover'));
    const viaEnv = await resolveClientId({ XDG_CONFIG_HOME: xdg });
    expect((await readFile(join(xdg, 'voiceover', 'client-id'), 'utf8')).trim()).toBe(viaEnv.id);
  });
});

describe('connection', () => {
  it('defaults to the protocol URLs and the cli platform', () => {
    const c = resolveConnection({});
    expect(c).toEqual({ apiUrl: 'https://mega-api-prod.nemovideo.ai', webUrl: 'https://nemovideo.com', platform: 'cli', version: PACKAGE_VERSION });
    expect(attributionHeaders(c)).toEqual({ 'x-skill-source': 'ai-voiceover-for', 'x-skill-version': PACKAGE_VERSION, 'x-skill-platform': 'cli' });
  });

  it('reads the environment; SKILL_SOURCE overrides the platform; options override all', () => {
    const env = { NEMO_API_URL: 'http://127.0.0.1:9/', NEMO_WEB_URL: 'http://web.test/', NEMO_TOKEN: ' nmv_usr_x ', GITHUB_ACTIONS: 'true' };
    expect(resolveConnection(env)).toMatchObject({ apiUrl: 'http://127.0.0.1:9', webUrl: 'http://web.test', token: 'nmv_usr_x', platform: 'github-actions' });
    expect(resolveConnection({ ...env, SKILL_SOURCE: 'my-bot' }).platform).toBe('my-bot');
    expect(resolveConnection(env, { apiUrl: 'http://a.test', token: 't2' })).toMatchObject({ apiUrl: 'http://a.test', token: 't2' });
  });

  it('builds the task page link with the skill fields', () => {
    const link = taskLink(resolveConnection({ NEMO_WEB_URL: 'https://web.test', GITHUB_ACTIONS: 'true' }), 'task 1', 's-2');
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://web.test/workspace/claim');
    expect(Object.fromEntries(url.searchParams)).toEqual({ task: 'task 1', session: 's-2', skill_name: 'ai-voiceover-for', skill_version: PACKAGE_VERSION, skill_source: 'github-actions' });
  });
});
