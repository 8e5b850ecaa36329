export const id = 15;
export const ids = [15];
export const modules = {

/***/ 27135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
// Diagnostics collected by parsers (config, scripts): a problem at a file position with a hint.
/** `FILE:LINE:COL message (hint)` as `voiceover check` and annotations print it. */
function formatDiagnostic(d) {
    const hint = d.hint ? ` (hint: ${d.hint})` : '';
    const level = d.severity === 'warning' ? 'warning: ' : '';
    return `${d.file}:${d.line}:${d.col} ${level}${d.message}${hint}`;
}


/***/ }),

/***/ 78014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ videoDurations)
/* harmony export */ });
/* unused harmony export PROBE_CONCURRENCY */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70370);
/* harmony import */ var _media_probe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(196);
// How long each video is (ffprobe), for balancing shards; the file size stands in when probing fails.




/** Seconds assumed per MB when a video cannot be probed (about 4 Mbit/s). */
const SECONDS_PER_MB = 2;
/** Seconds assumed for a video known only by URL. */
const UNKNOWN_S = 60;
/** ffprobe processes at once: a plan of hundreds of videos must not start hundreds of them. */
const PROBE_CONCURRENCY = Math.max(2, Math.min(8, (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)() * 2));
/** Each item's duration: probed (a few at a time), else estimated from its size, else a default. */
async function videoDurations(items, canProbe, concurrency = PROBE_CONCURRENCY) {
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A)(concurrency);
    return Promise.all(items.map((item) => limit(async () => {
        if (item.video.kind !== 'file')
            return { name: item.name, duration_s: UNKNOWN_S };
        if (canProbe) {
            try {
                return { name: item.name, duration_s: (await (0,_media_probe_js__WEBPACK_IMPORTED_MODULE_2__/* .probeMedia */ .PE)(item.video.path)).duration };
            }
            catch {
                // fall through to the size
            }
        }
        const size = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(item.video.path).then((s) => s.size, () => 0);
        return { name: item.name, duration_s: size > 0 ? (size / 1024 / 1024) * SECONDS_PER_MB : UNKNOWN_S };
    })));
}


/***/ }),

/***/ 71074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ findFfprobe),
/* harmony export */   CD: () => (/* binding */ locateFfmpeg),
/* harmony export */   DY: () => (/* binding */ setupFfmpeg)
/* harmony export */ });
/* unused harmony export toolCacheFfmpeg */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _media_locate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85864);
// ffmpeg on runners: FFMPEG_PATH/PATH, else the runner's tool cache, else install it (apt-get, brew, choco);
// the one found is exported as FFMPEG_PATH/FFPROBE_PATH for the pipeline and named in the log.






const exec = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
const arch = () => (process.arch === 'arm64' ? 'arm64' : 'x64');
/** ffmpeg + ffprobe in `$RUNNER_TOOL_CACHE/ffmpeg/<version>/<arch>` (the tool-cache layout, newest version first). */
function toolCacheFfmpeg(toolCache) {
    if (!toolCache)
        return undefined;
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(toolCache, 'ffmpeg');
    let versions;
    try {
        versions = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(root).sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
    }
    catch {
        return undefined;
    }
    const exe = process.platform === 'win32' ? '.exe' : '';
    for (const version of versions) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, version, arch());
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(`${dir}.complete`))
            continue;
        for (const bin of [dir, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'bin')]) {
            const ffmpeg = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(bin, `ffmpeg${exe}`);
            const ffprobe = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(bin, `ffprobe${exe}`);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(ffmpeg) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(ffprobe))
                return { ffmpeg, ffprobe };
        }
    }
    return undefined;
}
function found(env) {
    try {
        const location = (0,_media_locate_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveFfmpeg */ .w)({ env, useNpm: false });
        return { ffmpeg: location.ffmpeg, ffprobe: location.ffprobe, fromEnv: location.sources.ffmpeg === 'env' };
    }
    catch {
        return undefined;
    }
}
async function install(log) {
    const run = async (cmd, args) => {
        log(`installing ffmpeg: ${cmd} ${args.join(' ')}`);
        await exec(cmd, args, { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    };
    if (process.platform === 'linux') {
        const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
        const [cmd = 'apt-get', ...pre] = [...sudo, 'apt-get'];
        await run(cmd, [...pre, 'update', '-qq']);
        await run(cmd, [...pre, 'install', '-y', '-qq', '--no-install-recommends', 'ffmpeg']);
    }
    else if (process.platform === 'darwin') {
        await run('brew', ['install', 'ffmpeg']);
    }
    else if (process.platform === 'win32') {
        await run('choco', ['install', 'ffmpeg', '-y', '--no-progress']);
    }
    else {
        throw new Error(`no installer for ${process.platform}`);
    }
}
async function versionOf(ffmpeg) {
    try {
        const { stdout } = await exec(ffmpeg, ['-hide_banner', '-version']);
        return stdout.split('\n')[0]?.trim() ?? '';
    }
    catch {
        return 'unknown version';
    }
}
/** ffmpeg already here: FFMPEG_PATH/FFPROBE_PATH, PATH, or the tool cache (no process is started). */
function locateFfmpeg(env) {
    const onPath = found(env);
    if (onPath)
        return { ffmpeg: onPath.ffmpeg, ffprobe: onPath.ffprobe, source: onPath.fromEnv ? 'FFMPEG_PATH' : 'PATH' };
    const cached = toolCacheFfmpeg(env.RUNNER_TOOL_CACHE);
    return cached ? { ...cached, source: 'tool cache' } : undefined;
}
/**
 * Use the located ffmpeg, else install it; export FFMPEG_PATH/FFPROBE_PATH into `env` and say which one
 * in the log. Its version is logged when known, without holding up the run.
 */
async function setupFfmpeg(env, log, located = locateFfmpeg(env)) {
    let choice = located;
    if (!choice) {
        try {
            await install(log);
        }
        catch (error) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VoiceoverError */ .pF('FFMPEG_NOT_FOUND', { program: 'ffmpeg', env: 'FFMPEG_PATH' }, {
                cause: error,
                hint: `ffmpeg is not on PATH and installing it failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); add a step that installs it (sudo apt-get install -y ffmpeg) or set FFMPEG_PATH and FFPROBE_PATH`,
            });
        }
        const after = found(env);
        if (!after)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VoiceoverError */ .pF('FFMPEG_NOT_FOUND', { program: 'ffmpeg', env: 'FFMPEG_PATH' });
        choice = { ffmpeg: after.ffmpeg, ffprobe: after.ffprobe, source: 'installed' };
    }
    env.FFMPEG_PATH = choice.ffmpeg;
    env.FFPROBE_PATH = choice.ffprobe;
    log(`ffmpeg: ${choice.ffmpeg} (${choice.source})`);
    return { choice, version: versionOf(choice.ffmpeg).then((v) => log(`ffmpeg version: ${v}`)) };
}
/** ffprobe without installing anything (the plan job only probes, and can estimate without it). */
function findFfprobe(env) {
    const choice = locateFfmpeg(env);
    if (!choice)
        return false;
    env.FFMPEG_PATH = choice.ffmpeg;
    env.FFPROBE_PATH = choice.ffprobe;
    return true;
}


/***/ }),

/***/ 66534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ planShards)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65446);
// Pure fan-out plan: videos split into at most 256 shards balanced by duration (greedy, longest first).

/**
 * Split videos into `shards` groups (never more than videos, nor 256). Longest first, each to the
 * least-loaded shard (ties: the lower shard); items keep config order inside a shard.
 */
function planShards(videos, shards) {
    const count = Math.max(0, Math.min(shards, videos.length, _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SHARDS */ .hH));
    if (count === 0)
        return { include: [] };
    const order = new Map(videos.map((v, i) => [v.name, i]));
    const bins = Array.from({ length: count }, () => ({ items: [], total: 0 }));
    const longestFirst = [...videos].sort((a, b) => b.duration_s - a.duration_s || (order.get(a.name) - order.get(b.name)));
    for (const video of longestFirst) {
        let best = bins[0];
        for (const bin of bins)
            if (bin.total < best.total)
                best = bin;
        best.items.push(video);
        best.total += video.duration_s;
    }
    return {
        include: bins.map((bin, i) => ({
            shard: `${i + 1}/${count}`,
            items: bin.items.sort((a, b) => order.get(a.name) - order.get(b.name)).map((v) => v.name),
            duration_s: Math.round(bin.total * 10) / 10,
        })),
    };
}


/***/ }),

/***/ 60143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ failPrepared)
/* harmony export */ });
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27135);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34793);
/* harmony import */ var _artifact_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68036);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4616);
/* harmony import */ var _emit_annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83123);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9185);
// When the config is invalid (or `only` matches nothing): annotate it, upload the results (a report job
// reads them), say so in the summary, the sticky comment and the outputs, and fail.






/** Annotate the diagnostics, upload results, publish (nothing ran), and fail the step whatever fail-on says. */
async function failPrepared(prepared, inputs, ctx, env = process.env) {
    (0,_emit_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .emitAnnotations */ .K)((0,_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .foldAnnotations */ .AH)((0,_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .configAnnotations */ .fy)(prepared.diagnostics, ctx.workspace, prepared.title), { reserveError: true }).shown);
    const shard = inputs.shard ? `${inputs.shard.index}/${inputs.shard.count}` : null;
    const results = {
        version: 1,
        shard,
        report: { version: 1, backend: '', items: [] },
        videos: {},
        notRun: [],
        config: prepared.configRel,
        notes: [`${prepared.message}.`],
        problems: prepared.diagnostics.map(_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDiagnostic */ .x),
        failure: prepared.message,
        ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
    };
    const warnings = [];
    if ((0,_artifacts_js__WEBPACK_IMPORTED_MODULE_1__/* .artifactsAvailable */ .Rj)(env)) {
        const target = { serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo, runId: ctx.runId, retentionDays: inputs.retentionDays };
        await (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_1__/* .uploadResults */ .g4)(target, (0,_artifact_names_js__WEBPACK_IMPORTED_MODULE_5__/* .resultsArtifactName */ .aK)(inputs.artifactPrefix, shard, ctx.runAttempt), results).catch((error) => warnings.push(`the results artifact was not uploaded: ${error instanceof Error ? error.message : String(error)}`));
    }
    // A shard leaves the comment to the report job; otherwise the sticky comment must not stay green.
    await (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .publish */ .mk)(results, shard ? { ...inputs, comment: 'never' } : inputs, ctx, ctx.pullRequest ? { number: ctx.pullRequest.number } : undefined, (w) => warnings.push(w));
    (0,_emit_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .emitAnnotations */ .K)((0,_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .foldAnnotations */ .AH)(warnings.map((message) => ({ level: 'warning', title: 'Voiceover', message }))).shown);
}


/***/ }),

/***/ 72120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ prepare)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/config/merge.ts
// Deep merge of per-video settings over defaults: objects merge key by key, anything else replaces.
/** Whether a value is a plain (YAML mapping) object. */
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `override` over `base`: plain objects merge key by key, other values (lists, null) replace, undefined keeps. */
function deepMerge(base, override) {
    if (override === undefined)
        return base;
    if (!isPlainObject(base) || !isPlainObject(override))
        return override;
    const out = { ...base };
    for (const [key, value] of Object.entries(override))
        out[key] = deepMerge(base[key], value);
    return out;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/config/yaml-source.ts
// A parsed YAML config with the means to turn a data path into a FILE:LINE:COL position.

/** Parse YAML text; syntax errors and warnings come back as diagnostics. */
function parseYamlSource(text, file) {
    const lines = new dist/* LineCounter */.HN();
    // `merge`: YAML 1.1 merge keys (`<<: *shared`), so videos can share an anchored block of settings.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: true });
    const toDiagnostic = (e, severity) => {
        const { line, col } = lines.linePos(e.pos[0]);
        const message = severity === 'error' ? `YAML syntax error: ${e.message}` : `YAML: ${e.message}`;
        return { file, line, col, message, severity };
    };
    const diagnostics = [
        ...doc.errors.map((e) => toDiagnostic(e, 'error')),
        ...doc.warnings.map((e) => toDiagnostic(e, 'warning')),
    ];
    return { source: { file, doc, lines, text }, diagnostics };
}
const keyText = (key) => ((0,dist/* isScalar */.jn)(key) ? String(key.value) : String(key));
/** A `<<` key (the yaml library parses it to a symbol when `merge` is on). */
const isMergeKey = (key) => (0,dist/* isScalar */.jn)(key) && (typeof key.value === 'symbol' ? key.value.description === '<<' : key.value === '<<');
/** The pair for `segment` in a map: its own key first, else (in order) the maps its `<<` merge keys name. */
function findPair(source, map, segment, depth = 0) {
    const own = map.items.find((p) => keyText(p.key) === segment && !isMergeKey(p.key));
    if (own || depth > 8)
        return own;
    for (const merge of map.items.filter((p) => isMergeKey(p.key))) {
        const sources = (0,dist/* isSeq */.oP)(merge.value) ? merge.value.items : [merge.value];
        for (const from of sources) {
            const target = (0,dist/* isAlias */.Vj)(from) ? from.resolve(source.doc) : from;
            const found = (0,dist/* isMap */.jh)(target) ? findPair(source, target, segment, depth + 1) : undefined;
            if (found)
                return found;
        }
    }
    return undefined;
}
/** The deepest node along `path` (its key node when `key`), and whether the whole path exists; keys merged in by `<<` are found where they are written. */
function nodeAt(source, path, key = false) {
    let node = source.doc.contents;
    for (const [i, segment] of path.entries()) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(source.doc);
        let next;
        let keyNode;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = findPair(source, node, String(segment));
            keyNode = pair?.key;
            next = pair ? (pair.value ?? pair.key) : undefined;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            next = node.items[segment];
        }
        if (next === undefined || next === null)
            return { node: node, exact: false };
        if (key && i === path.length - 1 && keyNode)
            return { node: keyNode, exact: true };
        node = next;
    }
    return { node: node, exact: true };
}
/** 1-based line and column of the value (or key) at `path`, or of its deepest existing ancestor. */
function positionAt(source, path, key = false) {
    const { node } = nodeAt(source, path, key);
    const offset = node?.range?.[0];
    return offset === undefined ? { line: 1, col: 1 } : source.lines.linePos(offset);
}
/** A diagnostic pointing at the value (or key) at `path`. */
function diagnosticAt(source, path, message, options = {}) {
    const { line, col } = positionAt(source, path, options.key);
    const d = { file: source.file, line, col, message, severity: options.severity ?? 'error' };
    if (options.hint)
        d.hint = options.hint;
    return d;
}
/** Whether the config writes `path` explicitly (not inherited). */
function hasPath(source, path) {
    return nodeAt(source, path).exact;
}
/** Lines before the first text line of the string at `path`: a block scalar's text starts below its `|`. */
function textLineOffset(source, path) {
    const { node } = nodeAt(source, path);
    const line = positionAt(source, path).line;
    const block = (0,dist/* isScalar */.jn)(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
    return block ? line : line - 1;
}
/** Columns before a script's text on each config line: a block scalar's indentation, or where a one-line value starts (after its quote). */
function textColumnOffset(source, path) {
    const { node } = nodeAt(source, path);
    if (!(0,dist/* isScalar */.jn)(node) || !node.range)
        return 0;
    const [start, end] = node.range;
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        if (source.text === undefined)
            return 0;
        const body = source.text.slice(start, end).split('\n').slice(1);
        const indents = body.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
        return indents.length > 0 ? Math.min(...indents) : 0;
    }
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    return source.lines.linePos(start).col - 1 + (quoted ? 1 : 0);
}

;// CONCATENATED MODULE: ./src/config/check-backend.ts


const BACKENDS = ['auto', 'local', 'nemo'];
/** The backend `videos[i]` will run on, or undefined when it depends on what is not known here (`auto` without a resolver). */
function itemBackend(ctx, item, resolve) {
    const fallback = isPlainObject(ctx.data.defaults) ? ctx.data.defaults.backend : undefined;
    const configured = item.backend ?? fallback ?? 'auto';
    if (typeof configured !== 'string' || !BACKENDS.includes(configured))
        return undefined;
    const name = configured;
    if (resolve)
        return resolve(name);
    return name === 'auto' ? undefined : name;
}
/** A `url:` video on the local backend fails at run time (it reads repository files): say so at the `url:` line. */
function checkUrlBackend(ctx, i, item, backend) {
    if (backend !== 'local' || typeof item.url !== 'string' || item.video !== undefined)
        return;
    const hint = 'commit the video and give its path in `video:`, or use the nemo backend (`backend: nemo`, or set NEMO_TOKEN with `backend: auto`)';
    ctx.diagnostics.push(diagnosticAt(ctx.source, ['videos', i, 'url'], '`url:` videos need the nemo backend; this video runs on the local backend, which reads files in the repository', { hint }));
}

;// CONCATENATED MODULE: ./src/config/repo-paths.ts
// The repository root, and input paths checked to stay inside it and to exist.


/** Whether `p` is `dir` or below it (purely lexical). */
function isInside(dir, p) {
    const rel = external_node_path_default().relative(dir, p);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(rel));
}
async function exists(p) {
    return (0,promises_.lstat)(p).then(() => true, () => false);
}
async function nearestGitFolder(start) {
    for (let at = start;;) {
        if (await exists(external_node_path_default().join(at, '.git')))
            return at;
        const up = external_node_path_default().dirname(at);
        if (up === at)
            return undefined;
        at = up;
    }
}
/** `root` if given, else the nearest folder above `configDir` holding `.git`, else `configDir`. */
async function findRepoRoot(configDir, root) {
    const dir = root === undefined ? ((await nearestGitFolder(configDir)) ?? configDir) : external_node_path_default().resolve(root);
    const real = await (0,promises_.realpath)(dir).catch(() => dir);
    return { dir, real };
}
/** Resolve `written` against `baseDir` and check it is an existing file inside the repository. */
async function checkInputPath(written, baseDir, root) {
    const abs = external_node_path_default().resolve(baseDir, written);
    if (!isInside(root.dir, abs) && !isInside(root.real, abs))
        return { ok: false, abs, problem: 'outside' };
    const real = await (0,promises_.realpath)(abs).catch(() => undefined);
    if (real === undefined)
        return { ok: false, abs, problem: 'missing' };
    if (!isInside(root.real, real))
        return { ok: false, abs, problem: 'symlink-outside', real };
    if ((await (0,promises_.stat)(real)).isDirectory())
        return { ok: false, abs, problem: 'directory' };
    return { ok: true, abs };
}

;// CONCATENATED MODULE: ./src/config/script-source.ts
// Whether a `script:` value is inline text or a file, and what format a script file has.

/** Script file extensions and the format each is read as. */
const SCRIPT_FORMATS = {
    '.txt': 'text',
    '.md': 'text',
    '.markdown': 'text',
    '.srt': 'srt',
    '.vtt': 'vtt',
};
/**
 * A single line ending in a script extension is a file; a single word with a slash but another
 * extension is a mistaken path; anything else (several lines, plain sentences) is inline text.
 * A 'file' value with spaces that names no existing file is read as inline text by `checkInputs`.
 */
function scriptKind(value) {
    const text = value.trim();
    if (text.includes('\n'))
        return 'inline';
    if (SCRIPT_FORMATS[external_node_path_default().extname(text).toLowerCase()] !== undefined)
        return 'file';
    return /[/\\]/.test(text) && !/\s/.test(text) ? 'bad-extension' : 'inline';
}
/** The format of a script file, from its extension. */
function scriptFormat(file) {
    return SCRIPT_FORMATS[external_node_path_default().extname(file).toLowerCase()] ?? 'text';
}

;// CONCATENATED MODULE: ./src/config/check-inputs.ts
// Per-video input checks: video or url, the script (file or inline), the music file; all inside the repository.





/** Check one path value; add a diagnostic at `at` and return undefined when it is unusable. */
async function checkFile(ctx, label, written, at) {
    const result = await checkInputPath(written, ctx.configDir, ctx.root);
    if (result.ok)
        return result.abs;
    const outsideHint = `inputs must be inside the repository (${ctx.root.dir}); move the file there${label === 'video' ? ' or give `url:` instead' : ''}`;
    const problems = {
        outside: [`${label} path \`${written}\` is outside the repository (${result.abs})`, outsideHint],
        'symlink-outside': [`${label} path \`${written}\` is a symlink to ${result.real ?? '?'}, outside the repository`, outsideHint],
        missing: [
            `${label} file \`${written}\` does not exist (${result.abs})`,
            `paths are relative to the config file's folder (${ctx.configDir})${label === 'script' ? '; to speak these words instead, write them under `script: |`' : ''}`,
        ],
        directory: [`${label} path \`${written}\` is a folder, not a file (${result.abs})`, 'give the path of a file'],
    };
    const [message, hint] = problems[result.problem];
    ctx.diagnostics.push(diagnosticAt(ctx.source, at, message, { hint }));
    return undefined;
}
async function checkVideo(ctx, i, item) {
    const here = ['videos', i];
    const name = typeof item.name === 'string' ? ` \`${item.name}\`` : '';
    if (item.video !== undefined && item.url !== undefined) {
        ctx.diagnostics.push(diagnosticAt(ctx.source, [...here, 'url'], `video${name} has both \`video\` and \`url\`; give only one`, { key: true }));
        return undefined;
    }
    if (item.video === undefined && item.url === undefined) {
        const hint = 'add `video: path/in/repo.mp4` or `url: https://…`';
        ctx.diagnostics.push(diagnosticAt(ctx.source, here, `video${name} needs \`video\` (a file in the repository) or \`url\``, { hint }));
        return undefined;
    }
    if (typeof item.url === 'string')
        return { kind: 'url', url: item.url };
    if (typeof item.video !== 'string' || item.video === '')
        return undefined;
    const abs = await checkFile(ctx, 'video', item.video, [...here, 'video']);
    return abs === undefined ? undefined : { kind: 'file', path: abs, rel: item.video };
}
async function checkScript(ctx, i, item) {
    const at = ['videos', i, 'script'];
    const value = item.script;
    if (typeof value !== 'string')
        return undefined;
    if (value.trim() === '') {
        ctx.diagnostics.push(diagnosticAt(ctx.source, at, '`script` is empty', { hint: 'give a script file, or the narration text under `script: |`' }));
        return undefined;
    }
    const kind = scriptKind(value);
    const inline = () => ({ text: value, format: 'text', rel: ctx.source.file, lineOffset: textLineOffset(ctx.source, at), column: textColumnOffset(ctx.source, at) });
    if (kind === 'inline')
        return inline();
    if (kind === 'bad-extension') {
        const hint = 'script files end in .txt, .md, .srt or .vtt; write inline text as `script: |` followed by indented lines';
        ctx.diagnostics.push(diagnosticAt(ctx.source, at, `script \`${value}\` looks like a path but is not a script file`, { hint }));
        return undefined;
    }
    const written = value.trim();
    // "Read the notes.txt" is a sentence, not a path: words with spaces and no such file are spoken.
    if (/\s/.test(written)) {
        const found = await checkInputPath(written, ctx.configDir, ctx.root);
        if (!found.ok && found.problem === 'missing')
            return inline();
    }
    const abs = await checkFile(ctx, 'script', written, at);
    if (abs === undefined)
        return undefined;
    const text = await (0,promises_.readFile)(abs, 'utf8').catch((error) => {
        const detail = error instanceof Error ? error.message : String(error);
        ctx.diagnostics.push(diagnosticAt(ctx.source, at, `script file \`${written}\` cannot be read: ${detail}`));
        return undefined;
    });
    if (text === undefined)
        return undefined;
    return { text: text.replace(/^\uFEFF/, ''), format: scriptFormat(abs), path: abs, rel: written, lineOffset: 0 };
}
async function checkMusic(ctx, i, item) {
    const defaults = isPlainObject(ctx.data.defaults) ? ctx.data.defaults.music : undefined;
    const music = deepMerge(defaults, item.music);
    if (!isPlainObject(music))
        return undefined;
    const own = hasPath(ctx.source, ['videos', i, 'music']);
    const base = own ? ['videos', i, 'music'] : ['defaults', 'music'];
    if (music.file === undefined) {
        const hint = 'add `file: path/to/music.mp3`, or `music: null` for no music';
        ctx.diagnostics.push(diagnosticAt(ctx.source, base, '`music` needs a `file`', { hint }));
        return undefined;
    }
    if (typeof music.file !== 'string' || music.file === '')
        return undefined;
    const ownFile = hasPath(ctx.source, ['videos', i, 'music', 'file']);
    const abs = await checkFile(ctx, 'music', music.file, ownFile ? ['videos', i, 'music', 'file'] : ['defaults', 'music', 'file']);
    return abs === undefined ? undefined : { file: abs, rel: music.file };
}
/** Check the video, script and music of `videos[i]`; problems go to `ctx.diagnostics`. */
async function checkInputs(ctx, i, item) {
    const facts = {};
    const video = await checkVideo(ctx, i, item);
    const script = await checkScript(ctx, i, item);
    const music = await checkMusic(ctx, i, item);
    if (video)
        facts.video = video;
    if (script)
        facts.script = script;
    if (music)
        facts.music = music;
    return facts;
}

;// CONCATENATED MODULE: ./src/config/check-names.ts


/** Report every repeated `name`, pointing at the repeat and naming the first one's line. */
function checkDuplicateNames(ctx, videos) {
    const first = new Map();
    for (const [i, item] of videos.entries()) {
        if (!isPlainObject(item) || typeof item.name !== 'string')
            continue;
        const seen = first.get(item.name);
        if (seen === undefined) {
            first.set(item.name, i);
            continue;
        }
        const line = positionAt(ctx.source, ['videos', seen, 'name']).line;
        const hint = 'names become output file and artifact names, so each must be unique';
        ctx.diagnostics.push(diagnosticAt(ctx.source, ['videos', i, 'name'], `duplicate video name \`${item.name}\` (first used on line ${line})`, { hint }));
    }
}

;// CONCATENATED MODULE: ./src/config/check-output.ts
// Per-video output check: `output.dir` must stay inside the repository (like every input path).




/** Check the `output.dir` that applies to `videos[i]` (its own, else the default) stays inside the repository. */
function checkOutputDir(ctx, i, item) {
    const own = isPlainObject(item.output) ? item.output.dir : undefined;
    const fallback = isPlainObject(ctx.data.defaults) && isPlainObject(ctx.data.defaults.output) ? ctx.data.defaults.output.dir : undefined;
    const dir = own ?? fallback;
    if (typeof dir !== 'string' || dir === '')
        return;
    const abs = external_node_path_default().resolve(ctx.configDir, dir);
    if (isInside(ctx.root.dir, abs) || isInside(ctx.root.real, abs))
        return;
    const at = own !== undefined ? ['videos', i, 'output', 'dir'] : ['defaults', 'output', 'dir'];
    const hint = `write outputs inside the repository (${ctx.root.dir}), e.g. \`dir: out\`; to write elsewhere on purpose, pass \`voiceover run --out DIR\``;
    ctx.diagnostics.push(diagnosticAt(ctx.source, at, `output.dir \`${dir}\` is outside the repository (${abs})`, { hint }));
}

// EXTERNAL MODULE: ./src/config/defaults.ts
var config_defaults = __webpack_require__(31954);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
;// CONCATENATED MODULE: ./src/config/suggest.ts
// "Did you mean" suggestions: the closest candidate within a small edit distance.

/** The candidate closest to `word` (case-insensitive) if within `max` edits and not a total rewrite. */
function closestMatch(word, candidates, max = 2) {
    const lower = word.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = (0,mod/* distance */.Io)(lower, candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return bestDistance <= max && bestDistance < word.length ? best : undefined;
}
/** `; did you mean \`x\`?` when a close candidate exists, else ''. */
function didYouMean(word, candidates, max = 2) {
    const match = closestMatch(word, candidates, max);
    return match === undefined ? '' : `; did you mean \`${match}\`?`;
}

;// CONCATENATED MODULE: ./src/config/voice-catalogue.ts
// The voices the config may name, passed in as plain data (config cannot import the TTS layer).
/** Primary subtag of a language tag, lower-cased: `en-US` → `en`. */
function primary(tag) {
    return (tag.split(/[-_]/)[0] ?? tag).toLowerCase();
}
/** Whether a voice's language can speak a config's language (`en` and `en-US` match each other). */
function languageMatches(voiceLanguage, wanted) {
    return primary(voiceLanguage) === primary(wanted);
}
/** Missing engines whose language list names `language` (by primary subtag), else all of them. */
function installersFor(catalogue, language) {
    const wanted = primary(language);
    const named = catalogue.missing.filter((m) => m.languages
        .split(/[^A-Za-z0-9-_]+/)
        .filter(Boolean)
        .some((tag) => primary(tag) === wanted));
    return named.length > 0 ? named : catalogue.missing;
}

;// CONCATENATED MODULE: ./src/config/check-voices.ts






const LIST_HINT = 'run `voiceover voices` to list the installed voices';
/** Where a setting of `videos[i]` is written: the video, else defaults, else (built in) the video entry. */
function settingPath(ctx, i, key) {
    if (hasPath(ctx.source, ['videos', i, key]))
        return ['videos', i, key];
    if (hasPath(ctx.source, ['defaults', key]))
        return ['defaults', key];
    return ['videos', i];
}
/** Where a voice/language mismatch is shown: the video's own voice or language line before an inherited one. */
function mismatchPath(ctx, i) {
    const ownVoice = hasPath(ctx.source, ['videos', i, 'voice']);
    return !ownVoice && hasPath(ctx.source, ['videos', i, 'language']) ? ['videos', i, 'language'] : settingPath(ctx, i, 'voice');
}
function checkLanguage(ctx, i, language, catalogue) {
    const installers = installersFor(catalogue, language);
    const install = installers.map((m) => `install ${m.engine} (${m.install})`).join(' or ');
    const languages = [...new Set(catalogue.voices.map((v) => v.language))].join(', ');
    const message = `no voice for language '${language}'${install ? `: ${install}` : ''}`;
    const hint = languages ? `or set \`language\` to one with voices: ${languages}` : LIST_HINT;
    ctx.diagnostics.push(diagnosticAt(ctx.source, settingPath(ctx, i, 'language'), message, { hint }));
}
function checkEngineVoice(ctx, i, engine, language, forLanguage) {
    if (forLanguage.length === 0 || forLanguage.some((v) => v.engine === engine))
        return;
    const hint = `pick a ${language} voice (${forLanguage.slice(0, 4).map((v) => v.id).join(', ')}) or \`voice: auto\``;
    ctx.diagnostics.push(diagnosticAt(ctx.source, mismatchPath(ctx, i), `engine \`${engine}\` has no voice for ${language}`, { hint, severity: 'warning' }));
}
/** Whether `videos[i]` or the defaults write `voice` (else the language picks it: `defaultVoiceFor`). */
function voiceWritten(ctx, i) {
    return hasPath(ctx.source, ['videos', i, 'voice']) || hasPath(ctx.source, ['defaults', 'voice']);
}
/**
 * Check the voice and language of `videos[i]`. `voice` may be a voice id, an engine id (that engine's
 * best voice) or `auto`, as the TTS registry resolves it. Skipped for the nemo backend (its own voices):
 * `backend` is the item's effective backend when known.
 */
function checkVoices(ctx, i, item, catalogue, backend) {
    const defaults = isPlainObject(ctx.data.defaults) ? ctx.data.defaults : {};
    const merged = deepMerge(deepMerge((0,config_defaults/* builtinDefaults */.sk)(), defaults), item);
    if (!isPlainObject(merged) || (backend ?? merged.backend) === 'nemo')
        return;
    const { language } = merged;
    if (typeof language !== 'string' || !schema/* LANGUAGE_PATTERN */.Cf.test(language) || typeof merged.voice !== 'string')
        return;
    const voice = voiceWritten(ctx, i) ? merged.voice : (0,config_defaults/* defaultVoiceFor */.vS)(language);
    const forLanguage = catalogue.voices.filter((v) => languageMatches(v.language, language));
    if (forLanguage.length === 0)
        checkLanguage(ctx, i, language, catalogue);
    if (voice === 'auto' || voice === '')
        return;
    const at = settingPath(ctx, i, 'voice');
    const missingEngine = catalogue.missing.find((m) => m.engine === voice);
    if (missingEngine) {
        ctx.diagnostics.push(diagnosticAt(ctx.source, at, `engine \`${voice}\` is not installed: install it (${missingEngine.install})`, { hint: LIST_HINT }));
        return;
    }
    if (catalogue.voices.some((v) => v.engine === voice))
        return checkEngineVoice(ctx, i, voice, language, forLanguage);
    const found = catalogue.voices.find((v) => v.id.toLowerCase() === voice.toLowerCase());
    if (found === undefined) {
        const close = closestMatch(voice, catalogue.voices.map((v) => v.id));
        const suggestion = close === undefined ? '' : `; did you mean \`${close}\`?`;
        const ids = forLanguage.slice(0, 8).map((v) => v.id);
        const notListed = catalogue.missing.length > 0 ? `; not installed here: ${catalogue.missing.map((m) => m.engine).join(', ')}` : '';
        const hint = (ids.length > 0 ? `${LIST_HINT}; voices for ${language}: ${ids.join(', ')}` : LIST_HINT) + notListed;
        ctx.diagnostics.push(diagnosticAt(ctx.source, at, `unknown voice \`${voice}\`${suggestion}`, { hint }));
    }
    else if (forLanguage.length > 0 && !languageMatches(found.language, language)) {
        const hint = `pick a ${language} voice (${forLanguage.slice(0, 4).map((v) => v.id).join(', ')}) or set \`language: ${found.language}\``;
        const message = `voice \`${found.id}\` speaks ${found.language}, but the language is ${language}`;
        ctx.diagnostics.push(diagnosticAt(ctx.source, mismatchPath(ctx, i), message, { hint, severity: 'warning' }));
    }
}

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var core_diagnostics = __webpack_require__(27135);
;// CONCATENATED MODULE: ./src/config/config-error.ts
// The error `loadConfigOrThrow` throws: CONFIG_INVALID (or CONFIG_NOT_FOUND) carrying every diagnostic.


/** A config that could not be loaded; `diagnostics` holds every problem (errors and warnings). */
class config_error_ConfigError extends errors/* VoiceoverError */.pF {
    diagnostics;
    constructor(diagnostics, options) {
        const errors = diagnostics.filter((d) => d.severity === 'error');
        const first = errors[0] ?? diagnostics[0];
        const location = first ? { file: first.file, line: first.line, col: first.col } : { file: options.file };
        if (options.notFound) {
            super('CONFIG_NOT_FOUND', { file: options.file }, { location });
        }
        else {
            const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
            const detail = [`${count} in ${options.file}:`, ...errors.map(core_diagnostics/* formatDiagnostic */.x)].join('\n');
            const generic = 'fix the lines above; `voiceover check` lists every problem';
            const hint = errors.length === 1 ? (first?.hint ?? generic) : generic;
            super('CONFIG_INVALID', { detail, hint }, { location });
        }
        this.name = 'ConfigError';
        this.diagnostics = diagnostics;
    }
}

;// CONCATENATED MODULE: ./src/config/resolve-item.ts
// Build one fully resolved ItemConfig from a validated video entry, the defaults and its checked inputs.



/** Merge the video's settings over defaults over the built-ins and resolve its paths. */
function resolveItem(input) {
    const { name, video: _video, url: _url, script: _script, ...own } = input.video;
    // Both layers were validated by the schema, and the built-ins are complete, so the merge is total.
    const merged = deepMerge(deepMerge((0,config_defaults/* builtinDefaults */.sk)(), input.defaults ?? {}), own);
    const item = {
        name,
        index: input.index,
        line: input.line,
        video: input.facts.video,
        script: input.facts.script,
        backend: merged.backend,
        language: merged.language,
        voice: input.voiceWritten === false ? (0,config_defaults/* defaultVoiceFor */.vS)(merged.language) : merged.voice,
        instruction: merged.instruction,
        output: { ...merged.output, dir: external_node_path_default().resolve(input.configDir, merged.output.dir) },
        audio: { ...merged.audio },
        captions: { sidecar: [...new Set(merged.captions.sidecar)], burn: merged.captions.burn },
        nemo: { ...merged.nemo },
    };
    if (merged.music && input.facts.music) {
        item.music = { ...input.facts.music, volume: merged.music.volume ?? config_defaults/* DEFAULT_MUSIC_VOLUME */.Rs };
    }
    return item;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/config/data-path.ts
/** The raw value at `path`, or undefined where the path does not exist. */
function valueAt(data, path) {
    let value = data;
    for (const segment of path) {
        if (typeof value !== 'object' || value === null)
            return undefined;
        value = value[segment];
    }
    return value;
}
/** `videos[1].audio.loudness` style name of a path. */
function formatPath(path) {
    return path.reduce((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');
}
/** What a raw YAML value is, in words: string, number, boolean, null, list, mapping. */
function kindOf(value) {
    if (value === null || value === undefined)
        return 'null';
    if (Array.isArray(value))
        return 'list';
    if (typeof value === 'object')
        return 'mapping';
    return typeof value;
}
/** A short quoted rendering of a raw value for messages. */
function show(value) {
    const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
    return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
}

;// CONCATENATED MODULE: ./src/config/zod-issues.ts
// Turn zod's validation issues into diagnostics with positions and plain-language messages.




const EXPECTED = {
    number: 'a number',
    int: 'a whole number',
    string: 'a string',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
};
const FORMAT_HELP = {
    name: 'lowercase letters, digits, ".", "_" or "-", starting with a letter or digit',
    language: 'a language tag like en, de or pt-BR',
    url: 'an http:// or https:// address',
};
/** The keys the schema allows in the mapping at `path` (list indexes step into elements). */
function knownKeysAt(schema, path) {
    let node = schema;
    for (const segment of [...path, null]) {
        while (node instanceof schemas/* ZodOptional */.IiU || node instanceof schemas/* ZodNullable */.l1C)
            node = node.unwrap();
        if (segment === null)
            break;
        if (node instanceof schemas/* ZodArray */.naA)
            node = node.element;
        else if (node instanceof schemas/* ZodObject */.bvH && typeof segment === 'string')
            node = node.shape[segment];
        else
            return [];
    }
    return node instanceof schemas/* ZodObject */.bvH ? Object.keys(node.shape) : [];
}
/** Diagnostics for every zod issue, positioned in the YAML source. */
function issueDiagnostics(issues, data, source, schema) {
    return issues.flatMap((issue) => {
        const path = issue.path.filter((s) => typeof s !== 'symbol');
        return toDiagnostics(issue, path, data, source, schema);
    });
}
function toDiagnostics(issue, path, data, source, schema) {
    const at = (message, hint, p = path, key = false) => [
        diagnosticAt(source, p, message, hint === undefined ? { key } : { key, hint }),
    ];
    const label = `\`${formatPath(path)}\``;
    const value = valueAt(data, path);
    const last = path[path.length - 1];
    if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
        if (path.length === 1 && last === 'version')
            return at('missing `version: 1`', 'put `version: 1` at the top of the config');
        const parent = path.length > 1 ? ` in \`${formatPath(path.slice(0, -1))}\`` : '';
        return at(`missing required key \`${String(last)}\`${parent}`);
    }
    switch (issue.code) {
        case 'unrecognized_keys': {
            const known = knownKeysAt(schema, path);
            const where = path.length === 0 ? '' : ` in \`${formatPath(path)}\``;
            return issue.keys.flatMap((key) => at(`unknown key \`${key}\`${where}${didYouMean(key, known)}`, `allowed keys here: ${known.join(', ')}`, [...path, key], true));
        }
        case 'invalid_type': {
            const expected = EXPECTED[issue.expected] ?? issue.expected;
            const got = typeof value === 'number' && (issue.expected === 'int' || !Number.isFinite(value)) ? String(value) : kindOf(value);
            return at(`${label}: expected ${expected}, got ${got}`);
        }
        case 'invalid_value': {
            if (last === 'version' && path.length === 1) {
                return at(`unsupported config version ${show(value)}`, 'this voiceover reads `version: 1`');
            }
            const allowed = issue.values.map(String);
            const close = typeof value === 'string' ? didYouMean(value, allowed) : '';
            return at(`${label} must be one of ${allowed.join(', ')}; got ${show(value)}${close}`);
        }
        case 'too_small':
        case 'too_big': {
            const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
            if (issue.origin === 'array')
                return at(`${label} must list at least ${String(bound)} entry`);
            if (issue.origin === 'string')
                return at(`${label} must not be empty`);
            const word = issue.code === 'too_small' ? (issue.inclusive ? 'at least' : 'greater than') : issue.inclusive ? 'at most' : 'less than';
            return at(`${label} must be ${word} ${String(bound)}; got ${show(value)}`);
        }
        case 'invalid_format': {
            const help = FORMAT_HELP[typeof last === 'string' ? last : ''] ?? `in ${issue.format} format`;
            return at(`${label} must be ${help}; got ${show(value)}`);
        }
        default:
            return at(`${label}: ${issue.message}`);
    }
}

;// CONCATENATED MODULE: ./src/config/load.ts
// Load a config file: parse, validate, check inputs and voices, and resolve it, with every problem as a diagnostic.















/** The config file as diagnostics name it: relative to the working folder when inside it. */
function displayPath(file) {
    if (!external_node_path_default().isAbsolute(file))
        return external_node_path_default().normalize(file);
    const rel = external_node_path_default().relative(process.cwd(), file);
    return rel !== '' && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? rel : file;
}
const isError = (d) => d.severity === 'error';
/** Sort by position and drop repeats (a bad default is found once per video). */
function tidy(diagnostics) {
    const seen = new Set();
    const unique = diagnostics.filter((d) => {
        const key = `${d.line}:${d.col}:${d.severity}:${d.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return unique.sort((a, b) => a.line - b.line || a.col - b.col);
}
async function load(file, options) {
    const abs = external_node_path_default().resolve(file);
    const shown = displayPath(file);
    const at = (message, hint) => ({ file: shown, line: 1, col: 1, message, severity: 'error', ...(hint ? { hint } : {}) });
    let text;
    try {
        text = await (0,promises_.readFile)(abs, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { notFound: true, diagnostics: [at(`config file ${shown} does not exist`, errors/* ERRORS */.Sr.CONFIG_NOT_FOUND.hint)] };
        return { diagnostics: [at(`config file ${shown} cannot be read: ${error.message}`)] };
    }
    const { source, diagnostics } = parseYamlSource(text, shown);
    if (diagnostics.some(isError))
        return { diagnostics: tidy(diagnostics) };
    const data = source.doc.toJS();
    if (!isPlainObject(data)) {
        diagnostics.push(at('the config must be a mapping with `version: 1` and `videos:`', 'see voiceover.config.example.yml'));
        return { diagnostics: tidy(diagnostics) };
    }
    const parsed = schema/* configSchema */.Qn.safeParse(data);
    if (!parsed.success)
        diagnostics.push(...issueDiagnostics(parsed.error.issues, data, source, schema/* configSchema */.Qn));
    const configDir = external_node_path_default().dirname(abs);
    const root = await findRepoRoot(configDir, options.root);
    const ctx = { source, data, configDir, root, diagnostics };
    const videos = Array.isArray(data.videos) ? data.videos : [];
    checkDuplicateNames(ctx, videos);
    const facts = [];
    for (const [i, item] of videos.entries()) {
        if (!isPlainObject(item)) {
            facts.push(undefined);
            continue;
        }
        facts.push(await checkInputs(ctx, i, item));
        checkOutputDir(ctx, i, item);
        const backend = itemBackend(ctx, item, options.backend);
        checkUrlBackend(ctx, i, item, backend);
        if (options.voices)
            checkVoices(ctx, i, item, options.voices, backend);
    }
    const all = tidy(diagnostics);
    if (!parsed.success || all.some(isError))
        return { diagnostics: all };
    const items = parsed.data.videos.map((video, index) => {
        const found = facts[index];
        if (!found?.video || !found.script)
            throw new errors/* VoiceoverError */.pF('INTERNAL', { detail: `videos[${index}] passed its checks without a video and script` });
        const line = positionAt(source, ['videos', index]).line;
        const itemFacts = { ...found, video: found.video, script: found.script };
        return resolveItem({ video, defaults: parsed.data.defaults, index, line, facts: itemFacts, configDir, voiceWritten: voiceWritten(ctx, index) });
    });
    return { config: { version: 1, file: abs, root: root.dir, items }, diagnostics: all };
}
/** Load and check a config; `config` is set only when there is no error (warnings may remain). */
async function loadConfig(file, options = {}) {
    const { config, diagnostics } = await load(file, options);
    return config ? { config, diagnostics } : { diagnostics };
}
/** Load a config or throw a ConfigError (CONFIG_NOT_FOUND / CONFIG_INVALID) carrying the diagnostics. */
async function loadConfigOrThrow(file, options = {}) {
    const { config, diagnostics, notFound } = await load(file, options);
    if (!config)
        throw new ConfigError(diagnostics, { file: displayPath(file), ...(notFound ? { notFound } : {}) });
    return { config, warnings: diagnostics };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/config/select.ts
// Pick the videos a run is limited to (`--only`), by exact name or glob.


/**
 * The items whose name equals or matches (picomatch glob) any pattern, in config order; all items
 * when `patterns` is empty. Every pattern that matches nothing is named in `error`, with the known names.
 */
function selectItems(items, patterns) {
    if (patterns.length === 0)
        return { items: [...items] };
    const known = items.map((item) => item.name);
    const matchers = patterns.map((pattern) => {
        const glob = picomatch_default()(pattern, { dot: true });
        return (name) => name === pattern || glob(name);
    });
    const unmatched = patterns.filter((_, i) => !known.some((name) => matchers[i]?.(name)));
    if (unmatched.length === 0)
        return { items: items.filter((item) => matchers.some((match) => match(item.name))) };
    const suggestions = unmatched.flatMap((p) => {
        const close = closestMatch(p, known);
        return close === undefined ? [] : [`\`${p}\` → did you mean \`${close}\`?`];
    });
    const message = `no video matches ${unmatched.map((p) => `\`${p}\``).join(', ')}; the config has: ${known.join(', ') || '(none)'}`;
    const hint = [...suggestions, 'pass names or globs (e.g. "demo-*") of the config\'s `videos`'].join('; ');
    return { error: `${message} (hint: ${hint})`, message, hint, unmatched, known };
}

// EXTERNAL MODULE: ./src/tts/registry.ts
var registry = __webpack_require__(53210);
;// CONCATENATED MODULE: ./src/github/changed-items.ts
// Pure choice of the videos a push touched: their video, script or music file, or their config entry.

/** The config lines of each item's entry: from its line to the line before the next entry (the last runs to the end). */
function entryRanges(items) {
    const byLine = [...items].sort((a, b) => a.line - b.line);
    return new Map(byLine.map((item, i) => [item.name, { from: item.line, to: (byLine[i + 1]?.line ?? Number.POSITIVE_INFINITY) - 1 }]));
}
/** The files an item reads, relative to the repository root. */
function itemFiles(item, root) {
    const files = [item.video.kind === 'file' ? item.video.path : undefined, item.script.path, item.music?.file];
    return files.filter((f) => f !== undefined).map((f) => external_node_path_default().relative(root, f).split((external_node_path_default()).sep).join('/'));
}
/**
 * Items whose files or config entry changed. A changed config line before the first entry (version,
 * defaults) changes every item, since defaults apply to all.
 */
function changedItems(config, items, change) {
    const configRel = external_node_path_default().relative(config.root, config.file).split((external_node_path_default()).sep).join('/');
    const configTouched = change.files.includes(configRel);
    const ranges = entryRanges(config.items);
    const firstEntry = Math.min(...config.items.map((i) => i.line));
    const touchesAll = configTouched && change.configLines.some((l) => l < firstEntry);
    const files = new Set(change.files);
    const reasons = new Map();
    for (const item of items) {
        const file = itemFiles(item, config.root).find((f) => files.has(f));
        const range = ranges.get(item.name);
        const entry = configTouched && range !== undefined && change.configLines.some((l) => l >= range.from && l <= range.to);
        if (file)
            reasons.set(item.name, `${file} changed`);
        else if (entry)
            reasons.set(item.name, `its entry in ${configRel} changed`);
        else if (touchesAll)
            reasons.set(item.name, `the defaults of ${configRel} changed`);
    }
    return { changed: items.filter((i) => reasons.has(i.name)), reasons };
}

;// CONCATENATED MODULE: ./src/github/diff-hunks.ts
// Pure parse of `git diff -U0` output: which lines of the new file a change touches.
/**
 * Line numbers (1-based, in the new file) touched by the hunks of a zero-context diff. A pure
 * deletion touches the lines on both sides of where the text was.
 */
function changedLines(diff) {
    const lines = new Set();
    for (const match of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
        const start = Number(match[1]);
        const count = match[2] === undefined ? 1 : Number(match[2]);
        if (count === 0) {
            lines.add(Math.max(1, start));
            lines.add(start + 1);
        }
        else {
            for (let l = start; l < start + count; l++)
                lines.add(l);
        }
    }
    return [...lines].sort((a, b) => a - b);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/github/git.ts
// Run git in the workspace (no shell); failures resolve to undefined for callers that have a fallback.


const exec = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Why git failed: the last `fatal:`/`error:` line of its stderr, else its last line, else the error's message. */
function gitFailure(error) {
    const stderr = String(error.stderr ?? '');
    const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    return lines.filter((l) => /^(fatal|error):/.test(l)).at(-1) ?? lines.at(-1) ?? (error instanceof Error ? error.message : String(error));
}
/** git's stdout, or undefined when git failed (`log` then gets git's last line of stderr). */
async function git(cwd, args, log) {
    try {
        const { stdout } = await exec('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
        return stdout;
    }
    catch (error) {
        log?.(`git ${args[0] ?? ''} failed: ${gitFailure(error)}`);
        return undefined;
    }
}
/** Whether a commit is present in the local repository. */
async function hasCommit(cwd, sha) {
    return (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])) !== undefined;
}

;// CONCATENATED MODULE: ./src/github/changed-files.ts
// What a push changed: `git diff` of its before..after, fetching commits a shallow or force-pushed
// checkout lacks; when that cannot be known, every video counts as changed (and the log says why).


const ZERO = /^0+$/;
async function ensureCommit(root, sha, log) {
    if (await hasCommit(root, sha))
        return true;
    log(`commit ${sha.slice(0, 12)} is not in the checkout (shallow clone or force push): fetching it`);
    await git(root, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', sha], log);
    return hasCommit(root, sha);
}
/** Changed files and changed config lines between `before` and `after` (paths relative to the repository root). */
async function pushChanges(root, push, configRel, log) {
    const { before, after } = push;
    if (!before || ZERO.test(before))
        return { kind: 'all', reason: 'the push created the branch (no previous commit to compare with), so every video counts as changed' };
    for (const sha of [before, after]) {
        if (!(await ensureCommit(root, sha, log))) {
            return { kind: 'all', reason: `commit ${sha.slice(0, 12)} could not be fetched (force push or missing history), so every video counts as changed` };
        }
    }
    const names = await git(root, ['diff', '--name-only', '--no-renames', '-z', before, after], log);
    if (names === undefined)
        return { kind: 'all', reason: `git diff ${before.slice(0, 7)}..${after.slice(0, 7)} failed, so every video counts as changed` };
    const files = names.split('\0').filter(Boolean);
    const configDiff = files.includes(configRel) ? await git(root, ['diff', '-U0', '--no-renames', '--no-color', before, after, '--', configRel], log) : '';
    return { kind: 'changes', change: { files, configLines: changedLines(configDiff ?? '') } };
}

;// CONCATENATED MODULE: ./src/github/prepare.ts
// Load the config and pick the videos of this run: `only` names/globs, then changed-only on push.






/** Load, validate and select. `log` receives what a person reading the log should know. */
async function prepare(inputs, ctx, log) {
    const file = external_node_path_default().resolve(ctx.workspace, inputs.config);
    const configRel = external_node_path_default().relative(ctx.workspace, file).split((external_node_path_default()).sep).join('/');
    const { config, diagnostics } = await loadConfig(file, { voices: await (0,registry/* loadVoiceCatalogue */.qF)() });
    if (!config)
        return { ok: false, configRel, diagnostics, message: `${configRel} is invalid: nothing was run` };
    const selection = selectItems(config.items, inputs.only);
    if ('error' in selection) {
        const d = { file: configRel, line: 1, col: 1, message: `input only: ${selection.message}`, hint: selection.hint, severity: 'error' };
        return { ok: false, configRel, diagnostics: [d], message: selection.message, title: 'No video matches `only`' };
    }
    const notRun = config.items.filter((i) => !selection.items.includes(i)).map((i) => ({ name: i.name, reason: 'not in `only`' }));
    const notes = [];
    let items = selection.items;
    const changedOnly = inputs.changedOnly ?? ctx.eventName === 'push';
    if (changedOnly && ctx.push) {
        const changes = await pushChanges(config.root, ctx.push, external_node_path_default().relative(config.root, config.file).split((external_node_path_default()).sep).join('/'), log);
        if (changes.kind === 'all') {
            notes.push(`changed-only: ${changes.reason}.`);
            log(`changed-only: ${changes.reason}`);
        }
        else {
            const { changed, reasons } = changedItems(config, items, changes.change);
            for (const item of items)
                log(`changed-only: ${item.name}: ${reasons.get(item.name) ?? 'unchanged'}`);
            notRun.push(...items.filter((i) => !reasons.has(i.name)).map((i) => ({ name: i.name, reason: 'unchanged in this push' })));
            items = changed;
        }
    }
    else if (changedOnly) {
        notes.push(`changed-only applies to push events; this is a ${ctx.eventName || 'local'} event, so every selected video runs.`);
    }
    return { ok: true, config, configRel, items, notRun, notes, diagnostics };
}


/***/ }),

/***/ 82139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   Y5: () => (/* binding */ nullOutputArgs),
/* harmony export */   iw: () => (/* binding */ fileUrl)
/* harmony export */ });
/* unused harmony export lavfiArgs */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Small generic builders of ffmpeg arguments shared by media/ and render/ (pure functions).

/** A local file as an ffmpeg input/output URL: `file:` so names with `:` or a leading `-` stay files. */
function fileUrl(file) {
    return `file:${node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(file)}`;
}
/** `-f lavfi -i GRAPH`: a generated input (testsrc2, sine, anullsrc, color…). */
function lavfiArgs(graph) {
    return ['-f', 'lavfi', '-i', graph];
}
/** `-f null -`: decode and filter, write nothing. */
function nullOutputArgs() {
    return ['-f', 'null', '-'];
}
/** Seconds as ffmpeg reads them: fixed-point, never exponent notation, at most 6 decimals. */
function formatSeconds(seconds) {
    const fixed = Math.max(0, seconds).toFixed(6);
    return fixed.replace(/\.?0+$/, '') || '0';
}


/***/ }),

/***/ 96188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kz: () => (/* binding */ FfmpegError),
/* harmony export */   os: () => (/* binding */ tailLines)
/* harmony export */ });
/* unused harmony export keyErrorLine */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// The error of a failed, canceled or timed-out ffmpeg/ffprobe run (DESIGN style principle 4).

const TAIL_LINES = 20;
/** The last `lines` non-empty lines of a text (ffmpeg's `\r` progress lines count as lines). */
function tailLines(text, lines = TAIL_LINES) {
    return text
        .split(/\r?\n|\r/)
        .filter((line) => line.trim() !== '')
        .slice(-lines)
        .join('\n');
}
const ERROR_WORDS = /error|invalid|no such|not found|unable|cannot|could not|unknown|unrecognized|does not|matches no|failed/i;
/** The line of an ffmpeg log that says what went wrong: the first error-like one of the last ten. */
function keyErrorLine(stderr) {
    const lines = tailLines(stderr, 10).split('\n');
    const line = lines.find((l) => ERROR_WORDS.test(l)) ?? lines.at(-1) ?? '';
    return line.replace(/^\s*\[[^\]]* @ 0x[0-9a-f]+\] /, '').trim();
}
function describe(details, program, tail) {
    if (details.isCanceled)
        return `${program} was canceled`;
    if (details.timedOut)
        return `${program} timed out after ${details.timeoutMs ?? '?'} ms`;
    const lastLine = keyErrorLine(tail);
    if (details.exitCode === undefined && details.signal === undefined) {
        const reason = details.cause instanceof Error ? details.cause.message : String(details.cause);
        return `${program} could not start: ${reason}`;
    }
    const how = details.signal ? `was killed by ${details.signal}` : `exited with code ${details.exitCode}`;
    return lastLine ? `${program} ${how}: ${lastLine}` : `${program} ${how}`;
}
/** A failed ffmpeg/ffprobe run; code FFMPEG_FAILED, or CANCELED when its AbortSignal fired. */
class FfmpegError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VoiceoverError */ .pF {
    command;
    /** The child's exit code (`exitCode` is taken: it is the CLI's exit status of VoiceoverError). */
    childExitCode;
    signal;
    stderr;
    stderrTail;
    isCanceled;
    timedOut;
    constructor(details) {
        const program = (details.command[0] ?? 'ffmpeg').split(/[\\/]/).at(-1) ?? 'ffmpeg';
        const tail = tailLines(details.stderr);
        super(details.isCanceled ? 'CANCELED' : 'FFMPEG_FAILED', { detail: describe(details, program, tail) }, {
            cause: details.cause,
        });
        this.name = 'FfmpegError';
        this.command = details.command;
        this.childExitCode = details.exitCode;
        this.signal = details.signal;
        this.stderr = details.stderr;
        this.stderrTail = tail;
        this.isCanceled = details.isCanceled;
        this.timedOut = details.timedOut;
    }
}


/***/ }),

/***/ 85864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ resolveFfmpeg)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
// Find the ffmpeg and ffprobe binaries: environment variable, then PATH, then the npm packages.




const PROGRAMS = {
    ffmpeg: { env: 'FFMPEG_PATH', npm: '@ffmpeg-installer/ffmpeg' },
    ffprobe: { env: 'FFPROBE_PATH', npm: '@ffprobe-installer/ffprobe' },
};
const exeSuffixes = process.platform === 'win32' ? ['.exe', ''] : [''];
function isExecutable(file) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile())
            return false;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
function searchDirs(name, dirs) {
    for (const dir of dirs) {
        for (const suffix of exeSuffixes) {
            const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name + suffix);
            if (isExecutable(candidate))
                return candidate;
        }
    }
    return undefined;
}
// The installer packages are CommonJS optional dependencies and throw (sometimes a bare
// string) when their platform binary is missing.
function npmBinary(pkg) {
    try {
        const required = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url)(pkg);
        const file = required?.path;
        return typeof file === 'string' && isExecutable(file) ? file : undefined;
    }
    catch {
        return undefined;
    }
}
function resolveOne(program, options) {
    const env = options.env ?? process.env;
    const spec = PROGRAMS[program];
    const dirs = options.pathDirs ?? (env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter)).filter(Boolean);
    const fromEnv = env[spec.env];
    if (fromEnv) {
        const bare = !fromEnv.includes('/') && !fromEnv.includes('\\');
        const file = bare ? searchDirs(fromEnv, dirs) : node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(fromEnv);
        if (file && isExecutable(file))
            return { file, source: 'env' };
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VoiceoverError */ .pF('FFMPEG_NOT_FOUND', { program, env: spec.env }, {
            hint: `${spec.env} is set to "${fromEnv}", which is not an executable file; fix it or unset it`,
        });
    }
    const onPath = searchDirs(program, dirs);
    if (onPath)
        return { file: onPath, source: 'path' };
    const bundled = options.useNpm === false ? undefined : npmBinary(spec.npm);
    if (bundled)
        return { file: bundled, source: 'npm' };
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VoiceoverError */ .pF('FFMPEG_NOT_FOUND', { program, env: spec.env });
}
let memo;
/** Locate ffmpeg and ffprobe (FFMPEG_PATH/FFPROBE_PATH, then PATH, then npm); the default call is memoised. */
function resolveFfmpeg(options) {
    if (options === undefined && memo)
        return memo;
    const ffmpeg = resolveOne('ffmpeg', options ?? {});
    const ffprobe = resolveOne('ffprobe', options ?? {});
    const location = {
        ffmpeg: ffmpeg.file,
        ffprobe: ffprobe.file,
        sources: { ffmpeg: ffmpeg.source, ffprobe: ffprobe.source },
    };
    if (options === undefined)
        memo = location;
    return location;
}


/***/ }),

/***/ 196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pS: () => (/* binding */ classifyInput),
  x9: () => (/* binding */ probeInput),
  PE: () => (/* binding */ probeMedia),
  z8: () => (/* binding */ verifyDecodable)
});

// UNUSED EXPORTS: INPUT_EXTENSIONS, classifyInputFile, kindFromName

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/media/args.ts
var media_args = __webpack_require__(82139);
// EXTERNAL MODULE: ./src/media/ffmpeg-error.ts
var ffmpeg_error = __webpack_require__(96188);
;// CONCATENATED MODULE: ./src/media/probe-parse.ts
// Demuxers that read single pictures (or picture sequences); `gif` counts as an image input.
const IMAGE_FORMAT = /^(image2|image2pipe|gif|\w+_pipe)$/;
const IMAGE_CODECS = new Set(['png', 'mjpeg', 'jpegls', 'webp', 'gif', 'bmp', 'tiff', 'apng', 'jpeg2000', 'pam', 'ppm', 'pgm']);
function num(text) {
    if (text === undefined)
        return undefined;
    const value = typeof text === 'number' ? text : Number.parseFloat(text);
    return Number.isFinite(value) ? value : undefined;
}
/** "30000/1001" → 29.97; "0/0" or junk → undefined. */
function parseRate(text) {
    if (!text)
        return undefined;
    const [n, d] = text.split('/').map(Number);
    if (n === undefined || !Number.isFinite(n))
        return undefined;
    const value = d === undefined ? n : n / d;
    return Number.isFinite(value) && value > 0 ? value : undefined;
}
/** Snap any angle to 0, 90, 180 or 270. */
function normaliseRotation(degrees) {
    const snapped = Math.round(degrees / 90) * 90;
    return ((snapped % 360) + 360) % 360;
}
/**
 * Rotation of a video stream, counterclockwise degrees as ffprobe (≥ 5) prints the display
 * matrix. Old ffprobe exports the matrix as a clockwise `rotate` tag instead, so that is negated.
 */
function streamRotation(stream) {
    for (const entry of stream.side_data_list ?? []) {
        const rotation = num(entry.rotation);
        if (rotation !== undefined)
            return normaliseRotation(rotation);
    }
    const tag = num(stream.tags?.rotate);
    return tag === undefined ? 0 : normaliseRotation(-tag);
}
function isImageStream(stream, formatNames) {
    if (formatNames.some((name) => IMAGE_FORMAT.test(name)))
        return true;
    return IMAGE_CODECS.has(stream.codec_name ?? '') && num(stream.nb_frames) === 1;
}
function videoInfo(stream, formatNames) {
    const width = stream.width ?? 0;
    const height = stream.height ?? 0;
    const rotation = streamRotation(stream);
    const turned = rotation === 90 || rotation === 270;
    const avg = parseRate(stream.avg_frame_rate);
    const fpsFraction = avg !== undefined ? stream.avg_frame_rate ?? '0/1' : stream.r_frame_rate ?? '0/1';
    const info = {
        codec: stream.codec_name ?? 'unknown',
        width,
        height,
        displayWidth: turned ? height : width,
        displayHeight: turned ? width : height,
        rotation,
        pixFmt: stream.pix_fmt ?? 'unknown',
        fps: avg ?? parseRate(stream.r_frame_rate) ?? 0,
        fpsFraction,
        isImage: isImageStream(stream, formatNames),
    };
    const duration = num(stream.duration);
    if (duration !== undefined)
        info.duration = duration;
    return info;
}
function audioInfo(stream) {
    const info = {
        codec: stream.codec_name ?? 'unknown',
        sampleRate: num(stream.sample_rate) ?? 0,
        channels: stream.channels ?? 0,
    };
    const duration = num(stream.duration);
    if (duration !== undefined)
        info.duration = duration;
    return info;
}
/** The ProbeResult of one file from ffprobe's JSON; cover art (attached pictures) is not video. */
function parseProbeOutput(file, output) {
    const streams = output.streams ?? [];
    const formatName = output.format?.format_name ?? 'unknown';
    const formatNames = formatName.split(',');
    const video = streams.find((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1);
    const audio = streams.find((s) => s.codec_type === 'audio');
    const streamDurations = streams.map((s) => num(s.duration) ?? 0);
    const result = {
        file,
        formatName,
        duration: num(output.format?.duration) ?? Math.max(0, ...streamDurations),
        sizeBytes: num(output.format?.size) ?? 0,
    };
    if (video)
        result.video = videoInfo(video, formatNames);
    if (audio)
        result.audio = audioInfo(audio);
    return result;
}

// EXTERNAL MODULE: ./src/media/run.ts + 1 modules
var run = __webpack_require__(84072);
;// CONCATENATED MODULE: ./src/media/probe.ts
// Probe an input (ffprobe), say what kind it is, and check that it really decodes to its end.







// The last lines of ffmpeg's complaint, without "[demuxer @ 0x55d…] " prefixes, repeat notices
// and our `file:` URL prefix: none of them help a person.
function cleanMessage(stderr, lines = 3) {
    const useful = stderr.split('\n').filter((line) => !/^\s*Last message repeated/.test(line)).join('\n');
    return (0,ffmpeg_error/* tailLines */.os)(useful, lines)
        .replace(/\[[^\]\n]* @ 0x[0-9a-f]+\] /g, '')
        .replace(/\bfile:(?=[\\/]|[A-Za-z]:)/g, '')
        .split('\n')
        .join('; ');
}
async function ensureFile(file) {
    const info = await (0,promises_.stat)(file).catch(() => undefined);
    if (!info)
        throw new errors/* VoiceoverError */.pF('INPUT_NOT_FOUND', { file });
    if (!info.isFile())
        throw new errors/* VoiceoverError */.pF('INPUT_UNSUPPORTED', { file, detail: 'not a regular file' });
}
/** Probe a media file: duration, streams, size, rotation, fps, codecs. */
async function probeMedia(file, options = {}) {
    await ensureFile(file);
    const args = ['-print_format', 'json', '-show_format', '-show_streams', (0,media_args/* fileUrl */.iw)(file)];
    let json;
    try {
        const { stdout } = await (0,run/* runFfmpeg */.L)(args, { program: 'ffprobe', signal: options.signal });
        json = JSON.parse(stdout);
    }
    catch (error) {
        if (error instanceof ffmpeg_error/* FfmpegError */.Kz && (error.isCanceled || error.childExitCode === undefined))
            throw error;
        const detail = error instanceof ffmpeg_error/* FfmpegError */.Kz ? cleanMessage(error.stderr) || error.message : String(error);
        throw new errors/* VoiceoverError */.pF('INPUT_CORRUPT', { file, detail }, { cause: error });
    }
    const probe = parseProbeOutput(file, json);
    if (!probe.video && !probe.audio) {
        throw new errors/* VoiceoverError */.pF('INPUT_UNSUPPORTED', { file, detail: `no video or audio stream (format ${probe.formatName})` });
    }
    return probe;
}
/**
 * Video, still image or audio-only, from the streams alone: for files whose type was checked by their
 * content already (the server sniffs uploads). Inputs named in a config go through `probeInput`.
 */
function classifyInput(probe) {
    if (probe.video)
        return probe.video.isImage ? 'image' : 'video';
    return 'audio';
}
/** Accepted input extensions and the kind each promises. */
const INPUT_EXTENSIONS = {
    video: ['mp4', 'mov', 'avi', 'webm', 'mkv'],
    image: ['jpg', 'jpeg', 'png', 'gif', 'webp'],
    audio: ['mp3', 'wav', 'm4a', 'aac'],
};
const ACCEPTED = `videos (${INPUT_EXTENSIONS.video.join(' ')}), images (${INPUT_EXTENSIONS.image.join(' ')}) or audio (${INPUT_EXTENSIONS.audio.join(' ')})`;
/** The kind a file's extension promises; INPUT_UNSUPPORTED naming the accepted types for any other extension. */
function kindFromName(file) {
    const ext = (0,external_node_path_.extname)(file).slice(1).toLowerCase();
    for (const [kind, list] of Object.entries(INPUT_EXTENSIONS)) {
        if (list.includes(ext))
            return kind;
    }
    throw new errors/* VoiceoverError */.pF('INPUT_UNSUPPORTED', { file, detail: `${ext ? `.${ext} files are` : 'a file without an extension is'} not accepted; use ${ACCEPTED}` });
}
/**
 * The kind of a probed input, by its extension checked against its streams: a video name needs a
 * video stream (an .mp4 holding only audio is not silently narrated over a plain background), an
 * image name a picture, an audio name an audio stream.
 */
function classifyInputFile(file, probe) {
    const kind = kindFromName(file);
    if (kind === 'video' && (!probe.video || probe.video.isImage)) {
        const ext = (0,external_node_path_.extname)(file).slice(1).toLowerCase();
        const detail = probe.video
            ? `holds a single still picture, not a video; to narrate a picture use ${INPUT_EXTENSIONS.image.map((e) => `.${e}`).join('/')}`
            : `has no video stream; to narrate an audio file use ${INPUT_EXTENSIONS.audio.map((e) => `.${e}`).join('/')}`;
        throw new errors/* VoiceoverError */.pF('INPUT_UNSUPPORTED', { file, detail: `this .${ext} file ${detail}` });
    }
    if (kind === 'image' && !probe.video)
        throw new errors/* VoiceoverError */.pF('INPUT_UNSUPPORTED', { file, detail: 'the image holds no picture' });
    if (kind === 'audio' && !probe.audio)
        throw new errors/* VoiceoverError */.pF('INPUT_UNSUPPORTED', { file, detail: 'the audio file has no audio stream' });
    if (kind === 'image')
        return probe.video.isImage ? 'image' : 'video'; // an animated GIF or WebP plays as a video
    return kind;
}
/** Probe an input named in a config: its extension first (so a .pdf is unsupported, not corrupt), then its streams. */
async function probeInput(file, options = {}) {
    await ensureFile(file);
    kindFromName(file);
    const probe = await probeMedia(file, options);
    return { probe, kind: classifyInputFile(file, probe) };
}
// Decode `length` seconds from `at`; true when any frame or sample came out.
async function decodesAt(file, probe, at, signal) {
    const maps = [...(probe.video ? ['-map', '0:v:0'] : []), ...(probe.audio ? ['-map', '0:a:0'] : [])];
    const args = ['-v', 'error', ...(at > 0 ? ['-ss', (0,media_args/* formatSeconds */.Xo)(at)] : []), '-i', (0,media_args/* fileUrl */.iw)(file), '-t', '0.5', ...maps, ...(0,media_args/* nullOutputArgs */.Y5)()];
    let last;
    try {
        const { stderr } = await (0,run/* runFfmpeg */.L)(args, { signal, onProgress: (p) => (last = p) });
        const ok = (last?.frame ?? 0) > 0 || (last?.out_time_s ?? 0) > 0;
        return { ok, stderr };
    }
    catch (error) {
        if (error instanceof ffmpeg_error/* FfmpegError */.Kz && !error.isCanceled && error.childExitCode !== undefined) {
            return { ok: false, stderr: error.stderr };
        }
        throw error;
    }
}
/**
 * Decode a short slice at the start and one second before the claimed end; INPUT_CORRUPT when
 * either gives nothing (a truncated file keeps a header that claims the full duration).
 */
async function verifyDecodable(file, probe, options = {}) {
    const points = [0];
    if (!probe.video?.isImage && probe.duration > 1.5)
        points.push(probe.duration - 1);
    // Both slices at once: each is mostly process start-up.
    const results = await Promise.all(points.map((at) => decodesAt(file, probe, at, options.signal)));
    for (const [i, { ok, stderr }] of results.entries()) {
        if (ok)
            continue;
        const at = points[i];
        const where = at === 0 ? 'at its start' : `near ${(0,media_args/* formatSeconds */.Xo)(Math.round(at * 10) / 10)}s of the ${(0,media_args/* formatSeconds */.Xo)(probe.duration)}s it claims`;
        const why = cleanMessage(stderr, 2);
        throw new errors/* VoiceoverError */.pF('INPUT_CORRUPT', { file, detail: `nothing decodes ${where}${why ? ` (${why})` : ''}` });
    }
}


/***/ }),

/***/ 84072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ runFfmpeg)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/media/ffmpeg-error.ts
var ffmpeg_error = __webpack_require__(96188);
// EXTERNAL MODULE: ./src/media/locate.ts
var locate = __webpack_require__(85864);
;// CONCATENATED MODULE: ./src/media/progress.ts
// Pure, chunk-safe parser of ffmpeg's `-progress` output (key=value lines, one block per report).
/** "HH:MM:SS.micro" (possibly negative or N/A) → seconds, or undefined. */
function parseClockTime(text) {
    const match = /^(-?)(\d+):(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(text.trim());
    if (!match)
        return undefined;
    const sign = match[1] === '-' ? -1 : 1;
    return sign * (Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4]));
}
function finiteNumber(text) {
    if (text === undefined)
        return undefined;
    const value = Number.parseFloat(text);
    return Number.isFinite(value) ? value : undefined;
}
// ffmpeg names the microsecond field both out_time_us and (wrongly) out_time_ms; prefer _us,
// then the clock text. https://trac.ffmpeg.org/ticket/7345
function outTimeSeconds(block) {
    const us = block.get('out_time_us');
    if (us !== undefined && /^-?\d+$/.test(us))
        return Math.max(0, Number(us) / 1e6);
    const clock = parseClockTime(block.get('out_time') ?? '');
    return clock === undefined ? 0 : Math.max(0, clock);
}
function toEvent(block, done) {
    const event = { out_time_s: outTimeSeconds(block), done };
    const frame = finiteNumber(block.get('frame'));
    if (frame !== undefined)
        event.frame = frame;
    const fps = finiteNumber(block.get('fps'));
    if (fps !== undefined)
        event.fps = fps;
    const speed = finiteNumber(block.get('speed')?.replace(/x$/, ''));
    if (speed !== undefined)
        event.speed = speed;
    return event;
}
/** A new parser; lines and blocks may be split anywhere between pushes. */
function createProgressParser() {
    let pending = '';
    let block = new Map();
    return {
        push(chunk) {
            const events = [];
            const lines = (pending + chunk).split('\n');
            pending = lines.pop() ?? '';
            for (const raw of lines) {
                const line = raw.trim();
                const eq = line.indexOf('=');
                if (eq <= 0)
                    continue;
                const key = line.slice(0, eq).trim();
                const value = line.slice(eq + 1).trim();
                if (key === 'progress') {
                    events.push(toEvent(block, value === 'end'));
                    block = new Map();
                }
                else {
                    block.set(key, value);
                }
            }
            return events;
        },
    };
}

;// CONCATENATED MODULE: ./src/media/run.ts
// The one runner of every ffmpeg and ffprobe call: spawn (no shell), progress, abort, timeout, errors.




const STDERR_TAIL_BYTES = 64 * 1024;
const KILL_GRACE_MS = 2000;
function fullArgs(program, args, withProgress) {
    if (program === 'ffprobe') {
        const hasLevel = args.includes('-v') || args.includes('-loglevel');
        return ['-hide_banner', ...(hasLevel ? [] : ['-v', 'error']), ...args];
    }
    return ['-hide_banner', '-nostdin', '-nostats', ...(withProgress ? ['-progress', 'pipe:1'] : []), ...args];
}
function abortedError(command, signal) {
    return new ffmpeg_error/* FfmpegError */.Kz({
        command, exitCode: undefined, signal: undefined, stderr: '', isCanceled: true, timedOut: false, cause: signal.reason,
    });
}
/** Run ffmpeg (or ffprobe) with `args`; resolves with its output, rejects with FfmpegError. */
function runFfmpeg(args, options = {}) {
    const program = options.program ?? 'ffmpeg';
    const binary = options.binary ?? (0,locate/* resolveFfmpeg */.w)()[program];
    const withProgress = program === 'ffmpeg' && options.onProgress !== undefined;
    const argv = fullArgs(program, args, withProgress);
    const command = [binary, ...argv];
    const { signal } = options;
    if (signal?.aborted)
        return Promise.reject(abortedError(command, signal));
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(binary, argv, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
        let stdout = '';
        let stderr = '';
        let canceled = false;
        let timedOut = false;
        let spawnError;
        let killTimer;
        const parser = withProgress ? createProgressParser() : undefined;
        const duration = options.duration_s;
        const stop = () => {
            if (child.exitCode !== null || child.signalCode !== null)
                return;
            child.kill('SIGTERM');
            killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
        };
        const onAbort = () => {
            canceled = true;
            stop();
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const timeout = options.timeoutMs === undefined ? undefined : setTimeout(() => {
            timedOut = true;
            stop();
        }, options.timeoutMs);
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            if (!parser) {
                stdout += chunk;
                return;
            }
            for (const event of parser.push(chunk)) {
                if (duration !== undefined && duration > 0) {
                    event.ratio = event.done ? 1 : Math.min(1, Math.max(0, event.out_time_s / duration));
                }
                try {
                    options.onProgress?.(event);
                }
                catch {
                    // A listener's failure must not break the run it listens to.
                }
            }
        });
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk) => {
            stderr += chunk;
            if (options.captureStderr !== 'full' && stderr.length > 2 * STDERR_TAIL_BYTES) {
                stderr = stderr.slice(-STDERR_TAIL_BYTES);
            }
        });
        child.on('error', (error) => {
            spawnError = error;
        });
        child.on('close', (code, killSignal) => {
            signal?.removeEventListener('abort', onAbort);
            clearTimeout(timeout);
            clearTimeout(killTimer);
            if (options.captureStderr !== 'full' && stderr.length > STDERR_TAIL_BYTES) {
                stderr = stderr.slice(-STDERR_TAIL_BYTES);
            }
            if (code === 0 && !canceled && !timedOut && !spawnError) {
                resolve({ stdout, stderr });
                return;
            }
            reject(new ffmpeg_error/* FfmpegError */.Kz({
                command,
                exitCode: spawnError ? undefined : code ?? undefined,
                signal: killSignal ?? undefined,
                stderr,
                isCanceled: canceled,
                timedOut,
                timeoutMs: options.timeoutMs,
                cause: canceled ? signal?.reason : spawnError,
            }));
        });
    });
}


/***/ }),

/***/ 80951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V1: () => (/* binding */ normaliseLanguage),
/* harmony export */   wo: () => (/* binding */ bestVoiceFor)
/* harmony export */ });
/* unused harmony exports primaryLanguage, speaksLanguage, languageScore */
// Language tags: normalise espeak-style codes to BCP-47 casing and rank voices for a wanted language.
/** `en-us` → `en-US`, `cmn-latn-pinyin` → `cmn-Latn-pinyin`, `EN_gb` → `en-GB` (BCP-47 casing). */
function normaliseLanguage(tag) {
    return tag
        .trim()
        .split(/[-_]/)
        .filter(Boolean)
        .map((part, index) => {
        if (index === 0)
            return part.toLowerCase();
        if (/^[a-z]{2}$/i.test(part))
            return part.toUpperCase();
        if (/^[a-z]{4}$/i.test(part))
            return part[0].toUpperCase() + part.slice(1).toLowerCase();
        return part.toLowerCase();
    })
        .join('-');
}
/** The primary language subtag, lower case: `en-US` → `en`. */
function primaryLanguage(tag) {
    return normaliseLanguage(tag).split('-')[0] ?? '';
}
/** Whether a voice can speak text of the wanted language (same primary subtag, or listed as another language). */
function speaksLanguage(voice, wanted) {
    return languageScore(voice, wanted) > 0;
}
/**
 * How well a voice fits a wanted language, 0 when it does not. From best to worst: the exact tag (6); for a
 * regional want, a voice listing it as another language (5, espeak's es-419 for es-MX); the bare language (4);
 * its home region, `fr-FR` for `fr` (3); a voice listing the wanted tag (2.5); same primary subtag (2); a voice
 * listing another tag of the same primary language (1).
 */
function languageScore(voice, wanted) {
    const want = normaliseLanguage(wanted).toLowerCase();
    const have = normaliseLanguage(voice.language).toLowerCase();
    const primary = want.split('-')[0] ?? '';
    const others = (voice.otherLanguages ?? []).map((tag) => normaliseLanguage(tag).toLowerCase());
    if (have === want)
        return 6;
    if (want !== primary && others.includes(want))
        return 5;
    if (have === primary)
        return 4;
    if (have === `${primary}-${primary}`)
        return 3;
    if (others.includes(want))
        return 2.5;
    if (have.split('-')[0] === primary)
        return 2;
    if (others.some((tag) => tag.split('-')[0] === primary))
        return 1;
    return 0;
}
/** The voice that best fits the wanted language (ties: shorter tag, then list order), or undefined. */
function bestVoiceFor(voices, wanted) {
    let best;
    for (const voice of voices) {
        const score = languageScore(voice, wanted);
        if (score === 0)
            continue;
        if (!best || score > best.score || (score === best.score && voice.language.length < best.voice.language.length)) {
            best = { voice, score };
        }
    }
    return best?.voice;
}


/***/ }),

/***/ 53210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wi: () => (/* binding */ engineForVoice),
/* harmony export */   qF: () => (/* binding */ loadVoiceCatalogue),
/* harmony export */   xD: () => (/* binding */ resolveVoice)
/* harmony export */ });
/* unused harmony exports ENGINES, listEngines */
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21916);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80951);
// The one list of TTS engines (loaded lazily), and what it answers: which engine owns a voice,
// which voices exist here, which voice speaks a language.



/** Every engine, in order of preference (the first one that speaks a language is chosen for it). */
const ENGINES = [
    { id: 'flite', languages: 'en', load: async () => (await __webpack_require__.e(/* import() */ 501).then(__webpack_require__.bind(__webpack_require__, 10501))).fliteEngine },
    {
        id: 'espeak-ng',
        languages: 'de, fr, es, it, pt, nl, pl, ru, zh, ja, hi, ar, … (100+ languages)',
        load: async () => (await __webpack_require__.e(/* import() */ 371).then(__webpack_require__.bind(__webpack_require__, 37371))).espeakEngine,
    },
];
/** The registered engines, loaded, in order of preference (available or not). */
async function listEngines(options = {}) {
    return Promise.all((options.engines ?? ENGINES).map((entry) => entry.load()));
}
/** The engine a voice id belongs to, whether or not it can run here; undefined when no engine claims it. */
async function engineForVoice(voiceId, options = {}) {
    for (const engine of await listEngines(options)) {
        const owns = engine.ownsVoice
            ? engine.ownsVoice(voiceId)
            : (await engine.availability()).ok && (await engine.voices()).some((voice) => voice.id === voiceId);
        if (owns)
            return engine;
    }
    return undefined;
}
/** Voices of the engines that run here, and for each missing engine the languages it would bring. */
async function loadVoiceCatalogue(options = {}) {
    const catalogue = { voices: [], missing: [] };
    for (const entry of options.engines ?? ENGINES) {
        const engine = await entry.load();
        const availability = await engine.availability();
        if (availability.ok)
            catalogue.voices.push(...(await engine.voices()));
        else
            catalogue.missing.push({ engine: engine.id, languages: entry.languages, install: availability.install });
    }
    return catalogue;
}
const unavailable = (detail, hint) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VoiceoverError */ .pF('TTS_UNAVAILABLE', { detail, hint });
/**
 * The voice that will speak `language`. A voice id gives that voice (it must be installed here; a voice of
 * another language is kept, as `voiceover check` only warns about it); an engine id gives that engine's best
 * voice for the language; none (or `auto`) gives the best voice of the first engine that speaks it.
 * Throws TTS_UNAVAILABLE saying what to install or choose instead.
 */
async function resolveVoice(voiceId, language, options = {}) {
    const wanted = voiceId?.trim() ?? '';
    const catalogue = await loadVoiceCatalogue(options);
    if (wanted === '' || wanted === 'auto') {
        const best = preferredVoice(catalogue.voices, language);
        if (best)
            return best;
        throw unavailable(`no installed voice speaks "${language}"`, installHint(catalogue, language));
    }
    const engines = await listEngines(options);
    const engine = engines.find((candidate) => candidate.id === wanted) ?? (await engineForVoice(wanted, options));
    if (!engine)
        throw unavailable(`unknown voice "${wanted}"`, suggestion(wanted, catalogue.voices));
    const availability = await engine.availability();
    if (!availability.ok) {
        throw unavailable(`voice "${wanted}" needs ${engine.id}: ${availability.reason}`, `install it: ${availability.install}`);
    }
    const own = catalogue.voices.filter((voice) => voice.engine === engine.id);
    if (engine.id === wanted) {
        const best = (0,_language_js__WEBPACK_IMPORTED_MODULE_2__/* .bestVoiceFor */ .wo)(own, language);
        if (best)
            return best;
        throw unavailable(`${engine.id} has no voice for "${language}"`, installHint(catalogue, language));
    }
    const voice = own.find((candidate) => candidate.id.toLowerCase() === wanted.toLowerCase());
    if (!voice)
        throw unavailable(`${engine.id} has no voice "${wanted}"`, suggestion(wanted, own));
    return voice;
}
/** The best voice of the first engine (in registry order) that speaks the language: flite's slt for en-US. */
function preferredVoice(voices, language) {
    for (const engine of new Set(voices.map((voice) => voice.engine))) {
        const best = (0,_language_js__WEBPACK_IMPORTED_MODULE_2__/* .bestVoiceFor */ .wo)(voices.filter((voice) => voice.engine === engine), language);
        if (best)
            return best;
    }
    return undefined;
}
function installHint(catalogue, language) {
    const options = catalogue.missing.map((missing) => `${missing.engine} (${missing.languages}): ${missing.install}`);
    if (options.length === 0)
        return `no engine here speaks "${language}"; voiceover voices lists the languages there are`;
    return `install ${options.join('; or ')}`;
}
function suggestion(wanted, voices) {
    let closest;
    let closestDistance = Infinity;
    for (const voice of voices) {
        const d = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(wanted.toLowerCase(), voice.id.toLowerCase());
        if (d < closestDistance)
            [closest, closestDistance] = [voice, d];
    }
    const didYouMean = closest && closestDistance <= Math.max(2, wanted.length / 3) ? `did you mean "${closest.id}"? ` : '';
    return `${didYouMean}voiceover voices lists the voices installed here`;
}


/***/ })

};
