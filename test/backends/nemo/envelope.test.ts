// Envelopes, render-job answers and session states in every shape the protocol lists.
import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../src/core/retry-after.js';
import { readEnvelope } from '../../../src/backends/nemo/envelope.js';
import { readRenderJob, newRenderId } from '../../../src/backends/nemo/render-job.js';
import { draftLines, isExportable, isSettled } from '../../../src/backends/nemo/draft-read.js';
import { timelineSummary } from '../../../src/backends/nemo/timeline-summary.js';
import { backoffMs, DEFAULT_RETRY } from '../../../src/backends/nemo/retry-policy.js';

describe('readEnvelope', () => {
  it('returns data of {code: 0, data} and of {success: true, data}', () => {
    expect(readEnvelope(200, '{"code":0,"data":{"task_id":"t1"}}')).toMatchObject({ ok: true, data: { task_id: 't1' } });
    expect(readEnvelope(200, '{"success":true,"data":{"id":"render_1"}}')).toMatchObject({ ok: true, data: { id: 'render_1' } });
  });
  it('keeps a body without `data` whole (render status at the top level)', () => {
    expect(readEnvelope(200, '{"status":"completed","output":{"url":"/f.mp4"}}')).toMatchObject({ ok: true, data: { status: 'completed' } });
  });
  it('treats a non-zero code, success:false and an HTTP error status each as an error; the body code wins', () => {
    expect(readEnvelope(200, '{"code":2001,"message":"no credits"}')).toEqual({ ok: false, code: 2001, message: 'no credits', body: { code: 2001, message: 'no credits' } });
    expect(readEnvelope(401, '{"code":1001,"message":"expired","success":false}')).toMatchObject({ ok: false, code: 1001 });
    expect(readEnvelope(500, '{"success":false,"error":"boom"}')).toMatchObject({ ok: false, code: 500, message: 'boom' });
    expect(readEnvelope(402, '')).toMatchObject({ ok: false, code: 402, message: 'HTTP 402' });
    expect(readEnvelope(429, 'Too Many Requests')).toMatchObject({ ok: false, code: 429, message: 'Too Many Requests' });
  });
  it('a 400/402/403/429 status stands when the body code is not in the error table', () => {
    expect(readEnvelope(429, '{"code":42900,"message":"slow down"}')).toMatchObject({ ok: false, code: 429, message: 'slow down' });
    expect(readEnvelope(402, '{"code":50001,"message":"upgrade"}')).toMatchObject({ ok: false, code: 402 });
    expect(readEnvelope(403, '{"code":0,"message":"no render scope"}')).toMatchObject({ ok: false, code: 403 });
    expect(readEnvelope(400, '{"success":false,"error_code":7}')).toMatchObject({ ok: false, code: 400 });
    // A table code in the body still wins (the service's own word for it).
    expect(readEnvelope(400, '{"code":4001,"message":"unsupported"}')).toMatchObject({ ok: false, code: 4001 });
    expect(readEnvelope(402, '{"code":2001,"message":"no credits"}')).toMatchObject({ ok: false, code: 2001 });
    expect(readEnvelope(429, '{"code":429}')).toMatchObject({ ok: false, code: 429 });
    // Other statuses keep the body's code.
    expect(readEnvelope(500, '{"code":1002,"message":"gone"}')).toMatchObject({ ok: false, code: 1002 });
  });
  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('3')).toBe(3);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6);
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('readRenderJob', () => {
  it('finds status and url at the top level or under data', () => {
    expect(readRenderJob({ status: 'completed', output: { url: 'https://cdn/x.mp4' } })).toEqual({ status: 'completed', url: 'https://cdn/x.mp4' });
    expect(readRenderJob({ success: true, data: { status: 'Completed', outputUrl: '/api/x.mp4', progress: 100 } })).toEqual({ status: 'completed', url: '/api/x.mp4', progress: 100 });
    expect(readRenderJob({ data: { status: 'failed', error: 'encoder crashed' } })).toEqual({ status: 'failed', error: 'encoder crashed' });
    expect(readRenderJob('nonsense')).toEqual({});
  });
  it('makes unique render_ ids', () => {
    const ids = new Set(Array.from({ length: 50 }, newRenderId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^render_[0-9a-f]{18}$/);
  });
});

const voice = (index: number, s: number, d: number) => ({ kind: 'voice', src: '/x.wav', s, d, text: `line ${index}`, v: 'slt', index, cue_s: s / 1000, stretch: 1, overflow_ms: 0 });
const draft = {
  d: 10_000,
  m: { title: 'Urban Dreams' },
  t: [
    { tt: 0, sg: [{ src: '/data/city timelapse.mp4', k: 'video', s: 0, d: 10_000, x: 0 }] },
    { tt: 1, sg: [voice(1, 4000, 1500), voice(0, 1000, 2000), { kind: 'music', src: '/m/lofi.mp3', s: 0, d: 10_000, vol: 0.35, name: 'Lo-fi' }] },
    { tt: 7, sg: [{ kind: 'title', s: 0, d: 3000, text: 'Urban Dreams' }] },
  ],
};

describe('session state', () => {
  it('is exportable with a non-empty track, settled when nothing says work goes on', () => {
    expect(isExportable({ draft: { t: [{ tt: 0, sg: [] }] } })).toBe(false);
    expect(isExportable({ draft })).toBe(true);
    expect(isSettled({ draft })).toBe(true);
    expect(isSettled({ draft, processing: true })).toBe(false);
    for (const status of ['processing', 'pending', 'running', 'generating', 'Running']) expect(isSettled({ draft, status })).toBe(false);
    expect(isSettled({ draft, status: 'done' })).toBe(true);
    expect(isSettled({})).toBe(false);
  });
  it('reads voice segments as report lines, by index', () => {
    expect(draftLines({ draft })).toEqual([
      { index: 0, text: 'line 0', cue_s: 1, start_s: 1, end_s: 3, stretch: 1, overflow_ms: 0 },
      { index: 1, text: 'line 1', cue_s: 4, start_s: 4, end_s: 5.5, stretch: 1, overflow_ms: 0 },
    ]);
    expect(draftLines({ draft: { t: [{ tt: 0, sg: [{ s: 0, d: 1 }] }] } })).toEqual([]);
  });
  it('carries a voice segment\'s word times (`w`, ms) onto its report line, in seconds; malformed ones are left out', () => {
    const words = [{ t: 'Hello', s: 1000, e: 1400 }, { t: 'world.', s: 1450, e: 2000, est: true }];
    const withWords = { t: [{ tt: 1, sg: [{ ...voice(0, 1000, 2000), w: words }, { ...voice(1, 4000, 1500), w: [{ t: 'x', s: 'bad' }] }] }] };
    const [first, second] = draftLines({ draft: withWords });
    expect(first?.words).toEqual([{ text: 'Hello', start_s: 1, end_s: 1.4 }, { text: 'world.', start_s: 1.45, end_s: 2, estimated: true }]);
    expect(second).not.toHaveProperty('words');
  });
  it('summarises the timeline in one line', () => {
    expect(timelineSummary(draft)).toBe('Timeline (3 tracks): 1. Video: city timelapse.mp4 (0-10s) 2. Voiceover: 2 lines (1-5.5s); BGM: Lo-fi (0-10s, 35%) 3. Title: "Urban Dreams" (0-3s)');
    expect(timelineSummary(undefined)).toBe('Timeline (0 tracks)');
  });
});

describe('backoffMs', () => {
  it('doubles from the base delay, within ±20 %, and never passes the cap', () => {
    expect(backoffMs(DEFAULT_RETRY, 1, () => 0.5)).toBe(1000);
    expect(backoffMs(DEFAULT_RETRY, 3, () => 0.5)).toBe(4000);
    expect(backoffMs(DEFAULT_RETRY, 2, () => 0)).toBe(1600);
    // The default cap is 15 s; +20 % jitter on it is 18 s.
    expect(backoffMs(DEFAULT_RETRY, 10, () => 1)).toBe(18_000);
  });
});
