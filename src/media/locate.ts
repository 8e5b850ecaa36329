// Find the ffmpeg and ffprobe binaries: environment variable, then PATH, then the npm packages.
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { VoiceoverError } from '../core/errors.js';

/** Where a binary was found. */
export type BinarySource = 'env' | 'path' | 'npm';

/** The two programs the pipeline runs. */
export type FfmpegProgram = 'ffmpeg' | 'ffprobe';

/** Resolved binaries and where each came from. */
export interface FfmpegLocation {
  ffmpeg: string;
  ffprobe: string;
  sources: { ffmpeg: BinarySource; ffprobe: BinarySource };
}

/** Where to look; the defaults are the process environment and its PATH. */
export interface ResolveFfmpegOptions {
  env?: NodeJS.ProcessEnv;
  /** Directories searched instead of env.PATH. */
  pathDirs?: string[];
  /** Fall back to the @ffmpeg-installer / @ffprobe-installer binaries (default true). */
  useNpm?: boolean;
}

const PROGRAMS = {
  ffmpeg: { env: 'FFMPEG_PATH', npm: '@ffmpeg-installer/ffmpeg' },
  ffprobe: { env: 'FFPROBE_PATH', npm: '@ffprobe-installer/ffprobe' },
} as const satisfies Record<FfmpegProgram, { env: string; npm: string }>;

const exeSuffixes = process.platform === 'win32' ? ['.exe', ''] : [''];

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function searchDirs(name: string, dirs: string[]): string | undefined {
  for (const dir of dirs) {
    for (const suffix of exeSuffixes) {
      const candidate = path.join(dir, name + suffix);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

// The installer packages are CommonJS optional dependencies and throw (sometimes a bare
// string) when their platform binary is missing.
function npmBinary(pkg: string): string | undefined {
  try {
    const required: unknown = createRequire(import.meta.url)(pkg);
    const file = (required as { path?: unknown } | null)?.path;
    return typeof file === 'string' && isExecutable(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

function resolveOne(program: FfmpegProgram, options: ResolveFfmpegOptions): { file: string; source: BinarySource } {
  const env = options.env ?? process.env;
  const spec = PROGRAMS[program];
  const dirs = options.pathDirs ?? (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const fromEnv = env[spec.env];
  if (fromEnv) {
    const bare = !fromEnv.includes('/') && !fromEnv.includes('\\');
    const file = bare ? searchDirs(fromEnv, dirs) : path.resolve(fromEnv);
    if (file && isExecutable(file)) return { file, source: 'env' };
    throw new VoiceoverError('FFMPEG_NOT_FOUND', { program, env: spec.env }, {
      hint: `${spec.env} is set to "${fromEnv}", which is not an executable file; fix it or unset it`,
    });
  }
  const onPath = searchDirs(program, dirs);
  if (onPath) return { file: onPath, source: 'path' };
  const bundled = options.useNpm === false ? undefined : npmBinary(spec.npm);
  if (bundled) return { file: bundled, source: 'npm' };
  throw new VoiceoverError('FFMPEG_NOT_FOUND', { program, env: spec.env });
}

let memo: FfmpegLocation | undefined;

/** Locate ffmpeg and ffprobe (FFMPEG_PATH/FFPROBE_PATH, then PATH, then npm); the default call is memoised. */
export function resolveFfmpeg(options?: ResolveFfmpegOptions): FfmpegLocation {
  if (options === undefined && memo) return memo;
  const ffmpeg = resolveOne('ffmpeg', options ?? {});
  const ffprobe = resolveOne('ffprobe', options ?? {});
  const location: FfmpegLocation = {
    ffmpeg: ffmpeg.file,
    ffprobe: ffprobe.file,
    sources: { ffmpeg: ffmpeg.source, ffprobe: ffprobe.source },
  };
  if (options === undefined) memo = location;
  return location;
}
