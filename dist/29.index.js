export const id = 29;
export const ids = [29];
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

/***/ 4241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ modelKey),
/* harmony export */   QL: () => (/* binding */ sherpaConfig),
/* harmony export */   fD: () => (/* binding */ sherpaAvailability),
/* harmony export */   wk: () => (/* binding */ locateSherpaAddon),
/* harmony export */   yN: () => (/* binding */ SHERPA_INSTALL_HINT),
/* harmony export */   yv: () => (/* binding */ sherpaVersion)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Where sherpa-onnx-node is (the action installs it at start-up and names it in VOICEOVER_SHERPA_ONNX_DIR;
// else the package in node_modules), and the sherpa-onnx config an installed voice loads with.



/** What to install when sherpa-onnx-node is missing. */
const SHERPA_INSTALL_HINT = 'npm install sherpa-onnx-node (Apache-2.0; brings sherpa-onnx-linux-x64), or set VOICEOVER_SHERPA_ONNX_DIR to its folder';
/** The sherpa-onnx-node package folder, or why there is none. */
function locateSherpaAddon() {
    const named = process.env.VOICEOVER_SHERPA_ONNX_DIR?.trim();
    if (named) {
        // The package folder itself, or a folder holding it (a prefix with node_modules/, or node_modules itself).
        for (const dir of [named, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(named, 'node_modules', 'sherpa-onnx-node'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(named, 'sherpa-onnx-node')]) {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'sherpa-onnx.js')))
                return { dir };
        }
        return { missing: `VOICEOVER_SHERPA_ONNX_DIR=${named} holds no sherpa-onnx-node package (no sherpa-onnx.js)` };
    }
    try {
        return { dir: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url).resolve('sherpa-onnx-node')) };
    }
    catch {
        return { missing: 'sherpa-onnx-node is not installed' };
    }
}
/** Whether sherpa-onnx can run here (package and its native binaries present), without loading it. */
function sherpaAvailability() {
    const found = locateSherpaAddon();
    if ('missing' in found)
        return { ok: false, reason: found.missing, install: SHERPA_INSTALL_HINT };
    const binaries = `sherpa-onnx-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
    const candidates = [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(found.dir, '..', binaries, 'sherpa-onnx.node'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(found.dir, 'node_modules', binaries, 'sherpa-onnx.node')];
    if (!candidates.some((file) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))) {
        return { ok: false, reason: `${binaries} (the native binaries of sherpa-onnx-node) is missing beside ${found.dir}`, install: SHERPA_INSTALL_HINT };
    }
    return { ok: true };
}
/** `sherpa-onnx-node@1.13.8`, or `sherpa-onnx-node@missing`: part of the clip cache key. */
function sherpaVersion() {
    const found = locateSherpaAddon();
    if ('missing' in found)
        return 'sherpa-onnx-node@missing';
    try {
        const { version } = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(found.dir, 'package.json'), 'utf8'));
        return `sherpa-onnx-node@${version ?? 'unknown'}`;
    }
    catch {
        return 'sherpa-onnx-node@unknown';
    }
}
/** The OfflineTts config (sherpa-onnx-node's shape) that loads an installed voice: one thread, one sentence at a time. */
function sherpaConfig(voice) {
    const common = { tokens: voice.tokens, dataDir: voice.dataDir, lexicon: voice.lexicon ?? '' };
    const model = voice.engine === 'kokoro'
        ? { kokoro: { model: voice.model, voices: voice.voices ?? '', ...common } }
        : { vits: { model: voice.model, ...common } };
    return { model: { ...model, numThreads: 1, provider: 'cpu', debug: 0 }, maxNumSentences: 1 };
}
/** What tells two loaded models apart: a process holds one, and espeak-ng keeps the first data dir it saw. */
function modelKey(voice) {
    return JSON.stringify([voice.engine, voice.model, voice.voices ?? '', voice.tokens, voice.dataDir, voice.lexicon ?? '', voice.modelSha256]);
}


/***/ }),

/***/ 3029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createSherpaEngine: () => (/* binding */ createSherpaEngine),
  kokoroEngine: () => (/* binding */ kokoroEngine),
  modelLabel: () => (/* binding */ modelLabel),
  piperEngine: () => (/* binding */ piperEngine)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/progress.ts
var progress = __webpack_require__(34664);
// EXTERNAL MODULE: ./src/tts/sherpa-addon.ts
var sherpa_addon = __webpack_require__(4241);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/tts/sherpa-failure.ts
var sherpa_failure = __webpack_require__(58541);
// EXTERNAL MODULE: ./src/tts/sherpa-process.ts + 1 modules
var sherpa_process = __webpack_require__(67520);
;// CONCATENATED MODULE: ./src/tts/sherpa-pool.ts
// The sherpa-onnx child processes: one model per process, kept loaded and reused across lines and videos;
// as many processes as cores allow and as memory allows (each holds a whole model); idle ones are killed
// after a few seconds and never hold the process open.







/** How long an idle process is kept for the next line, ms. */
const SHERPA_IDLE_MS = 5000;
/** Memory of a node process with onnxruntime and sherpa-onnx loaded, before the model, bytes (bench/voices.mjs). */
const PROCESS_BASE_BYTES = 80 * 1024 * 1024;
/** A loaded model takes about this many times its file size in memory (weights plus onnxruntime's arenas). */
const MODEL_MEMORY_FACTOR = 1.5;
/** Share of the free memory the processes may take together. */
const MEMORY_SHARE = 0.75;
const slots = [];
const queue = [];
let idleTimer;
/** Estimated memory of a process holding this voice's model, bytes. */
function estimatedBytes(voice) {
    const size = (file) => {
        try {
            return file ? (0,external_node_fs_.statSync)(file).size : 0;
        }
        catch {
            return 0;
        }
    };
    return PROCESS_BASE_BYTES + MODEL_MEMORY_FACTOR * (size(voice.model) + size(voice.voices));
}
/** How many processes of `bytes` each may run at once here: at most one per core, and what free memory holds (at least one). */
function sherpaPoolLimit(bytes, free = (0,external_node_os_.freemem)(), cores = (0,external_node_os_.availableParallelism)()) {
    return Math.max(1, Math.min(cores, Math.floor((free * MEMORY_SHARE) / Math.max(1, bytes))));
}
/** The pool's state right now (diagnostics, tests and the benchmark). */
function sherpaPoolState() {
    return { processes: slots.length, busy: slots.filter((s) => s.busy).length, queued: queue.length, models: slots.map((s) => s.key) };
}
/** Kill every idle process now (tests, the benchmark, shutting down). */
function closeSherpaPool() {
    for (const slot of [...slots])
        if (!slot.busy)
            retire(slot);
}
/**
 * Speak `text` with an installed voice at `speed` (1 normal; sherpa-onnx's own control, length_scale = 1 / speed).
 * A process that dies or refuses the model rejects with TTS_UNAVAILABLE naming the voice; an abort drops a
 * queued line or kills the process speaking it.
 */
function speakWithSherpa(voice, text, speed, signal) {
    (0,progress/* throwIfAborted */.T)(signal);
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            const queued = queue.indexOf(job);
            if (queued >= 0)
                queue.splice(queued, 1);
            if (job.slot)
                retire(job.slot);
            try {
                (0,progress/* throwIfAborted */.T)(signal);
            }
            catch (error) {
                job.reject(error);
            }
            pump();
        };
        const settle = () => signal?.removeEventListener('abort', onAbort);
        const job = {
            voice, key: (0,sherpa_addon/* modelKey */.B0)(voice), bytes: estimatedBytes(voice), text, speed, signal,
            resolve: (speech) => (settle(), resolve(speech)),
            reject: (error) => (settle(), reject(error)),
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(job);
        pump();
    });
}
/** Hand queued lines to idle processes of their model, starting processes within the limits. */
function pump() {
    clearTimeout(idleTimer);
    idleTimer = undefined;
    for (let i = 0; i < queue.length;) {
        const job = queue[i];
        let slot = slots.find((s) => !s.busy && s.key === job.key);
        if (!slot) {
            const limit = sherpaPoolLimit(job.bytes, (0,external_node_os_.freemem)() + slots.reduce((sum, s) => sum + s.bytes, 0));
            const other = slots.find((s) => !s.busy && s.key !== job.key);
            if (slots.length >= limit && other)
                retire(other);
            if (slots.length < limit)
                slot = start(job);
        }
        if (!slot) {
            if (queue[i] === job)
                i++; // still queued: a line of another model may still find its process idle
            continue;
        }
        queue.splice(i, 1);
        run(slot, job);
    }
    if (queue.length === 0 && slots.length > 0 && slots.every((s) => !s.busy)) {
        idleTimer = setTimeout(closeSherpaPool, SHERPA_IDLE_MS);
        idleTimer.unref();
    }
}
function start(job) {
    const addon = (0,sherpa_addon/* locateSherpaAddon */.wk)();
    if ('missing' in addon) {
        queue.splice(queue.indexOf(job), 1);
        job.reject(new errors/* VoiceoverError */.pF('TTS_UNAVAILABLE', { detail: `voice "${job.voice.id}" needs sherpa-onnx: ${addon.missing}`, hint: `install it: ${sherpa_addon/* SHERPA_INSTALL_HINT */.yN}` }));
        return undefined;
    }
    const process = new sherpa_process/* SherpaProcess */.fw();
    const loaded = process.load(addon.dir, (0,sherpa_addon/* sherpaConfig */.QL)(job.voice));
    loaded.catch(() => undefined); // awaited by run()
    const slot = { process, key: job.key, bytes: job.bytes, loaded, busy: false };
    slots.push(slot);
    return slot;
}
async function run(slot, job) {
    slot.busy = true;
    job.slot = slot;
    const { voice } = job;
    let stage = 'load';
    try {
        const model = await slot.loaded;
        if (voice.speakerId < 0 || voice.speakerId >= model.numSpeakers) {
            throw new errors/* VoiceoverError */.pF('TTS_UNAVAILABLE', {
                detail: `voice "${voice.id}" is speaker ${voice.speakerId} of ${voice.model}, which has ${model.numSpeakers} speaker(s)`,
                hint: 'reinstall the voice, or choose another (voiceover voices)',
            });
        }
        stage = 'speak';
        const audio = await slot.process.speak(job.text, voice.speakerId, job.speed);
        slot.busy = false;
        job.slot = undefined;
        job.resolve({ samples: audio.samples, sampleRate: audio.sampleRate });
    }
    catch (error) {
        job.slot = undefined;
        retire(slot); // a process that failed once is not trusted with the next line
        if (!job.signal?.aborted)
            job.reject((0,sherpa_failure/* sherpaFailure */.A)(voice, stage, error));
    }
    pump();
}
function retire(slot) {
    const at = slots.indexOf(slot);
    if (at >= 0)
        slots.splice(at, 1);
    slot.busy = false;
    slot.process.kill();
}

;// CONCATENATED MODULE: ./src/tts/sherpa-voices.ts
// The installed neural voices the sherpa-onnx engines speak with, and installing a catalogued one on
// first use. The voice store (voice-store.ts) owns the store; the catalogue (catalogue.ts) what can be installed.
/** The store in this machine (VOICEOVER_VOICES_DIR …): voice-store.ts lists and installs, catalogue.ts offers. */
const storeVoiceSource = {
    list: async () => (await __webpack_require__.e(/* import() */ 668).then(__webpack_require__.bind(__webpack_require__, 42668))).listInstalledVoices(),
    catalogued: async () => (await __webpack_require__.e(/* import() */ 66).then(__webpack_require__.bind(__webpack_require__, 35066))).cataloguedVoices(),
    ensure: async (id, options) => (await __webpack_require__.e(/* import() */ 668).then(__webpack_require__.bind(__webpack_require__, 42668))).ensureVoiceInstalled(id, options),
};

;// CONCATENATED MODULE: ./src/tts/sherpa-engine.ts
// The neural engines: Piper (VITS) and Kokoro voices run by sherpa-onnx in child processes (sherpa-pool.ts).
// One engine per family, sharing the sherpa module; voice ids `piper:<name>`, `kokoro:<speaker>`.





const FAMILY_NAMES = { piper: 'Piper', kokoro: 'Kokoro' };
/** Piper names end in their quality; better ones are preferred when several speak a language. */
const QUALITY_ORDER = ['high', 'medium', 'low', 'x_low'];
function qualityRank(voice) {
    const suffix = voice.id.split('-').pop() ?? '';
    const at = QUALITY_ORDER.indexOf(suffix);
    return at < 0 ? QUALITY_ORDER.length : at;
}
function asVoice(voice) {
    const kind = voice.source === 'custom' ? 'brought with voices install --from' : 'from the catalogue';
    return {
        id: voice.id,
        engine: voice.engine,
        language: voice.language,
        description: `${FAMILY_NAMES[voice.engine]} neural voice, ${voice.sampleRate / 1000} kHz (${(0,external_node_path_.basename)(voice.dir)}, ${kind})`,
    };
}
/** The model a voice speaks with, as reports show it: `<archive>/<model file> sha256:<first 12>`. */
function modelLabel(voice) {
    return `${(0,external_node_path_.basename)(voice.dir)}/${(0,external_node_path_.basename)(voice.model)} sha256:${voice.modelSha256.slice(0, 12)}`;
}
/** A sherpa-onnx engine for one family, reading installed voices from `source` (the voice store by default). */
function createSherpaEngine(family, source = storeVoiceSource) {
    const prefix = `${family}:`;
    const own = async () => (await source.list()).filter((voice) => voice.engine === family).sort((a, b) => qualityRank(a) - qualityRank(b));
    const find = async (id) => (await own()).find((voice) => voice.id.toLowerCase() === id.toLowerCase());
    return {
        id: family,
        availability: async () => (0,sherpa_addon/* sherpaAvailability */.fD)(),
        // Installed voices first, then catalogued ones not installed here (installed before they speak; never `auto`).
        voices: async () => {
            const installed = (await own()).map(asVoice);
            const have = new Set(installed.map((voice) => voice.id.toLowerCase()));
            const offered = ((await source.catalogued?.()) ?? [])
                .filter((voice) => voice.engine === family && !have.has(voice.id.toLowerCase()))
                .map((voice) => ({ ...voice, description: `${voice.description} (not installed: installed on first use)`, installed: false }));
            return [...installed, ...offered];
        },
        ownsVoice: (voiceId) => voiceId.toLowerCase().startsWith(prefix),
        // The model's checksum is part of every clip's cache key: a reinstalled or replaced model never reuses old clips.
        version: async (voiceId) => {
            const voice = voiceId === undefined ? undefined : await find(voiceId);
            return voice ? `${(0,sherpa_addon/* sherpaVersion */.yv)()}+${voice.modelSha256}` : (0,sherpa_addon/* sherpaVersion */.yv)();
        },
        describeModel: async (voiceId) => {
            const voice = await find(voiceId);
            return voice ? modelLabel(voice) : undefined;
        },
        prepare: async (voiceId, options) => {
            if (await find(voiceId))
                return;
            await source.ensure(voiceId, options);
        },
        synthesize: async ({ text, voice: voiceId, rate, signal }) => {
            (0,progress/* throwIfAborted */.T)(signal);
            if (!(rate > 0) || !Number.isFinite(rate))
                throw new RangeError(`rate must be a positive number, got ${rate}`);
            const voice = (await find(voiceId)) ?? (await source.ensure(voiceId, signal ? { signal } : {}));
            return speakWithSherpa(voice, text, rate, signal);
        },
    };
}
/** Piper (VITS) voices through sherpa-onnx. */
const piperEngine = createSherpaEngine('piper');
/** Kokoro voices through sherpa-onnx. */
const kokoroEngine = createSherpaEngine('kokoro');


/***/ }),

/***/ 58541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ sherpaFailure)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _sherpa_process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67520);
// A sherpa-onnx process that died or refused a voice, as the one error a person sees: TTS_UNAVAILABLE
// naming the voice, what sherpa-onnx said, and how to get a working copy.


/** TTS_UNAVAILABLE for a voice sherpa-onnx could not load or speak with; other errors pass through. */
function sherpaFailure(voice, stage, error) {
    if (!(error instanceof _sherpa_process_js__WEBPACK_IMPORTED_MODULE_1__/* .SherpaProcessDied */ .bT) && !(error instanceof _sherpa_process_js__WEBPACK_IMPORTED_MODULE_1__/* .SherpaRequestFailed */ .wU))
        return error;
    const said = error.stderrTail ? `: ${error.stderrTail.replace(/\s*\n\s*/g, ' | ')}` : '';
    const what = stage === 'load' ? 'could not load' : 'crashed speaking with';
    const reinstall = voice.source === 'catalogue'
        ? `reinstall it: voiceover voices remove ${voice.id} && voiceover voices install ${voice.id}`
        : `bring a working sherpa-onnx ${voice.engine} archive again: voiceover voices install --from FILE`;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VoiceoverError */ .pF('TTS_UNAVAILABLE', {
        detail: `sherpa-onnx ${what} voice "${voice.id}" (${voice.dir}): ${error.message}${said}`,
        hint: `its files are not a working ${voice.engine} model (model, tokens.txt, espeak-ng-data${voice.engine === 'kokoro' ? ', voices.bin' : ''}); ${reinstall}; or choose another voice (voiceover voices)`,
    }, { cause: error });
}


/***/ }),

/***/ 67520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fw: () => (/* binding */ SherpaProcess),
  bT: () => (/* binding */ SherpaProcessDied),
  wU: () => (/* binding */ SherpaRequestFailed)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/tts/sherpa-worker-source.ts
// The code a sherpa-onnx child process runs, as a string: started with `node -e`, it needs no file of its
// own, so the ncc bundle (dist/), lib/ and vitest's TypeScript all run the same thing. Plain CommonJS on
// purpose: nothing here may depend on a build step. A child process, not a worker thread: sherpa-onnx's
// native code exits or crashes the whole process on a bad model (exit 255, SIGSEGV), which must not be ours.
/**
 * Messages (IPC, `serialization: 'advanced'`): `{type:'load', id, addon, config}` loads one model (once per
 * process: espeak-ng is initialised by the first model's data dir) and answers `{type:'loaded', id,
 * sampleRate, numSpeakers, rss}`; `{type:'speak', id, text, sid, speed}` answers `{type:'audio', id, samples,
 * sampleRate, rss}`; a JavaScript error answers `{type:'failed', id, message, rss}`. The process exits when the
 * parent disconnects.
 */
const SHERPA_WORKER_SOURCE = String.raw `
'use strict';
let tts;
function reply(message) {
  if (process.connected) process.send(message);
}
process.on('message', (message) => {
  const { id } = message;
  try {
    if (message.type === 'load') {
      if (tts) throw new Error('this process already holds a model');
      const sherpa = require(message.addon);
      tts = new sherpa.OfflineTts(message.config);
      reply({ type: 'loaded', id, sampleRate: tts.sampleRate, numSpeakers: tts.numSpeakers, rss: process.memoryUsage().rss });
    } else if (message.type === 'speak') {
      if (!tts) throw new Error('no model is loaded');
      const audio = tts.generate({ text: message.text, sid: message.sid, speed: message.speed, enableExternalBuffer: false });
      reply({ type: 'audio', id, samples: new Float32Array(audio.samples), sampleRate: audio.sampleRate, rss: process.memoryUsage().rss });
    }
  } catch (error) {
    reply({ type: 'failed', id, message: error && error.message ? error.message : String(error), rss: process.memoryUsage().rss });
  }
});
process.on('disconnect', () => process.exit(0));
`;

;// CONCATENATED MODULE: ./src/tts/sherpa-process.ts
// One sherpa-onnx child process: holds one model, speaks one line at a time, and when the native code
// kills it (exit 255 on a bad model, SIGSEGV when espeak-ng cannot set the voice) every pending request
// rejects with a SherpaProcessDied carrying the exit code, signal and the end of its stderr.


/** The end of the child's stderr kept for error messages, characters. */
const STDERR_TAIL = 4000;
/** The process died (or could not start) before it answered. */
class SherpaProcessDied extends Error {
    exitCode;
    signal;
    stderrTail;
    constructor(message, exitCode, signal, stderrTail) {
        super(message);
        this.exitCode = exitCode;
        this.signal = signal;
        this.stderrTail = stderrTail;
        this.name = 'SherpaProcessDied';
    }
}
/** sherpa-onnx-node threw a JavaScript error (e.g. "Please check your config!"), with its stderr tail. */
class SherpaRequestFailed extends Error {
    stderrTail;
    rss;
    constructor(message, stderrTail, rss) {
        super(message);
        this.stderrTail = stderrTail;
        this.rss = rss;
        this.name = 'SherpaRequestFailed';
    }
}
/** A child process running SHERPA_WORKER_SOURCE; it keeps the parent alive only while a request is pending. */
class SherpaProcess {
    child;
    pending = new Map();
    nextId = 1;
    stderr = '';
    exited;
    constructor() {
        this.child = (0,external_node_child_process_.spawn)(process.execPath, ['-e', SHERPA_WORKER_SOURCE], {
            stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
            serialization: 'advanced',
            windowsHide: true,
        });
        this.child.stderr?.setEncoding('utf8');
        this.child.stderr?.on('data', (chunk) => {
            this.stderr = (this.stderr + chunk).slice(-STDERR_TAIL);
        });
        this.child.on('message', (message) => {
            const pending = this.pending.get(message.id);
            if (!pending)
                return;
            this.pending.delete(message.id);
            this.updateRef();
            if (message.type === 'failed')
                pending.reject(new SherpaRequestFailed(message.message ?? 'failed', this.stderrTail(), message.rss));
            else
                pending.resolve(message);
        });
        this.child.on('error', (error) => this.die(new SherpaProcessDied(`the sherpa-onnx process failed: ${error.message}`, null, null, this.stderrTail())));
        this.child.on('exit', (code, signal) => {
            // Let the last stderr chunk arrive before the error is built.
            setImmediate(() => {
                const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
                this.die(new SherpaProcessDied(`the sherpa-onnx process ${how}`, code, signal, this.stderrTail()));
            });
        });
        this.updateRef();
    }
    /** Whether the process is still there. */
    get alive() {
        return this.exited === undefined && this.child.exitCode === null && this.child.signalCode === null;
    }
    /** The last lines sherpa-onnx wrote to stderr (its reason for exiting, usually). */
    stderrTail() {
        return this.stderr.trim().split('\n').slice(-6).join('\n');
    }
    /** Load the model (once per process). */
    load(addonDir, config) {
        return this.request({ type: 'load', addon: addonDir, config });
    }
    /** Speak one text with the loaded model; `speed` > 1 is faster (sherpa-onnx sets length_scale = 1 / speed). */
    speak(text, sid, speed) {
        return this.request({ type: 'speak', text, sid, speed });
    }
    /** Kill the process (an abort, an idle timeout); pending requests reject. */
    kill() {
        if (this.alive)
            this.child.kill('SIGKILL');
    }
    request(message) {
        if (this.exited)
            return Promise.reject(this.exited);
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.updateRef();
            this.child.send({ ...message, id }, (error) => {
                if (error && this.pending.delete(id)) {
                    this.updateRef();
                    reject(new SherpaProcessDied(`could not reach the sherpa-onnx process: ${error.message}`, null, null, this.stderrTail()));
                }
            });
        });
    }
    die(error) {
        if (this.exited)
            return;
        this.exited = error;
        for (const pending of this.pending.values())
            pending.reject(error);
        this.pending.clear();
    }
    /** Keep the event loop alive only while a request is pending, so an idle process never holds the CLI open. */
    updateRef() {
        const busy = this.pending.size > 0;
        const handles = [this.child, this.child.channel, this.child.stderr];
        for (const handle of handles) {
            if (busy)
                handle?.ref?.();
            else
                handle?.unref?.();
        }
    }
}


/***/ })

};
