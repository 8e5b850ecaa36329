export const id = 46;
export const ids = [46];
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

/***/ 4282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
// How long an HTTP 429/503 answer asks to wait (RFC 9110 §10.2.3), for every client that retries.
/** Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!text)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text);
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, (at - now) / 1000);
}


/***/ }),

/***/ 58198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony export SECRET_ENV_VARS */
// Keep known secret values (API keys, tokens) out of text a person or a file will see.
/** Environment variables whose values are secrets (cloud voice keys, the NemoVideo token). */
const SECRET_ENV_VARS = ['OPENAI_API_KEY', 'ELEVENLABS_API_KEY', 'NEMO_TOKEN'];
/** The secret values set in an environment (long enough to be worth hiding). */
function secretValues(env = process.env) {
    return SECRET_ENV_VARS.map((name) => env[name]?.trim() ?? '').filter((value) => value.length >= 4);
}
/** Replace every occurrence of each secret, and any `Bearer …` header value, with `***`. */
function redactSecrets(text, secrets = secretValues()) {
    let out = text.replace(/Bearer\s+[\w.~+/=-]+/gi, 'Bearer ***');
    for (const secret of secrets)
        if (secret && secret.length >= 4)
            out = out.split(secret).join('***');
    return out;
}


/***/ }),

/***/ 50020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ ffmpegCapabilities)
/* harmony export */ });
/* unused harmony exports parseFilterList, parseEncoderList */
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84072);
// What an ffmpeg build can do: its version, filters and encoders (builds differ: see DESIGN.md).

/** Names from `ffmpeg -filters` (lines like " T.C adelay  A->A  Delay…"). */
function parseFilterList(text) {
    const names = new Set();
    for (const line of text.split('\n')) {
        const match = /^\s*[A-Z.|]{2,3}\s+([A-Za-z0-9_]+)\s+\S*->\S*\s/.exec(line);
        if (match?.[1])
            names.add(match[1]);
    }
    return names;
}
/** Names from `ffmpeg -encoders` (lines like " V....D libx264  libx264 H.264…"). */
function parseEncoderList(text) {
    const names = new Set();
    for (const line of text.split('\n')) {
        const match = /^\s*[VAS][A-Z.]{5}\s+([A-Za-z0-9_-]+)\s/.exec(line);
        if (match?.[1])
            names.add(match[1]);
    }
    return names;
}
const memo = new Map();
async function probeCapabilities(ffmpegPath) {
    const [version, filters, encoders] = await Promise.all([
        (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runFfmpeg */ .L)(['-version'], { binary: ffmpegPath }),
        (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runFfmpeg */ .L)(['-filters'], { binary: ffmpegPath }),
        (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runFfmpeg */ .L)(['-encoders'], { binary: ffmpegPath }),
    ]);
    return {
        version: /version\s+(\S+)/.exec(version.stdout)?.[1] ?? 'unknown',
        filters: parseFilterList(filters.stdout),
        encoders: parseEncoderList(encoders.stdout),
    };
}
/** The version, filters and encoders of an ffmpeg binary; memoised per path. */
function ffmpegCapabilities(ffmpegPath) {
    let pending = memo.get(ffmpegPath);
    if (!pending) {
        pending = probeCapabilities(ffmpegPath);
        pending.catch(() => memo.delete(ffmpegPath));
        memo.set(ffmpegPath, pending);
    }
    return pending;
}


/***/ }),

/***/ 40539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eg: () => (/* binding */ speakInParts)
/* harmony export */ });
/* unused harmony exports PART_GAP_S, joinSpeech */
/* harmony import */ var _cloud_service_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90074);
// A line over a service's length limit: spoken part by part (sentences packed under the limit, at
// most the service's limiter's requests at once), then joined with a short pause, word times moved along.

/** Pause laid between two parts of one line, seconds (about a sentence break). */
const PART_GAP_S = 0.2;
/** Speak `text` in parts of at most `limit` characters through `limiter`, and join them into one Speech with summed usage. */
async function speakInParts(text, limit, limiter, speakPart) {
    const parts = (0,_cloud_service_js__WEBPACK_IMPORTED_MODULE_0__/* .splitForLimit */ .Bo)(text, limit);
    const spoken = await Promise.all(parts.map((part) => limiter(() => speakPart(part))));
    return joinSpeech(spoken);
}
/** Clips one after another (the first one's sample rate; all must share it), a PART_GAP_S pause between them. */
function joinSpeech(parts) {
    const [first] = parts;
    if (!first)
        throw new Error('no speech to join');
    if (parts.length === 1)
        return first;
    const sampleRate = first.sampleRate;
    if (parts.some((part) => part.sampleRate !== sampleRate))
        throw new Error('the parts of a line came back at different sample rates');
    const gap = Math.round(PART_GAP_S * sampleRate);
    const total = parts.reduce((sum, part) => sum + part.samples.length, 0) + gap * (parts.length - 1);
    const samples = new Float32Array(total);
    const words = [];
    let offset = 0;
    let measured = true;
    let characters = 0;
    let requests = 0;
    for (const part of parts) {
        samples.set(part.samples, offset);
        const at = offset / sampleRate;
        if (part.words)
            words.push(...part.words.map((w) => ({ ...w, start_s: w.start_s + at, end_s: w.end_s + at })));
        else
            measured = false;
        characters += part.usage?.characters ?? 0;
        requests += part.usage?.requests ?? 0;
        offset += part.samples.length + gap;
    }
    return { samples, sampleRate, ...(measured ? { words } : {}), usage: { characters, requests } };
}


/***/ }),

/***/ 88104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mq: () => (/* binding */ postCloud)
/* harmony export */ });
/* unused harmony exports MAX_TRIES, MAX_RETRY_AFTER_S, DEFAULT_TIMEOUT_S, requestTimeoutMs, providerMessage */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_retry_after_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4282);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58198);
// One HTTP request to a cloud speech service: a time-out per request, bounded retries (429 honouring
// Retry-After, 5xx, network errors) with backoff, and errors that name the key's variable but never hold the key.



/** Tries per request (the first and three retries). */
const MAX_TRIES = 4;
/** Longest Retry-After honoured, seconds; a service asking for more fails the line at once. */
const MAX_RETRY_AFTER_S = 60;
/** Default time-out of one request, seconds (VOICEOVER_TTS_TIMEOUT_S overrides it); a long text gets more. */
const DEFAULT_TIMEOUT_S = 60;
/** Seconds of default time-out per character of text, so a 4096-character request may take about two minutes. */
const TIMEOUT_S_PER_CHARACTER = 0.03;
/** The time-out of one request, milliseconds: VOICEOVER_TTS_TIMEOUT_S, else 60 s or 0.03 s a character if more. */
function requestTimeoutMs(characters = 0, env = process.env) {
    const seconds = Number(env.VOICEOVER_TTS_TIMEOUT_S);
    // Whole milliseconds: AbortSignal.timeout takes an integer.
    if (Number.isFinite(seconds) && seconds > 0)
        return Math.round(seconds * 1000);
    return Math.round(Math.max(DEFAULT_TIMEOUT_S, characters * TIMEOUT_S_PER_CHARACTER) * 1000);
}
/** The service's own words from an error body: `error.message` (OpenAI), `detail.message` / `detail` (ElevenLabs, FastAPI servers). */
function providerMessage(body) {
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        return body.trim().slice(0, 300);
    }
    const pick = (value) => {
        if (typeof value === 'string')
            return value;
        if (Array.isArray(value))
            return value.map(pick).filter(Boolean).join('; ') || undefined;
        if (value && typeof value === 'object') {
            const o = value;
            return pick(o.message) ?? pick(o.msg) ?? pick(o.error) ?? pick(o.detail);
        }
        return undefined;
    };
    return (pick(parsed) ?? body.trim()).slice(0, 300);
}
/** A failure worth another try; `final` is thrown when the tries run out. */
class RetryableFailure extends Error {
    final;
    retryAfterMs;
    constructor(final, retryAfterMs) {
        super('retryable');
        this.final = final;
        this.retryAfterMs = retryAfterMs;
    }
}
/** POST the call's JSON, retrying what may pass; throws TTS_AUTH, TTS_RATE_LIMITED, TTS_REQUEST or TTS_SERVICE. */
async function postCloud(call) {
    // Loaded on use: every command loads the engines to list their voices, and undici + p-retry cost ~0.25 s of each start.
    const [{ default: pRetry, AbortError: StopRetrying }, { request }] = await Promise.all([__webpack_require__.e(/* import() */ 995).then(__webpack_require__.bind(__webpack_require__, 74995)), __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19))]);
    const { service, signal } = call;
    const clean = (text) => (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(text, [call.key]);
    const params = { service: service.name, engine: service.engine, variable: service.keyVariable, input: service.keyInput, url: call.url.origin };
    const timeoutMs = call.timeoutMs ?? requestTimeoutMs(call.characters);
    let requests = 0;
    const attempt = async () => {
        requests++;
        const timeout = AbortSignal.timeout(timeoutMs);
        let status;
        let headers;
        let body;
        try {
            const answer = await request(call.url, {
                method: 'POST',
                headers: { 'content-type': 'application/json', ...call.headers },
                body: JSON.stringify(call.body),
                signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
            });
            status = answer.statusCode;
            headers = answer.headers;
            body = Buffer.from(await answer.body.arrayBuffer());
        }
        catch (error) {
            if (signal?.aborted)
                throw new StopRetrying(abortError(signal));
            if (timeout.aborted) {
                // Not retried: the service may still be speaking (and billing) the text.
                throw new StopRetrying(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VoiceoverError */ .pF('TTS_SERVICE', { ...params, tries: requests, detail: `no answer within ${timeoutMs / 1000} s` }));
            }
            // Only the error's own words: undici errors may carry the request (and its headers) as properties.
            const detail = clean(error instanceof Error ? `${error.message}${codeOf(error)}` : String(error));
            throw new RetryableFailure((tries) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VoiceoverError */ .pF('TTS_SERVICE', { ...params, tries, detail }));
        }
        if (status >= 200 && status < 300)
            return { body, contentType: String(headers['content-type'] ?? ''), requests };
        const detail = clean(providerMessage(body.toString('utf8')) || `HTTP ${status}`);
        if (/quota|insufficient/i.test(detail) && (status === 401 || status === 429)) {
            throw new StopRetrying(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VoiceoverError */ .pF('TTS_REQUEST', { ...params, status, detail }));
        }
        if (status === 401 || status === 403)
            throw new StopRetrying(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VoiceoverError */ .pF('TTS_AUTH', { ...params, status, detail }));
        if (status === 429) {
            const wait = (0,_core_retry_after_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRetryAfter */ .m)(headers['retry-after']);
            if (wait !== undefined && wait > MAX_RETRY_AFTER_S) {
                throw new StopRetrying(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VoiceoverError */ .pF('TTS_RATE_LIMITED', { ...params, tries: requests, detail: `${detail} (asked to wait ${Math.round(wait)} s)` }));
            }
            throw new RetryableFailure((tries) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VoiceoverError */ .pF('TTS_RATE_LIMITED', { ...params, tries, detail }), wait === undefined ? undefined : wait * 1000);
        }
        if (status >= 500)
            throw new RetryableFailure((tries) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VoiceoverError */ .pF('TTS_SERVICE', { ...params, tries, detail: `HTTP ${status}: ${detail}` }));
        throw new StopRetrying(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VoiceoverError */ .pF('TTS_REQUEST', { ...params, status, detail }));
    };
    try {
        return await pRetry(attempt, {
            retries: MAX_TRIES - 1,
            factor: 2,
            minTimeout: 400,
            maxTimeout: 8000,
            randomize: true,
            ...(signal ? { signal } : {}),
            // A Retry-After is waited for in full before the backoff's own (short) delay.
            shouldRetry: async ({ error }) => {
                if (!(error instanceof RetryableFailure))
                    return false;
                if (error.retryAfterMs)
                    await sleep(error.retryAfterMs, signal);
                return true;
            },
        });
    }
    catch (error) {
        if (error instanceof RetryableFailure)
            throw error.final(requests);
        if (signal?.aborted)
            throw abortError(signal);
        throw error;
    }
}
function codeOf(error) {
    const code = error.code ?? error.cause?.code;
    return typeof code === 'string' ? ` (${code})` : '';
}
function abortError(signal) {
    const reason = signal.reason;
    if (reason instanceof Error)
        return reason;
    return Object.assign(new Error('The operation was aborted'), { name: 'AbortError' });
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject(abortError(signal));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}


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

/***/ 47180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NA: () => (/* binding */ timeStretch)
/* harmony export */ });
/* unused harmony exports stretchFilter, stretchChain */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _media_capabilities_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50020);
/* harmony import */ var _media_locate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85864);
/* harmony import */ var _media_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84072);
/* harmony import */ var _temp_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15453);
/* harmony import */ var _wav_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14435);
// Speed a clip up (or slow it down) without changing its pitch: ffmpeg's rubberband filter when the
// build has it (Rubber Band: Debian's ffmpeg), else atempo (WSOLA); never a resample. Word times follow.







/** Which filter stretches: `rubberband` (the better one) when the ffmpeg build has it, else `atempo`. */
async function stretchFilter(ffmpegPath = (0,_media_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveFfmpeg */ .w)().ffmpeg) {
    return (await (0,_media_capabilities_js__WEBPACK_IMPORTED_MODULE_2__/* .ffmpegCapabilities */ .Es)(ffmpegPath)).filters.has('rubberband') ? 'rubberband' : 'atempo';
}
/** The filter chain playing audio `factor` times as fast (atempo takes 0.5..100 a stage, so slow factors chain). */
function stretchChain(filter, factor) {
    if (filter === 'rubberband')
        return `rubberband=tempo=${factor.toFixed(6)}:pitchq=quality:window=standard`;
    const stages = [];
    let rest = factor;
    while (rest < 0.5) {
        stages.push('atempo=0.5');
        rest /= 0.5;
    }
    stages.push(`atempo=${rest.toFixed(6)}`);
    return stages.join(',');
}
/** `speech` played `factor` times as fast (1.2: 20 % shorter), same pitch and sample rate; word times divided by the factor. */
async function timeStretch(speech, factor, options = {}) {
    if (!(factor > 0) || !Number.isFinite(factor))
        throw new RangeError(`stretch factor must be a positive number, got ${factor}`);
    if (Math.abs(factor - 1) < 1e-6)
        return speech;
    const filter = options.filter ?? (await stretchFilter());
    const stretched = await (0,_temp_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .withTempDir */ .E)('voiceover-stretch-', async (dir) => {
        const input = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'in.wav');
        const output = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'out.wav');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(input, (0,_wav_js__WEBPACK_IMPORTED_MODULE_6__/* .encodeWav */ .H)(speech));
        await (0,_media_run_js__WEBPACK_IMPORTED_MODULE_4__/* .runFfmpeg */ .L)(['-i', input, '-af', stretchChain(filter, factor), '-ar', String(speech.sampleRate), '-ac', '1', '-c:a', 'pcm_f32le', '-y', output], { ...(options.signal ? { signal: options.signal } : {}) });
        return (0,_wav_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeWav */ .h)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(output));
    });
    const duration = stretched.samples.length / stretched.sampleRate;
    const words = speech.words?.map((word) => ({
        ...word,
        start_s: Math.min(duration, word.start_s / factor),
        end_s: Math.min(duration, word.end_s / factor),
    }));
    return { ...speech, samples: stretched.samples, sampleRate: stretched.sampleRate, ...(words ? { words } : {}) };
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
