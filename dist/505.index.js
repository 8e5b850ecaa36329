export const id = 505;
export const ids = [505];
export const modules = {

/***/ 9505:
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
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
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

// EXTERNAL MODULE: ./src/media/probe.ts + 1 modules
var media_probe = __webpack_require__(196);
;// CONCATENATED MODULE: ./src/runner/deliver.ts
// Write, verify, then rename: no half-written file ever sits where a finished one belongs.




/** Temporary name beside the final file (same folder, so the rename is atomic); `paths` is the platform's path module. */
function partialPath(final, paths = (external_node_path_default())) {
    return paths.join(paths.dirname(final), `.${paths.basename(final)}.partial`);
}
/** Check a rendered MP4 is what we promise: H.264 + AAC, the expected length. */
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
    await writeState(stateFile, state);
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
        temps.push(output, ...Object.values(captions));
        progress({ stage: 'queued' });
        const backend = await (0,registry/* loadBackend */.D)(backendName);
        const result = await backend.process(item, { output, captions, workDir, cacheDir, signal: options.signal, onProgress: progress, logger: options.itemLogger?.(item.name), ...(options.force ? { force: true } : {}) });
        await verifyOutput(output, result.duration_s, options.signal);
        await commitFiles([{ from: output, to: finalMp4 }, ...Object.entries(captions).map(([f, p]) => ({ from: p, to: finalCaptions[f] }))]);
        const report = {
            name: item.name,
            status: 'delivered',
            output: rel(finalMp4),
            captions: Object.values(finalCaptions).map((p) => rel(p)),
            duration_s: result.duration_s,
            timings_s: result.timings_s,
            loudness: result.loudness,
            lines: result.lines,
            ...(result.credits ? { credits: result.credits } : {}),
            ...(result.links ? { links: result.links } : {}),
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
                message: error.message,
                hint: error.hint,
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

// EXTERNAL MODULE: ./src/github/annotations.ts
var github_annotations = __webpack_require__(34793);
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
// EXTERNAL MODULE: ./src/github/prepare.ts + 23 modules
var prepare = __webpack_require__(33363);
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
            const files = [item.output, ...item.captions].map((f) => external_node_path_default().resolve(configDir, f));
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
    const ffmpeg = items.length > 0 ? await (0,ffmpeg_setup/* setupFfmpeg */.DY)(env, core.info, located).catch((error) => void core.warning(`ffmpeg: ${mode_run_message(error)}`)) : undefined;
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
    const annotations = [...(0,github_annotations/* configAnnotations */.fy)(prepared.diagnostics, ctx.workspace), ...(0,github_annotations/* failureAnnotations */.rb)(report.items, configDir, ctx.workspace), ...conflicts, ...warnings];
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


/***/ })

};
