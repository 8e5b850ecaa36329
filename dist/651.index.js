export const id = 651;
export const ids = [651];
export const modules = {

/***/ 8651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OPENAI_DEFAULT_MODEL: () => (/* binding */ OPENAI_DEFAULT_MODEL),
/* harmony export */   OPENAI_INPUT_LIMIT: () => (/* binding */ OPENAI_INPUT_LIMIT),
/* harmony export */   openaiEngine: () => (/* binding */ openaiEngine)
/* harmony export */ });
/* harmony import */ var _core_progress_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34664);
/* harmony import */ var _cloud_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88104);
/* harmony import */ var _cloud_service_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90074);
/* harmony import */ var _cloud_parts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40539);
/* harmony import */ var _time_stretch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47180);
/* harmony import */ var _wav_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14435);
// The OpenAI speech engine: POST {OPENAI_BASE_URL}/audio/speech, WAV back. Also any server that speaks
// the same API (Kokoro-FastAPI, LocalAI, openedai-speech): voice names it does not know are passed through.






/** The model used when the config names none. */
const OPENAI_DEFAULT_MODEL = 'gpt-4o-mini-tts';
/** Longest `input` the API takes, characters; longer lines are split at sentences. */
const OPENAI_INPUT_LIMIT = 4096;
/** The `speed` range the API accepts. */
const SPEED_RANGE = [0.25, 4];
const PREFIX = 'openai:';
const BUILT_IN = ['alloy', 'ash', 'ballad', 'cedar', 'coral', 'echo', 'fable', 'marin', 'nova', 'onyx', 'sage', 'shimmer', 'verse'];
/** Languages the voices speak besides English (the API follows the input's language). */
const OTHER_LANGUAGES = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'cs', 'sv', 'da', 'no', 'fi', 'tr', 'el', 'ja', 'zh', 'ko', 'hi', 'ar', 'he', 'id', 'vi', 'th'];
const VOICES = BUILT_IN.map((name) => ({
    id: `${PREFIX}${name}`,
    engine: 'openai',
    language: 'en',
    otherLanguages: OTHER_LANGUAGES,
    description: `OpenAI voice ${name} (cloud: needs ${_cloud_service_js__WEBPACK_IMPORTED_MODULE_1__/* .OPENAI_SERVICE */ .vG.keyVariable})`,
}));
async function synthesize(request) {
    const { text, rate, signal } = request;
    (0,_core_progress_js__WEBPACK_IMPORTED_MODULE_4__/* .throwIfAborted */ .T)(signal);
    const voice = request.voice.slice(PREFIX.length);
    if (!voice)
        throw new Error(`voice "${request.voice}" names no voice after "${PREFIX}"`);
    const key = (0,_cloud_service_js__WEBPACK_IMPORTED_MODULE_1__/* .serviceKey */ .jq)(_cloud_service_js__WEBPACK_IMPORTED_MODULE_1__/* .OPENAI_SERVICE */ .vG, request.voice);
    const url = new URL('audio/speech', (0,_cloud_service_js__WEBPACK_IMPORTED_MODULE_1__/* .serviceBaseUrl */ .Y2)(_cloud_service_js__WEBPACK_IMPORTED_MODULE_1__/* .OPENAI_SERVICE */ .vG));
    const model = String(request.options?.model ?? OPENAI_DEFAULT_MODEL);
    const instructions = request.options?.instructions;
    const speed = Math.min(SPEED_RANGE[1], Math.max(SPEED_RANGE[0], rate));
    const speakPart = async (input) => {
        const body = {
            model, input, voice, response_format: 'wav', speed,
            ...(typeof instructions === 'string' && instructions !== '' ? { instructions } : {}),
        };
        const answer = await (0,_cloud_request_js__WEBPACK_IMPORTED_MODULE_0__/* .postCloud */ .mq)({ service: _cloud_service_js__WEBPACK_IMPORTED_MODULE_1__/* .OPENAI_SERVICE */ .vG, url, headers: { authorization: `Bearer ${key}` }, body, key, signal, characters: input.length });
        return { ...decodeAnswer(answer.body, answer.contentType), usage: { characters: input.length, requests: answer.requests } };
    };
    const speech = await (0,_cloud_parts_js__WEBPACK_IMPORTED_MODULE_2__/* .speakInParts */ .eg)(text, OPENAI_INPUT_LIMIT, (0,_cloud_service_js__WEBPACK_IMPORTED_MODULE_1__/* .serviceLimiter */ .UP)(_cloud_service_js__WEBPACK_IMPORTED_MODULE_1__/* .OPENAI_SERVICE */ .vG), speakPart);
    // Only outside the API's range (never within max_stretch's 1..2): the rest of the rate by time-stretching.
    return Math.abs(rate / speed - 1) > 1e-6 ? { ...(await (0,_time_stretch_js__WEBPACK_IMPORTED_MODULE_3__/* .timeStretch */ .NA)(speech, rate / speed, { signal })), usage: speech.usage } : speech;
}
/** The WAV the server sent, as mono samples; an answer that is not WAV says what it was. */
function decodeAnswer(body, contentType) {
    if (body.subarray(0, 4).toString('latin1') !== 'RIFF') {
        throw new Error(`the server answered ${contentType || 'something'} (${body.length} bytes), not the WAV audio asked for (response_format: wav)`);
    }
    return (0,_wav_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeWav */ .h)(body);
}
/** OpenAI speech (or a compatible server at OPENAI_BASE_URL): voices `openai:<name>`, any name. */
const openaiEngine = {
    id: 'openai',
    cloud: true,
    // Always runs (it is an HTTP client); a missing key fails the line with TTS_KEY_MISSING.
    availability: async () => ({ ok: true }),
    voices: async () => VOICES.map((voice) => ({ ...voice })),
    synthesize,
    ownsVoice: (voiceId) => voiceId.toLowerCase().startsWith(PREFIX) && voiceId.length > PREFIX.length,
    // Another server (OPENAI_BASE_URL) speaks the same voice name differently: never share its clips.
    version: async () => `openai-1 ${(0,_cloud_service_js__WEBPACK_IMPORTED_MODULE_1__/* .serviceBaseUrl */ .Y2)(_cloud_service_js__WEBPACK_IMPORTED_MODULE_1__/* .OPENAI_SERVICE */ .vG).href}`,
};


/***/ })

};
