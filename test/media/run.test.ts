import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VoiceoverError } from '../../src/core/errors.js';
import { lavfiArgs } from '../../src/media/args.js';
import { FfmpegError } from '../../src/media/ffmpeg-error.js';
import { resolveFfmpeg } from '../../src/media/locate.js';
import { runFfmpeg, type RunFfmpegOptions } from '../../src/media/run.js';
import { tempDir } from './generate.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('run')));
afterAll(() => cleanup());

async function failure(args: string[], options?: RunFfmpegOptions): Promise<FfmpegError> {
  const error: unknown = await runFfmpeg(args, options).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(FfmpegError);
  return error as FfmpegError;
}

// Realtime (-re) and endless: only a kill ends it.
const endless = ['-re', ...lavfiArgs('testsrc2=size=160x120:rate=25'), '-f', 'null', '-'];

describe('runFfmpeg', () => {
  it('passes -hide_banner -nostdin to ffmpeg and -v error to ffprobe', async () => {
    const probe = await failure(['-show_format', join(dir, 'nothing.mp4')], { program: 'ffprobe' });
    expect(probe.command.slice(0, 4)).toEqual([resolveFfmpeg().ffprobe, '-hide_banner', '-v', 'error']);
    const ok = await runFfmpeg([...lavfiArgs('sine=duration=0.2'), '-f', 'null', '-']);
    expect(ok.stderr).not.toMatch(/ffmpeg version|configuration:/);
  });

  it('throws an FfmpegError with the command, exit code and stderr tail when ffmpeg fails', async () => {
    const missing = join(dir, 'missing.mp4');
    const error = await failure(['-i', missing, '-f', 'null', '-']);
    expect(error).toBeInstanceOf(VoiceoverError);
    expect(error.code).toBe('FFMPEG_FAILED');
    expect(error.command).toEqual([resolveFfmpeg().ffmpeg, '-hide_banner', '-nostdin', '-nostats', '-i', missing, '-f', 'null', '-']);
    expect(error.childExitCode).toEqual(expect.any(Number));
    expect(error.childExitCode).not.toBe(0);
    expect(error.signal).toBeUndefined();
    expect(error.stderrTail).toContain('No such file or directory');
    expect(error.message).toMatch(/^ffmpeg exited with code \d+: .*No such file or directory/);
    expect(error.isCanceled).toBe(false);
    expect(error.timedOut).toBe(false);
    expect(error.exitCode).toBe(1);
  });

  it('names the failing line rather than the generic trailer', async () => {
    const error = await failure([...lavfiArgs('sine=duration=0.2'), '-af', 'nosuchfilter', '-f', 'null', '-']);
    expect(error.message).toContain("No such filter: 'nosuchfilter'");
    expect(error.stderrTail.split('\n').length).toBeLessThanOrEqual(20);
  });

  it('reports a binary that cannot start, with the spawn error as cause', async () => {
    const error = await failure(['-version'], { binary: join(dir, 'no-such-ffmpeg') });
    expect(error.childExitCode).toBeUndefined();
    expect((error.cause as NodeJS.ErrnoException).code).toBe('ENOENT');
    expect(error.message).toMatch(/could not start/);
  });

  it('kills the child on abort and says it was canceled', async () => {
    const controller = new AbortController();
    const error = await failure(endless, { signal: controller.signal, onProgress: () => controller.abort() });
    expect(error.isCanceled).toBe(true);
    expect(error.code).toBe('CANCELED');
    expect(error.timedOut).toBe(false);
    expect(error.message).toBe('ffmpeg was canceled');
  });

  it('does not start when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    const error = await failure(['-version'], { signal: controller.signal });
    expect(error.isCanceled).toBe(true);
    expect((error.cause as Error).message).toBe('stop');
  });

  it('kills a child that outlives its timeout', async () => {
    const error = await failure(endless, { timeoutMs: 300 });
    expect(error.timedOut).toBe(true);
    expect(error.isCanceled).toBe(false);
    expect(error.code).toBe('FFMPEG_FAILED');
    expect(error.message).toBe('ffmpeg timed out after 300 ms');
  });

  it('follows SIGTERM with SIGKILL when the child ignores it', async () => {
    const stubborn = join(dir, 'stubborn');
    // It reports "progress" only once it ignores SIGTERM, and the abort waits for that report.
    await writeFile(stubborn, "#!/bin/sh\ntrap '' TERM\necho progress=continue\nwhile true; do sleep 0.1; done\n");
    await chmod(stubborn, 0o755);
    const controller = new AbortController();
    const error: unknown = await runFfmpeg([], { binary: stubborn, signal: controller.signal, onProgress: () => controller.abort() })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ isCanceled: true, signal: 'SIGKILL' });
  });

  it('keeps a bounded tail of stderr by default and all of it on request', async () => {
    // showinfo prints two lines per frame: 1500 frames make a few hundred KB of stderr.
    const args = [...lavfiArgs('testsrc2=size=32x32:rate=100:duration=15'), '-vf', 'showinfo', '-f', 'null', '-'];
    const tail = await runFfmpeg(args);
    const full = await runFfmpeg(args, { captureStderr: 'full' });
    expect(full.stderr.length).toBeGreaterThan(200 * 1024);
    expect(full.stderr).toMatch(/n:\s*0 pts:/);
    expect(tail.stderr.length).toBeLessThanOrEqual(64 * 1024);
    expect(tail.stderr).not.toMatch(/n:\s*0 pts:/);
    expect(tail.stderr).toMatch(/n:\s*1499 pts:/);
  });
});
