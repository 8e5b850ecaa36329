// Fault exportFile (tests only): the rendered export reshaped as a hosted service may deliver it, so
// the client's download check meets a yuv444p file, an index at the end, no index, or a cut file.

import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileUrl } from '../../media/args.js';
import { readMp4Layout } from '../../media/mp4-boxes.js';
import { runFfmpeg } from '../../media/run.js';
import type { FaultPlan } from '../types.js';

/** Copy `[from, to)` of `source` to the end of the open file `out`. */
async function copyRange(source: string, from: number, to: number, out: Awaited<ReturnType<typeof open>>): Promise<void> {
  const input = await open(source, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    for (let at = from; at < to; ) {
      const { bytesRead } = await input.read(chunk, 0, Math.min(chunk.length, to - at), at);
      if (bytesRead === 0) break;
      await out.write(chunk.subarray(0, bytesRead));
      at += bytesRead;
    }
  } finally {
    await input.close();
  }
}

/** Rewrite `file` (a finished render) in place as the fault says; nothing when there is no fault. */
export async function reshapeExport(mode: FaultPlan['exportFile'], file: string, workDir: string, signal?: AbortSignal): Promise<void> {
  if (!mode) return;
  const tmp = join(workDir, `reshaped-${mode}.mp4`);
  if (mode === 'yuv444p') {
    await runFfmpeg(['-y', '-i', fileUrl(file), '-map', '0', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv444p', '-c:a', 'copy', '-movflags', '+faststart', '-f', 'mp4', tmp], { signal });
  } else if (mode === 'moov-at-end') {
    // ffmpeg's mp4 muxer writes the index after the media data unless told +faststart.
    await runFfmpeg(['-y', '-i', fileUrl(file), '-map', '0', '-c', 'copy', '-f', 'mp4', tmp], { signal });
  } else {
    const layout = await readMp4Layout(file);
    const out = await open(tmp, 'w');
    try {
      for (const box of layout.boxes) {
        if (mode === 'no-moov' && box.type === 'moov') continue;
        const end = mode === 'truncated' && box.type === 'mdat' ? box.offset + Math.floor(box.size / 2) : box.offset + box.size;
        await copyRange(file, box.offset, end, out);
        if (end < box.offset + box.size) break;
      }
    } finally {
      await out.close();
    }
  }
  await rm(file, { force: true });
  await rename(tmp, file);
}
