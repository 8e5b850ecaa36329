// What an ffmpeg build can do: its version, filters and encoders (builds differ: see DESIGN.md).
import { runFfmpeg } from './run.js';

/** The abilities of one ffmpeg binary. */
export interface FfmpegCapabilities {
  /** The version word after "ffmpeg version" ("5.1.9-0+deb12u1", "N-47683-g0e8eb07980-static"). */
  version: string;
  filters: Set<string>;
  encoders: Set<string>;
}

/** Names from `ffmpeg -filters` (lines like " T.C adelay  A->A  Delay…"). */
export function parseFilterList(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const match = /^\s*[A-Z.|]{2,3}\s+([A-Za-z0-9_]+)\s+\S*->\S*\s/.exec(line);
    if (match?.[1]) names.add(match[1]);
  }
  return names;
}

/** Names from `ffmpeg -encoders` (lines like " V....D libx264  libx264 H.264…"). */
export function parseEncoderList(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const match = /^\s*[VAS][A-Z.]{5}\s+([A-Za-z0-9_-]+)\s/.exec(line);
    if (match?.[1]) names.add(match[1]);
  }
  return names;
}

const memo = new Map<string, Promise<FfmpegCapabilities>>();

async function probeCapabilities(ffmpegPath: string): Promise<FfmpegCapabilities> {
  const [version, filters, encoders] = await Promise.all([
    runFfmpeg(['-version'], { binary: ffmpegPath }),
    runFfmpeg(['-filters'], { binary: ffmpegPath }),
    runFfmpeg(['-encoders'], { binary: ffmpegPath }),
  ]);
  return {
    version: /version\s+(\S+)/.exec(version.stdout)?.[1] ?? 'unknown',
    filters: parseFilterList(filters.stdout),
    encoders: parseEncoderList(encoders.stdout),
  };
}

/** The version, filters and encoders of an ffmpeg binary; memoised per path. */
export function ffmpegCapabilities(ffmpegPath: string): Promise<FfmpegCapabilities> {
  let pending = memo.get(ffmpegPath);
  if (!pending) {
    pending = probeCapabilities(ffmpegPath);
    pending.catch(() => memo.delete(ffmpegPath));
    memo.set(ffmpegPath, pending);
  }
  return pending;
}
