export const id = 135;
export const ids = [135];
export const modules = {

/***/ 64990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ loadBackend),
/* harmony export */   G: () => (/* binding */ resolveBackendName)
/* harmony export */ });
// The one registry of backends (lazy-loaded) and the `auto` rule: nemo when a token is set, else local.
const LOADERS = {
    local: async () => (await Promise.all(/* import() */[__webpack_require__.e(248), __webpack_require__.e(252), __webpack_require__.e(647), __webpack_require__.e(222)]).then(__webpack_require__.bind(__webpack_require__, 78222))).createLocalBackend(),
    nemo: async () => (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(252), __webpack_require__.e(114)]).then(__webpack_require__.bind(__webpack_require__, 14114))).createNemoBackend(),
};
/** Which backend `auto` means in this environment. */
function resolveBackendName(name, env = process.env) {
    if (name !== 'auto')
        return name;
    return env.NEMO_TOKEN ? 'nemo' : 'local';
}
const cache = new Map();
/** The backend instance for a name (loaded once). */
function loadBackend(name) {
    let backend = cache.get(name);
    if (!backend) {
        backend = LOADERS[name]();
        backend.catch(() => cache.delete(name));
        cache.set(name, backend);
    }
    return backend;
}


/***/ }),

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

/***/ 38048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ capitalisedForm),
/* harmony export */   y: () => (/* binding */ TERM_PATTERN)
/* harmony export */ });
// What a `pronunciations:` key may be and which written forms it matches: shared by config/ (checks) and script/ (matching).
/**
 * A term a pronunciation key may be: words of letters, digits and `. + # & ' _ / -`, separated by single
 * spaces, starting with a letter, digit or dot (".NET") and ending with a letter, digit or `+ # .` ("C++").
 */
const TERM_PATTERN = /^(?=[\p{L}\p{N}.])[\p{L}\p{M}\p{N}.+#&'’_/-]+(?: [\p{L}\p{M}\p{N}.+#&'’_/-]+)*(?<=[\p{L}\p{M}\p{N}+#.])$/u;
/** A lowercase key also matches the form with a capital first letter ("kubectl" → "Kubectl" at a sentence start); else undefined. */
function capitalisedForm(key) {
    const first = key.charAt(0);
    if (key !== key.toLowerCase() || first === first.toUpperCase())
        return undefined;
    return first.toUpperCase() + key.slice(1);
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
/* harmony import */ var _media_probe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47169);
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
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64561);
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

/***/ 16024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ prepare)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/backends/registry.ts
var registry = __webpack_require__(64990);
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

;// CONCATENATED MODULE: ./src/config/yaml-aliases.ts
// Aliases and merge keys checked before the YAML becomes data: the `yaml` library throws (not reports) on an alias
// with no anchor (`script: *intro` without `&intro`), on nested aliases that multiply ("Excessive alias count"), and on
// `<<:` over anything but maps. Issue 7 item 7: each of these crashed the CLI with a stack trace.


const ANCHOR_HINT = 'set the anchor on the value first (`shared: &intro …`), then reuse it below with `*intro`; or write the value out';
/** A `<<` merge key (the yaml library parses a plain `<<` to a symbol when `merge` is on; a quoted "<<" is a plain key). */
const isMergeKey = (key) => (0,dist/* isScalar */.jn)(key) && typeof key.value === 'symbol' && key.value.description === '<<';
/** Every anchor of the document (in order) and every alias. */
function anchorsAndAliases(doc) {
    const anchors = [];
    const aliases = [];
    (0,dist/* visit */.YR)(doc, {
        Node: (_key, node) => {
            if ((0,dist/* isAlias */.Vj)(node))
                aliases.push(node);
            else if (node.anchor)
                anchors.push({ name: node.anchor, node });
        },
    });
    return { anchors, aliases };
}
const kindOf = (node) => ((0,dist/* isSeq */.oP)(node) ? 'a list' : (0,dist/* isScalar */.jn)(node) ? (node.value === null ? 'empty' : `the value \`${String(node.value)}\``) : 'not a mapping');
/** Problems with aliases (no such anchor, anchor set after its use) and with `<<:` values that are not mappings. */
function aliasDiagnostics(source) {
    const { doc, lines, file } = source;
    const at = (node, message, hint) => {
        const { line, col } = lines.linePos(node.range?.[0] ?? 0);
        return { file, line, col, message, hint, severity: 'error' };
    };
    const { anchors, aliases } = anchorsAndAliases(doc);
    const out = [];
    const unresolved = new Set();
    for (const alias of aliases) {
        if (alias.resolve(doc) !== undefined)
            continue;
        unresolved.add(alias);
        const later = anchors.find((a) => a.name === alias.source);
        if (later) {
            const line = lines.linePos(later.node.range?.[0] ?? 0).line;
            out.push(at(alias, `alias \`*${alias.source}\` comes before its anchor \`&${alias.source}\` (line ${line})`, 'an anchor must be set before the aliases that use it: move the anchored value above this line'));
        }
        else {
            const names = [...new Set(anchors.map((a) => a.name))];
            const known = names.length > 0 ? ` (this file's anchors: ${names.map((n) => `&${n}`).join(', ')})` : ' (this file sets no anchors)';
            out.push(at(alias, `alias \`*${alias.source}\` refers to no anchor: there is no \`&${alias.source}\`${didYouMean(alias.source, names)}${known}`, ANCHOR_HINT));
        }
    }
    (0,dist/* visit */.YR)(doc, {
        Pair: (_key, pair) => {
            if (!isMergeKey(pair.key))
                return;
            const value = pair.value;
            const resolve = (node) => ((0,dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node);
            const where = value ?? pair.key;
            if ((0,dist/* isAlias */.Vj)(value) && unresolved.has(value))
                return;
            const target = resolve(value);
            const items = (0,dist/* isSeq */.oP)(target) ? target.items : [value];
            for (const item of items) {
                if ((0,dist/* isAlias */.Vj)(item) && unresolved.has(item))
                    continue;
                const merged = resolve(item);
                if ((0,dist/* isMap */.jh)(merged))
                    continue;
                const node = ((0,dist/* isPair */.tO)(item) ? undefined : item) ?? where;
                out.push(at(node, `\`<<:\` merges mappings only, and this is ${kindOf(merged)}`, 'write `<<: *name` where `&name` is set on a mapping (indented `key: value` lines), or `<<: [*a, *b]`'));
            }
        },
    });
    return out;
}
/**
 * Where to point when the aliases multiply past the library's limit: the first alias whose anchored value itself
 * holds aliases (nested aliases are what multiplies), else the first alias.
 */
function aliasBombAt(source) {
    const { aliases } = anchorsAndAliases(source.doc);
    const nested = aliases.find((alias) => {
        const target = alias.resolve(source.doc);
        let inner = false;
        if ((0,dist/* isMap */.jh)(target) || (0,dist/* isSeq */.oP)(target))
            (0,dist/* visit */.YR)(target, { Alias: () => ((inner = true), dist/* visit */.YR.BREAK) });
        return inner;
    });
    const node = nested ?? aliases[0];
    const { line, col } = source.lines.linePos(node?.range?.[0] ?? 0);
    return {
        file: source.file,
        line,
        col,
        message: 'aliases nested inside anchored values repeat each other too many times (the YAML reader stops at 100 uses of an anchor × the aliases inside it)',
        hint: 'write the repeated values out, or use an alias of a value that holds no aliases itself',
        severity: 'error',
    };
}

;// CONCATENATED MODULE: ./src/config/yaml-source.ts
// A parsed YAML config with the means to turn a data path into a FILE:LINE:COL position.


/**
 * Where every line of `text` starts. Not the parser's own `lineCounter`: when it recovers from some syntax errors
 * (a flow collection left open) it misses the newlines inside the tokens it skips, and positions drift past line ends.
 */
function lineIndex(text) {
    const lines = new dist/* LineCounter */.HN();
    lines.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lines.addNewLine(i + 1);
    return lines;
}
/** Parse YAML text; syntax errors and warnings come back as diagnostics. */
function parseYamlSource(text, file) {
    const lines = lineIndex(text);
    // `merge`: YAML 1.1 merge keys (`<<: *shared`), so videos can share an anchored block of settings.
    // `logLevel: 'error'`: the library would print its own warnings (process.emitWarning); library code never prints.
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: true, merge: true, logLevel: 'error' });
    const toDiagnostic = (e, severity) => {
        const { line, col } = lines.linePos(e.pos[0]);
        const message = severity === 'error' ? `YAML syntax error: ${e.message}` : `YAML: ${e.message}`;
        return { file, line, col, message, severity };
    };
    const diagnostics = [
        ...doc.errors.map((e) => toDiagnostic(e, 'error')),
        ...doc.warnings.map((e) => toDiagnostic(e, 'warning')),
    ];
    const source = { file, doc, lines, text };
    if (doc.errors.length === 0)
        diagnostics.push(...aliasDiagnostics(source));
    return { source, diagnostics };
}
/**
 * The config as plain data, or diagnostics when the YAML cannot become data. `aliasDiagnostics` (run by
 * `parseYamlSource`) finds what `yaml` would throw on, except aliases that multiply past its limit; anything else it
 * throws is still a diagnostic, never an exception.
 */
function yamlData(source) {
    try {
        return { data: source.doc.toJS() };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (/excessive alias count/i.test(message))
            return { diagnostics: [aliasBombAt(source)] };
        return { diagnostics: [{ file: source.file, line: 1, col: 1, message: `YAML: ${message}`, hint: 'check the anchors (&name), aliases (*name) and merge keys (<<:) of this file', severity: 'error' }] };
    }
}
const keyText = (key) => ((0,dist/* isScalar */.jn)(key) ? String(key.value) : String(key));
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

;// CONCATENATED MODULE: ./src/config/decode-text.ts
// Bytes of a user's text file (the config, a script) as text, or where and why they are not UTF-8 text.
/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629: no overlongs, surrogates, > U+10FFFF). */
function firstInvalidUtf8(b) {
    for (let i = 0; i < b.length;) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
        if (n === 0)
            return i;
        const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
        const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
        for (let k = 1; k <= n; k++) {
            const next = b[i + k];
            if (next === undefined || next < (k === 1 ? lo : 0x80) || next > (k === 1 ? hi : 0xbf))
                return k === 1 ? i : i + k;
        }
        i += n + 1;
    }
    return b.length;
}
/** 1-based line and column of byte `offset` (columns count characters of the line before it). */
function positionOf(bytes, offset) {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            start = i + 1;
        }
    }
    return { line, col: new TextDecoder().decode(bytes.subarray(start, offset)).length + 1 };
}
/** UTF-8 text (a leading BOM dropped); a NUL byte or a byte that is not UTF-8 is a problem at its line and column. */
function decodeText(bytes) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        return { problem: 'utf16', line: 1, col: 1, byte: bytes[0] };
    const nul = bytes.indexOf(0);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch {
        const offset = Math.min(firstInvalidUtf8(bytes), bytes.length - 1);
        if (nul < 0 || nul > offset)
            return { problem: 'not-utf8', ...positionOf(bytes, offset), byte: bytes[offset] ?? 0 };
    }
    if (nul >= 0)
        return { problem: 'binary', ...positionOf(bytes, nul), byte: 0 };
    return { text: text };
}
/** The sentence for a decoding problem of file `name`, and what to do. */
function decodeProblem(name, problem) {
    const save = 'save it as plain UTF-8 text (most editors: "Save with encoding" → UTF-8)';
    if (problem.problem === 'utf16')
        return { message: `\`${name}\` is UTF-16 text, not UTF-8`, hint: save };
    if (problem.problem === 'binary') {
        return { message: `\`${name}\` is not a text file: it has a NUL byte at line ${problem.line}, column ${problem.col} (a binary file, or UTF-16 text)`, hint: `point at the right file, or ${save}` };
    }
    const hex = `0x${problem.byte.toString(16).toUpperCase().padStart(2, '0')}`;
    return { message: `\`${name}\` is not UTF-8 text: byte ${hex} at line ${problem.line}, column ${problem.col} is not UTF-8 (Latin-1 or Windows-1252 text, or a binary file)`, hint: save };
}

;// CONCATENATED MODULE: ./src/config/script-source.ts
// Whether a `script:` value is inline text or a file, what format a script file has, and its text.



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
/** A script file's text, or where it stops being UTF-8 text (a binary file, UTF-16, Latin-1): such a file is never spoken. */
async function readScriptText(file) {
    return decodeText(await (0,promises_.readFile)(file));
}

;// CONCATENATED MODULE: ./src/config/check-inputs.ts





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
    const read = await readScriptText(abs).catch((error) => {
        const detail = error instanceof Error ? error.message : String(error);
        ctx.diagnostics.push(diagnosticAt(ctx.source, at, `script file \`${written}\` cannot be read: ${detail}`));
        return undefined;
    });
    if (read === undefined)
        return undefined;
    if (!('text' in read)) {
        const { message, hint } = decodeProblem(written, read);
        ctx.diagnostics.push(diagnosticAt(ctx.source, at, `script file ${message}`, { hint }));
        return undefined;
    }
    return { text: read.text, format: scriptFormat(abs), path: abs, rel: written, lineOffset: 0 };
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

// EXTERNAL MODULE: ./src/core/pronunciation-terms.ts
var pronunciation_terms = __webpack_require__(38048);
;// CONCATENATED MODULE: ./src/config/check-pronunciations.ts
// Checks of `pronunciations:` maps (defaults and per video): every entry a word or term with a spoken form.



const KEY_HINT = "a key is a word or term as the script writes it: letters, digits and . + # & ' _ / - (words separated by single spaces), e.g. `kubectl: cube control`";
/** Diagnostics for the `pronunciations` map at `at` (`['defaults', 'pronunciations']` or a video's). */
function checkMap(ctx, at, map) {
    const push = (key, message, options = {}) => ctx.diagnostics.push(diagnosticAt(ctx.source, [...at, key], message, options));
    const keys = Object.keys(map);
    for (const key of keys) {
        const value = map[key];
        if (key.trim() === '') {
            push(key, 'empty word in `pronunciations`', { key: true, hint: 'write the word as the script has it, then `:` and how it is said' });
            continue;
        }
        if (!pronunciation_terms/* TERM_PATTERN */.y.test(key))
            push(key, `\`${key}\` in \`pronunciations\` is not a word or term`, { key: true, hint: KEY_HINT });
        if (typeof value !== 'string')
            continue; // null and non-strings: the schema's diagnostics
        const spoken = value.replace(/\s+/g, ' ').trim();
        if (spoken === '')
            push(key, `pronunciation of \`${key}\` is empty`, { hint: `write how \`${key}\` is said, or remove the entry` });
        else if (!/[\p{L}\p{N}]/u.test(spoken))
            push(key, `pronunciation of \`${key}\` has no words: \`${value}\``, { hint: `write how \`${key}\` is said in words` });
        else if (spoken === key.trim()) {
            push(key, `pronunciation of \`${key}\` is the word itself`, { hint: `write how it is said (\`${key}: …\` in other letters or words, e.g. spelled out with spaces), or remove the entry` });
        }
    }
    // A lowercase key also matches its capitalised form: a second key written that way overlaps it.
    for (const key of keys) {
        const capital = (0,pronunciation_terms/* capitalisedForm */.E)(key);
        if (capital === undefined || !keys.includes(capital))
            continue;
        const line = positionAt(ctx.source, [...at, key], true).line;
        const message = `\`${capital}\` is also matched by \`${key}\` (line ${line}): a lowercase word matches its capitalised form too`;
        const same = map[capital] === map[key];
        const hint = same ? `remove \`${capital}\`: \`${key}\` already covers it` : `\`${capital}\` wins where the script writes \`${capital}\`; remove one if that is not meant`;
        push(capital, message, { key: true, hint, severity: 'warning' });
    }
}
/** Check the defaults' map (once) and every video's. */
function checkPronunciations(ctx, videos) {
    const defaults = ctx.data.defaults;
    if (isPlainObject(defaults) && isPlainObject(defaults.pronunciations))
        checkMap(ctx, ['defaults', 'pronunciations'], defaults.pronunciations);
    for (const [i, item] of videos.entries()) {
        if (isPlainObject(item) && isPlainObject(item.pronunciations))
            checkMap(ctx, ['videos', i, 'pronunciations'], item.pronunciations);
    }
}

// EXTERNAL MODULE: ./src/config/defaults.ts
var config_defaults = __webpack_require__(31954);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
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
/**
 * A cloud voice (`openai:alloy`, `elevenlabs:<id>`) is valid as written (the service knows its voices and
 * languages); without its key a warning says which variable (or action input) to set: only its videos fail.
 */
function checkCloudVoice(ctx, at, voice, catalogue) {
    const wanted = voice.toLowerCase();
    const cloud = catalogue.cloud?.find((c) => wanted === c.engine || wanted.startsWith(`${c.engine}:`));
    if (!cloud)
        return false;
    if (!cloud.keySet) {
        const message = `voice \`${voice}\` needs ${cloud.keyVariable}, which is not set: the videos with this voice will fail (TTS_KEY_MISSING)`;
        const hint = `set ${cloud.keyVariable} (in a workflow: pass a repository secret as the action input ${cloud.keyInput}), or pick a local voice`;
        ctx.diagnostics.push(diagnosticAt(ctx.source, at, message, { hint, severity: 'warning' }));
    }
    return true;
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
    const at = settingPath(ctx, i, 'voice');
    if (checkCloudVoice(ctx, at, voice, catalogue))
        return;
    if (forLanguage.length === 0)
        checkLanguage(ctx, i, language, catalogue);
    if (voice === 'auto' || voice === '')
        return;
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
        captions: { ...merged.captions, sidecar: [...new Set(merged.captions.sidecar)] },
        nemo: { ...merged.nemo },
        openai: { ...merged.openai },
        elevenlabs: { ...merged.elevenlabs },
    };
    if (merged.pronunciations && Object.keys(merged.pronunciations).length > 0)
        item.pronunciations = { ...merged.pronunciations };
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
function data_path_kindOf(value) {
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
            if (value === null && path[path.length - 2] === 'pronunciations') {
                return at(`pronunciation of \`${String(last)}\` is empty`, `write how \`${String(last)}\` is said, or remove the entry`);
            }
            const expected = EXPECTED[issue.expected] ?? issue.expected;
            const got = typeof value === 'number' && (issue.expected === 'int' || !Number.isFinite(value)) ? String(value) : data_path_kindOf(value);
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
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(abs);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { notFound: true, diagnostics: [at(`config file ${shown} does not exist`, errors/* ERRORS */.Sr.CONFIG_NOT_FOUND.hint)] };
        return { diagnostics: [at(`config file ${shown} cannot be read: ${error.message}`)] };
    }
    const decoded = decodeText(bytes);
    if (!('text' in decoded)) {
        const { message, hint } = decodeProblem(shown, decoded);
        return { diagnostics: [{ file: shown, line: decoded.line, col: decoded.col, message: `config file ${message}`, hint, severity: 'error' }] };
    }
    const { source, diagnostics } = parseYamlSource(decoded.text, shown);
    if (diagnostics.some(isError))
        return { diagnostics: tidy(diagnostics) };
    const converted = yamlData(source);
    if ('diagnostics' in converted)
        return { diagnostics: tidy([...diagnostics, ...converted.diagnostics]) };
    const data = converted.data;
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
    checkPronunciations(ctx, videos);
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

// EXTERNAL MODULE: ./src/script/parse.ts + 8 modules
var parse = __webpack_require__(40049);
// EXTERNAL MODULE: ./src/tts/cloud-service.ts
var cloud_service = __webpack_require__(90074);
// EXTERNAL MODULE: ./src/tts/registry.ts
var tts_registry = __webpack_require__(53210);
;// CONCATENATED MODULE: ./src/runner/check-scripts.ts
// Parse every item's script and check its per-line `{voice=…}` tags, so the CLI and the action catch them before any work.





/** Why a voice cannot speak `language` here, as the run would find out (undefined: it can). */
async function voiceProblem(voice, language, registry) {
    try {
        const resolved = await (0,tts_registry/* resolveVoice */.xD)(voice, language, registry);
        // A cloud voice without its key: only the videos it speaks in will fail (TTS_KEY_MISSING), so a warning.
        const engine = await (0,tts_registry/* engineForVoice */.Wi)(resolved.id, registry);
        const service = engine?.cloud ? cloud_service/* CLOUD_SERVICES */.lR.find((s) => s.engine === engine.id) : undefined;
        if (service && !process.env[service.keyVariable]?.trim()) {
            return {
                message: `voice "${resolved.id}" needs ${service.keyVariable}, which is not set: this video will fail (TTS_KEY_MISSING)`,
                hint: `set ${service.keyVariable} (in a workflow: pass a repository secret as the action input ${service.keyInput}), or pick a local voice`,
                severity: 'warning',
            };
        }
        return undefined;
    }
    catch (caught) {
        const error = (0,errors/* toVoiceoverError */.Uu)(caught);
        return { message: error.message, hint: error.hint };
    }
}
/**
 * Every problem of the items' scripts, FILE:LINE:COL in the script file (or in the config, for inline text):
 * what the script parser reports, and per-line voices that are unknown or not installed.
 */
async function checkScripts(config, options) {
    const found = [];
    const voices = new Map();
    for (const item of config.items) {
        const { script } = item;
        const file = script.path ? displayPath(script.path) : script.rel;
        const column = script.column ?? 0;
        // Script lines are config lines for inline text: columns move right by the text's indentation.
        const parsed = (0,parse/* parseScript */.t)(script.text, { format: script.format, file, lineOffset: script.lineOffset, language: item.language });
        const own = parsed.diagnostics.map((d) => ({ ...d, col: d.col + column }));
        if (options.backendOf(item) === 'local')
            own.push(...(await voiceDiagnostics(item, parsed.script.cues, file, voices, options.registry)));
        found.push(...own.sort((a, b) => a.line - b.line || a.col - b.col));
    }
    const seen = new Set();
    return found.filter((d) => {
        const key = `${d.file}:${d.line}:${d.col}:${d.severity}:${d.message}`;
        return seen.has(key) ? false : (seen.add(key), true);
    });
}
/** A diagnostic at the `{voice=…}` tag of every cue whose voice cannot speak here. */
async function voiceDiagnostics(item, cues, file, voices, registry) {
    const { script } = item;
    const column = script.column ?? 0;
    const found = [];
    const lines = script.text.replace(/\r\n?/g, '\n').split('\n');
    for (const cue of cues) {
        if (cue.voice === undefined)
            continue;
        const key = `${cue.voice}\n${item.language}`;
        if (!voices.has(key))
            voices.set(key, voiceProblem(cue.voice, item.language, registry));
        const problem = await voices.get(key);
        if (!problem)
            continue;
        const text = lines[cue.line - script.lineOffset - 1] ?? '';
        const tag = text.search(/\{\s*voice\s*=/i);
        found.push({
            file,
            line: cue.line,
            col: (tag < 0 ? 1 : tag + 1) + column,
            message: `{voice=${cue.voice}}: ${problem.message}`,
            hint: problem.hint,
            severity: problem.severity ?? 'error',
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/github/config-entries.ts
// Pure: which lines of the config text each part stands on, from the YAML parse tree: `defaults`, every
// `videos[i]`, and the anchored blocks (`&name` … `*name`, `<<: *name`) each of them uses.


/** Add the lines from `start` to the end of the range (exclusive end; a trailing newline is not a line of its own). */
function addLines(into, lines, range) {
    if (!range)
        return;
    const from = lines.linePos(range[0]).line;
    const to = lines.linePos(Math.max(range[0], range[1] - 1)).line;
    for (let l = from; l <= to; l++)
        into.add(l);
}
/** Every anchored node reached through aliases from `node`, and from those in turn. */
function aliasTargets(doc, node) {
    const found = new Set();
    const pending = [node];
    while (pending.length > 0) {
        const next = pending.pop();
        if (next === null || next === undefined)
            continue;
        const look = (alias) => {
            if (!(0,dist/* isAlias */.Vj)(alias))
                return;
            const target = alias.resolve(doc);
            if (target && !found.has(target)) {
                found.add(target);
                pending.push(target);
            }
        };
        if ((0,dist/* isAlias */.Vj)(next))
            look(next);
        // visit() walks a collection's pairs and items (keys too); a scalar holds no alias.
        else if ((0,dist/* isMap */.jh)(next) || (0,dist/* isSeq */.oP)(next))
            (0,dist/* visit */.YR)(next, { Alias: (_key, alias) => void look(alias) });
    }
    return [...found];
}
/** The lines of a part: its own range and (as shared) those of the anchors it uses outside it. */
function partLines(doc, lines, ranges, node) {
    const own = new Set();
    for (const range of ranges)
        addLines(own, lines, range);
    const shared = new Set();
    for (const target of aliasTargets(doc, node))
        addLines(shared, lines, target.range);
    for (const l of own)
        shared.delete(l);
    return { own, shared };
}
/** The lines of `defaults`, of each `videos[i]` and of the other top-level keys; undefined when the text is not a YAML map. */
function configLines(text) {
    const { source } = parseYamlSource(text, 'config');
    const { doc, lines } = source;
    if (!(0,dist/* isMap */.jh)(doc.contents))
        return undefined;
    const result = { defaults: { own: new Set(), shared: new Set() }, other: new Set(), entries: [] };
    for (const pair of doc.contents.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const keyRange = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.range : undefined;
        const value = pair.value;
        if (key === 'videos' && (0,dist/* isSeq */.oP)(value)) {
            result.entries = value.items.map((entry) => partLines(doc, lines, [entry?.range], entry));
        }
        else if (key === 'defaults') {
            result.defaults = partLines(doc, lines, [keyRange, value?.range], value);
        }
        else if (key !== 'videos') {
            addLines(result.other, lines, keyRange);
            addLines(result.other, lines, value?.range);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/github/changed-items.ts
// Pure choice of the videos a push touched: their video, script or music file, or their config entry.


/** The files an item reads, relative to the repository root. */
function itemFiles(item, root) {
    const files = [item.video.kind === 'file' ? item.video.path : undefined, item.script.path, item.music?.file];
    return files.filter((f) => f !== undefined).map((f) => external_node_path_default().relative(root, f).split((external_node_path_default()).sep).join('/'));
}
/** Why a config change changes every item (defaults, another top-level key), or undefined. */
function everyItemReason(lines, touched, configRel) {
    // Text that is not a YAML map (it loaded, so it should be): any config change counts for every item.
    if (!lines)
        return touched.length > 0 ? `${configRel} changed` : undefined;
    if (touched.some((l) => lines.defaults.own.has(l) || lines.defaults.shared.has(l)))
        return `the defaults of ${configRel} changed`;
    const other = touched.find((l) => lines.other.has(l));
    return other === undefined ? undefined : `${configRel} changed outside its videos (line ${other})`;
}
/**
 * Items whose files or config entry changed. Entries are told apart by the YAML parse tree of `configText`
 * (the config as this commit has it), wherever `defaults:` and the list stand: a changed `defaults:` (or
 * other top-level key) changes every item, and a changed anchored block changes every entry that uses it.
 */
function changedItems(config, items, change, configText) {
    const configRel = external_node_path_default().relative(config.root, config.file).split((external_node_path_default()).sep).join('/');
    const touched = change.files.includes(configRel) ? change.configLines : [];
    const lines = configLines(configText);
    const hits = (set) => touched.find((l) => set?.has(l));
    const all = everyItemReason(lines, touched, configRel);
    const files = new Set(change.files);
    const reasons = new Map();
    for (const item of items) {
        const file = itemFiles(item, config.root).find((f) => files.has(f));
        // config.items follows the order of the `videos:` list.
        const entry = lines?.entries[config.items.indexOf(item)];
        const shared = hits(entry?.shared);
        if (file)
            reasons.set(item.name, `${file} changed`);
        else if (hits(entry?.own) !== undefined)
            reasons.set(item.name, `its entry in ${configRel} changed`);
        else if (shared !== undefined)
            reasons.set(item.name, `an anchored block its entry uses changed (${configRel}:${shared})`);
        else if (all)
            reasons.set(item.name, all);
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










/**
 * Load, validate (the scripts too) and select. `log` receives what a person reading the log should know;
 * `env` holds NEMO_TOKEN (from the nemo-token input), which with the backend input decides each item's backend.
 */
async function prepare(inputs, ctx, log, env = process.env) {
    const file = external_node_path_default().resolve(ctx.workspace, inputs.config);
    const configRel = external_node_path_default().relative(ctx.workspace, file).split((external_node_path_default()).sep).join('/');
    // The checks follow the backend each item will really run on, as `voiceover run --backend` does.
    const effective = (configured) => (0,registry/* resolveBackendName */.G)(inputs.backend ?? configured, env);
    const loaded = await loadConfig(file, { voices: await (0,tts_registry/* loadVoiceCatalogue */.qF)(), backend: effective });
    const { config } = loaded;
    if (!config)
        return { ok: false, configRel, diagnostics: loaded.diagnostics, message: `${configRel} is invalid: nothing was run` };
    const scripts = await checkScripts(config, { backendOf: (item) => effective(item.backend) });
    const diagnostics = [...loaded.diagnostics, ...scripts];
    if (scripts.some((d) => d.severity === 'error')) {
        const broken = new Set(scripts.filter((d) => d.severity === 'error').map((d) => d.file));
        const message = `${broken.size === 1 ? `the script ${[...broken][0]} is invalid` : `${broken.size} scripts are invalid`}: nothing was run`;
        return { ok: false, configRel, diagnostics, message, title: errors/* ERRORS */.Sr.SCRIPT_INVALID.title };
    }
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
            const { changed, reasons } = changedItems(config, items, changes.change, await (0,promises_.readFile)(config.file, 'utf8'));
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
/* harmony export */   iw: () => (/* binding */ fileUrl),
/* harmony export */   ji: () => (/* binding */ timedResample)
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
/**
 * A resample to `rate` that follows the stream's timestamps instead of counting its samples: the first
 * sample goes where its pts says (silence before an audio stream that starts late), gaps are filled with
 * silence and overlaps trimmed once they pass 10 ms. Without it a soundtrack is read sample after
 * sample, so audio that starts 0.5 s after the picture plays 0.5 s early, and a recording stitched from
 * AAC segments (each with its encoder priming) drifts later by about 21 ms per joint.
 */
function timedResample(rate) {
    return `aresample=${rate}:async=1:min_hard_comp=0.01:first_pts=0`;
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

/***/ 47169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pS: () => (/* binding */ classifyInput),
  x9: () => (/* binding */ probeInput),
  PE: () => (/* binding */ probeMedia),
  z8: () => (/* binding */ verifyDecodable)
});

// UNUSED EXPORTS: INPUT_EXTENSIONS, classifyInputFile, decodeTail, kindFromName

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
// EXTERNAL MODULE: ./src/media/run.ts + 1 modules
var run = __webpack_require__(84072);
;// CONCATENATED MODULE: ./src/media/packets.ts
// A packet scan: ffprobe demuxes (never decodes) a file, or its tail, and lists every packet's
// time, length and keyframe flag. It says where a file's packets really end (a truncated file's
// header still claims its full length), where its last keyframe is (so a tail check can decode that
// keyframe instead of the whole file) and how long a file lasts whose header gives no duration (a
// browser's MediaRecorder WebM).



function time(text) {
    if (text === undefined || text === '' || text === 'N/A')
        return undefined;
    const value = Number.parseFloat(text);
    return Number.isFinite(value) ? value : undefined;
}
/**
 * A packet scan from ffprobe's `-show_entries packet=codec_type,stream_index,pts_time,dts_time,duration_time,flags -of csv=p=0`
 * output (one packet a line, fields in that order). Only the first stream of each asked type counts
 * (cover art and second audio tracks do not say where the recording ends).
 */
function parsePacketCsv(stdout, streams, errors = '') {
    const scan = { packets: 0, errors };
    const firstIndex = {};
    const keyType = streams.video ? 'video' : 'audio';
    for (const line of stdout.split('\n')) {
        const [type, index, pts, dts, duration, flags] = line.trim().split(',');
        if (type !== 'video' && type !== 'audio')
            continue;
        if (!streams[type] || index === undefined)
            continue;
        firstIndex[type] ??= index;
        if (firstIndex[type] !== index)
            continue;
        const start = time(pts) ?? time(dts);
        if (start === undefined)
            continue;
        scan.packets += 1;
        const end = start + Math.max(0, time(duration) ?? 0);
        scan.first_s = Math.min(scan.first_s ?? start, start);
        scan.end_s = Math.max(scan.end_s ?? end, end);
        if (type === keyType && flags?.startsWith('K'))
            scan.lastKey_s = Math.max(scan.lastKey_s ?? start, start);
    }
    return scan;
}
/**
 * Scan the packets of `file` from `from_s` (a time on the file's own timeline; the whole file when
 * undefined) to its end. Demux errors do not throw: they come back in `errors`, beside whatever
 * packets were read before them. Only a canceled or unstartable ffprobe throws.
 */
async function scanPackets(file, streams, options = {}) {
    const from = options.from_s !== undefined && options.from_s > 0 ? ['-read_intervals', `${(0,media_args/* formatSeconds */.Xo)(options.from_s)}%`] : [];
    const args = ['-v', 'error', ...from, '-show_entries', 'packet=codec_type,stream_index,pts_time,dts_time,duration_time,flags', '-of', 'csv=p=0', (0,media_args/* fileUrl */.iw)(file)];
    try {
        const { stdout, stderr } = await (0,run/* runFfmpeg */.L)(args, { program: 'ffprobe', signal: options.signal });
        return parsePacketCsv(stdout, streams, stderr.trim());
    }
    catch (error) {
        if (error instanceof ffmpeg_error/* FfmpegError */.Kz && !error.isCanceled && error.childExitCode !== undefined) {
            return parsePacketCsv('', streams, error.stderr.trim() || error.message);
        }
        throw error;
    }
}
/**
 * How far before the end (seconds) the last keyframe may be for the end-of-file check to decode
 * it (that keyframe alone: decodeTail in probe.ts). It is also how much of the tail the packet scan
 * reads: past that, the scan already showed the packets run to the claimed end without a demux
 * error, and the start decode showed the codec works. 10 s covers the usual GOPs (1–10 s).
 */
const TAIL_DECODE_MAX_S = 10;
/** How far short of the claimed end (seconds) the packets may stop: a second, or 2 % of a long file. */
function tailSlack(claimed_s) {
    return Math.max(1, 0.02 * claimed_s);
}
/**
 * The rule of the end-of-file check, from a scan of the tail's packets (`origin_s` is the file's
 * start time, `claimed_s` the duration its header or packets claim):
 * 1. packets ending more than `tailSlack` before the claimed end → refuse (truncated);
 * 2. a keyframe within TAIL_DECODE_MAX_S of the end → decode it;
 * 3. otherwise (one keyframe, long GOPs) → accept without decoding when the demuxer read the tail
 *    cleanly, decode the whole file when it complained.
 * A decode from the last keyframe that gives nothing is not yet proof either (a muxer may flag a
 * keyframe that is not one): the caller then decodes the whole file, as `ffmpeg -i FILE -f null -`
 * would, and refuses only when that does not reach the end either.
 */
function planTailCheck(scan, claimed_s, origin_s = 0) {
    const end = origin_s + claimed_s;
    if (scan.end_s === undefined || scan.end_s < end - tailSlack(claimed_s))
        return { action: 'refuse' };
    if (scan.lastKey_s !== undefined && (scan.end_s - scan.lastKey_s) <= TAIL_DECODE_MAX_S) {
        return { action: 'decode', from_s: Math.max(0, scan.lastKey_s - origin_s) };
    }
    return scan.errors ? { action: 'full' } : { action: 'accept' };
}

;// CONCATENATED MODULE: ./src/media/probe-parse.ts
// Demuxers that read single pictures (or picture sequences). A GIF is an image only when it holds
// one frame: an animated one (a screen recorder's) plays as the video it is.
const IMAGE_FORMAT = /^(image2|image2pipe|\w+_pipe)$/;
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
    if (formatNames.includes('gif'))
        return (num(stream.nb_frames) ?? 1) <= 1;
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
    const start = num(output.format?.start_time);
    if (start !== undefined && start !== 0)
        result.start_s = start;
    if (video)
        result.video = videoInfo(video, formatNames);
    if (audio)
        result.audio = audioInfo(audio);
    return result;
}

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
    if (probe.duration === 0 && !probe.video?.isImage)
        await durationFromPackets(probe, options.signal);
    return probe;
}
// A header without a duration (MediaRecorder, a pipe): the duration is where the packets end. A
// whole-file packet scan is demuxing only, no decoding; files without a duration are rare and short.
async function durationFromPackets(probe, signal) {
    const scan = await scanPackets(probe.file, { video: Boolean(probe.video), audio: Boolean(probe.audio) }, { signal });
    if (scan.end_s === undefined)
        return;
    const duration = scan.end_s - (probe.start_s ?? Math.min(0, scan.first_s ?? 0));
    if (duration > 0) {
        probe.duration = duration;
        probe.durationFrom = 'packets';
    }
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
// Decode from `at` for `length` seconds (to the end when undefined): whether any frame or sample
// came out, how many video frames and how far the output got (seconds from `at`). `input` goes before
// the -ss (seek options), `output` after the maps (frame limits).
async function decodesAt(file, probe, at, length, signal, extra = {}) {
    const maps = [...(probe.video ? ['-map', '0:v:0'] : []), ...(probe.audio ? ['-map', '0:a:0'] : [])];
    const args = [
        '-v', 'error', ...(extra.input ?? []), ...(at > 0 ? ['-ss', (0,media_args/* formatSeconds */.Xo)(at)] : []), '-i', (0,media_args/* fileUrl */.iw)(file),
        ...(length === undefined ? [] : ['-t', (0,media_args/* formatSeconds */.Xo)(length)]), ...maps, ...(extra.output ?? []), ...(0,media_args/* nullOutputArgs */.Y5)(),
    ];
    let last;
    try {
        const { stderr } = await (0,run/* runFfmpeg */.L)(args, { signal, onProgress: (p) => (last = p) });
        const ok = (last?.frame ?? 0) > 0 || (last?.out_time_s ?? 0) > 0;
        return { ok, frames: last?.frame ?? 0, reached_s: last?.out_time_s ?? 0, stderr };
    }
    catch (error) {
        if (error instanceof ffmpeg_error/* FfmpegError */.Kz && !error.isCanceled && error.childExitCode !== undefined) {
            return { ok: false, frames: 0, reached_s: 0, stderr: error.stderr };
        }
        throw error;
    }
}
/**
 * Decode a file's tail from its last keyframe (`key_s`, seconds from the file's start as -ss reads
 * it): that keyframe's picture alone (the output ends with it). The GOP's other frames say nothing
 * more (any picture counts, as it did when the whole GOP was decoded) and cost up to
 * TAIL_DECODE_MAX_S of decoding (≈ 2 s of 1080p with 8-second GOPs). The seek aims a hundredth of
 * a second past the keyframe, without accurate seeking, so it starts on that keyframe and never on
 * the one before (a time rounded down a microsecond would).
 */
function decodeTail(file, probe, key_s, signal) {
    // Audio only: every packet is a keyframe and the decode from the last one is short already.
    if (!probe.video)
        return decodesAt(file, probe, key_s, undefined, signal);
    return decodesAt(file, probe, key_s + 0.01, undefined, signal, { input: ['-noaccurate_seek'], output: ['-frames:v', '1'] });
}
function corruptAt(file, probe, at, why) {
    const where = at === 0 ? 'at its start' : `near ${(0,media_args/* formatSeconds */.Xo)(Math.round(at * 10) / 10)}s of the ${(0,media_args/* formatSeconds */.Xo)(probe.duration)}s it claims`;
    return new errors/* VoiceoverError */.pF('INPUT_CORRUPT', { file, detail: `nothing decodes ${where}${why ? ` (${why})` : ''}` });
}
function seconds(value) {
    return `${(0,media_args/* formatSeconds */.Xo)(Math.round(value * 100) / 100)}s`;
}
// The end-of-file check (rule: planTailCheck): a packet scan of the last TAIL_DECODE_MAX_S + 1
// seconds, then the last keyframe decoded (decodeTail), and a whole decode only when the file's
// keyframe flags or demuxer leave no cheaper proof. The error to throw, or undefined when the end is there.
async function checkTail(file, probe, signal) {
    const origin = probe.start_s ?? 0;
    const near = probe.duration - 1;
    const from = origin + probe.duration - TAIL_DECODE_MAX_S - 1;
    const scan = await scanPackets(file, { video: Boolean(probe.video), audio: Boolean(probe.audio) }, { from_s: from, signal });
    const plan = planTailCheck(scan, probe.duration, origin);
    const demuxer = scan.errors ? cleanMessage(scan.errors, 2) : '';
    if (plan.action === 'accept')
        return undefined;
    if (plan.action === 'refuse') {
        const stop = scan.end_s === undefined ? `no packet after ${seconds(Math.max(0, from - origin))}` : `its packets stop at ${seconds(scan.end_s - origin)}`;
        return corruptAt(file, probe, near, [stop, demuxer].filter(Boolean).join('; '));
    }
    if (plan.action === 'decode' && (await decodeTail(file, probe, plan.from_s, signal)).ok)
        return undefined;
    // The keyframe flags lied, or the demuxer complained: decode it all, as a player would.
    const whole = await decodesAt(file, probe, 0, undefined, signal);
    if (whole.ok && whole.reached_s >= probe.duration - tailSlack(probe.duration))
        return undefined;
    return corruptAt(file, probe, near, cleanMessage(whole.stderr, 2) || demuxer || `decoding stops at ${seconds(whole.reached_s)}`);
}
/**
 * Check an input really decodes: a short slice at the start, and its end (checkTail, run beside
 * it). INPUT_CORRUPT when either fails: a truncated file keeps a header that claims the full
 * duration, so its packets stop short of it. A file that `ffmpeg -i FILE -f null -` decodes to its
 * end is never refused; a single-keyframe screen recording whose packets reach the end is not
 * decoded twice to prove it.
 */
async function verifyDecodable(file, probe, options = {}) {
    const tailToo = !probe.video?.isImage && probe.duration > 1.5;
    const [head, tail] = await Promise.all([
        decodesAt(file, probe, 0, 0.5, options.signal),
        tailToo ? checkTail(file, probe, options.signal) : Promise.resolve(undefined),
    ]);
    if (!head.ok)
        throw corruptAt(file, probe, 0, cleanMessage(head.stderr, 2));
    if (tail)
        throw tail;
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
        const onData = parser ? undefined : options.onStdoutData;
        if (onData) {
            child.stdout.on('data', (chunk) => {
                try {
                    onData(chunk);
                }
                catch (error) {
                    // A consumer that cannot go on stops the run; its error is the cause.
                    spawnError ??= error;
                    stop();
                }
            });
        }
        else
            child.stdout.setEncoding('utf8');
        if (!onData)
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

/***/ 93187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ normaliseForSpeech)
});

;// CONCATENATED MODULE: ./src/script/speech-rule.ts
// One named text-normalisation rule (a global regex and a replacer) and how to apply it.
/** Apply one rule to a text; matches are replaced left to right. */
function applyRule(text, rule) {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(rule.pattern)) {
        out += text.slice(last, match.index) + rule.replace(match);
        last = match.index + match[0].length;
    }
    return last === 0 ? text : out + text.slice(last);
}
/** Up to `length` characters before a match: enough context for a rule's checks, without rescanning the whole text per match. */
function textBefore(match, length = 40) {
    return match.input.slice(Math.max(0, match.index - length), match.index);
}
/** Up to `length` characters after a match. */
function textAfter(match, length = 40) {
    const end = match.index + match[0].length;
    return match.input.slice(end, end + length);
}
/** Split trailing sentence punctuation from a token matched greedily: "x.com/a." → ["x.com/a", "."]. */
function splitTrailingPunctuation(token) {
    const m = /[.,;:!?)\]'"]+$/.exec(token);
    return m ? [token.slice(0, m.index), m[0]] : [token, ''];
}

// EXTERNAL MODULE: ./node_modules/number-to-words/src/index.js
var src = __webpack_require__(60948);
var src_default = /*#__PURE__*/__webpack_require__.n(src);
;// CONCATENATED MODULE: ./src/script/spoken-numbers.ts
// Numbers as English words: cardinals, decimals, ordinals, years, digit pairs ("ten eighty").

const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Longest digit string read as one number; longer ones are read digit by digit. */
const MAX_CARDINAL_DIGITS = 15;
/** Digit pattern for numbers in rules: "1,299", "42", "3.14" (source text, no anchors). */
const NUM = String.raw `(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** Each digit as a word: "07" → "zero seven". */
function digitWords(digits) {
    return [...digits].map((d) => DIGITS[Number(d)] ?? d).join(' ');
}
/** A non-negative integer written in digits (commas allowed) as words: "1,299" → "one thousand two hundred ninety-nine". */
function cardinalWords(digits) {
    const plain = digits.replace(/,/g, '');
    if (plain.length > 1 && plain.startsWith('0'))
        return digitWords(plain);
    if (plain.length > MAX_CARDINAL_DIGITS)
        return digitWords(plain);
    return src_default().toWords(Number(plain)).replace(/,/g, '');
}
/** A number with optional sign and decimals as words: "-3.14" → "minus three point one four". */
function numberWords(text) {
    const sign = /^[-−]/.test(text) ? 'minus ' : /^\+/.test(text) ? 'plus ' : '';
    const unsigned = text.replace(/^[-−+]/, '');
    const [whole = '', fraction] = unsigned.split('.');
    const head = whole === '' ? '' : cardinalWords(whole);
    if (fraction === undefined || fraction === '')
        return sign + head;
    return `${sign}${head === '' ? '' : `${head} `}point ${digitWords(fraction)}`;
}
/** A positive integer as ordinal words: 22 → "twenty-second". */
function ordinalWords(digits) {
    const plain = digits.replace(/,/g, '');
    if (plain.length > MAX_CARDINAL_DIGITS)
        return `number ${digitWords(plain)}`;
    return src_default().toWordsOrdinal(Number(plain)).replace(/,/g, '');
}
/** Two-digit group after a spoken hundred: 5 → "oh five", 42 → "forty-two". */
function pairTail(n) {
    return n < 10 ? `oh ${DIGITS[n]}` : cardinalWords(String(n));
}
/** A year as spoken: 1999 → "nineteen ninety-nine", 2005 → "two thousand five", 2010 → "twenty ten". */
function yearWords(year) {
    if (year < 1000 || year > 9999)
        return cardinalWords(String(year));
    const high = Math.floor(year / 100);
    const low = year % 100;
    if (year % 1000 < 10 && high % 10 === 0)
        return cardinalWords(String(year));
    if (low === 0)
        return `${cardinalWords(String(high))} hundred`;
    return `${cardinalWords(String(high))} ${pairTail(low)}`;
}
/** A 3–4 digit number read in pairs, as for resolutions: 1080 → "ten eighty", 720 → "seven twenty". */
function pairWords(n) {
    if (n < 100 || n > 9999)
        return cardinalWords(String(n));
    const high = Math.floor(n / 100);
    const low = n % 100;
    if (low === 0)
        return `${cardinalWords(String(high))} hundred`;
    return `${cardinalWords(String(high))} ${pairTail(low)}`;
}
/** Plural of the last word of a spoken number: "nineteen ninety" → "nineteen nineties". */
function pluralizeLast(words) {
    return words.replace(/(\w+)$/, (last) => (last.endsWith('y') ? `${last.slice(0, -1)}ies` : `${last}s`));
}
/** Whether a written integer is a plausible calendar year read as a year (1100–2099). */
function looksLikeYear(digits) {
    if (!/^\d{4}$/.test(digits))
        return false;
    const n = Number(digits);
    return n >= 1100 && n <= 2099;
}

;// CONCATENATED MODULE: ./src/script/rules-dates.ts
// Normalisation rules for dates, clock times, years and decades.


const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Month names and their usual abbreviations, as a regex alternative. */
const MONTH = String.raw `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
/** Full month name of a written month (name, abbreviation or 1-based number). */
function monthName(month) {
    if (typeof month === 'number')
        return MONTHS[month - 1];
    return MONTHS.find((name) => name.startsWith(month.slice(0, 3)));
}
/** "March fifteenth, twenty twenty-four" (US order). */
function monthFirst(month, day, year) {
    const head = `${month} ${ordinalWords(String(day))}`;
    return year === undefined ? head : `${head}, ${yearWords(year)}`;
}
/** "the fifth of March, twenty twenty-four" (day-first order). */
function dayFirst(month, day, year) {
    const head = `the ${ordinalWords(String(day))} of ${month}`;
    return year === undefined ? head : `${head}, ${yearWords(year)}`;
}
const validDay = (day) => day >= 1 && day <= 31;
/** "2024-03-15" and "2024/03/15" → "March fifteenth, twenty twenty-four". */
const isoDateRule = {
    name: 'iso-date',
    pattern: /(?<![\w./-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\w/-])/g,
    replace: (m) => {
        const month = monthName(Number(m[3]));
        const day = Number(m[4]);
        return month && validDay(day) ? monthFirst(month, day, Number(m[1])) : m[0];
    },
};
/** "03/15/2024" → month first unless the first number cannot be a month; "15.03.2024" → day first. */
const numericDateRule = {
    name: 'numeric-date',
    pattern: /(?<![\w./-])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|\.\d)/g,
    replace: (m) => {
        const a = Number(m[1]);
        const b = Number(m[3]);
        const written = m[4] ?? '';
        const year = written.length === 2 ? 2000 + Number(written) : Number(written);
        const dayFirstOrder = m[2] === '.' || (a > 12 && b <= 12);
        const [monthNumber, day] = dayFirstOrder ? [b, a] : [a, b];
        const month = monthName(monthNumber);
        if (!month || !validDay(day))
            return m[0];
        return dayFirstOrder ? dayFirst(month, day, year) : monthFirst(month, day, year);
    },
};
/** "March 5, 2024", "Mar. 5th 2024", "March 5" → "March fifth, twenty twenty-four". */
const monthDayRule = {
    name: 'month-day',
    pattern: new RegExp(String.raw `\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d|:)(?:,?\s+(\d{4})(?![\w.]|\.\d))?\b`, 'g'),
    replace: (m) => {
        const month = monthName(m[1] ?? '');
        const day = Number(m[2]);
        if (!month || !validDay(day))
            return m[0];
        return monthFirst(month, day, m[3] === undefined ? undefined : Number(m[3]));
    },
};
/** "5 March 2024", "5th March" → "the fifth of March, twenty twenty-four". */
const dayMonthRule = {
    name: 'day-month',
    pattern: new RegExp(String.raw `(?<![\w.,])(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}(?![\w])(?:,?\s+(\d{4})(?![\w.]|\.\d))?`, 'g'),
    replace: (m) => {
        const month = monthName(m[2] ?? '');
        const day = Number(m[1]);
        if (!month || !validDay(day))
            return m[0];
        return dayFirst(month, day, m[3] === undefined ? undefined : Number(m[3]));
    },
};
/** "Nov 2024", "Sept. 2025" → "November twenty twenty-four" (a month abbreviation before a year is said in full). */
const monthYearRule = {
    name: 'month-year',
    pattern: /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(\d{4})(?![\w]|[.,]\d)/g,
    replace: (m) => (looksLikeYear(m[2] ?? '') ? `${monthName(m[1] ?? '') ?? m[1]} ${yearWords(Number(m[2]))}` : m[0]),
};
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Weekday names and their usual abbreviations, as a regex alternative (full names first). */
const WEEKDAY = String.raw `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)`;
/** Full weekday name of a written one: "Thu" → "Thursday". */
const weekdayName = (written) => WEEKDAYS.find((name) => name.startsWith(written.slice(0, 3))) ?? written;
/** "Fri 12/6" → "Friday December sixth" ("Mon 13/2": day first): after a weekday, a slash pair is a date, not a fraction. */
const weekdayDateRule = {
    name: 'weekday-date',
    pattern: new RegExp(String.raw `\b${WEEKDAY}\.?(,?\s+)(\d{1,2})\/(\d{1,2})(?![\w/]|\.\d)`, 'g'),
    replace: (m) => {
        const [a, b] = [Number(m[3]), Number(m[4])];
        const dayFirstOrder = a > 12 && b <= 12;
        const [month, day] = dayFirstOrder ? [monthName(b), a] : [monthName(a), b];
        if (!month || !validDay(day))
            return m[0];
        return `${weekdayName(m[1] ?? '')}${m[2]}${dayFirstOrder ? dayFirst(month, day) : monthFirst(month, day)}`;
    },
};
/** "Mon–Fri", "Mon-Fri" → "Monday to Friday". */
const weekdayRangeRule = {
    name: 'weekday-range',
    pattern: new RegExp(String.raw `\b${WEEKDAY}\.?\s?[-–]\s?${WEEKDAY}\b`, 'g'),
    replace: (m) => `${weekdayName(m[1] ?? '')} to ${weekdayName(m[2] ?? '')}`,
};
/** Keep a sentence-ending dot that an "a.m." / "p.m." match swallowed. */
function keptDot(m) {
    if (!m[0].endsWith('.'))
        return '';
    const rest = m.input.slice(m.index + m[0].length);
    return rest.trim() === '' || /^\s+[A-Z]/.test(rest) ? '.' : '';
}
/** Spoken minutes of a clock time: 0 → "", 5 → "oh five", 30 → "thirty". */
function minuteWords(minutes) {
    if (minutes === 0)
        return '';
    return minutes < 10 ? `oh ${cardinalWords(String(minutes))}` : cardinalWords(String(minutes));
}
/** "9:30" → "nine thirty", "9:00" → "nine o'clock", "14:00" → "fourteen hundred", "9:30 am" → "nine thirty A M". */
const clockTimeRule = {
    name: 'clock-time',
    pattern: /(?<![\w:.])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?:\s?([ap])\.?m\.?(?![a-z]))?(?![\w:]|\.\d)/gi,
    replace: (m) => {
        const hour = Number(m[1]);
        const minutes = Number(m[2]);
        const meridiem = m[4] ? ` ${m[4].toUpperCase()} M` : '';
        const hourWords = cardinalWords(String(hour));
        let spoken;
        if (minutes !== 0)
            spoken = `${hourWords} ${minuteWords(minutes)}`;
        else if (meridiem)
            spoken = hourWords;
        else
            spoken = hour > 12 || hour === 0 ? `${hourWords} hundred` : `${hourWords} o'clock`;
        const seconds = m[3] === undefined || Number(m[3]) === 0 ? '' : ` and ${cardinalWords(String(Number(m[3])))} seconds`;
        return spoken + seconds + meridiem + keptDot(m);
    },
};
/** Ratios that are not clock times: "16:9" → "sixteen to nine", "1:1" → "one to one". */
const ratioRule = {
    name: 'ratio',
    pattern: /(?<![\w:.])(\d+):(\d+)(?![\w:]|\.\d)/g,
    replace: (m) => `${cardinalWords(m[1] ?? '')} to ${cardinalWords(m[2] ?? '')}`,
};
/** "5pm", "11 a.m." → "five P M", "eleven A M". */
const hourMeridiemRule = {
    name: 'hour-meridiem',
    pattern: /(?<![\w:.])(1[0-2]|0?[1-9])\s?([ap])\.?m\b\.?/gi,
    replace: (m) => `${cardinalWords(String(Number(m[1])))} ${(m[2] ?? '').toUpperCase()} M${keptDot(m)}`,
};
/** "the 1990s" → "the nineteen nineties", "'90s" / "the 80s" → "nineties" / "the eighties". */
const decadeRule = {
    name: 'decade',
    pattern: /(?<![\w.,])(?:(\d{3}0)|(?:(?<=\bthe\s)|['’])(\d0))'?s\b/gi,
    replace: (m) => (m[1] ? pluralizeLast(yearWords(Number(m[1]))) : pluralizeLast(cardinalWords(m[2] ?? ''))),
};
/** Plural nouns that make a four-digit number a count: "2025 users" is not a year. */
const COUNTED = /^\s+(?:users|people|customers|developers|downloads|installs|stars|views|visitors|members|subscribers|followers|companies|teams|organi[sz]ations|employees|students|files|lines|items|requests|videos|images|photos|pages|records|rows|commits|tests|votes|orders|sales|units|projects|repositories|repos|servers|devices|apps|sites|websites|words|emails|messages|tickets|issues|bugs|points|calls|accounts|sign-?ups|reviews|comments|likes|participants|attendees|contributors|plugins|integrations|templates|languages|countries|cities|stores|partners|clients|patients|frames|samples|tokens|queries|transactions|jobs|builds|packages|times|steps|miles|hours|minutes|seconds|days)\b/i;
/** Words before a number that make it a year even before a counted noun: "in 2025 users will…". */
const YEAR_BEFORE = /\b(?:in|since|by|from|until|till|before|after|during|through|circa|year|of)\s+$/i;
/** Four-digit numbers 1100–2099 read as years: "in 1999" → "in nineteen ninety-nine"; "2025 users" stays a count. */
const yearRule = {
    name: 'year',
    pattern: /(?<![\w.,$€£¥₹+\-−])(\d{4})(?![\w%°]|[.,]\d)/g,
    replace: (m) => {
        if (!looksLikeYear(m[1] ?? ''))
            return m[0];
        const counted = COUNTED.test(textAfter(m)) && !YEAR_BEFORE.test(textBefore(m));
        return counted ? cardinalWords(m[1] ?? '') : yearWords(Number(m[1]));
    },
};
/** Date and time rules in the order they must run. */
const DATE_RULES = [
    isoDateRule, numericDateRule, monthDayRule, dayMonthRule, monthYearRule, weekdayDateRule, weekdayRangeRule,
];
/** Clock-time rules (after numeric ranges turned "9-5" into "9 to 5"). */
const TIME_RULES = [clockTimeRule, hourMeridiemRule, ratioRule];
/** Year rules (after money, units and versions took their numbers). */
const YEAR_RULES = [decadeRule, yearRule];

;// CONCATENATED MODULE: ./src/script/rules-money.ts
// Normalisation rules for money, percentages and scaled amounts ("$2.5M", "10k", "42%").


const CURRENCIES = {
    $: { one: 'dollar', many: 'dollars', cent: ['cent', 'cents'] },
    '€': { one: 'euro', many: 'euros', cent: ['cent', 'cents'] },
    '£': { one: 'pound', many: 'pounds', cent: ['penny', 'pence'] },
    '¥': { one: 'yen', many: 'yen' },
    '₹': { one: 'rupee', many: 'rupees', cent: ['paisa', 'paise'] },
    '¢': { one: 'cent', many: 'cents' },
};
/** Scale suffixes and words: "k" → "thousand". */
const SCALES = {
    k: 'thousand', K: 'thousand', thousand: 'thousand',
    m: 'million', M: 'million', mn: 'million', million: 'million',
    b: 'billion', B: 'billion', bn: 'billion', billion: 'billion',
    t: 'trillion', T: 'trillion', tn: 'trillion', trillion: 'trillion',
};
/** Scale after an amount: attached letter ("2.5M") or a word after a space ("2.5 million"). */
const SCALE = String.raw `(?:([kKmMbBtT]|bn|mn|tn)|\s(thousand|million|billion|trillion))(?![\w])`;
/** An amount in one currency as said: "$4.99" → "four dollars and ninety-nine cents". */
function moneyWords(symbol, amount, scale) {
    const currency = CURRENCIES[symbol] ?? { one: symbol, many: symbol };
    const sign = /^[-−]/.test(amount) ? 'minus ' : '';
    const unsigned = amount.replace(/^[-−]/, '');
    if (scale)
        return `${numberWords(amount)} ${SCALES[scale] ?? scale} ${currency.many}`;
    const [whole = '0', fraction] = unsigned.split('.');
    const units = Number(whole.replace(/,/g, ''));
    const unitName = units === 1 ? currency.one : currency.many;
    if (fraction === undefined)
        return `${sign}${cardinalWords(whole)} ${unitName}`;
    if (fraction.length > 2 || !currency.cent)
        return `${numberWords(amount)} ${currency.many}`;
    const cents = Number(fraction.padEnd(2, '0'));
    const centWords = `${cardinalWords(String(cents))} ${cents === 1 ? currency.cent[0] : currency.cent[1]}`;
    if (cents === 0)
        return `${sign}${cardinalWords(whole)} ${unitName}`;
    if (units === 0)
        return sign + centWords;
    return `${sign}${cardinalWords(whole)} ${unitName} and ${centWords}`;
}
/** "$1,299", "-$5", "€20", "$2.5M", "$3 billion" (symbol before the amount). */
const moneyRule = {
    name: 'money',
    pattern: new RegExp(String.raw `(?<![\w.])([-−]?)([$€£¥₹])\s?(${NUM})(?:${SCALE})?(?![\d])`, 'g'),
    replace: (m) => moneyWords(m[2] ?? '$', (m[1] ?? '') + (m[3] ?? ''), m[4] ?? m[5]),
};
/** "20€", "20 €" (symbol after the amount, as written in much of Europe), "99¢" → "ninety-nine cents". */
const moneyAfterRule = {
    name: 'money-after',
    pattern: new RegExp(String.raw `(?<![\w.])([-−]?${NUM})\s?([€£¥₹¢])`, 'g'),
    replace: (m) => moneyWords(m[2] ?? '€', m[1] ?? ''),
};
/** "42%" → "forty-two percent", "-3.5 %" → "minus three point five percent". */
const percentRule = {
    name: 'percent',
    pattern: new RegExp(String.raw `(?<![\w.])((?:(?<![\d])[-−+])?${NUM})\s?%`, 'g'),
    replace: (m) => `${numberWords(m[1] ?? '')} percent`,
};
/** "10k" → "ten thousand", "2.5M" → "two point five million", "3B" → "three billion" (not 4K/8K). */
const scaleRule = {
    name: 'scale',
    pattern: new RegExp(String.raw `(?<![\w.])([-−]?${NUM})(?:([kKMB]|bn|mn)(?![\w])|\s(thousand|million|billion|trillion)\b)`, 'g'),
    replace: (m) => {
        const suffix = m[2] ?? m[3] ?? '';
        if (suffix === 'K' && /^(?:2|4|5|6|8|12|16)$/.test(m[1] ?? ''))
            return `${numberWords(m[1] ?? '')} K`;
        return `${numberWords(m[1] ?? '')} ${SCALES[suffix] ?? suffix}`;
    },
};
/** ISO currency codes said as their currency. */
const CODES = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };
const CODE = Object.keys(CODES).join('|');
/** "USD 100" / "100 USD" / "EUR 2.5M" → "$100", "€2.5M" (read by the money rule next); "$5 USD" → "$5". */
const currencyCodeRule = {
    name: 'currency-code',
    pattern: new RegExp(String.raw `(?<![\w.])(?:(${CODE})\s?(${NUM}(?:[kKmMbB]|bn|mn)?)|(${NUM}(?:[kKmMbB]|bn|mn|\s(?:thousand|million|billion))?)\s?(${CODE}))(?![\w])`, 'g'),
    replace: (m) => {
        const symbol = /[$€£¥₹]$/.test(textBefore(m, 1)) ? '' : (CODES[m[1] ?? m[4] ?? ''] ?? '');
        return `${symbol}${m[2] ?? m[3] ?? ''}`;
    },
};
/** Money and percentage rules, in order. */
const MONEY_RULES = [currencyCodeRule, moneyRule, moneyAfterRule, percentRule];

;// CONCATENATED MODULE: ./src/script/rules-units.ts
// Normalisation rules for numbers with units: "5 km", "16 GB/s", "60 fps", "72°F", "1080p", "4G".


/** Written unit → [singular, plural]. Case matters ("MB" megabytes, "mb" is not a unit here). */
const UNITS = {
    KB: ['kilobyte', 'kilobytes'], kB: ['kilobyte', 'kilobytes'], MB: ['megabyte', 'megabytes'],
    GB: ['gigabyte', 'gigabytes'], TB: ['terabyte', 'terabytes'], PB: ['petabyte', 'petabytes'],
    KiB: ['kibibyte', 'kibibytes'], MiB: ['mebibyte', 'mebibytes'], GiB: ['gibibyte', 'gibibytes'],
    'KB/s': ['kilobyte per second', 'kilobytes per second'], 'MB/s': ['megabyte per second', 'megabytes per second'],
    'GB/s': ['gigabyte per second', 'gigabytes per second'],
    kbps: ['kilobit per second', 'kilobits per second'], Kbps: ['kilobit per second', 'kilobits per second'],
    Mbps: ['megabit per second', 'megabits per second'], Gbps: ['gigabit per second', 'gigabits per second'],
    'Mbit/s': ['megabit per second', 'megabits per second'],
    Hz: ['hertz', 'hertz'], kHz: ['kilohertz', 'kilohertz'], MHz: ['megahertz', 'megahertz'], GHz: ['gigahertz', 'gigahertz'],
    ns: ['nanosecond', 'nanoseconds'], 'µs': ['microsecond', 'microseconds'], ms: ['millisecond', 'milliseconds'],
    s: ['second', 'seconds'], sec: ['second', 'seconds'], secs: ['second', 'seconds'],
    min: ['minute', 'minutes'], mins: ['minute', 'minutes'], h: ['hour', 'hours'], hr: ['hour', 'hours'], hrs: ['hour', 'hours'],
    fps: ['frame per second', 'frames per second'], px: ['pixel', 'pixels'], dpi: ['dot per inch', 'dots per inch'],
    bpm: ['beat per minute', 'beats per minute'], rpm: ['revolution per minute', 'revolutions per minute'],
    dB: ['decibel', 'decibels'], LUFS: ['L U F S', 'L U F S'],
    mm: ['millimeter', 'millimeters'], cm: ['centimeter', 'centimeters'], m: ['meter', 'meters'], km: ['kilometer', 'kilometers'],
    mi: ['mile', 'miles'], ft: ['foot', 'feet'],
    'km/h': ['kilometer per hour', 'kilometers per hour'], kph: ['kilometer per hour', 'kilometers per hour'],
    mph: ['mile per hour', 'miles per hour'], 'm/s': ['meter per second', 'meters per second'],
    mg: ['milligram', 'milligrams'], g: ['gram', 'grams'], kg: ['kilogram', 'kilograms'],
    lb: ['pound', 'pounds'], lbs: ['pound', 'pounds'], oz: ['ounce', 'ounces'],
    ml: ['milliliter', 'milliliters'], mL: ['milliliter', 'milliliters'], L: ['liter', 'liters'],
    W: ['watt', 'watts'], kW: ['kilowatt', 'kilowatts'], kWh: ['kilowatt hour', 'kilowatt hours'],
    V: ['volt', 'volts'], mAh: ['milliamp hour', 'milliamp hours'],
    'm²': ['square meter', 'square meters'], 'km²': ['square kilometer', 'square kilometers'], 'cm²': ['square centimeter', 'square centimeters'],
    'ft²': ['square foot', 'square feet'], 'sq ft': ['square foot', 'square feet'], 'sq m': ['square meter', 'square meters'],
    'sq mi': ['square mile', 'square miles'], 'm³': ['cubic meter', 'cubic meters'], 'cm³': ['cubic centimeter', 'cubic centimeters'],
};
const rules_units_escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const UNIT_ALTERNATIVES = Object.keys(UNITS).sort((a, b) => b.length - a.length).map(rules_units_escape).join('|');
/** Every written unit as one regex alternative (longest first), for rules that must not take a quantity. */
const UNIT_PATTERN = UNIT_ALTERNATIVES;
/** "1" and "-1" take the singular ("1 km" → "one kilometer"); everything else the plural. */
const isOne = (amount) => /^[-−+]?1$/.test(amount);
/** "5 km" → "five kilometers", "16 GB/s" → "sixteen gigabytes per second", "1 fps" → "one frame per second". */
const unitRule = {
    name: 'unit',
    pattern: new RegExp(String.raw `(?<![\w.])((?:(?<![\d])[-−+])?${NUM})\s?(${UNIT_ALTERNATIVES})(?![\w/])`, 'g'),
    replace: (m) => {
        const amount = m[1] ?? '';
        const names = UNITS[m[2] ?? ''];
        if (!names)
            return m[0];
        return `${numberWords(amount)} ${isOne(amount) ? names[0] : names[1]}`;
    },
};
/** What may follow "/" after an amount, and how abbreviations are said: "$5/mo" → "five dollars per month". */
const PER = {
    s: 'second', sec: 'second', ms: 'millisecond', min: 'minute', h: 'hour', hr: 'hour', d: 'day', wk: 'week',
    mo: 'month', mth: 'month', yr: 'year', y: 'year',
};
/** An amount, then optionally a unit or a counted word, ending right before the slash: "$5", "3 hrs", "10M+ requests". */
const AMOUNT_BEFORE_SLASH = /(?<![\w.])[$€£¥₹]?\d[\d,.]*(?:[kKmMbB]|bn|mn)?\+?\s?(?:%|°[CF]?|[A-Za-zµ]+)?$/;
const PER_WORDS = 'second|minute|hour|day|night|week|month|quarter|year|user|seat|person|member|device|request|call|page|image|video|item|unit|license|site|project|team|host|node|server|instance|core|GB|TB|MB';
/**
 * "$5/month" → "$5 per month", "3 hrs/week" → "3 hrs per week", "$5/user/mo" → "$5 per user per month"
 * (before money and units; compound units such as "GB/s" and "km/h" are left to the unit rule).
 */
const perRule = {
    name: 'per',
    pattern: new RegExp(String.raw `(?<=[\w%°+])((?:\/(?:${Object.keys(PER).join('|')}|${PER_WORDS}))+)(?![\w/])`, 'g'),
    replace: (m) => {
        // The amount is checked here, on a short tail, rather than in a lookbehind that would run at every position.
        const before = textBefore(m);
        if (!AMOUNT_BEFORE_SLASH.test(before))
            return m[0];
        const unit = /[A-Za-zµ]+$/.exec(before)?.[0];
        const segments = (m[1] ?? '').split('/').slice(1);
        if (unit !== undefined && UNITS[`${unit}/${segments[0] ?? ''}`])
            return m[0];
        return segments.map((segment) => ` per ${PER[segment] ?? segment}`).join('');
    },
};
/** "$1/1,000 calls" → "$1 per 1,000 calls": a slash between an amount of money and a number. */
const perNumberRule = {
    name: 'per-number',
    pattern: /(?<=(?<![\w.])[$€£¥₹]\d[\d,.]*(?:[kKmMbB]|bn|mn)?)\/(?=\d)/g,
    replace: () => ' per ',
};
/** Units of two or more letters, the only ones taken after a hyphen ("10-min", not "10-m"). */
const ADJECTIVE_UNITS = Object.keys(UNITS).filter((unit) => unit.length >= 2 && !unit.includes('/')).sort((a, b) => b.length - a.length).map(rules_units_escape).join('|');
/** A hyphenated amount before a noun takes the singular: "a 10-min video" → "a ten-minute video". */
const unitAdjectiveRule = {
    name: 'unit-adjective',
    pattern: new RegExp(String.raw `(?<![\w.-])(${NUM})-(${ADJECTIVE_UNITS})(?![\w/-])`, 'g'),
    replace: (m) => `${numberWords(m[1] ?? '')}-${UNITS[m[2] ?? '']?.[0] ?? m[2]}`,
};
/** Compound durations: "1h 30m" → "one hour thirty minutes", "2m30s" → "two minutes thirty seconds". */
const durationRule = {
    name: 'duration',
    pattern: /(?<![\w.])(?:(\d+)\s?h\s?(\d+)\s?m(?:\s?(\d+)\s?s)?|(\d+)\s?m\s?(\d+)\s?s)(?![\w])/g,
    replace: (m) => {
        const part = (n, one) => (n === undefined ? '' : `${numberWords(n)} ${isOne(n) ? one : `${one}s`} `);
        return (part(m[1], 'hour') + part(m[2] ?? m[4], 'minute') + part(m[3] ?? m[5], 'second')).trim();
    },
};
/** "72°F" → "seventy-two degrees Fahrenheit", "-5 °C", "90°" → "ninety degrees". */
const temperatureRule = {
    name: 'temperature',
    pattern: new RegExp(String.raw `(?<![\w.])((?:(?<![\d])[-−+])?${NUM})\s?°\s?([CF])?(?![\w])`, 'g'),
    replace: (m) => {
        const amount = m[1] ?? '';
        const scale = m[2] === 'C' ? ' Celsius' : m[2] === 'F' ? ' Fahrenheit' : '';
        return `${numberWords(amount)} ${isOne(amount) ? 'degree' : 'degrees'}${scale}`;
    },
};
/** Video heights: "1080p" → "ten eighty p", "720p60" → "seven twenty p sixty" (numbers later). */
const progressiveRule = {
    name: 'progressive',
    pattern: /(?<![\w.])(\d{3,4})([pi])(?![a-z])/g,
    replace: (m) => `${pairWords(Number(m[1]))} ${m[2]} `,
};
/** A number glued to capitals: "4K" → "four K", "5G" → "five G", "3D" → "three D". */
const numberLettersRule = {
    name: 'number-letters',
    pattern: /(?<![\w.])(\d+)([A-Z]{1,2})(?![\w])/g,
    replace: (m) => `${numberWords(m[1] ?? '')} ${[...(m[2] ?? '')].join(' ')}`,
};
/** Unit rules, in order (temperatures and units before bare scales and capitals). */
const UNIT_RULES = [durationRule, temperatureRule, unitAdjectiveRule, unitRule, progressiveRule];

;// CONCATENATED MODULE: ./src/script/rules-numbers.ts
// Normalisation rules for versions, ranges, sizes, ordinals, multipliers, fractions and plain numbers.



/** Dotted parts read as whole numbers: "2.10.3" → "two point ten point three". */
const dotted = (parts, joiner = 'point') => parts.split('.').map(cardinalWords).join(` ${joiner} `);
/** "v1.2-v1.4" → "v1.2 to v1.4" (before the versions are read, so the dash is still beside a digit). */
const versionRangeRule = {
    name: 'version-range',
    pattern: /(?<=\b[vV]\d+(?:\.\d+)*)\s?[-–]\s?(?=[vV]\d)/g,
    replace: () => ' to ',
};
/** "v2.1.3" → "version two point one point three", "v2" → "version two". */
const vVersionRule = {
    name: 'v-version',
    pattern: /\b[vV](\d+(?:\.\d+)*)(?![\w]|\.\d)/g,
    replace: (m) => {
        const named = /\bversion\s*$/i.test(textBefore(m));
        return `${named ? '' : 'version '}${dotted(m[1] ?? '')}`;
    },
};
/** "version 3.0" → "version three point zero" (parts as numbers, not decimals). */
const namedVersionRule = {
    name: 'named-version',
    pattern: /\b(version|release|Version|Release)\s+(\d+(?:\.\d+)+)(?![\w]|\.\d)/g,
    replace: (m) => `${m[1]} ${dotted(m[2] ?? '')}`,
};
/** Names often followed by a two-part version: "Go 1.22" is "Go one point twenty-two", not "one point two two". */
const PRODUCTS = [
    'Go', 'Golang', 'Python', 'Node', 'Node.js', 'Deno', 'Bun', 'Java', 'Ruby', 'Rust', 'PHP', 'Perl', 'Swift', 'Kotlin',
    'Scala', 'TypeScript', 'Dart', 'Flutter', 'Elixir', 'Erlang', 'Julia', 'Lua', 'React', 'Vue', 'Angular', 'Svelte',
    'Next.js', 'Django', 'Rails', 'Laravel', 'Ubuntu', 'Debian', 'Fedora', 'macOS', 'iOS', 'iPadOS', 'Android', 'Chrome',
    'Firefox', 'Kubernetes', 'Docker', 'PostgreSQL', 'Postgres', 'MySQL', 'Redis', 'Xcode', 'Vite', 'Electron', 'Unity',
    'Blender', 'FFmpeg', 'Terraform', 'Gradle', 'HTTP', 'TLS', 'OAuth', 'Bluetooth', 'USB', 'GPT', 'Claude', 'Gemini',
];
/** Words after which a decimal is a quantity, not a version ("Go 2.25 miles"). */
const QUANTITY_AFTER = String.raw `\s?(?:[%°xX×]|(?:${UNIT_PATTERN}|miles?|kilometers?|kilometres?|meters?|metres?|feet|foot|inches|percent|times|hours?|minutes?|seconds?|days?|weeks?|months?|years?|points?|steps?|dollars?|euros?)(?![\w]))`;
/** "Go 1.22" → "Go one point twenty-two", "Python 3.12" → "Python three point twelve" (a known name, then a dotted version). */
const productVersionRule = {
    name: 'product-version',
    pattern: new RegExp(String.raw `(?<![\w.])(${PRODUCTS.map((p) => p.replace('.', '\\.')).join('|')})([\s/])(\d+(?:\.\d+)+)(?![\w]|\.\d)(?!${QUANTITY_AFTER})`, 'g'),
    replace: (m) => `${m[1]} ${dotted(m[3] ?? '')}`,
};
/** Three dotted parts: "2.1.3" → "two point one point three"; four (addresses): "10.0.0.1" → "ten dot zero dot zero dot one". */
const dottedNumberRule = {
    name: 'dotted-number',
    pattern: /(?<![\w.])(\d+\.\d+\.\d+(\.\d+)*)(?![\w]|\.\d)/g,
    replace: (m) => dotted(m[1] ?? '', m[2] ? 'dot' : 'point'),
};
/** Phone numbers read digit by digit: "555-1234" → "five five five, one two three four". */
const phoneRule = {
    name: 'phone',
    pattern: /(?<![\w.-])(?:\+\d{1,3}[\s-])?(?:\(\d{3}\)\s?|\d{3}-)?\d{3}-\d{4}(?![\w-])/g,
    replace: (m) => m[0].split(/[^\d+]+/).filter((group) => group !== '').map((group) => group.startsWith('+') ? `plus ${digitWords(group.slice(1))}` : digitWords(group)).join(', '),
};
/** Sizes: "1920x1080" → "nineteen twenty by ten eighty", "3 x 4" → "three by four". */
const dimensionsRule = {
    name: 'dimensions',
    pattern: /(?<![\w.])(\d+)\s?[x×]\s?(\d+)(?![\w])/g,
    replace: (m) => {
        const speak = (n) => (n.length >= 3 && n.length <= 4 ? pairWords(Number(n)) : cardinalWords(n));
        return `${speak(m[1] ?? '')} by ${speak(m[2] ?? '')}`;
    },
};
/** "1st", "22nd", "103rd", "1,000th" → ordinal words. */
const ordinalRule = {
    name: 'ordinal',
    pattern: /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)\b/g,
    replace: (m) => ordinalWords(m[1] ?? ''),
};
/** "3.5x" / "3.5X" → "three point five times", "10×" → "ten times". */
const multiplierRule = {
    name: 'multiplier',
    pattern: new RegExp(String.raw `(?<![\w.])(${NUM})\s?[xX×](?![\w])`, 'g'),
    replace: (m) => `${numberWords(m[1] ?? '')} times`,
};
const DENOMINATORS = {
    2: ['half', 'halves'], 3: ['third', 'thirds'], 4: ['quarter', 'quarters'], 5: ['fifth', 'fifths'],
    6: ['sixth', 'sixths'], 8: ['eighth', 'eighths'], 10: ['tenth', 'tenths'], 16: ['sixteenth', 'sixteenths'],
};
/** "1/2" → "one half", "3/4" → "three quarters", "24/7" → "twenty-four seven", "4.5/5" → "four point five out of five". */
const fractionRule = {
    name: 'fraction',
    pattern: /(?<![\w./])(\d+(\.\d+)?)\/(\d+)(?![\w/]|\.\d)/g,
    replace: (m) => {
        if (m[2])
            return `${numberWords(m[1] ?? '')} out of ${cardinalWords(m[3] ?? '')}`;
        const top = Number(m[1]);
        const names = DENOMINATORS[Number(m[3])];
        if (names && top > 0 && top < Number(m[3]))
            return `${cardinalWords(m[1] ?? '')} ${top === 1 ? names[0] : names[1]}`;
        return `${cardinalWords(m[1] ?? '')} ${cardinalWords(m[3] ?? '')}`;
    },
};
/** Single-character fractions: [after a whole number, alone]. */
const VULGAR = {
    '½': ['a half', 'one half'], '¼': ['a quarter', 'one quarter'], '¾': ['three quarters', 'three quarters'],
    '⅓': ['a third', 'one third'], '⅔': ['two thirds', 'two thirds'], '⅛': ['an eighth', 'one eighth'],
};
/** "½ cup" → "one half cup", "1½" → "one and a half", "2 ¾" → "two and three quarters". */
const vulgarFractionRule = {
    name: 'vulgar-fraction',
    pattern: /(?<![\w.])(?:(\d+)\s?)?([½¼¾⅓⅔⅛])/g,
    replace: (m) => {
        const names = VULGAR[m[2] ?? ''] ?? ['', ''];
        return m[1] ? `${cardinalWords(m[1])} and ${names[0]}` : names[1];
    },
};
/** "#1" and "No. 5" → "number one", "number five". */
const numberSignRule = {
    name: 'number-sign',
    pattern: /(?:(?<![\w&])#|\bNo\.\s?)(?=\d)/g,
    replace: () => 'number ',
};
/** Any number left: "-4" → "minus four", "1,299" → "one thousand two hundred ninety-nine", "3.14" → "three point one four". */
const plainNumberRule = {
    name: 'number',
    pattern: /(?:(?<=^|[\s([{"'“])[-−])?(?<!\d)(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?![\d])/g,
    replace: (m) => {
        const before = m.input.charAt(m.index - 1);
        const after = m.input.charAt(m.index + m[0].length);
        const pad = (c) => (/[A-Za-z]/.test(c) ? ' ' : '');
        return pad(before) + numberWords(m[0]) + pad(after);
    },
};
/** Version rules (before ranges and decimals). */
const VERSION_RULES = [versionRangeRule, vVersionRule, namedVersionRule, dottedNumberRule];

;// CONCATENATED MODULE: ./src/script/rules-ranges.ts
// Normalisation rules for ranges ("10-20 min", "50%-60%", "$10-20", "9am-5pm") and hyphenated IDs.



/** A range dash: unspaced hyphen or en dash, or either one with a space on both sides. */
const DASH = String.raw `(?:[-–]|\s[-–]\s)`;
/** Suffixes that may end the left side of a range: "50%-", "2x-", "9am-", "9 a.m. -". */
const RANGE_SUFFIX = String.raw `(?:%|[xX×]|\s?[aApP]\.?[mM]\.?)`;
/** Whether a written arithmetic "=" sits right beside the expression around `m` ("10 - 5 = 5", "x = 10-5"). */
function isArithmetic(m) {
    const before = textBefore(m);
    const after = textAfter(m);
    return /=\s*[-−]?[\d.,]+$/.test(before) || /^[-−]?[\d.,]+\s*=/.test(after);
}
/** Hyphenated numbers of three or more groups (ISBNs, order numbers) and "#12345-678": group by group, digit by digit. */
const idRule = {
    name: 'id',
    pattern: /(?<![\w.#-])(#?)(\d+(?:-\d+){2,}|(?<=#)\d+(?:-\d+)+)(?![\w-])/g,
    replace: (m) => `${m[1] ? 'number ' : ''}${(m[2] ?? '').split('-').map(digitWords).join(', ')}`,
};
/** "$10-20" → "ten to $20" (the currency is said once, after the range: "ten to twenty dollars"). */
const moneyRangeRule = {
    name: 'money-range',
    pattern: new RegExp(String.raw `(?<![\w.])([$€£¥₹])(${NUM})${DASH}(?=${NUM}(?![\d]))`, 'g'),
    replace: (m) => {
        const symbol = m[1] ?? '$';
        const amount = m[2] ?? '';
        const left = amount.includes('.') ? moneyWords(symbol, amount) : cardinalWords(amount);
        return `${left} to ${symbol}`;
    },
};
/** "50%-60%" → "50 to 60%", "2x-3x" → "2 to 3x": a suffix said once, after the range (twice when the range starts below zero). */
const suffixRangeRule = {
    name: 'suffix-range',
    pattern: new RegExp(String.raw `(?<![\w.])(${NUM})\s?([%xX×])${DASH}(?=${NUM}\s?([%xX×])(?![\w]))`, 'g'),
    replace: (m) => {
        const kind = (s) => (s === '%' ? '%' : 'x');
        const negative = /[-−]$/.test(textBefore(m, 1));
        return kind(m[2]) === kind(m[3]) && !negative && !isArithmetic(m) ? `${m[1]} to ` : m[0];
    },
};
/**
 * "10-20" / "10–20" / "10 - 20 min" / "$5–$10" / "9am-5pm" / "-5--10" → "10 to 20" (numbers are read later);
 * "10 - 5 = 5" → minus. A negative right end only follows a negative left end.
 */
const rangeRule = {
    name: 'range',
    pattern: new RegExp(String.raw `(?<=\d${RANGE_SUFFIX}?)${DASH}(?=[-−]?[$€£]?\d)`, 'g'),
    replace: (m) => {
        const negativeRight = /^[-−]/.test(textAfter(m, 1));
        const negativeLeft = /(?:^|[\s([])[-−][$€£]?[\d.,]+$/.test(textBefore(m));
        if (negativeRight)
            return negativeLeft ? ' to ' : m[0];
        return isArithmetic(m) ? ' minus ' : ' to ';
    },
};
/** Seasons and fiscal years: "2025/26" → "2025 to 26" (the second year is the next one, in two digits). */
const seasonRule = {
    name: 'season',
    pattern: /(?<![\w./])(\d{4})\/(\d{2})(?![\w/]|\.\d)/g,
    replace: (m) => ((Number(m[1]) + 1) % 100 === Number(m[2]) ? `${m[1]} to ${m[2]}` : m[0]),
};
/** An unspaced en dash between words is a range too: "Mon–Fri" → "Mon to Fri", "Q1–Q3" → "Q1 to Q3". */
const enDashRule = {
    name: 'en-dash',
    pattern: /(?<=\w)–(?=\w)/g,
    replace: () => ' to ',
};
/** Range rules in the order they must run (after phone numbers and dates took their hyphens). */
const RANGE_RULES = [idRule, moneyRangeRule, suffixRangeRule, rangeRule, seasonRule, enDashRule];

;// CONCATENATED MODULE: ./src/script/rules-web.ts
// Normalisation rules for e-mail addresses and URLs ("dev@example.com" → "dev at example dot com").


/** Top-level domains recognised in bare domains ("example.com" without https://). */
const TLDS = 'com|org|net|io|dev|app|ai|co|edu|gov|info|biz|me|tv|xyz|tech|cloud|site|blog|page|uk|us|de|fr|eu|ca|au|jp|nl|ly|gg|fm';
/** Two-letter domain labels said as words rather than spelled. */
const SAID_AS_WORDS = new Set(['co', 'me', 'so', 'to', 'in', 'go', 'do']);
/** Symbols inside addresses and how they are said. */
const SYMBOLS = { '.': 'dot', '-': 'dash', _: 'underscore', '+': 'plus', '~': 'tilde', '%': 'percent', '=': 'equals' };
/** Words of one address part: digits as numbers, symbols by name. */
function speakPart(part) {
    return part
        .split(/([.\-_+~%=]|\d+)/)
        .filter((piece) => piece !== '')
        .map((piece) => (/^\d+$/.test(piece) ? cardinalWords(piece) : (SYMBOLS[piece] ?? piece)))
        .join(' ');
}
/** A host name as said: "docs.example.io" → "docs dot example dot I O". */
function speakHost(host) {
    const [name = '', port] = host.split(':');
    const labels = name.split('.').map((label, i, all) => {
        const isTld = i === all.length - 1 && all.length > 1;
        if (isTld && label.length === 2 && !SAID_AS_WORDS.has(label.toLowerCase()))
            return label.toUpperCase().split('').join(' ');
        return speakPart(label);
    });
    const spoken = labels.join(' dot ');
    return port ? `${spoken} colon ${speakPart(port)}` : spoken;
}
/** A URL without scheme, "www.", query or fragment, as said. */
function speakUrl(url) {
    const bare = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^www\./i, '').replace(/[?#].*$/, '');
    const [host = '', ...path] = bare.split('/');
    const segments = path.filter((segment) => segment !== '').map(speakPart);
    return [speakHost(host), ...segments].join(' slash ');
}
/** "dev@example.com" → "dev at example dot com". */
const emailRule = {
    name: 'email',
    pattern: /(?<![\w.+-])([\w.+-]+)@((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w-])/gi,
    replace: (m) => `${speakPart(m[1] ?? '')} at ${speakHost(m[2] ?? '')}`,
};
/** "https://example.com/docs" → "example dot com slash docs". */
const urlRule = {
    name: 'url',
    pattern: /\b(?:https?|ftp):\/\/[^\s<>"]+/gi,
    replace: (m) => {
        const [url, trailing] = splitTrailingPunctuation(m[0]);
        return speakUrl(url) + trailing;
    },
};
/** "www.example.com" and bare "example.com/docs" → "example dot com slash docs". */
const domainRule = {
    name: 'domain',
    pattern: new RegExp(String.raw `(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:${TLDS})(?![\w-])(?:/[^\s<>"]*)?`, 'gi'),
    replace: (m) => {
        const [url, trailing] = splitTrailingPunctuation(m[0]);
        return speakUrl(url) + trailing;
    },
};
/** Spoken file extensions ("notes.md" → "notes dot M D"). */
const EXTENSIONS = {
    md: 'M D', txt: 'text', json: 'jay son', yml: 'yamel', yaml: 'yamel', ts: 'T S', mp4: 'M P four', mov: 'mov',
    mp3: 'M P three', wav: 'wave', srt: 'S R T', vtt: 'V T T', png: 'P N G', jpg: 'jay peg', jpeg: 'jay peg',
    gif: 'gif', svg: 'S V G', csv: 'C S V', pdf: 'P D F', html: 'H T M L', css: 'C S S', py: 'P Y', toml: 'toml',
};
/** File names with a known extension: "README.md" → "README dot M D" (".js" is read by the pronunciation rule). */
const fileNameRule = {
    name: 'file-name',
    pattern: new RegExp(String.raw `(?<![\w./-])([\w-]+)\.(${Object.keys(EXTENSIONS).join('|')})(?![\w])`, 'gi'),
    replace: (m) => `${m[1]} dot ${EXTENSIONS[(m[2] ?? '').toLowerCase()] ?? m[2]}`,
};
/** "localhost:3000" → "localhost colon three thousand". */
const localhostRule = {
    name: 'localhost',
    pattern: /\blocalhost(?::(\d+))?\b/gi,
    replace: (m) => (m[1] ? `localhost colon ${cardinalWords(m[1])}` : 'localhost'),
};
/** Address rules in the order they must run (e-mails first: their domain is a bare domain). */
const WEB_RULES = [emailRule, urlRule, domainRule, localhostRule, fileNameRule];

;// CONCATENATED MODULE: ./src/script/pronunciations.ts
// Words that engines misread, and how to say them: tech names, acronyms said as words, abbreviations.
/** Exact written forms (case-sensitive) and how they are said. A plural "s" may follow any of them. */
const PRONUNCIATIONS = {
    'C++': 'C plus plus', 'C#': 'C sharp', 'F#': 'F sharp', '.NET': 'dot net',
    'H.264': 'H two sixty-four', 'H.265': 'H two sixty-five', IPv4: 'I P v four', IPv6: 'I P v six',
    iOS: 'eye O S', iPadOS: 'eye pad O S', macOS: 'mac O S', tvOS: 'T V O S', watchOS: 'watch O S',
    SaaS: 'sass', PaaS: 'pass', JSON: 'jay son', SQL: 'sequel', MySQL: 'my sequel', NoSQL: 'no sequel',
    PostgreSQL: 'postgres Q L', GIF: 'gif', JPEG: 'jay peg', JPG: 'jay peg', GUI: 'gooey', ASCII: 'askee',
    YAML: 'yamel', WASM: 'wazzum', NASA: 'nasa', NATO: 'nato', COVID: 'covid', OK: 'okay', AJAX: 'ajax',
    CAPTCHA: 'captcha', RAM: 'ram', ROM: 'rom', LAN: 'lan', SIM: 'sim', PIN: 'pin', LASER: 'laser',
    RADAR: 'radar', SCUBA: 'scuba', README: 'read me', TODO: 'to do', WiFi: 'why fye', 'Wi-Fi': 'why fye',
    npm: 'N P M', FFmpeg: 'F F mpeg', ffmpeg: 'F F mpeg', ffprobe: 'F F probe', nginx: 'engine x',
    NGINX: 'engine x', LaTeX: 'lay tech', SUV: 'S U V', YoY: 'year over year', QoQ: 'quarter over quarter',
    k8s: 'kubernetes', K8s: 'kubernetes', i18n: 'internationalization', a11y: 'accessibility', 'TL;DR': 'T L D R',
    gRPC: 'G R P C', IoT: 'I O T', PhD: 'P H D', NVIDIA: 'en vidia', SQLite: 'S Q lite',
};
/** Abbreviations with dots (matched case-insensitively) and how they are said. */
const ABBREVIATIONS = {
    'e.g.': 'for example', 'i.e.': 'that is', 'etc.': 'et cetera', 'vs.': 'versus', 'vs': 'versus',
    'approx.': 'approximately', 'a.k.a.': 'also known as', 'incl.': 'including', 'cf.': 'compare',
    'w/o': 'without', 'w/': 'with', 'ext.': 'extension',
};
/** Titles before a name (case-sensitive). */
const TITLES = {
    'Dr.': 'Doctor', 'Mr.': 'Mister', 'Mrs.': 'Missus', 'Ms.': 'Miz', 'Prof.': 'Professor', 'Fig.': 'figure', 'Mt.': 'Mount',
};
/** English words often written in capitals for emphasis: said as words, not spelled. */
const CAPITALISED_WORDS = new Set([
    'A', 'I', 'AN', 'THE', 'AND', 'OR', 'NOT', 'NO', 'YES', 'ON', 'OFF', 'IN', 'OUT', 'TO', 'OF', 'FOR',
    'ALL', 'NEW', 'NOW', 'FREE', 'STOP', 'GO', 'WOW', 'IS', 'ARE', 'BE', 'DO', 'SO', 'UP', 'BY', 'MY',
    'ME', 'WE', 'YOU', 'HE', 'SHE', 'BIG', 'HOT', 'TOP', 'BEST', 'MUST', 'VERY', 'NEVER', 'ONLY', 'HUGE',
    'LIVE', 'SALE', 'NOTE', 'WARN', 'DONE', 'HELLO', 'FINAL', 'WAIT', 'SAVE', 'NEXT', 'BACK', 'HOME', 'HELP',
]);

;// CONCATENATED MODULE: ./src/script/rules-words.ts
// Normalisation rules for words: abbreviations, known pronunciations, symbols and acronyms.


const rules_words_escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (keys) => keys.sort((a, b) => b.length - a.length).map(rules_words_escape).join('|');
/** "e.g." → "for example", "vs." → "versus"; a dot that also ended the text is kept. */
const abbreviationRule = {
    name: 'abbreviation',
    pattern: new RegExp(String.raw `(?<![\w.])(${alternatives(Object.keys(ABBREVIATIONS))})(?![\w])`, 'gi'),
    replace: (m) => {
        // "VS Code" is a name, not "versus": a dotless abbreviation written in capitals is left to the acronym rule.
        if (!m[0].includes('.') && m[0] === m[0].toUpperCase())
            return m[0];
        const spoken = ABBREVIATIONS[(m[1] ?? '').toLowerCase()] ?? m[0];
        const rest = m.input.slice(m.index + m[0].length);
        const endsSentence = m[0].endsWith('.') && (rest.trim() === '' || (/^etc/i.test(m[0]) && /^\s+[A-Z]/.test(rest)));
        return endsSentence ? `${spoken}.` : spoken;
    },
};
/** Dotted initials: "U.S." → "U S", "A.I." → "A I" (a dot that ended the text is kept). */
const initialismRule = {
    name: 'initialism',
    pattern: /(?<![\w.])((?:[A-Z]\.){2,})(?![\w])/g,
    replace: (m) => {
        const letters = (m[1] ?? '').split('.').filter((l) => l !== '').join(' ');
        return m.input.slice(m.index + m[0].length).trim() === '' ? `${letters}.` : letters;
    },
};
/** "Dr. Smith" → "Doctor Smith". */
const titleRule = {
    name: 'title',
    pattern: new RegExp(String.raw `(?<![\w.])(${alternatives(Object.keys(TITLES))})(?=\s*[A-Z\d])`, 'g'),
    replace: (m) => TITLES[m[1] ?? ''] ?? m[0],
};
/** "C++" → "C plus plus", "JSON" → "jay son", "GIFs" → "gifs", "Node.js" → "Node J S". */
const pronunciationRule = {
    name: 'pronunciation',
    pattern: new RegExp(String.raw `(?<![\w.])(${alternatives(Object.keys(PRONUNCIATIONS))}|\w+\.js)(s?)(?![\w+#])`, 'g'),
    replace: (m) => {
        const written = m[1] ?? '';
        const spoken = PRONUNCIATIONS[written] ?? written.replace(/\.js$/, ' J S');
        return spoken + (m[2] ?? '');
    },
};
/** Mac keyboard symbols as their key names. */
const MAC_KEYS = { '⌘': 'command', '⌥': 'option', '⇧': 'shift', '⌃': 'control' };
/**
 * Symbols between words: "&" → "and", "⌘K" → "command K", "2 + 2" → "plus", "=" → "equals", "and/or" → "and or",
 * "M1/M2" → "M1 M2", "HTTP/2" → "HTTP 2", "+/-" → "plus or minus", "m²" → "m squared".
 */
const symbolRules = [
    { name: 'ampersand', pattern: /\s*&\s*/g, replace: () => ' and ' },
    { name: 'mac-keys', pattern: /([⌘⌥⇧⌃])\s?/g, replace: (m) => `${MAC_KEYS[m[1] ?? ''] ?? ''} ` },
    { name: 'plus-minus', pattern: /\s*(?:±|\+\/[-−])\s*/g, replace: () => ' plus or minus ' },
    { name: 'plus', pattern: /(?<=[\w\s])\+(?=[\s\w.,;:!?)\]]|$)/g, replace: () => ' plus ' },
    { name: 'equals', pattern: /(?<=[\w\s])=(?=[\w\s])/g, replace: () => ' equals ' },
    { name: 'times', pattern: /(?<=\d\s?)\*(?=\s?\d)/g, replace: () => ' times ' },
    { name: 'arrow', pattern: /\s*(?:->|→)\s*/g, replace: () => ' to ' },
    { name: 'at', pattern: /\s@\s/g, replace: () => ' at ' },
    { name: 'slash', pattern: /(?<=[A-Za-z]\d{0,4})\/(?=[A-Za-z])/g, replace: () => ' ' },
    { name: 'name-slash-number', pattern: /(?<=[A-Z]{2})\/(?=\d)/g, replace: () => ' ' },
    { name: 'em-dash', pattern: /\s*—\s*/g, replace: () => ', ' },
    { name: 'squared', pattern: /(?<=\w)([²³])/g, replace: (m) => (m[1] === '²' ? ' squared' : ' cubed') },
    { name: 'markup', pattern: /[*`]+/g, replace: () => '' },
];
const COMPARISONS = { '<': 'less than', '>': 'more than', '<=': 'at most', '>=': 'at least', '≤': 'at most', '≥': 'at least' };
/** "< 5 min" → "less than 5 min", ">= 99%" / "≥ 99%" → "at least 99%" (before a number only; before numbers are read). */
const comparisonRule = {
    name: 'comparison',
    pattern: /(?<![\w<>=-])([<>]=?|[≤≥])\s?(?=[~$€£¥₹]?[-−]?\d)/g,
    replace: (m) => `${COMPARISONS[m[1] ?? ''] ?? m[1]} `,
};
/** "~5 min" → "about 5 min" (before numbers are read). */
const aboutRule = { name: 'about', pattern: /(?<![\w])~\s?(?=[$€£]?\d)/g, replace: () => 'about ' };
/** Shouted text (no lower case, three or more capitalised words): its words are not spelled. */
const isShouted = (text) => !/[a-z]/.test(text) && (text.match(/\b[A-Z]{2,}\b/g) ?? []).length >= 3;
/** Brand names ending in capitals: "ChatGPT" → "Chat G P T", "MongoDB" → "Mongo D B" ("GitHub", "iPhone" untouched). */
const camelAcronymRule = {
    name: 'camel-acronym',
    pattern: /(?<![\w'’.])((?:[A-Z][a-z]+)+)([A-Z]{2,5})(s?)(?![\w'’])/g,
    replace: (m) => `${m[1]} ${[...(m[2] ?? '')].join(' ')}${m[3] ? "'s" : ''}`,
};
/** "API" → "A P I", "APIs" → "A P I's", "MP4" → "M P 4", "ES2022" → "E S twenty twenty-two"; skipped in shouted text. */
const acronymRule = {
    name: 'acronym',
    pattern: /(?<![\w'’.])([A-Z]{2,5})(\d*)(s|['’]s)?(?![\w'’])/g,
    replace: (m) => {
        const letters = m[1] ?? '';
        if (isShouted(m.input))
            return m[0];
        if (CAPITALISED_WORDS.has(letters))
            return letters.toLowerCase() + (m[3] ?? '');
        const spelled = [...letters].join(' ');
        const digits = m[2] ? ` ${looksLikeYear(m[2]) ? yearWords(Number(m[2])) : m[2]}` : '';
        const plural = m[3] ? "'s" : '';
        return spelled + digits + plural;
    },
};

;// CONCATENATED MODULE: ./src/script/speech-rules.ts
// The ordered list of normalisation rules. Order matters: each rule sees the output of those before it.







/**
 * English rules, in order: words with dots first (so "e.g." and "Node.js" are not domains), versions
 * after a known name ("Go 1.22") before pronunciations rename it, addresses before numbers, dates before
 * "per" slashes, ranges and times, versions before decimals, money/percent/units before bare scales and
 * years, and plain numbers last.
 */
const ENGLISH_RULES = [
    abbreviationRule,
    initialismRule,
    titleRule,
    productVersionRule,
    pronunciationRule,
    ...WEB_RULES,
    ...DATE_RULES,
    aboutRule,
    comparisonRule,
    perRule,
    perNumberRule,
    ...VERSION_RULES,
    phoneRule,
    ...RANGE_RULES,
    ...TIME_RULES,
    dimensionsRule,
    ...MONEY_RULES,
    ordinalRule,
    decadeRule,
    multiplierRule,
    ...UNIT_RULES,
    scaleRule,
    numberLettersRule,
    yearRule,
    fractionRule,
    vulgarFractionRule,
    numberSignRule,
    ...symbolRules,
    camelAcronymRule,
    acronymRule,
    plainNumberRule,
];

// EXTERNAL MODULE: ./src/script/user-pronunciations.ts
var user_pronunciations = __webpack_require__(81851);
;// CONCATENATED MODULE: ./src/script/normalise.ts
// Text → what a speech engine should read: numbers, money, units, dates, acronyms and URLs as words.



/** Collapse runs of whitespace and drop spaces the rules left before punctuation. */
function tidy(text) {
    return text.replace(/\s+/g, ' ').replace(/ +([,.;:!?])/g, '$1').trim();
}
/**
 * Rewrite `text` so an engine reads it as a person would: "$1,299" → "one thousand two hundred
 * ninety-nine dollars", "API" → "A P I". English only; other languages only get whitespace tidied.
 * A config's `pronunciations` (compiled) win over the built-in rules: their words are set aside while the
 * rules run and their spoken forms put back afterwards, as written (never normalised again).
 */
function normaliseForSpeech(text, language = 'en', pronunciations) {
    const { text: marked, restore } = (0,user_pronunciations/* protectPronunciations */.K)(text, pronunciations);
    if (!/^en\b/i.test(language))
        return restore(tidy(marked));
    let spoken = marked;
    for (const rule of ENGLISH_RULES)
        spoken = applyRule(spoken, rule);
    return restore(tidy(spoken));
}


/***/ }),

/***/ 40049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ parseScript)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/script/normalise.ts + 11 modules
var normalise = __webpack_require__(93187);
;// CONCATENATED MODULE: ./src/script/leading-tags.ts
// `{voice=rms}` tags at the start of a line's text: read them, report unknown or malformed ones.
const TAG_HINT = 'the only tag is {voice=NAME} at the start of a line, e.g. {voice=rms}; `voiceover voices` lists the names';
/** Read the `{key=value}` tags that open `text` (after optional whitespace). */
function readLeadingTags(text) {
    const problems = [];
    let voice;
    let pos = text.length - text.trimStart().length;
    while (text[pos] === '{') {
        const close = text.indexOf('}', pos);
        if (close < 0) {
            problems.push({ offset: pos, message: `tag ${text.slice(pos)} is not closed`, hint: `end it with }: ${TAG_HINT}` });
            break;
        }
        const body = text.slice(pos + 1, close);
        const match = /^\s*([A-Za-z][\w-]*)\s*=\s*(.*?)\s*$/.exec(body);
        if (!match) {
            problems.push({ offset: pos, message: `tag {${body}} is not written as {key=value}`, hint: TAG_HINT });
        }
        else if (match[1]?.toLowerCase() !== 'voice') {
            problems.push({ offset: pos, message: `unknown tag {${body}}`, hint: TAG_HINT });
        }
        else if (!/^[\w.:-]+$/.test(match[2] ?? '')) {
            problems.push({ offset: pos, message: `tag {${body}} does not name a voice`, hint: TAG_HINT });
        }
        else {
            voice = match[2];
        }
        pos = close + 1;
        while (text[pos] === ' ' || text[pos] === '\t')
            pos++;
    }
    const result = { rest: text.slice(pos), consumed: pos, problems };
    if (voice !== undefined)
        result.voice = voice;
    return result;
}
/** Offset of a `{key=value}` tag that is not at the start of a line's text (it would be spoken), or -1. */
function innerTagOffset(text) {
    return text.search(/\{\s*[A-Za-z][\w-]*\s*=[^{}]*\}/);
}
/** The diagnostic text for a tag found inside a line. */
const INNER_TAG = {
    message: 'a {…} tag must open the text of a line; this one would be spoken',
    hint: 'move it to the start of the line (right after the time in a timed script), or remove it',
};

;// CONCATENATED MODULE: ./src/script/raw-cue.ts
// The cue a format parser produces, before it is numbered and normalised for speech.
/** A line that is a comment in plain and timed scripts: `#` then anything but a digit ("#1 tool" is text). */
function isCommentLine(line) {
    return /^\s*#(?!\d)/.test(line);
}

// EXTERNAL MODULE: ./src/script/sentences.ts
var sentences = __webpack_require__(75957);
;// CONCATENATED MODULE: ./src/script/parse-plain.ts
// Plain script text → untimed cues: paragraphs split into sentences, one cue per sentence.



/** Last entry whose offset is at or before `offset`. */
function lastAtOrBefore(entries, offset) {
    let found;
    for (const entry of entries)
        if (entry.offset <= offset)
            found = entry;
    return found;
}
/** Group lines into paragraphs (blank lines separate them; comment lines are dropped). */
function paragraphsOf(lines, diagnostics) {
    const paragraphs = [];
    let current;
    lines.forEach((raw, i) => {
        if (raw.trim() === '') {
            current = undefined;
            return;
        }
        if (isCommentLine(raw))
            return;
        const tags = readLeadingTags(raw);
        for (const problem of tags.problems)
            diagnostics.error(i + 1, problem.offset + 1, problem.message, problem.hint);
        const inner = innerTagOffset(tags.rest);
        if (inner >= 0)
            diagnostics.error(i + 1, tags.consumed + inner + 1, INNER_TAG.message, INNER_TAG.hint);
        if (tags.rest.trim() === '' && tags.voice === undefined)
            return;
        if (!current) {
            current = { text: '', lines: [], voices: [] };
            paragraphs.push(current);
        }
        if (current.text !== '')
            current.text += ' ';
        const offset = current.text.length;
        current.lines.push({ line: i + 1, offset });
        if (tags.voice !== undefined)
            current.voices.push({ offset, voice: tags.voice });
        current.text += tags.rest.trim();
    });
    return paragraphs;
}
/**
 * Cues of a plain script: each sentence is one untimed cue on the line it starts on. A
 * `{voice=…}` tag opening a line applies to the sentences that start from there to the end of
 * its paragraph.
 */
function parsePlain(lines, diagnostics) {
    const cues = [];
    for (const paragraph of paragraphsOf(lines, diagnostics)) {
        for (const sentence of (0,sentences/* splitSentences */.P)(paragraph.text)) {
            const cue = { text: sentence.text, cue_s: null, end_s: null, line: lastAtOrBefore(paragraph.lines, sentence.start)?.line ?? 1 };
            const voice = lastAtOrBefore(paragraph.voices, sentence.start)?.voice;
            if (voice !== undefined)
                cue.voice = voice;
            cues.push(cue);
        }
    }
    return cues;
}

// EXTERNAL MODULE: ./node_modules/subtitle/dist/index.js
var dist = __webpack_require__(21873);
;// CONCATENATED MODULE: ./src/script/markup.ts
// Caption markup → plain text: <i>, <v Speaker>, <c.class>, {\an8} and HTML entities.
const ENTITIES = {
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lrm: '', rlm: '',
};
/** Decode the few entities captions use, and numeric ones. */
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
        if (name.startsWith('#x') || name.startsWith('#X'))
            return String.fromCodePoint(parseInt(name.slice(2), 16));
        if (name.startsWith('#'))
            return String.fromCodePoint(Number(name.slice(1)));
        return ENTITIES[name.toLowerCase()] ?? whole;
    });
}
/**
 * Remove caption markup from one line: WebVTT/SRT tags (`<i>`, `<v Bob>`, `<00:00:01.000>`),
 * SSA override blocks some SRT files carry (`{\an8}`), then decode entities.
 */
function stripMarkup(line) {
    return decodeEntities(line.replace(/\{\\[^}]*\}/g, '').replace(/<[^>]*>/g, ''));
}

;// CONCATENATED MODULE: ./src/script/parse-subtitles.ts
// SRT and WebVTT files → timed cues (via the `subtitle` library), with each cue's line in the file.



const NAMES = { srt: 'SRT', vtt: 'WebVTT' };
const TIMING_HINT = { srt: 'each cue is: an index line, a timing line like 00:00:01,000 --> 00:00:04,000, its text, then a blank line', vtt: 'each cue is: an optional id line, a timing line like 00:00:01.000 --> 00:00:04.000, its text, then a blank line' };
/**
 * Lines as the library can read them. subtitle@4 rejects WebVTT cue identifiers and STYLE/REGION
 * blocks (it expects a number or a timing line there; https://github.com/gsantiago/subtitle.js
 * Parser.parseId), so identifiers become "0" and those blocks become NOTE blocks. The line count
 * never changes, so line numbers stay true.
 */
function libraryLines(lines, format) {
    if (format === 'srt')
        return [...lines];
    return lines.map((line, i) => {
        const before = i === 0 ? '' : lines[i - 1] ?? '';
        if (before.trim() !== '' || line.trim() === '')
            return line;
        if (/^(STYLE|REGION)\b/.test(line))
            return `NOTE ${line}`;
        if (/^NOTE\b/.test(line))
            return line;
        const next = lines[i + 1];
        return next !== undefined && dist.RE_TIMESTAMP.test(next) && !dist.RE_TIMESTAMP.test(line) ? '0' : line;
    });
}
/** 0-based indices of the timing lines the library turned into cues (those in NOTE blocks are not). */
function timingLineIndices(lines) {
    const found = [];
    let inNote = false;
    lines.forEach((line, i) => {
        if (line.trim() === '')
            inNote = false;
        else if (/^NOTE\b/.test(line) && (i === 0 || (lines[i - 1] ?? '').trim() === ''))
            inNote = true;
        else if (!inNote && dist.RE_TIMESTAMP.test(line))
            found.push(i);
    });
    return found;
}
/** Script line of the library's "expected timestamp at row N" (rows count from the first non-blank line). */
function lineOfLibraryError(message, lines) {
    const row = /row (\d+)/.exec(message);
    const leadingBlank = lines.findIndex((line) => line.trim() !== '');
    return row ? Math.max(leadingBlank, 0) + Number(row[1]) : 1;
}
/** Text lines of a cue up to the first blank line; reports text that follows a blank line inside it. */
function cueTextLines(textLines, firstLine, format, diagnostics) {
    const blank = textLines.findIndex((line) => line.trim() === '');
    if (blank < 0)
        return [...textLines];
    const after = textLines.findIndex((line, j) => j > blank && line.trim() !== '');
    if (after >= 0) {
        const isIndex = /^\d+$/.test((textLines[after] ?? '').trim());
        const at = isIndex && after + 1 < textLines.length ? after + 1 : after;
        const found = (textLines[at] ?? '').trim();
        const message = isIndex ? `"${found}" is not a valid ${NAMES[format]} timing line` : `text "${found}" after a blank line is not part of any cue`;
        diagnostics.error(firstLine + at, 1, message, TIMING_HINT[format]);
    }
    return textLines.slice(0, blank);
}
/** Column (1-based) of `piece` in a raw caption line, 1 when markup hides it. */
const columnOf = (raw, piece) => raw.indexOf(piece) + 1 || 1;
/** Report `{key=value}` tags inside a cue's text (only the opening ones are read as tags). */
function reportInnerTags(rawLines, firstLine, diagnostics) {
    rawLines.forEach((raw, j) => {
        const plain = stripMarkup(raw);
        const rest = j === 0 ? plain.slice(readLeadingTags(plain).consumed) : plain;
        const inner = innerTagOffset(rest);
        if (inner < 0)
            return;
        const tag = rest.slice(inner, rest.indexOf('}', inner) + 1);
        diagnostics.error(firstLine + j, columnOf(raw, tag), INNER_TAG.message, INNER_TAG.hint);
    });
}
/**
 * Cues of an SRT or WebVTT file: start and end times from the file, markup stripped, an optional
 * `{voice=…}` tag at the start of a cue's text, `line` = the line of the cue's first text line.
 */
function parseSubtitles(text, format, diagnostics) {
    const lines = libraryLines(text.split('\n'), format);
    if (format === 'vtt' && !/^\s*(\uFEFF)?WEBVTT\b/.test(text)) {
        diagnostics.warn(1, 1, 'a WebVTT file should start with a WEBVTT line', 'add WEBVTT as the first line, then a blank line');
    }
    let nodes;
    try {
        nodes = (0,dist.parseSync)(lines.join('\n'));
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const line = lineOfLibraryError(message, lines);
        diagnostics.error(line, 1, `not a valid ${NAMES[format]} cue: "${(lines[line - 1] ?? '').trim()}" is not a timing line`, TIMING_HINT[format]);
        return [];
    }
    const timings = timingLineIndices(lines);
    const cues = [];
    let previous;
    nodes.filter((node) => node.type === 'cue').forEach((node, k) => {
        const timingIndex = timings[k] ?? timings[timings.length - 1] ?? 0;
        const timingLine = timingIndex + 1;
        const written = dist.RE_TIMESTAMP.exec(lines[timingIndex] ?? '')?.[1] ?? String(node.data.start / 1000);
        const firstTextIndex = lines.findIndex((line, i) => i > timingIndex && line.trim() !== '');
        const firstLine = firstTextIndex < 0 ? timingLine + 1 : firstTextIndex + 1;
        const rawLines = cueTextLines(node.data.text.split('\n'), firstLine, format, diagnostics);
        const plain = rawLines.map((line) => stripMarkup(line).replace(/^\s*-\s+/, '').trim()).filter((line) => line !== '').join(' ');
        const tags = readLeadingTags(plain);
        for (const problem of tags.problems) {
            const tagText = plain.slice(problem.offset, plain.indexOf('}', problem.offset) + 1 || undefined);
            diagnostics.error(firstLine, columnOf(rawLines[0] ?? '', tagText), problem.message, problem.hint);
        }
        reportInnerTags(rawLines, firstLine, diagnostics);
        const cueText = tags.rest.trim();
        if (node.data.end <= node.data.start) {
            diagnostics.error(timingLine, 1, `the cue at ${written} does not end after it starts`, 'make the time after --> later than the one before it');
        }
        if (previous && node.data.start <= previous.start) {
            diagnostics.error(timingLine, 1, `the cue at ${written} on line ${diagnostics.line(timingLine)} does not start after the cue at ${previous.written} on line ${diagnostics.line(previous.line)}`, 'order the cues by start time; a voiceover cannot speak two cues at once');
        }
        previous = { start: node.data.start, line: timingLine, written };
        if (cueText === '') {
            diagnostics.warn(timingLine, 1, `the cue at ${written} has no text; it is skipped`, 'write its text on the line after the timing line, or delete the cue');
            return;
        }
        const cue = { text: cueText, cue_s: node.data.start / 1000, end_s: node.data.end / 1000, line: firstLine };
        if (tags.voice !== undefined)
            cue.voice = tags.voice;
        cues.push(cue);
    });
    return cues;
}

;// CONCATENATED MODULE: ./src/script/time-prefix.ts
// `[mm:ss]`, `[mm:ss.s]` and `[hh:mm:ss(.s)]` at the start of a line of a timed script.
const SHAPE_HINT = 'write the time as [mm:ss], [mm:ss.s] or [hh:mm:ss], e.g. [01:05] or [00:12.5]';
/** The bracketed time opening a line: a `[` then digits, colons and dots, then `]`. */
function findTimePrefix(line) {
    const match = /^(\s*)\[\s*(\d[\d:.,\s]*?)\s*\]/.exec(line);
    if (!match)
        return undefined;
    const start = (match[1] ?? '').length;
    return { written: match[2] ?? '', start, end: match[0].length };
}
/** Whether a line opens with something that is clearly meant as a time (it has a colon). */
function looksTimed(line) {
    return findTimePrefix(line)?.written.includes(':') ?? false;
}
/** Seconds of a written time, or the reason it is invalid ("[1:75]": seconds must be below 60). */
function readTime(written) {
    if (written.includes(','))
        return { problem: `[${written}] is not a valid time: use a dot for fractions of a second`, hint: SHAPE_HINT };
    const match = /^(\d+):(\d{1,2})(?::(\d{1,2}))?(?:\.(\d+))?$/.exec(written);
    if (!match)
        return { problem: `[${written}] is not a valid time`, hint: SHAPE_HINT };
    const fraction = match[4] === undefined ? 0 : Number(`0.${match[4]}`);
    const [hours, minutes, seconds] = match[3] === undefined
        ? [0, Number(match[1]), Number(match[2])]
        : [Number(match[1]), Number(match[2]), Number(match[3])];
    if (seconds >= 60)
        return { problem: `[${written}] is not a valid time: seconds must be below 60`, hint: SHAPE_HINT };
    if (match[3] !== undefined && minutes >= 60)
        return { problem: `[${written}] is not a valid time: minutes must be below 60`, hint: SHAPE_HINT };
    return { seconds: Math.round((hours * 3600 + minutes * 60 + seconds + fraction) * 1000) / 1000 };
}

;// CONCATENATED MODULE: ./src/script/parse-timed.ts
// Timed script text (`[mm:ss] text` lines) → timed cues, with diagnostics for bad or unordered times.



const TIME_HINT = 'every line needs a time larger than the line before it, e.g. [00:05] then [00:12]';
/** A time as written, for messages: "01:15" → "[01:15]". */
function shown(written) {
    return `[${written}]`;
}
/**
 * Cues of a timed script: `[mm:ss] text` starts a cue, lines without a time continue it, blank
 * and `#` comment lines are skipped. Text before the first time is an error (mixed timed and
 * untimed lines), as are invalid or non-increasing times, empty cues and unknown `{…}` tags.
 */
function parseTimed(lines, diagnostics) {
    const cues = [];
    let open;
    let previous;
    let reportedUntimed = false;
    let afterBlank = false;
    const close = () => {
        if (open?.valid && open.cue.text === '') {
            diagnostics.error(open.cue.line, open.textCol, `the line at ${shown(open.written)} has no text`, 'write what should be said after the time, or delete the line');
        }
        else if (open?.valid) {
            cues.push(open.cue);
        }
        open = undefined;
    };
    lines.forEach((raw, i) => {
        const line = i + 1;
        if (raw.trim() === '') {
            afterBlank = true;
            return;
        }
        if (isCommentLine(raw))
            return;
        const prefix = findTimePrefix(raw);
        if (prefix) {
            close();
            afterBlank = false;
            const reading = readTime(prefix.written);
            const tags = readLeadingTags(raw.slice(prefix.end));
            for (const problem of tags.problems)
                diagnostics.error(line, prefix.end + problem.offset + 1, problem.message, problem.hint);
            const inner = innerTagOffset(tags.rest);
            if (inner >= 0)
                diagnostics.error(line, prefix.end + tags.consumed + inner + 1, INNER_TAG.message, INNER_TAG.hint);
            const cue = { text: tags.rest.trim(), cue_s: null, end_s: null, line };
            if (tags.voice !== undefined)
                cue.voice = tags.voice;
            open = { cue, textCol: prefix.end + 1, written: prefix.written, valid: 'seconds' in reading };
            if (!('seconds' in reading)) {
                diagnostics.error(line, prefix.start + 1, reading.problem, reading.hint);
                return;
            }
            cue.cue_s = reading.seconds;
            if (previous?.cue.cue_s != null && reading.seconds <= previous.cue.cue_s) {
                const before = `${shown(previous.written)} on line ${diagnostics.line(previous.cue.line)}`;
                diagnostics.error(line, prefix.start + 1, `time ${shown(prefix.written)} on line ${diagnostics.line(line)} is not after ${before}`, TIME_HINT);
            }
            previous = open;
            return;
        }
        if (!open) {
            if (!reportedUntimed) {
                diagnostics.error(line, 1, 'the script mixes timed and untimed lines: this text comes before the first [mm:ss] time', 'start the line with a time like [00:00], or remove the times everywhere to spread the text over the video');
                reportedUntimed = true;
            }
            return;
        }
        const tags = readLeadingTags(raw);
        for (const problem of tags.problems)
            diagnostics.error(line, problem.offset + 1, problem.message, problem.hint);
        if (tags.voice !== undefined) {
            diagnostics.error(line, raw.length - raw.trimStart().length + 1, 'a {voice=…} tag must follow the time at the start of a cue', 'move the tag right after the [mm:ss] time of this cue, or give this text its own time');
        }
        const inner = innerTagOffset(tags.rest);
        if (inner >= 0)
            diagnostics.error(line, tags.consumed + inner + 1, INNER_TAG.message, INNER_TAG.hint);
        if (afterBlank) {
            diagnostics.warn(line, 1, `untimed text after a blank line continues the line at ${shown(open.written)} (line ${diagnostics.line(open.cue.line)})`, 'give it its own [mm:ss] time, or remove the blank line');
            afterBlank = false;
        }
        const text = tags.rest.trim();
        if (text !== '')
            open.cue.text = open.cue.text === '' ? text : `${open.cue.text} ${text}`;
    });
    close();
    return cues;
}

;// CONCATENATED MODULE: ./src/script/script-diagnostics.ts
// Collects a script parser's diagnostics, shifting line numbers for scripts embedded in a config.
/** Where a parser reports problems; lines it is given are 1-based lines of the script text. */
class ScriptDiagnostics {
    file;
    lineOffset;
    list = [];
    constructor(file, lineOffset = 0) {
        this.file = file;
        this.lineOffset = lineOffset;
    }
    /** The line as a person sees it in the file (script line + offset). */
    line(scriptLine) {
        return scriptLine + this.lineOffset;
    }
    /** Record an error at a script line and 1-based column. */
    error(line, col, message, hint) {
        this.list.push({ file: this.file, line: this.line(line), col, message, hint, severity: 'error' });
    }
    /** Record a warning at a script line and 1-based column. */
    warn(line, col, message, hint) {
        this.list.push({ file: this.file, line: this.line(line), col, message, hint, severity: 'warning' });
    }
}

// EXTERNAL MODULE: ./src/script/user-pronunciations.ts
var user_pronunciations = __webpack_require__(81851);
;// CONCATENATED MODULE: ./src/script/parse.ts
// Script text (plain, timed lines, SRT, VTT) → cues with speech text, plus diagnostics; strict mode throws.









/** Whether plain script lines use `[mm:ss]` times (then every line must). */
function isTimedText(lines) {
    return lines.some((line) => !isCommentLine(line) && looksTimed(line));
}
/** Cues of the script by its format, before numbering. */
function rawCues(lines, text, options, diagnostics) {
    if (options.format === 'srt' || options.format === 'vtt')
        return parseSubtitles(text, options.format, diagnostics);
    return isTimedText(lines) ? parseTimed(lines, diagnostics) : parsePlain(lines, diagnostics);
}
/** Parse a voiceover script into cues; each cue's `speech` is its text normalised for speech. */
function parseScript(text, options) {
    const diagnostics = new ScriptDiagnostics(options.file, options.lineOffset ?? 0);
    const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const lines = clean.split('\n');
    const raw = rawCues(lines, clean, options, diagnostics);
    if (raw.length === 0 && !diagnostics.list.some((d) => d.severity === 'error')) {
        diagnostics.error(1, 1, 'the script has no text to speak', 'write at least one sentence (lines starting with # are comments)');
    }
    const language = options.language ?? 'en';
    const pronunciations = (0,user_pronunciations/* compilePronunciations */.G)(options.pronunciations);
    const cues = raw.map((cue, index) => ({
        ...cue,
        index,
        line: diagnostics.line(cue.line),
        speech: (0,normalise/* normaliseForSpeech */.q)(cue.text, language, pronunciations),
    }));
    const sorted = [...diagnostics.list].sort((a, b) => a.line - b.line || a.col - b.col);
    const firstError = sorted.find((d) => d.severity === 'error');
    if (options.strict && firstError) {
        throw new errors/* VoiceoverError */.pF('SCRIPT_INVALID', { detail: firstError.message, hint: firstError.hint }, { location: { file: firstError.file, line: firstError.line, col: firstError.col } });
    }
    return { script: { cues, timed: cues.some((cue) => cue.cue_s !== null) }, diagnostics: sorted };
}


/***/ }),

/***/ 75957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ splitSentences)
/* harmony export */ });
// Split a paragraph into sentences with Intl.Segmenter, keeping titles like "Dr." with their name.
/**
 * Words ending in a dot after which the segmenter splits, though the sentence goes on ("Dr. Smith").
 * ICU's English rules already keep "e.g." and "i.e." when a lower-case word follows.
 */
const NO_BREAK_AFTER = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|vs|e\.g|i\.e|approx|cf|Fig)\.\s*$/;
// Made on first use: creating it costs ~16 ms, which a timed script (and every unchanged re-run of one) never needs.
let segmenter;
/** Sentences of a paragraph (whitespace trimmed, empty ones dropped). */
function splitSentences(paragraph) {
    const pieces = [];
    segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
    for (const { segment, index } of segmenter.segment(paragraph)) {
        const previous = pieces[pieces.length - 1];
        if (previous && NO_BREAK_AFTER.test(previous.text) && /^\s*[\w"'“(]/.test(segment)) {
            previous.text += segment;
        }
        else {
            pieces.push({ text: segment, start: index });
        }
    }
    return pieces
        .map(({ text, start }) => ({ text: text.trim(), start: start + (text.length - text.trimStart().length) }))
        .filter((sentence) => sentence.text !== '');
}


/***/ }),

/***/ 81851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ compilePronunciations),
/* harmony export */   K: () => (/* binding */ protectPronunciations)
/* harmony export */ });
/* harmony import */ var _core_pronunciation_terms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38048);
// A config's `pronunciations:` map (word → how it is said), matched whole-word and case-aware in script text.

/** Marks a protected span while the built-in rules run: private-use characters no rule matches or removes. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT_BASE = 0xe100;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Compile a map (entries with an empty key or value are ignored: the config check reports them); undefined when empty. */
function compilePronunciations(map) {
    if (!map)
        return undefined;
    const spoken = new Map();
    const entries = Object.entries(map)
        .map(([key, value]) => [key.trim(), value.replace(/\s+/g, ' ').trim()])
        .filter(([key, value]) => key !== '' && value !== '');
    // Exact keys first, so `Kubectl: …` beats the capitalised form of `kubectl: …`.
    for (const [key, value] of entries)
        spoken.set(key, value);
    for (const [key, value] of entries) {
        const capital = (0,_core_pronunciation_terms_js__WEBPACK_IMPORTED_MODULE_0__/* .capitalisedForm */ .E)(key);
        if (capital !== undefined && !spoken.has(capital))
            spoken.set(capital, value.charAt(0).toUpperCase() + value.slice(1));
    }
    if (spoken.size === 0)
        return undefined;
    const forms = [...spoken.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
    // Whole word: no letter, digit or _ on either side; not inside a file name, address or handle ("kubectl.io", "/kubectl", "@kubectl").
    const pattern = new RegExp(String.raw `(?<![\p{L}\p{M}\p{N}_.\/@])(?:${forms})(?![\p{L}\p{M}\p{N}_+#]|[.\/@][\p{L}\p{N}])`, 'gu');
    return { pattern, spoken };
}
/** `text` with every user word replaced by a marker, and how to put the spoken forms back after the built-in rules ran. */
function protectPronunciations(text, compiled) {
    if (!compiled)
        return { text, restore: (spoken) => spoken };
    const said = [];
    const marked = text.replace(compiled.pattern, (written) => {
        said.push(compiled.spoken.get(written) ?? written);
        return `${OPEN}${String.fromCharCode(SLOT_BASE + said.length - 1)}${CLOSE}`;
    });
    if (said.length === 0)
        return { text, restore: (spoken) => spoken };
    const slot = new RegExp(`${OPEN}([\\uE100-\\uEFFF])${CLOSE}`, 'g');
    return { text: marked, restore: (spoken) => spoken.replace(slot, (_m, c) => said[c.charCodeAt(0) - SLOT_BASE] ?? '') };
}


/***/ }),

/***/ 90074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ splitForLimit),
/* harmony export */   Iz: () => (/* binding */ ELEVENLABS_SERVICE),
/* harmony export */   UP: () => (/* binding */ serviceLimiter),
/* harmony export */   Y2: () => (/* binding */ serviceBaseUrl),
/* harmony export */   jq: () => (/* binding */ serviceKey),
/* harmony export */   lR: () => (/* binding */ CLOUD_SERVICES),
/* harmony export */   vG: () => (/* binding */ OPENAI_SERVICE)
/* harmony export */ });
/* unused harmony export DEFAULT_SERVICE_CONCURRENCY */
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70370);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _script_sentences_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75957);
// What the cloud engines share: who they are (key variable, action input, base URL), their key,
// one request limiter per service, and text split under a service's length limit.



/** The OpenAI speech API, or any server that speaks it (Kokoro-FastAPI, LocalAI, openedai-speech). */
const OPENAI_SERVICE = {
    engine: 'openai', name: 'OpenAI speech API', keyVariable: 'OPENAI_API_KEY', keyInput: 'openai-api-key',
    baseUrlVariable: 'OPENAI_BASE_URL', defaultBaseUrl: 'https://api.openai.com/v1',
};
/** ElevenLabs text to speech. */
const ELEVENLABS_SERVICE = {
    engine: 'elevenlabs', name: 'ElevenLabs', keyVariable: 'ELEVENLABS_API_KEY', keyInput: 'elevenlabs-api-key',
    baseUrlVariable: 'ELEVENLABS_BASE_URL', defaultBaseUrl: 'https://api.elevenlabs.io',
};
/** Both cloud services. */
const CLOUD_SERVICES = [OPENAI_SERVICE, ELEVENLABS_SERVICE];
/** The service's key from the environment; TTS_KEY_MISSING naming the variable and the action input when unset. */
function serviceKey(service, voice, env = process.env) {
    const key = env[service.keyVariable]?.trim();
    if (!key)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VoiceoverError */ .pF('TTS_KEY_MISSING', { voice, variable: service.keyVariable, input: service.keyInput });
    return key;
}
/** The service's base URL (its variable, else the default), with a trailing slash so relative paths keep its path prefix. */
function serviceBaseUrl(service, env = process.env) {
    const raw = env[service.baseUrlVariable]?.trim() || service.defaultBaseUrl;
    return new URL(raw.endsWith('/') ? raw : `${raw}/`);
}
/** Requests in flight to one service at most (VOICEOVER_TTS_CONCURRENCY overrides it). */
const DEFAULT_SERVICE_CONCURRENCY = 4;
const limiters = new Map();
/** The one limiter of a service, shared by every item of the process. */
function serviceLimiter(service, env = process.env) {
    let limit = limiters.get(service.engine);
    if (!limit) {
        const wanted = Number(env.VOICEOVER_TTS_CONCURRENCY);
        limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(Number.isInteger(wanted) && wanted > 0 ? wanted : DEFAULT_SERVICE_CONCURRENCY);
        limiters.set(service.engine, limit);
    }
    return limit;
}
/**
 * Text cut into parts of at most `limit` characters: whole sentences packed together, a sentence over the
 * limit cut at its last space before it (never inside a word unless a word is itself that long).
 */
function splitForLimit(text, limit) {
    if (text.length <= limit)
        return [text];
    const pieces = [];
    for (const { text: sentence } of (0,_script_sentences_js__WEBPACK_IMPORTED_MODULE_2__/* .splitSentences */ .P)(text)) {
        let rest = sentence;
        while (rest.length > limit) {
            const space = rest.lastIndexOf(' ', limit);
            const cut = space > 0 ? space : limit;
            pieces.push(rest.slice(0, cut).trim());
            rest = rest.slice(cut).trim();
        }
        if (rest)
            pieces.push(rest);
    }
    const parts = [];
    for (const piece of pieces) {
        const last = parts[parts.length - 1];
        if (last !== undefined && last.length + 1 + piece.length <= limit)
            parts[parts.length - 1] = `${last} ${piece}`;
        else
            parts.push(piece);
    }
    return parts;
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
/**
 * The installed voice that best fits the wanted language (ties: shorter tag, then list order), or undefined.
 * A catalogued voice that is not installed (`installed: false`) is never picked: only one named explicitly is installed.
 */
function bestVoiceFor(voices, wanted) {
    let best;
    for (const voice of voices) {
        if (voice.installed === false)
            continue;
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
/* harmony import */ var _cloud_service_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90074);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80951);
// The one list of TTS engines (loaded lazily), and what it answers: which engine owns a voice,
// which voices exist here, which voice speaks a language.




/** Every engine, in order of preference (the first one that speaks a language is chosen for it). */
const ENGINES = [
    {
        id: 'kokoro',
        languages: 'en, es, fr, hi, it, ja, pt, zh (Kokoro voices: voiceover voices install kokoro:…)',
        neural: true,
        load: async () => (await __webpack_require__.e(/* import() */ 29).then(__webpack_require__.bind(__webpack_require__, 3029))).kokoroEngine,
    },
    {
        id: 'piper',
        languages: 'en, de, fr, es, it, nl, pl, pt, ru, … (Piper voices: voiceover voices install piper:…)',
        neural: true,
        load: async () => (await __webpack_require__.e(/* import() */ 29).then(__webpack_require__.bind(__webpack_require__, 3029))).piperEngine,
    },
    { id: 'flite', languages: 'en', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(647), __webpack_require__.e(641)]).then(__webpack_require__.bind(__webpack_require__, 56641))).fliteEngine },
    {
        id: 'espeak-ng',
        languages: 'de, fr, es, it, pt, nl, pl, ru, zh, ja, hi, ar, … (100+ languages)',
        load: async () => (await __webpack_require__.e(/* import() */ 371).then(__webpack_require__.bind(__webpack_require__, 37371))).espeakEngine,
    },
    // Cloud engines last: `auto` never picks them (Engine.cloud); a config names their voices.
    { id: 'openai', languages: 'en, de, fr, es, ja, zh, … (OpenAI speech API: OPENAI_API_KEY)', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(46), __webpack_require__.e(651)]).then(__webpack_require__.bind(__webpack_require__, 8651))).openaiEngine },
    { id: 'elevenlabs', languages: 'en, de, fr, es, ja, zh, … (ElevenLabs: ELEVENLABS_API_KEY)', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(46), __webpack_require__.e(28)]).then(__webpack_require__.bind(__webpack_require__, 72647))).elevenlabsEngine },
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
    const catalogue = { voices: [], missing: [], cloud: [] };
    for (const entry of options.engines ?? ENGINES) {
        const engine = await entry.load();
        const service = engine.cloud ? _cloud_service_js__WEBPACK_IMPORTED_MODULE_2__/* .CLOUD_SERVICES */ .lR.find((s) => s.engine === engine.id) : undefined;
        if (service) {
            const { keyVariable, keyInput } = service;
            catalogue.cloud.push({ engine: engine.id, keyVariable, keyInput, keySet: Boolean(process.env[keyVariable]?.trim()) });
        }
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
        const neural = new Set((options.engines ?? ENGINES).filter((entry) => entry.neural).map((entry) => entry.id));
        // Never a cloud voice: text goes to a paid service only when a config names one.
        const cloud = new Set((await listEngines(options)).filter((engine) => engine.cloud).map((engine) => engine.id));
        const best = preferredVoice(catalogue.voices.filter((voice) => !cloud.has(voice.engine)), language, neural);
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
        const best = (0,_language_js__WEBPACK_IMPORTED_MODULE_3__/* .bestVoiceFor */ .wo)(own, language);
        if (best)
            return best;
        throw unavailable(`${engine.id} has no voice for "${language}"`, installHint(catalogue, language));
    }
    const voice = own.find((candidate) => candidate.id.toLowerCase() === wanted.toLowerCase());
    // A cloud server's voices are its own (Kokoro-FastAPI's, an ElevenLabs library): any id it owns is taken as written.
    if (!voice && engine.cloud)
        return { id: wanted, engine: engine.id, language, description: `${engine.id} voice (cloud)` };
    if (!voice)
        throw unavailable(`${engine.id} has no voice "${wanted}"`, suggestion(wanted, own));
    return voice;
}
/**
 * Neural voices first: the best language match among every installed neural voice (ties: registry order);
 * else the best voice of the first engine (in registry order) that speaks the language: flite's slt for en-US.
 */
function preferredVoice(voices, language, neural) {
    const natural = (0,_language_js__WEBPACK_IMPORTED_MODULE_3__/* .bestVoiceFor */ .wo)(voices.filter((voice) => neural.has(voice.engine)), language);
    if (natural)
        return natural;
    for (const engine of new Set(voices.map((voice) => voice.engine))) {
        const best = (0,_language_js__WEBPACK_IMPORTED_MODULE_3__/* .bestVoiceFor */ .wo)(voices.filter((voice) => voice.engine === engine), language);
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
