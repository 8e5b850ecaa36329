export const id = 668;
export const ids = [668,66];
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


/***/ }),

/***/ 42668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  downloadUrl: () => (/* reexport */ downloadUrl),
  ensureVoiceInstalled: () => (/* binding */ ensureVoiceInstalled),
  findInstalledVoice: () => (/* binding */ findInstalledVoice),
  installVoiceFrom: () => (/* binding */ installVoiceFrom),
  installVoices: () => (/* binding */ installVoices),
  listInstalledVoices: () => (/* binding */ listInstalledVoices),
  removeVoice: () => (/* binding */ removeVoice),
  voiceStoreDir: () => (/* reexport */ voiceStoreDir)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/progress.ts
var progress = __webpack_require__(34664);
// EXTERNAL MODULE: ./src/tts/catalogue.ts + 1 modules
var catalogue = __webpack_require__(35066);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/tts/voice-onnx-meta.ts
// An ONNX model's metadata_props (ModelProto field 14), read without loading the model, and appended to it:
// a repeated protobuf field may follow the rest of the message, so appending entries is valid protobuf
// (https://protobuf.dev/programming-guides/encoding/#last-one-wins). sherpa-onnx reads these to know a model.

const METADATA_PROPS = 14;
/** Read a varint at `at` in `bytes`; [value, next offset], or undefined when it runs past the end. */
function varint(bytes, at) {
    let value = 0;
    let scale = 1;
    for (let i = at; i < bytes.length && i < at + 10; i++) {
        const byte = bytes[i];
        value += (byte & 0x7f) * scale;
        scale *= 128;
        if ((byte & 0x80) === 0)
            return [value, i + 1];
    }
    return undefined;
}
function encodeVarint(value) {
    const out = [];
    let rest = value;
    while (rest >= 0x80) {
        out.push((rest % 128) | 0x80);
        rest = Math.floor(rest / 128);
    }
    out.push(rest);
    return out;
}
function decodeEntry(bytes) {
    let key = '';
    let value = '';
    let at = 0;
    const text = new TextDecoder();
    while (at < bytes.length) {
        const tag = varint(bytes, at);
        if (!tag)
            break;
        const length = varint(bytes, tag[1]);
        if (!length || (tag[0] & 7) !== 2)
            break;
        const chunk = bytes.subarray(length[1], length[1] + length[0]);
        if (tag[0] >> 3 === 1)
            key = text.decode(chunk);
        if (tag[0] >> 3 === 2)
            value = text.decode(chunk);
        at = length[1] + length[0];
    }
    return [key, value];
}
/** The metadata_props of the ONNX model at `file` (top-level fields are skipped by their lengths, not read). */
async function readOnnxMetadata(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const { size } = await handle.stat();
        const head = new Uint8Array(16);
        const meta = {};
        let at = 0;
        while (at < size) {
            const { bytesRead } = await handle.read(head, 0, head.length, at);
            const view = head.subarray(0, bytesRead);
            const tag = varint(view, 0);
            if (!tag)
                throw new Error(`not an ONNX model (bad field at byte ${at})`);
            const wire = tag[0] & 7;
            const field = tag[0] >> 3;
            if (wire === 0) {
                const value = varint(view, tag[1]);
                if (!value)
                    throw new Error(`not an ONNX model (bad varint at byte ${at})`);
                at += value[1];
            }
            else if (wire === 1)
                at += tag[1] + 8;
            else if (wire === 5)
                at += tag[1] + 4;
            else if (wire === 2) {
                const length = varint(view, tag[1]);
                if (!length || at + length[1] + length[0] > size)
                    throw new Error(`not an ONNX model (field ${field} runs past the end)`);
                if (field === METADATA_PROPS) {
                    const entry = new Uint8Array(length[0]);
                    await handle.read(entry, 0, entry.length, at + length[1]);
                    const [key, value] = decodeEntry(entry);
                    meta[key] = value;
                }
                at += length[1] + length[0];
            }
            else
                throw new Error(`not an ONNX model (wire type ${wire} at byte ${at})`);
        }
        return meta;
    }
    finally {
        await handle.close();
    }
}
/** Append `entries` to the model's metadata_props (a later entry of a key wins where readers keep the last). */
async function appendOnnxMetadata(file, entries) {
    const out = [];
    const text = new TextEncoder();
    for (const [key, raw] of Object.entries(entries)) {
        const k = text.encode(key);
        const v = text.encode(String(raw));
        const body = [0x0a, ...encodeVarint(k.length), ...k, 0x12, ...encodeVarint(v.length), ...v];
        out.push((METADATA_PROPS << 3) | 2, ...encodeVarint(body.length), ...body);
    }
    await (0,promises_.appendFile)(file, Uint8Array.from(out));
}

;// CONCATENATED MODULE: ./src/tts/voice-convert.ts
// Turn a raw rhasspy/piper-voices pair (NAME.onnx + NAME.onnx.json) into what sherpa-onnx reads: the model
// with sherpa's metadata appended (as k2-fsa/sherpa-onnx scripts/piper/add_meta_data.py writes it), a tokens.txt
// from the phoneme_id_map, and an espeak-ng-data folder (the pair ships none: see espeakDataSource).





/** Debian/Ubuntu (package espeak-ng-data) and other common places of espeak-ng's data folder. */
const SYSTEM_ESPEAK_DATA = ['/usr/lib/x86_64-linux-gnu/espeak-ng-data', '/usr/lib/aarch64-linux-gnu/espeak-ng-data', '/usr/share/espeak-ng-data', '/usr/lib/espeak-ng-data', '/usr/local/share/espeak-ng-data', '/opt/homebrew/share/espeak-ng-data'];
/**
 * Where a raw Piper voice's espeak-ng-data comes from: `$VOICEOVER_ESPEAK_DATA`, else the store's own or one an
 * installed sherpa-onnx archive brought (`others`), else the system's (apt-get install espeak-ng-data).
 */
function espeakDataSource(others, env = process.env, system = SYSTEM_ESPEAK_DATA) {
    const named = env.VOICEOVER_ESPEAK_DATA?.trim();
    const candidates = [...(named ? [named] : []), ...others, ...system];
    return candidates.find((dir) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'phontab')));
}
/** Write the sherpa-onnx layout of `model` + `config` into `target` (created). Returns the model's file name. */
async function convertPiperPair(model, config, name, target, espeakData, label) {
    const invalid = (detail) => new errors/* VoiceoverError */.pF('VOICE_ARCHIVE_INVALID', { file: label, detail });
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(config, 'utf8'));
    }
    catch (error) {
        throw invalid(`${config} is not a Piper voice config: ${error.message}`);
    }
    const map = parsed.phoneme_id_map;
    const sampleRate = parsed.audio?.sample_rate;
    if (!map || typeof map !== 'object' || !sampleRate)
        throw invalid(`${config} lacks phoneme_id_map or audio.sample_rate`);
    if (parsed.phoneme_type && parsed.phoneme_type !== 'espeak')
        throw invalid(`${config}: phoneme_type "${parsed.phoneme_type}" (sherpa-onnx speaks Piper voices phonemized by espeak-ng only)`);
    for (const needed of ['_', '^', '$'])
        if (!map[needed])
            throw invalid(`${config}: phoneme_id_map lacks "${needed}"`);
    if (!espeakData) {
        throw invalid('a raw Piper voice needs espeak-ng-data and none was found: apt-get install espeak-ng-data, install any catalogued Piper voice first, or set VOICEOVER_ESPEAK_DATA=/path/to/espeak-ng-data');
    }
    await (0,promises_.mkdir)(target, { recursive: true });
    const file = (0,external_node_path_.join)(target, `${name}.onnx`);
    await (0,promises_.copyFile)(model, file);
    const existing = await readOnnxMetadata(file).catch((error) => {
        throw invalid(`${model}: ${error.message}`);
    });
    const wanted = {
        model_type: 'vits', comment: 'piper', language: parsed.language?.name_english ?? 'English', voice: parsed.espeak?.voice ?? 'en-us',
        has_espeak: 1, has_g2pw: 0, n_speakers: parsed.num_speakers ?? 1, sample_rate: sampleRate, version: 1,
    };
    const missing = Object.fromEntries(Object.entries(wanted).filter(([key]) => !(key in existing)));
    if (Object.keys(missing).length > 0)
        await appendOnnxMetadata(file, missing);
    const tokens = Object.entries(map).map(([symbol, ids]) => `${symbol} ${ids[0]}`).join('\n');
    await (0,promises_.writeFile)((0,external_node_path_.join)(target, 'tokens.txt'), `${tokens}\n`);
    await (0,promises_.cp)(espeakData, (0,external_node_path_.join)(target, 'espeak-ng-data'), { recursive: true });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
;// CONCATENATED MODULE: ./src/tts/voice-download.ts
// Download one file of a voice to a path, hashing it as it arrives (sha256, md5), with progress events;
// a response cut short, an HTTP error or a network failure throws VOICE_DOWNLOAD (the caller deletes the file).





/** Fetch `url` into `file`. `expectedSize` (when pinned) is the total for progress when the server states none. */
async function downloadFile(voice, url, file, options = {}) {
    const { signal, onProgress } = options;
    (0,progress/* throwIfAborted */.T)(signal);
    const fail = (detail, cause) => new errors/* VoiceoverError */.pF('VOICE_DOWNLOAD', { voice, url, detail }, cause === undefined ? {} : { cause });
    let response;
    try {
        // undici loads on use: every command lists the store's voices, and only an install downloads.
        const { fetch } = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
        response = await fetch(url, signal ? { signal } : {});
    }
    catch (error) {
        (0,progress/* throwIfAborted */.T)(signal);
        const cause = error.cause;
        throw fail(cause?.code ?? cause?.message ?? error.message, error);
    }
    if (!response.ok || !response.body)
        throw fail(`HTTP ${response.status} ${response.statusText}`.trim());
    const stated = Number(response.headers.get('content-length') ?? '');
    const total = Number.isFinite(stated) && stated > 0 ? stated : (options.expectedSize ?? 0);
    const sha256 = (0,external_node_crypto_.createHash)('sha256');
    const md5 = (0,external_node_crypto_.createHash)('md5');
    const out = (0,external_node_fs_.createWriteStream)(file, { flags: 'wx' });
    const started = Date.now();
    let received = 0;
    let reported = 0;
    try {
        for await (const chunk of response.body) {
            const bytes = chunk;
            sha256.update(bytes);
            md5.update(bytes);
            received += bytes.length;
            if (!out.write(bytes))
                await (0,external_node_events_.once)(out, 'drain');
            const now = Date.now();
            if (onProgress && now - reported >= 200) {
                reported = now;
                onProgress(received, total, received / Math.max((now - started) / 1000, 0.001));
            }
        }
    }
    catch (error) {
        out.destroy();
        (0,progress/* throwIfAborted */.T)(signal);
        throw fail(`the download was cut off after ${received} bytes${total ? ` of ${total}` : ''}`, error);
    }
    finally {
        if (!out.destroyed) {
            out.end();
            await (0,external_node_events_.once)(out, 'close');
        }
    }
    if (Number.isFinite(stated) && stated > 0 && received !== stated)
        throw fail(`the download was cut off after ${received} of ${stated} bytes`);
    onProgress?.(received, total || received, received / Math.max((Date.now() - started) / 1000, 0.001));
    return { size: received, sha256: sha256.digest('hex'), md5: md5.digest('hex') };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/tts/voice-store-fs.ts
// The voice store's folder and its mechanics: where it is, the mirror, a temp folder inside it (so the final
// rename is atomic), stale temp folders of killed installs, the lock per archive, unpacking into a temp folder.







/** `$VOICEOVER_VOICES_DIR`, else `$XDG_CACHE_HOME/voiceover/voices`, else `~/.cache/voiceover/voices`. */
function voiceStoreDir(env = process.env) {
    const named = env.VOICEOVER_VOICES_DIR?.trim();
    if (named)
        return (0,external_node_path_.resolve)(named);
    const cache = env.XDG_CACHE_HOME?.trim() || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(cache, 'voiceover', 'voices');
}
/** The URL a file is fetched from: the catalogue's, or the mirror's (`VOICEOVER_VOICES_URL`/<file name>). */
function downloadUrl(url, env = process.env) {
    const mirror = env.VOICEOVER_VOICES_URL?.trim();
    return mirror ? `${mirror.replace(/\/+$/, '')}/${encodeURIComponent((0,catalogue.urlFileName)(url))}` : url;
}
/** VOICE_STORE_UNWRITABLE for `dir`, with the system's reason. */
function unwritable(dir, error) {
    const code = error.code;
    return new errors/* VoiceoverError */.pF('VOICE_STORE_UNWRITABLE', { dir, detail: code ?? error.message }, { cause: error });
}
/** A temp folder older than this was left by a killed process (a live install renews nothing, but none lasts a day). */
const STALE_TEMP_MS = 24 * 3600 * 1000;
async function removeStaleTemps(store) {
    for (const name of (await (0,promises_.readdir)(store).catch(() => [])).filter((n) => n.startsWith('.tmp-'))) {
        const info = await (0,promises_.stat)((0,external_node_path_.join)(store, name)).catch(() => undefined);
        if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS)
            await (0,promises_.rm)((0,external_node_path_.join)(store, name), { recursive: true, force: true });
    }
}
/** Create the store and a temp folder inside it (the same file system, so the final rename is atomic). */
async function tempInStore(store) {
    try {
        await (0,promises_.mkdir)(store, { recursive: true });
        await (0,promises_.access)(store, external_node_fs_.constants.W_OK);
        await removeStaleTemps(store);
        return await (0,promises_.mkdtemp)((0,external_node_path_.join)(store, '.tmp-'));
    }
    catch (error) {
        throw unwritable(store, error);
    }
}
/** Hold the store's lock for `name` while `work` runs (another run waits, then finds the voice installed). */
async function withLock(store, name, work) {
    let release;
    try {
        await (0,promises_.mkdir)(store, { recursive: true });
        // The lock and unpack modules load on use: listing the store's voices (every command) needs neither.
        const { default: lockfile } = await Promise.all(/* import() */[__webpack_require__.e(744), __webpack_require__.e(648)]).then(__webpack_require__.t.bind(__webpack_require__, 83648, 23));
        release = await lockfile.lock(store, {
            lockfilePath: (0,external_node_path_.join)(store, `.${name}.lock`),
            realpath: false,
            // A killed run's lock is taken over once it has not been renewed for 20 s.
            stale: 20_000,
            update: 5_000,
            retries: { retries: 2000, minTimeout: 100, maxTimeout: 1000 },
            // A lock found stale by another run (this one stalled past `stale`) must not crash this process: the
            // final rename replaces a folder atomically either way.
            onCompromised: () => undefined,
        });
    }
    catch (error) {
        if (error.code === 'ELOCKED')
            throw error;
        throw unwritable(store, error);
    }
    try {
        return await work();
    }
    finally {
        await release().catch(() => undefined);
    }
}
/** Unpack a .tar.bz2 into `built`: its single top folder's content (sherpa-onnx archives have one), else all of it. */
async function unpackInto(archive, built, label, signal) {
    const raw = `${built}.unpacked`;
    try {
        const { unpackTarBz2 } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(841)]).then(__webpack_require__.bind(__webpack_require__, 86222));
        await unpackTarBz2(archive, raw, signal);
    }
    catch (error) {
        (0,progress/* throwIfAborted */.T)(signal);
        throw new errors/* VoiceoverError */.pF('VOICE_ARCHIVE_INVALID', { file: label, detail: `cannot be unpacked as .tar.bz2: ${error.message}` }, { cause: error });
    }
    const top = await (0,promises_.readdir)(raw);
    const only = top.length === 1 ? (0,external_node_path_.join)(raw, top[0]) : undefined;
    await (0,promises_.rename)(only && (await (0,promises_.stat)(only)).isDirectory() ? only : raw, built);
}

;// CONCATENATED MODULE: ./src/tts/voice-espeak.ts
// The espeak-ng-data a raw Piper voice is converted with (rhasspy's pairs ship none).







const ESPEAK_DIR = '.espeak-ng-data';
/**
 * The espeak-ng-data a raw Piper voice copies: VOICEOVER_ESPEAK_DATA, the store's own, one an installed archive
 * brought, the system's; else sherpa-onnx's espeak-ng-data archive is fetched once (mirror too) into the store.
 */
async function espeakDataFor(progressId, options, installed) {
    const env = options.env ?? process.env;
    const store = voiceStoreDir(env);
    const own = (0,external_node_path_.join)(store, ESPEAK_DIR);
    const others = [own, ...installed];
    const found = espeakDataSource(others, env, options.systemEspeakData);
    if (found)
        return found;
    return withLock(store, ESPEAK_DIR, async () => {
        if (espeakDataSource([own], {}, []))
            return own;
        const archive = (0,catalogue.espeakDataArchive)();
        const temp = await tempInStore(store);
        try {
            const url = downloadUrl(archive.url, env);
            const file = (0,external_node_path_.join)(temp, (0,catalogue.urlFileName)(archive.url));
            const got = await downloadFile(progressId, url, file, {
                ...(options.signal ? { signal: options.signal } : {}),
                onProgress: (receivedBytes, totalBytes, bytesPerSecond) => options.onProgress?.({ id: `${progressId} (espeak-ng-data)`, receivedBytes, totalBytes, bytesPerSecond, stage: 'download' }),
            }).catch((error) => {
                if (!(error instanceof errors/* VoiceoverError */.pF))
                    throw error;
                const hint = `a raw Piper voice needs espeak-ng-data: apt-get install espeak-ng-data, or download ${url}, unpack it and set VOICEOVER_ESPEAK_DATA=/path/to/espeak-ng-data`;
                throw new errors/* VoiceoverError */.pF(error.code, { voice: progressId, url, detail: error.message.replace(/^.*?: /, '') }, { cause: error, hint });
            });
            const built = (0,external_node_path_.join)(temp, 'espeak-ng-data');
            await unpackInto(file, built, (0,catalogue.urlFileName)(archive.url), options.signal);
            if (!espeakDataSource([built], {}, []))
                throw new errors/* VoiceoverError */.pF('VOICE_ARCHIVE_INVALID', { file: url, detail: 'has no espeak-ng-data (phontab) inside' });
            await (0,promises_.writeFile)((0,external_node_path_.join)(built, '.download.json'), `${JSON.stringify({ url: archive.url, size: got.size, sha256: got.sha256, pinned: archive.checksum.source })}\n`);
            await (0,promises_.rename)(built, own);
            return own;
        }
        finally {
            await (0,promises_.rm)(temp, { recursive: true, force: true });
        }
    });
}

;// CONCATENATED MODULE: ./src/tts/voice-layout.ts
// What voices an unpacked sherpa-onnx TTS folder holds: its model, tokens, espeak-ng-data, voices.bin and
// lexicons, and the model's metadata (sample rate, speakers); one voice per Kokoro speaker.







/** sha256 of a file, hex, streamed. */
async function sha256OfFile(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
async function isDir(path) {
    return (await (0,promises_.stat)(path).catch(() => undefined))?.isDirectory() ?? false;
}
/** `en_US-amy-medium` → `en-US` (a Piper name starts with its language); undefined when it does not. */
function piperNameLanguage(name) {
    const match = /^([a-z]{2,3})(?:_([A-Z]{2}))?-/.exec(name);
    return match ? (match[2] ? `${match[1]}-${match[2]}` : match[1]) : undefined;
}
/**
 * The lexicons a Kokoro speaker uses, in the order sherpa-onnx consults them: of a multi-lang archive's
 * lexicon-us-en.txt and lexicon-gb-en.txt only the one of the speaker's English (British for en-GB speakers),
 * then the others (lexicon-zh.txt), as sherpa-onnx's examples pass them.
 */
function lexiconsFor(lexicons, language) {
    const british = language.toLowerCase() === 'en-gb';
    const english = lexicons.filter((name) => /-(us|gb)-en\.txt$/.test(name));
    const mine = english.filter((name) => name.includes(british ? '-gb-en' : '-us-en'));
    const chosen = [...(mine.length > 0 ? mine : english), ...lexicons.filter((name) => !english.includes(name))];
    return chosen.length > 0 ? chosen.join(',') : undefined;
}
/** The voice name an archive or folder gives: `vits-piper-en_US-foo-medium.tar.bz2` → `en_US-foo-medium`. */
function archiveVoiceName(fileName) {
    return (0,external_node_path_.basename)(fileName).replace(/\.tar\.bz2$/, '').replace(/\.onnx$/, '').replace(/^(vits-piper-|piper-)/, '');
}
/**
 * Describe the voices of `dir` (an unpacked archive). `entry`, when catalogued, names the voice and its
 * speakers; otherwise they come from the folder name and the model's metadata. Throws VOICE_ARCHIVE_INVALID.
 */
async function describeVoiceFolder(dir, entry, label) {
    const invalid = (detail) => new errors/* VoiceoverError */.pF('VOICE_ARCHIVE_INVALID', { file: label, detail });
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    const models = names.filter((name) => name.endsWith('.onnx'));
    const model = models.includes('model.onnx') ? 'model.onnx' : models.find((name) => !name.includes('int8')) ?? models[0];
    if (!model)
        throw invalid('has no .onnx model');
    if (!names.includes('tokens.txt'))
        throw invalid('has no tokens.txt');
    if (!(await isDir((0,external_node_path_.join)(dir, 'espeak-ng-data'))))
        throw invalid('has no espeak-ng-data/ folder');
    let meta;
    try {
        meta = await readOnnxMetadata((0,external_node_path_.join)(dir, model));
    }
    catch (error) {
        throw invalid(`${model}: ${error.message}`);
    }
    const kokoro = names.includes('voices.bin');
    const sampleRate = Number(meta.sample_rate ?? entry?.sampleRate);
    if (!(sampleRate > 0))
        throw invalid(`${model} has no sample_rate in its metadata (not a sherpa-onnx model: for a raw Piper model give NAME.onnx with NAME.onnx.json)`);
    const stated = Number(meta.n_speakers ?? 0);
    if (entry?.speakers && stated > 0 && stated !== entry.speakers.length) {
        throw invalid(`${model} has ${stated} speaker(s), the catalogue entry ${entry.id} names ${entry.speakers.length}: not the archive the catalogue pins`);
    }
    const modelSha256 = await sha256OfFile((0,external_node_path_.join)(dir, model));
    const source = entry ? 'catalogue' : 'custom';
    const common = { model, tokens: 'tokens.txt', dataDir: 'espeak-ng-data', sampleRate, modelSha256, source };
    if (kokoro) {
        const lexicons = names.filter((name) => /^lexicon.*\.txt$/.test(name)).sort();
        const count = Number(meta.n_speakers ?? 0);
        const speakers = entry?.speakers ?? (meta.speaker_names ? meta.speaker_names.split(',') : Array.from({ length: count }, (_, i) => `${(0,external_node_path_.basename)(dir)}-${i}`));
        if (speakers.length === 0)
            throw invalid(`${model} names no speakers (n_speakers / speaker_names metadata)`);
        return speakers.map((speaker, speakerId) => {
            const language = (0,catalogue.kokoroSpeakerLanguage)(speaker, entry?.language ?? 'en-US');
            const lexicon = lexiconsFor(lexicons, language);
            return { ...common, id: `kokoro:${speaker}`, engine: 'kokoro', language, voices: 'voices.bin', ...(lexicon ? { lexicon } : {}), speakerId };
        });
    }
    if (meta.comment !== 'piper' && meta.model_type !== 'vits')
        throw invalid(`${model} is not a Piper (VITS) model for sherpa-onnx (its metadata lacks comment=piper)`);
    const name = entry ? entry.id.replace(/^piper:/, '') : archiveVoiceName((0,external_node_path_.basename)(dir));
    return [{ ...common, id: `piper:${name}`, engine: 'piper', language: entry?.language ?? piperNameLanguage(name) ?? 'en', speakerId: 0 }];
}

;// CONCATENATED MODULE: ./src/tts/voice-pins.ts
// Checking a voice file against its pin: the catalogue's size and md5/sha256 (and the .onnx.json's md5 or git
// blob sha1), and for a trust-on-first-use file what its first install recorded in <store>/.trusted/.





/** Throw VOICE_CHECKSUM unless `got` matches the entry's size and checksum; how it was pinned. */
function checkPin(voice, entry, file, got, url) {
    const mismatch = (detail) => new errors/* VoiceoverError */.pF('VOICE_CHECKSUM', { voice, file, detail, url });
    if (entry.size !== undefined && got.size !== entry.size)
        throw mismatch(`is ${got.size} bytes, the catalogue pins ${entry.size}`);
    const pin = entry.checksum;
    if ('sha256' in pin && got.sha256 !== pin.sha256)
        throw mismatch(`has sha256 ${got.sha256}, the catalogue pins ${pin.sha256}`);
    if ('md5' in pin && got.md5 !== pin.md5)
        throw mismatch(`has md5 ${got.md5}, the catalogue pins ${pin.md5}`);
    return pin.source;
}
/** What trust on first use recorded for a file: `<store>/.trusted/<file>.json`, kept when its voice is removed. */
const trustedPath = (store, file) => (0,external_node_path_.join)(store, '.trusted', `${file}.json`);
/** A trust-on-first-use file must match what its first install recorded. */
async function checkTrusted(store, voice, file, got, url) {
    const raw = await (0,promises_.readFile)(trustedPath(store, file), 'utf8').catch(() => undefined);
    if (raw === undefined)
        return;
    const first = JSON.parse(raw);
    if (first.sha256 !== got.sha256 || first.size !== got.size) {
        throw new errors/* VoiceoverError */.pF('VOICE_CHECKSUM', {
            voice, file, url,
            detail: `(${got.size} bytes, sha256 ${got.sha256}) is not the file first installed here on ${first.at} (${first.size} bytes, sha256 ${first.sha256}); delete ${trustedPath(store, file)} to trust the new one`,
        });
    }
}
/** Record a trust-on-first-use file's size and sha256 (the first record stays). */
async function recordTrusted(store, file, got) {
    await (0,promises_.mkdir)((0,external_node_path_.join)(store, '.trusted'), { recursive: true });
    const path = trustedPath(store, file);
    if (!(await (0,promises_.stat)(path).catch(() => undefined)))
        await (0,promises_.writeFile)(path, `${JSON.stringify({ size: got.size, sha256: got.sha256, at: new Date().toISOString() })}\n`);
}
/** Throw VOICE_CHECKSUM unless a Piper `.onnx.json` matches its pin. */
function checkConfigPin(voice, entry, file, bytes, url) {
    const pin = entry.config;
    if (!pin)
        return;
    const mismatch = (detail) => new errors/* VoiceoverError */.pF('VOICE_CHECKSUM', { voice, file, detail, url });
    if (bytes.length !== pin.size)
        throw mismatch(`is ${bytes.length} bytes, the catalogue pins ${pin.size}`);
    if (pin.md5 && (0,external_node_crypto_.createHash)('md5').update(bytes).digest('hex') !== pin.md5)
        throw mismatch(`does not have the md5 the catalogue pins (${pin.md5})`);
    if (pin.gitSha1) {
        const blob = (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
        if (blob !== pin.gitSha1)
            throw mismatch(`does not have the git blob sha1 the catalogue pins (${pin.gitSha1})`);
    }
}
/** md5 of a file, hex, streamed. */
async function md5OfFile(file) {
    const hash = (0,external_node_crypto_.createHash)('md5');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./src/tts/voice-store.ts
// The voice store: installed neural voices, one folder per archive with a voice.json, and installing one.
// An install downloads to a temp folder inside the store, verifies it against its pin, unpacks (or converts)
// it, proves it speaks, and only then renames it into place: nothing half-installed is ever visible, and an
// abort leaves nothing behind. A lock per archive lets two runs install the same voice at once.












function resolveVoice(dir, voice) {
    const at = (file) => (0,external_node_path_.resolve)(dir, file);
    return {
        ...voice,
        dir,
        model: at(voice.model),
        tokens: at(voice.tokens),
        dataDir: at(voice.dataDir),
        ...(voice.voices ? { voices: at(voice.voices) } : {}),
        ...(voice.lexicon ? { lexicon: voice.lexicon.split(',').map(at).join(',') } : {}),
    };
}
async function readManifest(dir) {
    try {
        const parsed = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'voice.json'), 'utf8'));
        // A bare voice (or list) placed by hand, paths absolute or relative to the folder, is listed too.
        if (Array.isArray(parsed))
            return { format: 1, installedAt: '', voices: parsed };
        if ('id' in parsed && 'model' in parsed)
            return { format: 1, installedAt: '', voices: [parsed] };
        return 'format' in parsed && parsed.format === 1 && Array.isArray(parsed.voices) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** Every voice installed in the store (folders being installed start with a dot and are never listed). */
async function listInstalledVoices(env = process.env) {
    const store = voiceStoreDir(env);
    const names = await (0,promises_.readdir)(store).catch(() => []);
    const voices = [];
    for (const name of names.filter((n) => !n.startsWith('.')).sort()) {
        const manifest = await readManifest((0,external_node_path_.join)(store, name));
        if (manifest)
            voices.push(...manifest.voices.map((voice) => resolveVoice((0,external_node_path_.join)(store, name), voice)));
    }
    return voices;
}
/** The installed voice `id` (case-insensitive), or undefined. */
async function findInstalledVoice(id, env = process.env) {
    const wanted = id.trim().toLowerCase();
    return (await listInstalledVoices(env)).find((voice) => voice.id.toLowerCase() === wanted);
}
/** The espeak-ng-data folders installed voices brought (a raw Piper voice may copy one). */
async function installedDataDirs(env) {
    return [...new Set((await listInstalledVoices(env)).map((voice) => voice.dataDir))];
}
/** The store folder a catalogue entry unpacks into. */
function entryDirName(entry) {
    const file = (0,catalogue.urlFileName)(entry.url);
    return entry.format === 'piper-onnx' ? `piper-${file.replace(/\.onnx$/, '')}` : file.replace(/\.tar\.bz2$/, '');
}
/** Prove, write voice.json, and rename `built` into `<store>/<name>`, replacing what was there. */
async function commit(store, temp, built, name, manifest, label, options, progressId) {
    const { signal } = options;
    const voices = await describeVoiceFolder(built, manifest.entry ? (0,catalogue.findCatalogueVoice)(manifest.entry)?.entry : undefined, label);
    options.onProgress?.({ id: progressId, receivedBytes: 0, totalBytes: 0, bytesPerSecond: 0, stage: 'probe' });
    const prove = options.prove ?? (await __webpack_require__.e(/* import() */ 989).then(__webpack_require__.bind(__webpack_require__, 30989))).proveVoice;
    await prove(resolveVoice(built, voices[0]), signal);
    (0,progress/* throwIfAborted */.T)(signal);
    const full = { format: 1, ...manifest, installedAt: new Date().toISOString(), voices };
    await (0,promises_.writeFile)((0,external_node_path_.join)(built, 'voice.json'), `${JSON.stringify(full, null, 2)}\n`);
    const target = (0,external_node_path_.join)(store, name);
    if (await (0,promises_.stat)(target).catch(() => undefined))
        await (0,promises_.rename)(target, (0,external_node_path_.join)(temp, 'replaced'));
    await (0,promises_.rename)(built, target);
    options.onProgress?.({ id: progressId, receivedBytes: 0, totalBytes: 0, bytesPerSecond: 0, stage: 'done' });
    return voices.map((voice) => resolveVoice(target, voice));
}
/** Download, verify, unpack and prove one catalogue entry (under its lock); its voices. */
async function installEntry(entry, progressId, options) {
    const env = options.env ?? process.env;
    const store = voiceStoreDir(env);
    const name = entryDirName(entry);
    return withLock(store, name, async () => {
        const existing = await readManifest((0,external_node_path_.join)(store, name));
        if (existing)
            return existing.voices.map((voice) => resolveVoice((0,external_node_path_.join)(store, name), voice));
        const temp = await tempInStore(store);
        try {
            const file = (0,catalogue.urlFileName)(entry.url);
            const url = downloadUrl(entry.url, env);
            const progress = (receivedBytes, totalBytes, bytesPerSecond) => options.onProgress?.({ id: progressId, receivedBytes, totalBytes, bytesPerSecond, stage: 'download' });
            const downloaded = (0,external_node_path_.join)(temp, file);
            const got = await downloadFile(progressId, url, downloaded, { ...(options.signal ? { signal: options.signal } : {}), ...(entry.size ? { expectedSize: entry.size } : {}), onProgress: progress });
            options.onProgress?.({ id: progressId, receivedBytes: got.size, totalBytes: got.size, bytesPerSecond: 0, stage: 'verify' });
            const pinned = checkPin(progressId, entry, file, got, url);
            if (pinned === 'tofu')
                await checkTrusted(store, progressId, file, got, url);
            const built = (0,external_node_path_.join)(temp, name);
            if (entry.format === 'piper-onnx') {
                const configUrl = downloadUrl(`${entry.url}.json`, env);
                const config = `${downloaded}.json`;
                await downloadFile(progressId, configUrl, config, options.signal ? { signal: options.signal } : {});
                checkConfigPin(progressId, entry, `${file}.json`, await (0,promises_.readFile)(config), configUrl);
                options.onProgress?.({ id: progressId, receivedBytes: got.size, totalBytes: got.size, bytesPerSecond: 0, stage: 'unpack' });
                await convertPiperPair(downloaded, config, file.replace(/\.onnx$/, ''), built, await espeakDataFor(progressId, options, await installedDataDirs(env)), file);
            }
            else {
                options.onProgress?.({ id: progressId, receivedBytes: got.size, totalBytes: got.size, bytesPerSecond: 0, stage: 'unpack' });
                await unpackInto(downloaded, built, file, options.signal);
            }
            const voices = await commit(store, temp, built, name, { entry: entry.id, file: { name: file, size: got.size, sha256: got.sha256, pinned } }, file, options, progressId);
            if (pinned === 'tofu')
                await recordTrusted(store, file, got);
            return voices;
        }
        finally {
            await (0,promises_.rm)(temp, { recursive: true, force: true });
        }
    });
}
/**
 * Make `id` installed: an installed voice is returned as it is; a catalogued one is downloaded (once, under a
 * lock) and installed. Throws TTS_UNAVAILABLE for a voice the catalogue lacks, VOICE_DOWNLOAD when it cannot be had.
 */
async function ensureVoiceInstalled(id, options = {}) {
    const env = options.env ?? process.env;
    const found = await findInstalledVoice(id, env);
    if (found)
        return found;
    const catalogued = (0,catalogue.findCatalogueVoice)(id);
    if (!catalogued) {
        throw new errors/* VoiceoverError */.pF('TTS_UNAVAILABLE', {
            detail: `voice "${id}" is neither installed in ${voiceStoreDir(env)} nor in the voice catalogue`,
            hint: 'see the voices there are: voiceover voices; bring your own with: voiceover voices install --from FILE',
        });
    }
    const voices = await installEntry(catalogued.entry, catalogued.id, options);
    const voice = voices.find((v) => v.id.toLowerCase() === catalogued.id.toLowerCase());
    if (!voice)
        throw new errors/* VoiceoverError */.pF('TTS_UNAVAILABLE', { detail: `the archive of ${catalogued.entry.id} has no voice "${catalogued.id}"`, hint: 'remove it (voiceover voices remove) and install it again' });
    return voice;
}
/** Install several voices, one after another (each archive once). */
async function installVoices(ids, options = {}) {
    const out = [];
    for (const id of ids)
        out.push(await ensureVoiceInstalled(id, options));
    return out;
}
/**
 * Install what someone downloaded by hand: a sherpa-onnx TTS archive (.tar.bz2 or its folder) or a raw Piper
 * `NAME.onnx` (+ `NAME.onnx.json`). A file the catalogue names is checked against its pin; anything else is
 * a custom voice named after it. Every voice is proven before it enters the store.
 */
async function installVoiceFrom(path, options = {}) {
    const env = options.env ?? process.env;
    const store = voiceStoreDir(env);
    const source = (0,external_node_path_.resolve)(path);
    const info = await (0,promises_.stat)(source).catch(() => undefined);
    if (!info)
        throw new errors/* VoiceoverError */.pF('VOICE_ARCHIVE_INVALID', { file: path, detail: 'does not exist' });
    const file = (0,external_node_path_.basename)(source);
    const entry = info.isFile() ? (0,catalogue.findCatalogueEntryByFile)(file) : undefined;
    const isPair = info.isFile() && file.endsWith('.onnx');
    if (info.isFile() && !isPair && !file.endsWith('.tar.bz2'))
        throw new errors/* VoiceoverError */.pF('VOICE_ARCHIVE_INVALID', { file: path, detail: 'is neither a .tar.bz2 archive, a folder, nor a .onnx model' });
    const name = entry ? entryDirName(entry) : isPair ? `piper-${file.replace(/\.onnx$/, '')}` : file.replace(/\.tar\.bz2$/, '');
    const progressId = entry?.id ?? archiveVoiceName(file);
    return withLock(store, name, async () => {
        const temp = await tempInStore(store);
        try {
            const built = (0,external_node_path_.join)(temp, name);
            let record;
            if (info.isFile()) {
                const sha256 = await sha256OfFile(source);
                record = { name: file, size: info.size, sha256, pinned: 'none' };
                if (entry) {
                    const md5 = await md5OfFile(source);
                    record.pinned = checkPin(progressId, entry, file, { size: info.size, sha256, md5 }, entry.url);
                    if (record.pinned === 'tofu')
                        await checkTrusted(store, progressId, file, record, entry.url);
                }
            }
            if (isPair) {
                const config = `${source}.json`;
                if (!(await (0,promises_.stat)(config).catch(() => undefined)))
                    throw new errors/* VoiceoverError */.pF('VOICE_ARCHIVE_INVALID', { file: path, detail: `has no ${(0,external_node_path_.basename)(config)} beside it (a Piper voice is NAME.onnx + NAME.onnx.json)` });
                if (entry)
                    checkConfigPin(progressId, entry, (0,external_node_path_.basename)(config), await (0,promises_.readFile)(config), `${entry.url}.json`);
                await convertPiperPair(source, config, file.replace(/\.onnx$/, ''), built, await espeakDataFor(progressId, options, await installedDataDirs(env)), path);
            }
            else if (info.isFile()) {
                await unpackInto(source, built, path, options.signal);
            }
            else {
                await (0,promises_.cp)(source, built, { recursive: true });
            }
            const voices = await commit(store, temp, built, name, { ...(entry ? { entry: entry.id } : {}), ...(record ? { file: record } : {}) }, path, options, progressId);
            if (record?.pinned === 'tofu')
                await recordTrusted(store, file, record);
            return voices;
        }
        finally {
            await (0,promises_.rm)(temp, { recursive: true, force: true });
        }
    });
}
/** Remove the archive that holds voice `id` (for Kokoro: all its speakers). Returns the voice ids removed. */
async function removeVoice(id, env = process.env) {
    const voice = await findInstalledVoice(id, env);
    if (!voice) {
        throw new errors/* VoiceoverError */.pF('TTS_UNAVAILABLE', { detail: `voice "${id}" is not installed in ${voiceStoreDir(env)}`, hint: 'see the installed voices: voiceover voices' });
    }
    const store = (0,external_node_path_.dirname)(voice.dir);
    const name = (0,external_node_path_.basename)(voice.dir);
    return withLock(store, name, async () => {
        const removed = (await listInstalledVoices(env)).filter((v) => v.dir === voice.dir).map((v) => v.id);
        const temp = await tempInStore(store);
        try {
            await (0,promises_.rename)(voice.dir, (0,external_node_path_.join)(temp, name));
        }
        finally {
            await (0,promises_.rm)(temp, { recursive: true, force: true });
        }
        return removed;
    });
}


/***/ })

};
