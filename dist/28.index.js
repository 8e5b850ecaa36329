export const id = 28;
export const ids = [28];
export const modules = {

/***/ 72647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ELEVENLABS_DEFAULT_MODEL: () => (/* binding */ ELEVENLABS_DEFAULT_MODEL),
  elevenlabsEngine: () => (/* binding */ elevenlabsEngine),
  elevenlabsTextLimit: () => (/* binding */ elevenlabsTextLimit)
});

// EXTERNAL MODULE: ./src/core/progress.ts
var progress = __webpack_require__(34664);
;// CONCATENATED MODULE: ./src/tts/alignment-words.ts
// ElevenLabs' character alignment (a start and end time per character) turned into word times.
const hasWordCharacter = (text) => /[\p{L}\p{N}]/u.test(text);
/** Whether a value has the shape of a character alignment (three arrays of one length). */
function isCharacterAlignment(value) {
    if (!value || typeof value !== 'object')
        return false;
    const a = value;
    const arrays = [a.characters, a.character_start_times_seconds, a.character_end_times_seconds];
    return arrays.every(Array.isArray) && arrays.every((list) => list.length === a.characters.length);
}
/**
 * Words from character times: runs of non-space characters, each from its first character's start to its
 * last one's end, clamped to `duration_s`. A run of punctuation only ("—") joins the word before it.
 */
function alignmentWords(alignment, duration_s) {
    const { characters, character_start_times_seconds: starts, character_end_times_seconds: ends } = alignment;
    const words = [];
    let text = '';
    let start = 0;
    let end = 0;
    const clamp = (t) => Math.min(duration_s, Math.max(0, Number.isFinite(t) ? t : 0));
    const flush = () => {
        if (text === '')
            return;
        const previous = words[words.length - 1];
        if (!hasWordCharacter(text) && previous) {
            previous.text += ` ${text}`;
            previous.end_s = Math.max(previous.end_s, clamp(end));
        }
        else {
            words.push({ text, start_s: clamp(start), end_s: Math.max(clamp(start), clamp(end)) });
        }
        text = '';
    };
    characters.forEach((character, i) => {
        if (/^\s*$/u.test(character))
            return flush();
        if (text === '')
            start = starts[i] ?? 0;
        text += character;
        end = ends[i] ?? start;
    });
    flush();
    return words;
}

// EXTERNAL MODULE: ./src/tts/cloud-request.ts
var cloud_request = __webpack_require__(88104);
// EXTERNAL MODULE: ./src/tts/cloud-service.ts
var cloud_service = __webpack_require__(90074);
// EXTERNAL MODULE: ./src/tts/cloud-parts.ts
var cloud_parts = __webpack_require__(40539);
// EXTERNAL MODULE: ./src/tts/time-stretch.ts
var time_stretch = __webpack_require__(47180);
;// CONCATENATED MODULE: ./src/tts/elevenlabs.ts
// The ElevenLabs engine: POST {ELEVENLABS_BASE_URL}/v1/text-to-speech/{voice_id}/with-timestamps, raw
// 24 kHz PCM and character times back (words for captions). Speed: voice_settings.speed within the
// service's 0.7..1.2, the rest of a rate by time-stretching (Rubber Band), never a resample.






/** The model used when the config names none. */
const ELEVENLABS_DEFAULT_MODEL = 'eleven_multilingual_v2';
/** The raw PCM format asked for (16-bit little-endian mono), and its sample rate. */
const OUTPUT_FORMAT = 'pcm_24000';
const SAMPLE_RATE = 24000;
/** voice_settings.speed's range. */
const SPEED_RANGE = [0.7, 1.2];
const PREFIX = 'elevenlabs:';
/**
 * Longest text per request, by model (ElevenLabs' help centre, "What's the maximum amount of characters…":
 * Multilingual/English v1-v2 10,000; Flash/Turbo v2 30,000; Flash/Turbo v2.5 40,000). Other models: 5,000.
 */
function elevenlabsTextLimit(model) {
    if (/(flash|turbo)_v2_5/.test(model))
        return 40000;
    if (/(flash|turbo)_v2/.test(model))
        return 30000;
    if (/^eleven_(multilingual|monolingual|english)_v[12]$/.test(model))
        return 10000;
    return 5000;
}
/** The voice_settings sent: the config's (stability, similarity_boost, style, use_speaker_boost) and the speed; none when neither is set. */
function voiceSettings(options, speed) {
    const settings = {};
    for (const key of ['stability', 'similarity_boost', 'style', 'use_speaker_boost']) {
        const value = options?.[key];
        if (typeof value === 'number' || typeof value === 'boolean')
            settings[key] = value;
    }
    if (Math.abs(speed - 1) > 1e-6)
        settings.speed = speed;
    return Object.keys(settings).length > 0 ? settings : undefined;
}
async function synthesize(request) {
    const { text, rate, signal } = request;
    (0,progress/* throwIfAborted */.T)(signal);
    const voiceId = request.voice.slice(PREFIX.length);
    if (!voiceId)
        throw new Error(`voice "${request.voice}" names no voice id after "${PREFIX}"`);
    const key = (0,cloud_service/* serviceKey */.jq)(cloud_service/* ELEVENLABS_SERVICE */.Iz, request.voice);
    const url = new URL(`v1/text-to-speech/${encodeURIComponent(voiceId)}/with-timestamps`, (0,cloud_service/* serviceBaseUrl */.Y2)(cloud_service/* ELEVENLABS_SERVICE */.Iz));
    url.searchParams.set('output_format', OUTPUT_FORMAT);
    const model = String(request.options?.model ?? ELEVENLABS_DEFAULT_MODEL);
    const speed = Math.min(SPEED_RANGE[1], Math.max(SPEED_RANGE[0], rate));
    const settings = voiceSettings(request.options, speed);
    const speakPart = async (part) => {
        const body = { text: part, model_id: model, ...(settings ? { voice_settings: settings } : {}) };
        const answer = await (0,cloud_request/* postCloud */.mq)({ service: cloud_service/* ELEVENLABS_SERVICE */.Iz, url, headers: { 'xi-api-key': key }, body, key, signal, characters: part.length });
        return { ...decodeAnswer(answer.body), usage: { characters: part.length, requests: answer.requests } };
    };
    const speech = await (0,cloud_parts/* speakInParts */.eg)(text, elevenlabsTextLimit(model), (0,cloud_service/* serviceLimiter */.UP)(cloud_service/* ELEVENLABS_SERVICE */.Iz), speakPart);
    return Math.abs(rate / speed - 1) > 1e-6 ? { ...(await (0,time_stretch/* timeStretch */.NA)(speech, rate / speed, { signal })), usage: speech.usage } : speech;
}
/** `{audio_base64, alignment | normalized_alignment}` → samples and word times. */
function decodeAnswer(body) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new Error(`the service answered ${body.length} bytes that are not JSON (expected {audio_base64, alignment})`);
    }
    if (typeof parsed.audio_base64 !== 'string')
        throw new Error('the answer has no audio_base64');
    const pcm = Buffer.from(parsed.audio_base64, 'base64');
    const samples = new Float32Array(Math.floor(pcm.length / 2));
    for (let i = 0; i < samples.length; i++)
        samples[i] = pcm.readInt16LE(i * 2) / 32768;
    const alignment = [parsed.alignment, parsed.normalized_alignment].find(isCharacterAlignment);
    const words = alignment ? alignmentWords(alignment, samples.length / SAMPLE_RATE) : undefined;
    return { samples, sampleRate: SAMPLE_RATE, ...(words && words.length > 0 ? { words } : {}) };
}
/** ElevenLabs: voices `elevenlabs:<voice_id>` (any id of the account's voice library). */
const elevenlabsEngine = {
    id: 'elevenlabs',
    cloud: true,
    availability: async () => ({ ok: true }),
    // Voices belong to an account (its library), so none are listed; any id is valid.
    voices: async () => [],
    synthesize,
    ownsVoice: (voiceId) => voiceId.toLowerCase().startsWith(PREFIX) && voiceId.length > PREFIX.length,
    version: async () => `elevenlabs-1 ${OUTPUT_FORMAT} ${(0,cloud_service/* serviceBaseUrl */.Y2)(cloud_service/* ELEVENLABS_SERVICE */.Iz).href}`,
};


/***/ })

};
