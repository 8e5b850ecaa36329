export const id = 989;
export const ids = [989];
export const modules = {

/***/ 30989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PROOF_TEXT: () => (/* binding */ PROOF_TEXT),
/* harmony export */   proveVoice: () => (/* binding */ proveVoice)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_progress_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34664);
/* harmony import */ var _sherpa_addon_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4241);
/* harmony import */ var _sherpa_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58541);
/* harmony import */ var _sherpa_process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67520);
// Prove a voice before it enters the store: load it and speak one line in a process of its own, which the
// native code may kill (exit 255 on missing metadata or a wrong-sized voices.bin, SIGSEGV when espeak-ng
// cannot set the voice) without taking ours down.





/** The line a voice must speak to be proven. */
const PROOF_TEXT = 'This is a test of the voice.';
/**
 * Load `voice` and speak PROOF_TEXT with it in a fresh child process. Throws TTS_UNAVAILABLE naming the
 * voice when sherpa-onnx refuses or kills the process, when the speaker id is out of range, or when no
 * audio comes back; the signal kills the process.
 */
async function proveVoice(voice, signal) {
    (0,_core_progress_js__WEBPACK_IMPORTED_MODULE_4__/* .throwIfAborted */ .T)(signal);
    const addon = (0,_sherpa_addon_js__WEBPACK_IMPORTED_MODULE_1__/* .locateSherpaAddon */ .wk)();
    if ('missing' in addon) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VoiceoverError */ .pF('TTS_UNAVAILABLE', { detail: `voice "${voice.id}" needs sherpa-onnx: ${addon.missing}`, hint: `install it: ${_sherpa_addon_js__WEBPACK_IMPORTED_MODULE_1__/* .SHERPA_INSTALL_HINT */ .yN}` });
    }
    const process = new _sherpa_process_js__WEBPACK_IMPORTED_MODULE_3__/* .SherpaProcess */ .fw();
    const onAbort = () => process.kill();
    signal?.addEventListener('abort', onAbort, { once: true });
    let stage = 'load';
    try {
        const loaded = await process.load(addon.dir, (0,_sherpa_addon_js__WEBPACK_IMPORTED_MODULE_1__/* .sherpaConfig */ .QL)(voice));
        if (voice.speakerId < 0 || voice.speakerId >= loaded.numSpeakers) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VoiceoverError */ .pF('TTS_UNAVAILABLE', {
                detail: `voice "${voice.id}" is speaker ${voice.speakerId} of ${voice.model}, which has ${loaded.numSpeakers} speaker(s)`,
                hint: 'the archive does not match the catalogue entry: reinstall the voice, or choose another (voiceover voices)',
            });
        }
        stage = 'speak';
        const audio = await process.speak(PROOF_TEXT, voice.speakerId, 1);
        if (audio.samples.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VoiceoverError */ .pF('TTS_UNAVAILABLE', {
                detail: `voice "${voice.id}" loaded but spoke no audio for "${PROOF_TEXT}"`,
                hint: 'check that its tokens.txt and espeak-ng-data belong to the model; or choose another voice (voiceover voices)',
            });
        }
        return { sampleRate: audio.sampleRate, numSpeakers: loaded.numSpeakers, duration_s: audio.samples.length / audio.sampleRate, rss: audio.rss };
    }
    catch (error) {
        (0,_core_progress_js__WEBPACK_IMPORTED_MODULE_4__/* .throwIfAborted */ .T)(signal);
        throw (0,_sherpa_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .sherpaFailure */ .A)(voice, stage, error);
    }
    finally {
        signal?.removeEventListener('abort', onAbort);
        process.kill();
    }
}


/***/ })

};
