export const id = 819;
export const ids = [819,66];
export const modules = {

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

/***/ 53819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMode: () => (/* binding */ runMode)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/backends/registry.ts
var registry = __webpack_require__(64990);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(58198);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/runner/fingerprint.ts
// Content fingerprints: an item is unchanged when its video, script, music and settings are.



/** sha256 of a file's bytes, reusing the memo when size and mtime are unchanged. */
async function hashFile(file, memo) {
    const info = await (0,promises_.stat)(file);
    const known = memo[file];
    if (known && known.size === info.size && known.mtimeMs === info.mtimeMs)
        return known.sha256;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    const sha256 = hash.digest('hex');
    memo[file] = { size: info.size, mtimeMs: info.mtimeMs, sha256 };
    return sha256;
}
/** Bump when the pipeline's output for the same inputs changes. */
const PIPELINE_VERSION = 1;
/** One hash over everything that decides an item's output. */
async function itemFingerprint(item, backend, memo) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const { index: _index, line: _line, script, video, music, ...settings } = item;
    hash.update(JSON.stringify({ PIPELINE_VERSION, backend, settings, script: { text: script.text, format: script.format } }));
    hash.update(video.kind === 'file' ? await hashFile(video.path, memo) : video.url);
    if (music)
        hash.update(`${await hashFile(music.file, memo)}:${music.volume}`);
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./src/runner/state.ts
// What the last run delivered, kept beside the outputs so unchanged items can be skipped.


/** Where the state of an output folder lives. */
function statePath(outDir) {
    return (0,external_node_path_.join)(outDir, '.voiceover', 'state.json');
}
/** Read the state, or an empty one when missing or unreadable (then everything is redone). */
async function readState(file) {
    try {
        const parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        if (parsed.version === 1 && parsed.items && parsed.hashes)
            return parsed;
    }
    catch {
        // Missing or damaged: start afresh.
    }
    return { version: 1, hashes: {}, items: {} };
}
/** Write the state atomically. */
async function writeState(file, state) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, JSON.stringify(state));
    await (0,promises_.rename)(tmp, file);
}
/**
 * Save what this run did to the items it ran (`names`) into the state as it is now on disk, so two runs
 * sharing an output folder (`--only a` beside `--only b`) don't drop each other's items: each keeps the
 * other's entries and hashes. The window between this read and the rename is the only one left.
 */
async function saveRunState(file, state, names) {
    const latest = await readState(file);
    for (const name of names) {
        const mine = state.items[name];
        if (mine)
            latest.items[name] = mine;
        else
            delete latest.items[name];
    }
    latest.hashes = { ...latest.hashes, ...state.hashes };
    await writeState(file, latest);
}

;// CONCATENATED MODULE: ./src/runner/report.ts
// report.json: the contract other tools read (DESIGN.md "Contracts").

/** Write report.json atomically (temp file, then rename). */
async function writeReport(file, report) {
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, `${JSON.stringify(report, null, 2)}\n`);
    await (0,promises_.rename)(tmp, file);
}
/** The report.json already in an output folder, or undefined when missing or not a version-1 report. */
async function readReport(file) {
    try {
        const parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        return parsed.version === 1 && Array.isArray(parsed.items) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The items of a report after running some of the config's videos (`--only`): the ones just run, and the
 * previous report's items for the others, in config order; items whose video left the config are dropped.
 */
function mergeReportItems(previous, ran, configNames) {
    const byName = new Map();
    for (const item of previous)
        if (item && typeof item.name === 'string')
            byName.set(item.name, item);
    for (const item of ran)
        byName.set(item.name, item);
    return configNames.flatMap((name) => byName.get(name) ?? []);
}

// EXTERNAL MODULE: ./src/media/probe.ts + 2 modules
var media_probe = __webpack_require__(47169);
;// CONCATENATED MODULE: ./src/runner/deliver.ts
// Write, verify, then rename: no half-written file ever sits where a finished one belongs.




/** Temporary name beside the final file (same folder, so the rename is atomic); `paths` is the platform's path module. */
function partialPath(final, paths = (external_node_path_default())) {
    return paths.join(paths.dirname(final), `.${paths.basename(final)}.partial`);
}
/** Check a rendered MP4 is what we promise: H.264 yuv420p + AAC, the expected length (the local backend's outputs). */
async function verifyOutput(file, expected_s, signal) {
    const fail = (detail) => {
        throw new errors/* VoiceoverError */.pF('OUTPUT_INVALID', { file, detail });
    };
    const probe = await (0,media_probe/* probeMedia */.PE)(file, { signal });
    if (probe.video?.codec !== 'h264')
        fail(`video codec is ${probe.video?.codec ?? 'missing'}, expected h264`);
    if (probe.video?.pixFmt !== 'yuv420p')
        fail(`pixel format is ${probe.video?.pixFmt}, expected yuv420p`);
    if (probe.audio?.codec !== 'aac')
        fail(`audio codec is ${probe.audio?.codec ?? 'missing'}, expected aac`);
    const frame = probe.video && probe.video.fps > 0 ? 1 / probe.video.fps : 0.05;
    if (Math.abs(probe.duration - expected_s) > 0.1 + 2 * frame)
        fail(`lasts ${probe.duration.toFixed(3)}s, expected ${expected_s.toFixed(3)}s`);
}
/**
 * The check of a file a backend already verified as complete and decodable and delivers as it got it
 * (a paid nemo export, Backend.outputCheck `intact`): it is there, it probes with a video stream, and it
 * lasts what the backend says. Its format is not checked: that is a warning, never a refusal.
 */
async function verifyIntact(file, expected_s, signal) {
    const probe = await (0,media_probe/* probeMedia */.PE)(file, { signal });
    if (!probe.video)
        throw new errors/* VoiceoverError */.pF('OUTPUT_INVALID', { file, detail: 'no video stream' });
    if (Math.abs(probe.duration - expected_s) > 0.01)
        throw new errors/* VoiceoverError */.pF('OUTPUT_INVALID', { file, detail: `lasts ${probe.duration.toFixed(3)}s, but the backend reported ${expected_s.toFixed(3)}s` });
}
/** Move finished files into place; on any failure remove the partial ones. */
async function commitFiles(moves) {
    for (const { from, to } of moves) {
        await (0,promises_.stat)(from);
        await (0,promises_.rename)(from, to);
    }
}
/** Remove temporary files, ignoring ones that don't exist. */
async function discardFiles(files) {
    await Promise.all(files.map((f) => (0,promises_.rm)(f, { force: true })));
}

;// CONCATENATED MODULE: ./src/runner/run.ts
// The runner: take a resolved config, run each selected item through its backend in parallel,
// skip unchanged ones, deliver files safely and write report.json.











const posix = (p) => p.split(external_node_path_.sep).join('/');
/** Run the items of a config (already selected) and write report.json into the output folder. */
async function runItems(config, items, options = {}) {
    const configDir = (0,external_node_path_.dirname)(config.file);
    const outOf = (item) => options.outDir ?? item.output.dir;
    const reportDir = options.outDir ?? items[0]?.output.dir ?? (0,external_node_path_.join)(configDir, 'out');
    await (0,promises_.mkdir)(reportDir, { recursive: true });
    const stateFile = statePath(reportDir);
    const state = await readState(stateFile);
    const limit = (0,p_limit/* default */.A)(Math.max(1, options.concurrency ?? (0,external_node_os_.availableParallelism)()));
    const backendNames = new Set();
    const results = await Promise.all(items.map((item) => limit(async () => {
        const backend = (0,registry/* resolveBackendName */.G)(options.backend ?? item.backend, options.env);
        backendNames.add(backend);
        const result = await runOne(item, backend, outOf(item), config.file, state, options);
        options.onItemDone?.(result);
        return result;
    })));
    await saveRunState(stateFile, state, results.map((r) => r.name));
    const report = { version: 1, backend: [...backendNames].join(',') || (0,registry/* resolveBackendName */.G)(options.backend ?? 'auto', options.env), items: results };
    const reportFile = (0,external_node_path_.join)(reportDir, 'report.json');
    // A run of some items (`--only`) keeps what the last report says about the others still in the config.
    const previous = await readReport(reportFile);
    const names = config.items.map((item) => item.name);
    const saved = { ...report, items: mergeReportItems(previous?.items ?? [], results, names) };
    await writeReport(reportFile, saved);
    return { report, reportFile, saved };
}
async function runOne(item, backendName, outDir, configFile, state, options) {
    const configDir = (0,external_node_path_.dirname)(configFile);
    const rel = (p) => posix((0,external_node_path_.relative)(configDir, p));
    const finalMp4 = (0,external_node_path_.join)(outDir, `${item.name}.mp4`);
    const finalCaptions = Object.fromEntries(item.captions.sidecar.map((f) => [f, (0,external_node_path_.join)(outDir, `${item.name}.${f}`)]));
    const progress = (event) => options.onProgress?.(item.name, event);
    const temps = [];
    const started = performance.now();
    let workDir;
    try {
        const previous = state.items[item.name];
        const canSkip = !options.force && previous !== undefined;
        // Hashing a long input takes a moment: when nothing can be skipped, it runs beside the work.
        const fingerprinting = itemFingerprint(item, backendName, state.hashes);
        fingerprinting.catch(() => undefined);
        if (canSkip && previous.fingerprint === (await fingerprinting) && (await sizeOf(finalMp4)) === previous.size) {
            progress({ stage: 'done', ratio: 1, detail: 'unchanged' });
            return { ...previous.report, status: 'skipped', timings_s: { tts: 0, plan: 0, render: 0, total: 0 } };
        }
        await (0,promises_.mkdir)(outDir, { recursive: true });
        const cacheDir = options.cacheDir ?? (0,external_node_path_.join)(outDir, '.voiceover', 'cache');
        await (0,promises_.mkdir)(cacheDir, { recursive: true });
        workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `voiceover-${item.name}-`));
        const output = partialPath(finalMp4);
        const captions = Object.fromEntries(Object.entries(finalCaptions).map(([f, p]) => [f, partialPath(p)]));
        const finalCompat = (0,external_node_path_.join)(outDir, `${item.name}.compat.mp4`);
        const compatOutput = partialPath(finalCompat);
        temps.push(output, compatOutput, ...Object.values(captions));
        progress({ stage: 'queued' });
        const backend = await (0,registry/* loadBackend */.D)(backendName);
        const result = await backend.process(item, { output, captions, compatOutput, workDir, cacheDir, signal: options.signal, onProgress: progress, logger: options.itemLogger?.(item.name), ...(options.force ? { force: true } : {}) });
        // A paid export is delivered as it came (its format gets warnings); the local pipeline's own outputs are held to what it promises.
        await (backend.outputCheck === 'intact' ? verifyIntact : verifyOutput)(output, result.duration_s, options.signal);
        const compat = result.compatible_copy ? [{ from: compatOutput, to: finalCompat }] : [];
        await commitFiles([{ from: output, to: finalMp4 }, ...compat, ...Object.entries(captions).map(([f, p]) => ({ from: p, to: finalCaptions[f] }))]);
        // A compatible copy of an earlier export must not sit beside a new one it is not a copy of.
        if (!result.compatible_copy)
            await discardFiles([finalCompat]);
        const report = {
            name: item.name,
            status: 'delivered',
            output: rel(finalMp4),
            captions: Object.values(finalCaptions).map((p) => rel(p)),
            duration_s: result.duration_s,
            timings_s: result.timings_s,
            loudness: result.loudness,
            lines: result.lines,
            ...(result.qa ? { qa: result.qa } : {}),
            ...(result.credits ? { credits: result.credits } : {}),
            ...(result.tts ? { tts: result.tts } : {}),
            ...(result.links ? { links: result.links } : {}),
            ...(result.compatible_copy ? { compatible_copy: { output: rel(finalCompat), ...result.compatible_copy } } : {}),
            ...(result.warnings?.length ? { warnings: result.warnings.map((w) => ({ ...w, file: rel(configFile), line: item.line })) } : {}),
        };
        state.items[item.name] = { fingerprint: await fingerprinting, report, size: (await sizeOf(finalMp4)) ?? 0 };
        return report;
    }
    catch (caught) {
        await discardFiles(temps);
        delete state.items[item.name];
        const error = (0,errors/* toVoiceoverError */.Uu)(caught);
        const located = error.location.file !== undefined;
        return {
            name: item.name,
            status: 'failed',
            output: null,
            captions: [],
            duration_s: null,
            // A failure's stages are unknown, but how long it took to fail is real.
            timings_s: { tts: 0, plan: 0, render: 0, total: Math.round(performance.now() - started) / 1000 },
            loudness: null,
            lines: [],
            error: {
                code: error.code,
                // Whatever a failure quoted (a service's answer, a command line), no key or token reaches the report, the log or a comment.
                message: (0,secrets/* redactSecrets */.fp)(error.message, (0,secrets/* secretValues */.VX)(options.env ?? process.env)),
                hint: (0,secrets/* redactSecrets */.fp)(error.hint, (0,secrets/* secretValues */.VX)(options.env ?? process.env)),
                file: located ? error.location.file : rel(configFile),
                line: located ? (error.location.line ?? null) : item.line,
                ...(error.backendCode !== undefined ? { backend_code: error.backendCode } : {}),
            },
        };
    }
    finally {
        if (workDir)
            await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
async function sizeOf(file) {
    try {
        return (await (0,promises_.stat)(file)).size;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/github/annotations.ts + 1 modules
var github_annotations = __webpack_require__(64561);
// EXTERNAL MODULE: ./src/github/artifact-names.ts
var artifact_names = __webpack_require__(68036);
// EXTERNAL MODULE: ./src/github/artifacts.ts
var artifacts = __webpack_require__(4616);
// EXTERNAL MODULE: ./src/github/emit-annotations.ts
var emit_annotations = __webpack_require__(83123);
// EXTERNAL MODULE: ./src/github/ffmpeg-setup.ts
var ffmpeg_setup = __webpack_require__(71074);
// EXTERNAL MODULE: ./src/github/prepare-failure.ts
var prepare_failure = __webpack_require__(60143);
// EXTERNAL MODULE: ./src/github/prepare.ts + 26 modules
var prepare = __webpack_require__(16024);
// EXTERNAL MODULE: ./src/github/publish.ts + 1 modules
var publish = __webpack_require__(9185);
// EXTERNAL MODULE: ./src/github/durations.ts
var durations = __webpack_require__(78014);
// EXTERNAL MODULE: ./src/github/matrix.ts
var matrix = __webpack_require__(66534);
;// CONCATENATED MODULE: ./src/github/shard-items.ts
// The items of one shard: handed over through `only` (the matrix's items), or planned again exactly as
// the plan job did (same config, same durations).



/** Items of shard `index` of `count`, planned again. */
async function shardItems(items, shard, env) {
    const weighted = await (0,durations/* videoDurations */.r)(items, (0,ffmpeg_setup/* findFfprobe */.CA)(env));
    const entry = (0,matrix/* planShards */.t)(weighted, shard.count).include[shard.index - 1];
    const names = new Set(entry?.items ?? []);
    return items.filter((i) => names.has(i.name));
}
/**
 * What a shard runs and what it leaves to others. With `only` from the matrix, `selected` already is the
 * shard's share and every video `only` left out belongs to another shard.
 */
async function shardSelection(selected, notRun, shard, handedItems, env) {
    const items = handedItems ? [...selected] : await shardItems(selected, shard, env);
    const inShard = new Set(items.map((i) => i.name));
    const elsewhere = selected.filter((i) => !inShard.has(i.name)).map((i) => ({ name: i.name, reason: 'not in this shard' }));
    return { items, notRun: [...(handedItems ? notRun.map((n) => ({ ...n, reason: 'not in this shard' })) : notRun), ...elsewhere] };
}

;// CONCATENATED MODULE: ./src/github/video-uploads.ts
// Upload each video's artifact as soon as it is done (while the others still render), and collect
// what the summary needs of each: backend, size, artifact.





const message = (error) => (error instanceof Error ? error.message : String(error));
/**
 * Uploads into `target` (none when `enabled` is false); report paths are relative to `configDir`; failures go
 * to `warn`, except a name another job of the run already took, which goes to `conflict` (an error: that job
 * would otherwise quietly lose its videos).
 */
function videoUploads(target, naming, configDir, enabled, warn, conflict = warn) {
    const pending = new Map();
    return {
        start(item) {
            if (!enabled || !item.output)
                return;
            const files = [item.output, ...(item.compatible_copy ? [item.compatible_copy.output] : []), ...item.captions].map((f) => external_node_path_default().resolve(configDir, f));
            const name = (0,artifact_names/* videoArtifactName */.dc)(naming.prefix, item.name, naming.shard, naming.attempt);
            pending.set(item.name, (0,artifacts/* uploadFiles */.Zn)(target, name, files, external_node_path_default().dirname(files[0])).then((done) => (core.info(`artifact ${done.name}: ${done.url}`), done), (error) => {
                if ((0,artifacts/* isArtifactConflict */.R)(error))
                    conflict(`${item.name}: ${(0,artifacts/* artifactConflictMessage */.oJ)(name)}`);
                else
                    warn(`artifact ${name} was not uploaded: ${message(error)}`);
                return undefined;
            }));
        },
        async meta(items, backendOf) {
            const videos = {};
            for (const item of items) {
                const size = item.output ? await (0,promises_.stat)(external_node_path_default().resolve(configDir, item.output)).then((s) => s.size, () => null) : null;
                const artifact = await pending.get(item.name);
                videos[item.name] = { backend: backendOf(item.name), size_bytes: size, ...(artifact ? { artifact } : {}) };
            }
            return videos;
        },
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/tts/sherpa-addon.ts
var sherpa_addon = __webpack_require__(4241);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 120 modules
var cache = __webpack_require__(45692);
;// CONCATENATED MODULE: ./src/github/actions-cache.ts
// One folder kept in the Actions cache (@actions/cache, service v2 on github.com): restore before, save after.
// A cache problem is never a failure of the run: it is a warning, and the run downloads what it needs instead.

const actions_cache_text = (error) => (error instanceof Error ? error.message : String(error));
/** Whether the runner offers the Actions cache (ACTIONS_RESULTS_URL, or ACTIONS_CACHE_URL for service v1). */
function cacheAvailable() {
    try {
        return cache/* isFeatureAvailable */.w3();
    }
    catch {
        return false;
    }
}
/** Restore `dir` from the entry `key` (else the newest one starting with a restore key); the key restored, or undefined. */
async function restoreFolder(dir, key, restoreKeys, log, what) {
    try {
        const hit = await cache/* restoreCache */.P3([dir], key, restoreKeys);
        log.info(hit === undefined ? `${what}: nothing in the Actions cache under ${key}` : `${what}: restored from the Actions cache (${hit})`);
        return hit;
    }
    catch (error) {
        log.warning(`${what}: the Actions cache could not be read (${actions_cache_text(error)}); downloading instead`);
        return undefined;
    }
}
/** Save `dir` under `key`; true when an entry was written. */
async function saveFolder(dir, key, log, what) {
    try {
        const id = await cache/* saveCache */.Io([dir], key);
        // @actions/cache reports its own failures (reserve races as info, others as warnings) and returns -1.
        if (id === -1)
            return false;
        log.info(`${what}: saved to the Actions cache (${key})`);
        return true;
    }
    catch (error) {
        log.warning(`${what}: not saved to the Actions cache (${actions_cache_text(error)}); the next run downloads again`);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/github/sherpa-setup.ts
// sherpa-onnx (Piper/Kokoro voices) in the action: its native addon (a .node plus .so files) cannot live in
// the ncc bundle, so when a run needs a natural voice, sherpa-onnx-node of the pinned version is installed with
// npm into the runner's tool cache (kept in the Actions cache per version, OS and CPU), and named to the engine
// in VOICEOVER_SHERPA_ONNX_DIR.








const exec = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** sherpa-onnx-node's version in package-lock.json (a test keeps them equal): the one the engine was tested with. */
const SHERPA_ONNX_VERSION = '1.13.8';
/** The tool-cache folder of a version (`<tool cache>/sherpa-onnx-node/<version>/<arch>`, with `<folder>.complete` once whole). */
function sherpaToolDir(env, version = SHERPA_ONNX_VERSION) {
    const base = env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || external_node_path_default().resolve('.voiceover-tool-cache');
    return external_node_path_default().join(base, 'sherpa-onnx-node', version, process.arch);
}
/** The Actions cache key of an installed addon: version, OS and CPU. */
const sherpaCacheKey = (version = SHERPA_ONNX_VERSION) => `voiceover-sherpa-onnx-node-${version}-${process.platform}-${process.arch}`;
const complete = (dir) => (0,external_node_fs_.existsSync)(`${dir}.complete`) && (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'node_modules', 'sherpa-onnx-node', 'sherpa-onnx.js'));
const firstLine = (error) => {
    const e = error;
    if (e.code === 'ENOENT')
        return 'npm was not found on PATH';
    const stderr = (e.stderr ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
    return stderr.slice(-3).join(' ') || (e.message ?? String(error)).split('\n')[0];
};
async function npmInstall(dir, version, env, log) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const spec = `sherpa-onnx-node@${version}`;
    log.info(`sherpa-onnx: installing ${spec} into ${dir} (npm)`);
    try {
        await exec(npm, ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', spec], {
            env: { ...env, npm_config_update_notifier: 'false' },
            maxBuffer: 16 * 1024 * 1024,
            shell: process.platform === 'win32',
        });
    }
    catch (error) {
        throw new errors/* VoiceoverError */.pF('SHERPA_SETUP_FAILED', { spec, detail: firstLine(error) }, { cause: error });
    }
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'node_modules', 'sherpa-onnx-node', 'sherpa-onnx.js'))) {
        throw new errors/* VoiceoverError */.pF('SHERPA_SETUP_FAILED', { spec, detail: `npm finished but ${dir} holds no sherpa-onnx-node` });
    }
    await (0,promises_.writeFile)(`${dir}.complete`, '');
}
/**
 * Make sherpa-onnx-node loadable for the engine: a VOICEOVER_SHERPA_ONNX_DIR the workflow set or a package in
 * node_modules is used as it is; else the tool cache, the Actions cache, or `npm install` (which needs npm: it is
 * on GitHub-hosted runners). Sets VOICEOVER_SHERPA_ONNX_DIR in `env` (and the process: the engine reads it there).
 * Throws SHERPA_SETUP_FAILED, whose hint says how to provide it another way.
 */
async function setupSherpaOnnx(env, options) {
    const { log } = options;
    const version = options.version ?? SHERPA_ONNX_VERSION;
    const named = env.VOICEOVER_SHERPA_ONNX_DIR?.trim();
    if (named)
        return { dir: named, source: 'VOICEOVER_SHERPA_ONNX_DIR' };
    if (options.useNodeModules !== false && (0,sherpa_addon/* sherpaAvailability */.fD)().ok)
        return { dir: '', source: 'node_modules' };
    const dir = sherpaToolDir(env, version);
    const use = (source) => {
        env.VOICEOVER_SHERPA_ONNX_DIR = dir;
        process.env.VOICEOVER_SHERPA_ONNX_DIR = dir;
        log.info(`sherpa-onnx: sherpa-onnx-node@${version} in ${dir} (${source})`);
        return { dir, source };
    };
    if (complete(dir))
        return use('tool cache');
    const cached = options.cache && cacheAvailable();
    const key = sherpaCacheKey(version);
    if (cached && (await restoreFolder(external_node_path_default().dirname(dir), key, [], log, 'sherpa-onnx')) !== undefined && complete(dir))
        return use('Actions cache');
    await npmInstall(dir, version, env, log);
    if (cached)
        await saveFolder(external_node_path_default().dirname(dir), key, log, 'sherpa-onnx');
    return use('installed');
}

// EXTERNAL MODULE: ./src/script/parse.ts + 8 modules
var parse = __webpack_require__(40049);
;// CONCATENATED MODULE: ./src/tts/neural-types.ts
// The contract between the voice catalogue/store (catalogue.ts, voice-store.ts) and the sherpa-onnx
// engine (sherpa-*.ts): what a catalogued voice is, and what an installed voice looks like on disk.
/** The neural engines sherpa-onnx runs, whose voices live in the voice store; ids are `piper:<name>` and `kokoro:<speaker>`. */
const NEURAL_ENGINES = ['piper', 'kokoro'];

;// CONCATENATED MODULE: ./src/github/voice-cache.ts
// The voice store in the action: which natural voices a run needs, the store restored from the Actions cache
// before the run and saved after it when something new was installed, so a second run downloads nothing.
//
// One cache entry holds the store for the run's set of voices (`voiceover-voices-<catalogue>-<ids hash>`), not
// one entry per voice: a Kokoro archive carries every speaker, so per-speaker entries would store it once per
// speaker; one entry is one download and one extraction; and it needs nothing of the store's layout. A
// different set first restores the newest entry of the same catalogue (restore key), so only the voices it
// adds are downloaded, and it is saved under its own key.






/** Whether a voice (an id `piper:…`, or an engine id `kokoro`: its best voice) comes from the voice store. */
function isStoreVoice(voice) {
    const engine = voice.includes(':') ? voice.slice(0, voice.indexOf(':')) : voice;
    return NEURAL_ENGINES.includes(engine.toLowerCase());
}
/**
 * The store voices `items` need, sorted: each item's `voice` and its script's `{voice=…}` tags, for the items
 * `isLocal` says run on the local backend (nemo has its own voices). `auto` and Flite/espeak-ng need none.
 */
function neededVoices(items, isLocal) {
    const ids = new Set();
    for (const item of items.filter(isLocal)) {
        ids.add(item.voice);
        // Not strict: a broken script fails its own item later, with its own message.
        const { script } = (0,parse/* parseScript */.t)(item.script.text, { format: item.script.format, file: item.script.rel, lineOffset: item.script.lineOffset, language: item.language });
        for (const cue of script.cues)
            if (cue.voice)
                ids.add(cue.voice);
    }
    return [...ids].filter(isStoreVoice).sort();
}
/** Cache key prefix of a catalogue version (every set of voices of that catalogue starts with it). */
const voicesKeyPrefix = (catalogueVersion) => `voiceover-voices-${catalogueVersion}-`;
/** `voiceover-voices-<catalogue version>-<hash of the sorted ids>`. */
function voicesCacheKey(ids, catalogueVersion) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update([...ids].sort().join('\n')).digest('hex').slice(0, 16);
    return `${voicesKeyPrefix(catalogueVersion)}${hash}`;
}
/** The store folder in the action: VOICEOVER_VOICES_DIR when the workflow sets it, else one in the runner's tool cache. */
function actionVoicesDir(env) {
    const named = env.VOICEOVER_VOICES_DIR?.trim();
    if (named)
        return external_node_path_default().resolve(named);
    const base = env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || external_node_path_default().resolve('.voiceover-tool-cache');
    return external_node_path_default().join(base, 'voiceover', 'voices');
}
/** Every file of a folder with its size, sorted: tells whether a run added or changed voices. */
async function folderSignature(dir) {
    let names;
    try {
        names = (await (0,promises_.readdir)(dir, { recursive: true })).map(String);
    }
    catch {
        return '';
    }
    const files = await Promise.all(names.sort().map(async (name) => {
        const info = await (0,promises_.stat)(external_node_path_default().join(dir, name)).catch(() => undefined);
        return info?.isFile() ? `${name}\t${info.size}` : '';
    }));
    return files.filter(Boolean).join('\n');
}
/** Point VOICEOVER_VOICES_DIR at the action's store and restore it for `ids` (non-empty) from the Actions cache. */
async function restoreVoices(ids, options) {
    const { env, log } = options;
    const dir = actionVoicesDir(env);
    env.VOICEOVER_VOICES_DIR = dir;
    const key = voicesCacheKey(ids, options.catalogueVersion);
    const off = async () => 'off';
    if (!options.enabled) {
        log.info(`voices: ${ids.join(', ')} in ${dir} (voices-cache: false, not cached between runs)`);
        return { dir, key, restored: undefined, save: off };
    }
    if (!cacheAvailable()) {
        log.info(`voices: ${ids.join(', ')} in ${dir} (no Actions cache service here: ACTIONS_RESULTS_URL is not set)`);
        return { dir, key, restored: undefined, save: off };
    }
    const restored = await restoreFolder(dir, key, [voicesKeyPrefix(options.catalogueVersion)], log, 'voices');
    const before = await folderSignature(dir);
    const save = async () => {
        // An entry is never overwritten: this set's own key restored means there is nothing to add.
        if (restored === key)
            return 'unchanged';
        const after = await folderSignature(dir);
        if (after === '' || after === before)
            return 'unchanged';
        return (await saveFolder(dir, key, log, 'voices')) ? 'saved' : 'failed';
    };
    return { dir, key, restored, save };
}

// EXTERNAL MODULE: ./src/tts/catalogue.ts + 1 modules
var catalogue = __webpack_require__(35066);
;// CONCATENATED MODULE: ./src/github/voice-setup.ts
// Before a run: the natural voices its items need, their store restored from the Actions cache, and
// sherpa-onnx made loadable; after it, the store saved when the run installed something.



/** Version of the voice catalogue in the cache key: a new catalogue never reuses another's voices. */

/** The store session to save after the run, or undefined when no item needs a natural voice. Never throws. */
async function setupVoices(items, options) {
    const ids = neededVoices(items, options.isLocal);
    if (ids.length === 0)
        return undefined;
    const { env, log } = options;
    const session = await restoreVoices(ids, { env, catalogueVersion: options.catalogueVersion, log, enabled: options.cache });
    try {
        await setupSherpaOnnx(env, { log, cache: options.cache, ...(options.useNodeModules === false ? { useNodeModules: false } : {}) });
    }
    catch (error) {
        // The videos with natural voices fail on their own (TTS_UNAVAILABLE); the others still run.
        if (!(error instanceof errors/* VoiceoverError */.pF))
            throw error;
        log.error(`${error.message} (${error.hint})`, error.title);
    }
    return session;
}

;// CONCATENATED MODULE: ./src/github/mode-run.ts
// mode: run — render the selected videos (or one shard of them), upload them, annotate, summarise.















const mode_run_message = (error) => (error instanceof Error ? error.message : String(error));
const since = (what) => `${what} after ${Math.round(performance.now())} ms`;
/** Log each item's stages (once per stage) and when the first video reaches the backend. */
function progressLog() {
    const stages = new Map();
    let first = true;
    return (name, event) => {
        if (stages.get(name) === event.stage)
            return;
        if (first && event.stage === 'queued')
            core.info(`voiceover: ${since('first video handed to the backend')}`);
        first &&= event.stage !== 'queued';
        stages.set(name, event.stage);
        core.info(`${name}: ${event.stage}${event.detail ? ` (${event.detail})` : ''}`);
    };
}
/** Render, upload, annotate, summarise, comment and set outputs. */
async function runMode(inputs, ctx, env) {
    core.debug(`voiceover: ${since('inputs read')}`);
    const shard = inputs.shard ? `${inputs.shard.index}/${inputs.shard.count}` : null;
    const handedItems = shard !== null && inputs.only.length > 0;
    const located = (0,ffmpeg_setup/* locateFfmpeg */.CD)(env);
    // A shard handed its items by the matrix runs exactly those: the plan already applied changed-only.
    const prepared = await (0,prepare/* prepare */.i)({ ...inputs, changedOnly: handedItems ? false : inputs.changedOnly }, ctx, core.info, env);
    core.debug(`voiceover: ${since('config loaded')}`);
    if (!prepared.ok)
        return (0,prepare_failure/* failPrepared */.m)(prepared, inputs, ctx, env);
    const { config } = prepared;
    const { items, notRun } = inputs.shard ? await shardSelection(prepared.items, prepared.notRun, inputs.shard, handedItems, env) : prepared;
    const backendOf = (name) => (0,registry/* resolveBackendName */.G)(inputs.backend ?? config.items.find((i) => i.name === name)?.backend ?? 'auto', env);
    core.info(`voiceover: ${items.length} of ${config.items.length} videos to run${shard ? ` (shard ${shard})` : ''}: ${items.map((i) => `${i.name} (${backendOf(i.name)})`).join(', ') || 'none'}`);
    // Natural voices: their store from the Actions cache and sherpa-onnx, while ffmpeg is looked for (never fails the run).
    const voiceLog = { info: core.info, warning: core.warning, error: (text, title) => core.error(text, { title }) };
    const voiceSetup = items.length === 0 ? undefined : setupVoices(items, { env, catalogueVersion: catalogue.CATALOGUE_VERSION, cache: inputs.voicesCache, log: voiceLog, isLocal: (item) => backendOf(item.name) === 'local' })
        .catch((error) => void core.warning(`voices: ${mode_run_message(error)}`));
    const ffmpeg = items.length > 0 ? await (0,ffmpeg_setup/* setupFfmpeg */.DY)(env, core.info, located).catch((error) => void core.warning(`ffmpeg: ${mode_run_message(error)}`)) : undefined;
    const voices = await voiceSetup;
    const target = { serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo, runId: ctx.runId, retentionDays: inputs.retentionDays };
    const canUpload = (0,artifacts/* artifactsAvailable */.Rj)(env);
    if (!canUpload)
        core.info('artifacts: ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set, so nothing is uploaded');
    const configDir = external_node_path_default().dirname(config.file);
    // Upload problems are folded with the other annotations (at most 10 warnings show per step).
    const warnings = [];
    const warn = (message) => void warnings.push({ level: 'warning', title: 'Voiceover artifact not uploaded', message });
    // A name another job of this run took (same artifact-prefix): an error, or that job's videos are quietly lost.
    const conflicts = [];
    const conflict = (message) => void conflicts.push({ level: 'error', title: artifacts/* ARTIFACT_CONFLICT_TITLE */.ln, message });
    const uploads = videoUploads(target, { prefix: inputs.artifactPrefix, shard, attempt: ctx.runAttempt }, configDir, canUpload, warn, conflict);
    const { report } = await runItems(config, items, {
        ...(inputs.backend ? { backend: inputs.backend } : {}),
        ...(inputs.concurrency ? { concurrency: inputs.concurrency } : {}),
        force: inputs.force,
        env,
        onProgress: progressLog(),
        onItemDone: (item) => {
            core.info(`${item.name}: ${item.status}${item.error ? ` — ${item.error.message}` : ''}`);
            uploads.start(item);
        },
    });
    await ffmpeg?.version;
    // After every video (delivered or not): a voice installed for this run is kept for the next one.
    await voices?.save();
    const videos = await uploads.meta(report.items, backendOf);
    const willFail = inputs.failOn === 'error' && (report.items.some((i) => i.status === 'failed') || conflicts.length > 0);
    const results = {
        version: 1,
        shard,
        report,
        videos,
        notRun,
        config: prepared.configRel,
        notes: prepared.notes,
        problems: [],
        ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
    };
    const annotations = [...(0,github_annotations/* configAnnotations */.fy)(prepared.diagnostics, ctx.workspace), ...(0,github_annotations/* failureAnnotations */.rb)(report.items, configDir, ctx.workspace), ...(0,github_annotations/* warningAnnotations */.HQ)(report.items, configDir, ctx.workspace), ...conflicts, ...warnings];
    // One warning slot stays free for the results upload or the comment, issued after this.
    const { shown, folded } = (0,github_annotations/* foldAnnotations */.AH)(annotations, { reserveError: willFail, reserveWarning: true });
    (0,emit_annotations/* emitAnnotations */.K)(shown);
    results.problems = folded.map(github_annotations/* annotationText */.xr);
    if (canUpload) {
        const name = (0,artifact_names/* resultsArtifactName */.aK)(inputs.artifactPrefix, shard, ctx.runAttempt);
        await (0,artifacts/* uploadResults */.g4)(target, name, results).catch((error) => {
            if (!(0,artifacts/* isArtifactConflict */.R)(error))
                return core.warning(`the results artifact was not uploaded: ${mode_run_message(error)}`);
            conflict((0,artifacts/* artifactConflictMessage */.oJ)(name));
            core.error((0,artifacts/* artifactConflictMessage */.oJ)(name), { title: artifacts/* ARTIFACT_CONFLICT_TITLE */.ln });
        });
    }
    if (conflicts.length > 0)
        results.notes.push(`${conflicts.length} artifact${conflicts.length === 1 ? ' was' : 's were'} not uploaded: another job of this run with the same \`artifact-prefix\` (${inputs.artifactPrefix}) already took the name. Set a distinct \`artifact-prefix\` per job.`);
    // A shard writes its own summary but leaves the comment to the report job.
    await (0,publish/* publish */.mk)(results, shard ? { ...inputs, comment: 'never' } : inputs, ctx, ctx.pullRequest ? { number: ctx.pullRequest.number } : undefined);
    // Videos may all be delivered, but this job's artifacts are missing: fail unless a failed video already did.
    if (conflicts.length > 0 && inputs.failOn === 'error' && !(0,publish/* failureMessage */.oh)(results, inputs.failOn)) {
        core.setFailed(`${conflicts.length} artifact${conflicts.length === 1 ? ' was not uploaded: its name is' : 's were not uploaded: their names are'} taken in this run (fail-on: error)`);
    }
}


/***/ }),

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


/***/ })

};
