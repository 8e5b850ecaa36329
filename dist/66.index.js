export const id = 66;
export const ids = [66];
export const modules = {

/***/ 35066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CATALOGUE_VERSION: () => (/* binding */ CATALOGUE_VERSION),
  catalogueEntries: () => (/* binding */ catalogueEntries),
  catalogueVoiceIds: () => (/* binding */ catalogueVoiceIds),
  cataloguedVoices: () => (/* binding */ cataloguedVoices),
  espeakDataArchive: () => (/* binding */ espeakDataArchive),
  findCatalogueEntryByFile: () => (/* binding */ findCatalogueEntryByFile),
  findCatalogueVoice: () => (/* binding */ findCatalogueVoice),
  kokoroSpeakerGender: () => (/* binding */ kokoroSpeakerGender),
  kokoroSpeakerLanguage: () => (/* binding */ kokoroSpeakerLanguage),
  urlFileName: () => (/* binding */ urlFileName),
  voiceIdsOf: () => (/* binding */ voiceIdsOf)
});

;// CONCATENATED MODULE: ./src/tts/voice-catalogue.json
const voice_catalogue_namespaceObject = /*#__PURE__*/JSON.parse('{"version":"2026-12-02","espeakData":{"url":"https://github.com/k2-fsa/sherpa-onnx/releases/download/tts-models/espeak-ng-data.tar.bz2","checksum":{"source":"tofu"},"licence":"GPL-3.0-or-later (espeak-ng)","description":"espeak-ng\'s data folder as sherpa-onnx publishes it: raw Piper voices (piper-onnx) ship none, so it is fetched once into <store>/.espeak-ng-data when neither VOICEOVER_ESPEAK_DATA, an installed sherpa archive nor the system has one","checksumNote":"sherpa-onnx\'s release assets state no checksum or size: recorded at first install (trust on first use)"},"entries":[{"id":"piper:en_US-amy-medium","engine":"piper","language":"en-US","languages":["en-US"],"gender":"female","quality":"medium","url":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_US/amy/medium/en_US-amy-medium.onnx","format":"piper-onnx","licence":"see model card","sampleRate":22050,"description":"Amy, US English, female","modelCard":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_US/amy/medium/MODEL_CARD","checksumNote":"rhasspy/piper-voices voices.json (size_bytes, md5_digest)","size":63201294,"checksum":{"md5":"778d28aeb95fcdf8a882344d9df142fc","source":"published"},"config":{"size":4882,"md5":"7f37dadb26340c90ebc8088e0b252310"}},{"id":"piper:en_US-hfc_female-medium","engine":"piper","language":"en-US","languages":["en-US"],"gender":"female","quality":"medium","url":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_US/hfc_female/medium/en_US-hfc_female-medium.onnx","format":"piper-onnx","licence":"see model card","sampleRate":22050,"description":"Hi-Fi TTS female speaker, US English","modelCard":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_US/hfc_female/medium/MODEL_CARD","checksumNote":"rhasspy/piper-voices voices.json (size_bytes, md5_digest)","size":63201294,"checksum":{"md5":"7abec91f1d6e19e913fbc4a333f62787","source":"published"},"config":{"size":5033,"md5":"c3d00f54dac3b4068f2576c15c5da3bc"}},{"id":"piper:en_US-lessac-medium","engine":"piper","language":"en-US","languages":["en-US"],"gender":"female","quality":"medium","url":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_US/lessac/medium/en_US-lessac-medium.onnx","format":"piper-onnx","licence":"Blizzard 2013 Lessac data licence (non-commercial; see model card)","sampleRate":22050,"description":"Lessac, US English, female, clear read speech","modelCard":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_US/lessac/medium/MODEL_CARD","checksumNote":"rhasspy/piper-voices voices.json (size_bytes, md5_digest)","size":63201294,"checksum":{"md5":"2fc642b535197b6305c7c8f92dc8b24f","source":"published"},"config":{"size":4885,"md5":"c1f2b7bddefe113f3255ff9ef234cfd3"}},{"id":"piper:en_US-ryan-medium","engine":"piper","language":"en-US","languages":["en-US"],"gender":"male","quality":"medium","url":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_US/ryan/medium/en_US-ryan-medium.onnx","format":"piper-onnx","licence":"see model card","sampleRate":22050,"description":"Ryan, US English, male","modelCard":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_US/ryan/medium/MODEL_CARD","checksumNote":"Hugging Face LFS sha256 of the model (repository tree API); the .onnx.json by its git blob sha1 and size; the model\'s size is not stated, so it is recorded at first install","checksum":{"sha256":"abf4c274862564ed647ba0d2c47f8ee7c9b717d27bdad9219100eb310db4047a","source":"published"},"config":{"size":4883,"gitSha1":"90e07066093f756cf2e0d7b973cbf176b586dddf"}},{"id":"piper:en_GB-alba-medium","engine":"piper","language":"en-GB","languages":["en-GB"],"gender":"female","quality":"medium","url":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_GB/alba/medium/en_GB-alba-medium.onnx","format":"piper-onnx","licence":"see model card","sampleRate":22050,"description":"Alba, British English (Scottish), female","modelCard":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_GB/alba/medium/MODEL_CARD","checksumNote":"Hugging Face LFS sha256 of the model (repository tree API); the .onnx.json by its git blob sha1 and size; the model\'s size is not stated, so it is recorded at first install","checksum":{"sha256":"401369c4a81d09fdd86c32c5c864440811dbdcc66466cde2d64f7133a66ad03b","source":"published"},"config":{"size":4888,"gitSha1":"c0969252c640fd7c2765baa62936a1106ca856d7"}},{"id":"piper:en_GB-alan-medium","engine":"piper","language":"en-GB","languages":["en-GB"],"gender":"male","quality":"medium","url":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_GB/alan/medium/en_GB-alan-medium.onnx","format":"piper-onnx","licence":"see model card","sampleRate":22050,"description":"Alan, British English, male","modelCard":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_GB/alan/medium/MODEL_CARD","checksumNote":"Hugging Face LFS sha256 of the model (repository tree API); the .onnx.json by its git blob sha1 and size; the model\'s size is not stated, so it is recorded at first install","checksum":{"sha256":"0a309668932205e762801f1efc2736cd4b0120329622adf62be09e56339d3330","source":"published"},"config":{"size":4888,"gitSha1":"31f864659bfb7678af373cf4e58a7a0866ff52af"}},{"id":"piper:en_US-lessac-high","engine":"piper","language":"en-US","languages":["en-US"],"gender":"female","quality":"high","url":"https://github.com/k2-fsa/sherpa-onnx/releases/download/tts-models/vits-piper-en_US-lessac-high.tar.bz2","format":"sherpa-tar-bz2","checksum":{"source":"tofu"},"licence":"Blizzard 2013 Lessac data licence (non-commercial; see model card)","sampleRate":22050,"description":"Lessac, US English, female, high quality","modelCard":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_US/lessac/high/MODEL_CARD","checksumNote":"sherpa-onnx\'s release assets state no checksum or size: both are recorded at first install (trust on first use)"},{"id":"piper:de_DE-thorsten-medium","engine":"piper","language":"de-DE","languages":["de-DE"],"gender":"male","quality":"medium","url":"https://github.com/k2-fsa/sherpa-onnx/releases/download/tts-models/vits-piper-de_DE-thorsten-medium.tar.bz2","format":"sherpa-tar-bz2","checksum":{"source":"tofu"},"licence":"CC0-1.0 (Thorsten voice dataset)","sampleRate":22050,"description":"Thorsten, German, male","modelCard":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/de/de_DE/thorsten/medium/MODEL_CARD","checksumNote":"sherpa-onnx\'s release assets state no checksum or size: both are recorded at first install (trust on first use)"},{"id":"piper:fr_FR-siwis-medium","engine":"piper","language":"fr-FR","languages":["fr-FR"],"gender":"female","quality":"medium","url":"https://github.com/k2-fsa/sherpa-onnx/releases/download/tts-models/vits-piper-fr_FR-siwis-medium.tar.bz2","format":"sherpa-tar-bz2","checksum":{"source":"tofu"},"licence":"CC-BY-4.0 (SIWIS dataset; see model card)","sampleRate":22050,"description":"SIWIS, French, female","modelCard":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/fr/fr_FR/siwis/medium/MODEL_CARD","checksumNote":"sherpa-onnx\'s release assets state no checksum or size: both are recorded at first install (trust on first use)"},{"id":"piper:fr_FR-upmc-medium","engine":"piper","language":"fr-FR","languages":["fr-FR"],"gender":"mixed","quality":"medium","url":"https://github.com/k2-fsa/sherpa-onnx/releases/download/tts-models/vits-piper-fr_FR-upmc-medium.tar.bz2","format":"sherpa-tar-bz2","checksum":{"source":"tofu"},"licence":"see model card","sampleRate":22050,"description":"UPMC, French, two speakers (jessica, pierre)","modelCard":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/fr/fr_FR/upmc/medium/MODEL_CARD","checksumNote":"sherpa-onnx\'s release assets state no checksum or size: both are recorded at first install (trust on first use)","speakers":["jessica","pierre"]},{"id":"piper:es_ES-davefx-medium","engine":"piper","language":"es-ES","languages":["es-ES"],"gender":"male","quality":"medium","url":"https://github.com/k2-fsa/sherpa-onnx/releases/download/tts-models/vits-piper-es_ES-davefx-medium.tar.bz2","format":"sherpa-tar-bz2","checksum":{"source":"tofu"},"licence":"see model card","sampleRate":22050,"description":"DaveFX, Spanish (Spain), male","modelCard":"https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/es/es_ES/davefx/medium/MODEL_CARD","checksumNote":"sherpa-onnx\'s release assets state no checksum or size: both are recorded at first install (trust on first use)"},{"id":"kokoro:kokoro-multi-lang-v1_0","engine":"kokoro","language":"en-US","languages":["en-US","en-GB","es","fr","hi","it","ja","pt-BR","zh"],"gender":"mixed","quality":"high","url":"https://github.com/k2-fsa/sherpa-onnx/releases/download/tts-models/kokoro-multi-lang-v1_0.tar.bz2","format":"sherpa-tar-bz2","checksum":{"source":"tofu"},"licence":"Apache-2.0","sampleRate":24000,"speakers":["af_alloy","af_aoede","af_bella","af_heart","af_jessica","af_kore","af_nicole","af_nova","af_river","af_sarah","af_sky","am_adam","am_echo","am_eric","am_fenrir","am_liam","am_michael","am_onyx","am_puck","am_santa","bf_alice","bf_emma","bf_isabella","bf_lily","bm_daniel","bm_fable","bm_george","bm_lewis","ef_dora","em_alex","ff_siwis","hf_alpha","hf_beta","hm_omega","hm_psi","if_sara","im_nicola","jf_alpha","jf_gongitsune","jf_nezumi","jf_tebukuro","jm_kumo","pf_dora","pm_alex","pm_santa","zf_xiaobei","zf_xiaoni","zf_xiaoxiao","zf_xiaoyi","zm_yunjian","zm_yunxi","zm_yunxia","zm_yunyang","em_santa"],"description":"Kokoro 82M v1.0 (sherpa-onnx export), 54 speakers: kokoro:af_heart, kokoro:am_michael, kokoro:bf_emma …","modelCard":"https://huggingface.co/hexgrad/Kokoro-82M","checksumNote":"sherpa-onnx\'s release assets state no checksum or size: both are recorded at first install (trust on first use); speaker order from the model\'s speaker_names metadata"}]}');
;// CONCATENATED MODULE: ./src/tts/catalogue.ts
// The pinned voice catalogue (voice-catalogue.json): which neural voices can be installed, from where,
// pinned by which checksum; and the voice ids they give (one per Kokoro speaker).

const file = voice_catalogue_namespaceObject;
/** Version of the catalogue: part of the action's voice cache key, so a new catalogue never reuses old voices. */
const CATALOGUE_VERSION = file.version;
/** Where espeak-ng-data is fetched from when a raw Piper voice needs it and this machine has none. */
function espeakDataArchive() {
    return file.espeakData;
}
/** Every installable archive of the catalogue. */
function catalogueEntries() {
    return file.entries;
}
/** Language of a Kokoro speaker, from its name's first letter (Kokoro's VOICES.md convention). */
const KOKORO_LANGUAGES = { a: 'en-US', b: 'en-GB', e: 'es', f: 'fr', h: 'hi', i: 'it', j: 'ja', p: 'pt-BR', z: 'zh' };
/** The language a Kokoro speaker (`af_heart`, `bm_george`) speaks; `fallback` when its prefix is unknown. */
function kokoroSpeakerLanguage(speaker, fallback = 'en-US') {
    return KOKORO_LANGUAGES[speaker.charAt(0).toLowerCase()] ?? fallback;
}
/** Gender a Kokoro speaker's name states (second letter f/m), else undefined. */
function kokoroSpeakerGender(speaker) {
    const letter = speaker.charAt(1).toLowerCase();
    return letter === 'f' ? 'female' : letter === 'm' ? 'male' : undefined;
}
/** The voice ids of an entry: `kokoro:<speaker>` per Kokoro speaker; a Piper archive is one voice (speaker 0). */
function voiceIdsOf(entry) {
    if (entry.engine === 'kokoro') {
        return (entry.speakers ?? []).map((speaker, speakerId) => ({
            id: `kokoro:${speaker}`, entry, speakerId, language: kokoroSpeakerLanguage(speaker, entry.language),
        }));
    }
    return [{ id: entry.id, entry, speakerId: 0, language: entry.language }];
}
/** Every voice id the catalogue offers. */
function catalogueVoiceIds() {
    return catalogueEntries().flatMap(voiceIdsOf);
}
/** The entry and speaker a voice id (or a Kokoro archive id) names, case-insensitively; undefined when not catalogued. */
function findCatalogueVoice(id) {
    const wanted = id.trim().toLowerCase();
    const voice = catalogueVoiceIds().find((v) => v.id.toLowerCase() === wanted);
    if (voice)
        return voice;
    const entry = catalogueEntries().find((e) => e.id.toLowerCase() === wanted);
    return entry ? voiceIdsOf(entry)[0] : undefined;
}
/** The entry whose download is named `fileName` (`vits-piper-de_DE-thorsten-medium.tar.bz2`, `en_US-amy-medium.onnx`). */
function findCatalogueEntryByFile(fileName) {
    return catalogueEntries().find((entry) => urlFileName(entry.url) === fileName);
}
/** The last path segment of a URL. */
function urlFileName(url) {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
}
/** The voices of the catalogue as the engines and the config check list them. */
function cataloguedVoices() {
    return catalogueVoiceIds().map(({ id, entry, language }) => ({
        id,
        engine: entry.engine,
        language,
        description: `${entry.description} (${entry.quality}, ${entry.licence})`,
    }));
}


/***/ })

};
