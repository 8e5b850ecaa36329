import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS, VoiceoverError, fillTemplate, toVoiceoverError } from '../../src/core/errors.js';

describe('error registry', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  it.each(Object.keys(ERRORS))('%s is documented in the README error table', (code) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${code}\` \\| .+ \\|$`, 'm'));
  });
  it.each(Object.entries(ERRORS))('%s has a title, message, hint and exit status', (_code, spec) => {
    expect(spec.title.length).toBeGreaterThan(3);
    expect(spec.message.length).toBeGreaterThan(1);
    expect(spec.hint.length).toBeGreaterThan(1);
    expect([1, 2]).toContain(spec.exit);
  });
  it('fills message and hint templates and keeps location and cause', () => {
    const cause = new Error('boom');
    const e = new VoiceoverError('INPUT_NOT_FOUND', { file: 'a.mp4' }, { cause, location: { file: 'c.yml', line: 3 } });
    expect(e.message).toBe('a.mp4 does not exist');
    expect(e.hint).toContain('relative to the config file');
    expect(e.exitCode).toBe(1);
    expect(e.location).toEqual({ file: 'c.yml', line: 3 });
    expect(e.cause).toBe(cause);
    expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
  it('wraps foreign errors: aborts become CANCELED, anything else INTERNAL', () => {
    const abort = Object.assign(new Error('stop'), { name: 'AbortError' });
    expect(toVoiceoverError(abort).code).toBe('CANCELED');
    expect(toVoiceoverError(new TypeError('x')).code).toBe('INTERNAL');
    const own = new VoiceoverError('OVERFLOW', { line: 1, need_s: 2, have_s: 1, max_stretch: 1.15 });
    expect(toVoiceoverError(own)).toBe(own);
  });
});
