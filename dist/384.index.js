export const id = 384;
export const ids = [384];
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

/***/ 45384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ESPEAK_MISSING: () => (/* binding */ ESPEAK_MISSING),
  createEspeakEngine: () => (/* binding */ createEspeakEngine),
  espeakEngine: () => (/* binding */ espeakEngine)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(40713);
// EXTERNAL MODULE: ./src/core/progress.ts
var progress = __webpack_require__(74973);
// EXTERNAL MODULE: ./src/tts/language.ts
var language = __webpack_require__(75216);
;// CONCATENATED MODULE: ./src/tts/espeak-voices.ts
// Parse `espeak-ng --voices` into Voice entries with ids `espeak:<language>` (never clash with flite's bare names).

/** Prefix of every espeak-ng voice id: `espeak:en-us`, `espeak:de`, `espeak:fr-fr`. */
const ESPEAK_VOICE_PREFIX = 'espeak:';
/** The espeak-ng language code inside a voice id (`espeak:en-us` → `en-us`), or undefined for other ids. */
function espeakLanguageOf(voiceId) {
    if (!voiceId.toLowerCase().startsWith(ESPEAK_VOICE_PREFIX))
        return undefined;
    const code = voiceId.slice(ESPEAK_VOICE_PREFIX.length).toLowerCase();
    return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(code) ? code : undefined;
}
/**
 * Voices from the table `espeak-ng --voices` prints:
 * ` 2  en-us   --/M   English_(America)   gmw/en-US   (en 3)`, one id per language code (first row wins).
 */
function parseEspeakVoices(table) {
    const voices = [];
    const seen = new Set();
    for (const line of table.split('\n')) {
        const match = /^\s*\d+\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s*(.*)$/.exec(line);
        if (!match)
            continue; // the header and blank lines
        const [, code = '', ageGender = '', name = '', , rest = ''] = match;
        const id = ESPEAK_VOICE_PREFIX + code.toLowerCase();
        if (seen.has(id))
            continue;
        seen.add(id);
        const gender = ageGender.endsWith('/F') ? 'female' : ageGender.endsWith('/M') ? 'male' : '';
        const otherLanguages = [...rest.matchAll(/\(([A-Za-z0-9-]+)\s+\d+\)/g)].map((m) => (0,language/* normaliseLanguage */.V1)(m[1] ?? ''));
        voices.push({
            id,
            engine: 'espeak-ng',
            language: (0,language/* normaliseLanguage */.V1)(code),
            description: `${name.replace(/_/g, ' ')} (espeak-ng${gender ? `, ${gender}` : ''})`,
            ...(otherLanguages.length > 0 ? { otherLanguages } : {}),
        });
    }
    return voices;
}

;// CONCATENATED MODULE: ./src/tts/find-program.ts
// Look a program up on PATH (what `which` does), without running anything.


/** Absolute path of `name` on the search path, or undefined when it is not there. */
async function findProgram(name, env = process.env) {
    const extensions = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
    const folders = (0,external_node_path_.isAbsolute)(name) ? [''] : (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean);
    for (const folder of folders) {
        for (const extension of extensions) {
            const candidate = folder ? (0,external_node_path_.join)(folder, name + extension) : name + extension;
            if (await isExecutableFile(candidate))
                return candidate;
        }
    }
    return undefined;
}
async function isExecutableFile(file) {
    try {
        if (!(await (0,promises_.stat)(file)).isFile())
            return false;
        await (0,promises_.access)(file, promises_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/tts/temp-dir.ts
var temp_dir = __webpack_require__(97794);
// EXTERNAL MODULE: ./src/tts/wav.ts
var wav = __webpack_require__(68550);
;// CONCATENATED MODULE: ./src/tts/espeak.ts
// espeak-ng, when the system has it: 100+ languages, robotic but intelligible; run as a subprocess.










const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** What to tell a person when espeak-ng is missing. */
const ESPEAK_MISSING = {
    reason: 'espeak-ng is not installed',
    install: 'apt-get install espeak-ng (Debian/Ubuntu), brew install espeak-ng (macOS)',
};
/** espeak-ng's default speed, words per minute (rate 1). */
const BASE_WPM = 175;
/** An espeak-ng engine; the program is looked up once, on first use. */
function createEspeakEngine(options = {}) {
    let program;
    let voices;
    let version;
    const locate = () => (program ??= options.program ? Promise.resolve(options.program) : findProgram('espeak-ng', options.env));
    const required = async () => {
        const found = await locate();
        if (!found)
            throw new errors/* VoiceoverError */.pF('TTS_UNAVAILABLE', { detail: ESPEAK_MISSING.reason, hint: `install it: ${ESPEAK_MISSING.install}` });
        return found;
    };
    async function availability() {
        return (await locate()) ? { ok: true } : { ok: false, ...ESPEAK_MISSING };
    }
    async function listVoices() {
        const found = await locate();
        if (!found)
            return [];
        voices ??= run(found, ['--voices'], { encoding: 'utf8' }).then(({ stdout }) => parseEspeakVoices(stdout), (error) => {
            voices = undefined;
            throw error;
        });
        return (await voices).map((voice) => ({ ...voice }));
    }
    async function synthesize(request) {
        const { text, voice, rate, signal } = request;
        (0,progress/* throwIfAborted */.T)(signal);
        const language = espeakLanguageOf(voice);
        if (!language)
            throw new Error(`"${voice}" is not an espeak-ng voice id (they look like espeak:en-us)`);
        if (!(rate > 0) || !Number.isFinite(rate))
            throw new RangeError(`rate must be a positive number, got ${rate}`);
        const found = await required();
        const wpm = Math.min(450, Math.max(80, Math.round(BASE_WPM * rate)));
        return (0,temp_dir/* withTempDir */.E)('voiceover-espeak-', async (dir) => {
            const input = (0,external_node_path_.join)(dir, 'in.txt');
            const output = (0,external_node_path_.join)(dir, 'out.wav');
            await (0,promises_.writeFile)(input, text, 'utf8');
            try {
                await run(found, ['-v', language, '-s', String(wpm), '-b', '1', '-f', input, '-w', output], {
                    encoding: 'utf8',
                    ...(signal ? { signal } : {}),
                });
            }
            catch (error) {
                (0,progress/* throwIfAborted */.T)(signal);
                const stderr = error.stderr;
                const detail = typeof stderr === 'string' && stderr.trim() ? stderr.trim() : error.message;
                throw new Error(`espeak-ng failed: ${detail}`, { cause: error });
            }
            return (0,wav/* decodeWav */.h)(await (0,promises_.readFile)(output));
        });
    }
    return {
        id: 'espeak-ng',
        availability,
        voices: listVoices,
        synthesize,
        ownsVoice: (voiceId) => espeakLanguageOf(voiceId) !== undefined,
        version: () => (version ??= required()
            .then((found) => run(found, ['--version'], { encoding: 'utf8' }))
            .then(({ stdout }) => `espeak-ng@${/\d+(\.\d+)+/.exec(stdout)?.[0] ?? stdout.trim()}`)),
    };
}
/** espeak-ng found on PATH (voice ids `espeak:<language>`). */
const espeakEngine = createEspeakEngine();


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
