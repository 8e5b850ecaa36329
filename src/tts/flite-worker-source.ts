// The code a flite worker thread runs, as a string: started with `new Worker(source, { eval: true })`, it
// needs no file of its own, so the ncc bundle (dist/), lib/ and vitest's TypeScript all run the same thing.
// Plain CommonJS JavaScript on purpose: nothing here may depend on a build step.

/**
 * One flite run per message `{id, args, ioDir}` on the module in `workerData.module` (compiled once by the
 * main thread); answers `{id, exitCode, log}` or `{id, crashed, log}`. `ioDir` is visible to flite as `/io`.
 */
export const FLITE_WORKER_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { closeSync, openSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

// Node flags WASI as experimental; the main thread's filter (bin/voiceover.js, the action's main) does not
// reach this thread, so drop just that warning here too.
const emitWarning = process.emitWarning;
process.emitWarning = function (warning, ...rest) {
  const text = typeof warning === 'string' ? warning : warning && warning.message;
  if (typeof text === 'string' && text.includes('WASI')) return;
  return emitWarning.call(process, warning, ...rest);
};
const { WASI } = require('node:wasi');

// Every run instantiates flite afresh, and each instance's memory (tens of MB) is only freed when this
// thread's GC collects it: a thread that does nothing but synchronous runs rarely collects, so two workers
// held 250-460 MB. A collection after each run (cheaper than the run) keeps them at their working size.
require('node:v8').setFlagsFromString('--expose-gc');
const collect = require('node:vm').runInNewContext('gc');

// Called straight from wasm, Node 20's WASI bindings take V8's fast-API path, and a GC that uvwasi's
// allocator triggers inside such a call can destroy a WASI object whose fd mutex is held: the process
// aborts in uv_mutex_destroy (https://github.com/nodejs/node/issues/52402). One shared plain-JavaScript
// wrapper shape keeps the call sites megamorphic, so the fast path is never taken.
function viaJavaScript(imports) {
  const wrapped = {};
  for (const [name, value] of Object.entries(imports)) {
    wrapped[name] = typeof value === 'function' ? (...args) => Reflect.apply(value, imports, args) : value;
  }
  return wrapped;
}

// Node never closes a preopen's host fd (WASI fd 3, '/io'), nor what flite left open: close them.
function closeGuestFiles(imports) {
  for (let fd = 3; fd < 16; fd++) imports.fd_close(fd); // EBADF (8) for the unused ones
}

function run(args, ioDir) {
  const logFile = join(ioDir, 'flite.log');
  const log = openSync(logFile, 'w');
  try {
    const wasi = new WASI({
      version: 'preview1',
      args: ['flite', ...args],
      env: {},
      preopens: { '/io': ioDir },
      returnOnExit: true,
      stdout: log,
      stderr: log,
    });
    const imports = viaJavaScript(wasi.wasiImport);
    const instance = new WebAssembly.Instance(workerData.module, { wasi_snapshot_preview1: imports });
    try {
      return { exitCode: wasi.start(instance) };
    } catch (error) {
      return { crashed: error instanceof Error ? error.message : String(error) };
    } finally {
      closeGuestFiles(imports);
    }
  } finally {
    closeSync(log);
  }
}

parentPort.on('message', ({ id, args, ioDir }) => {
  let answer;
  try {
    answer = run(args, ioDir);
  } catch (error) {
    answer = { crashed: error instanceof Error ? error.message : String(error) };
  }
  let log = '';
  try {
    log = readFileSync(join(ioDir, 'flite.log'), 'utf8');
  } catch {}
  collect();
  parentPort.postMessage({ id, ...answer, log });
});
`;
