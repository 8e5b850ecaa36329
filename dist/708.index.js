export const id = 708;
export const ids = [708];
export const modules = {

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sr: () => (/* binding */ ERRORS),
/* harmony export */   Uu: () => (/* binding */ toVoiceoverError),
/* harmony export */   pF: () => (/* binding */ VoiceoverError)
/* harmony export */ });
/* unused harmony export fillTemplate */
// The one error registry: every failure a person can see has a code, a message, a hint,
// an exit status and an annotation title. test/core/errors.test.ts checks each is documented.
/** Every error code of the project. Add a row here, and a line in README's error table. */
const ERRORS = {
    CONFIG_INVALID: {
        title: 'Invalid voiceover config',
        message: '{detail}',
        hint: '{hint}',
        exit: 2,
    },
    CONFIG_NOT_FOUND: {
        title: 'Config file not found',
        message: 'config file {file} does not exist',
        hint: 'create it (see voiceover.config.example.yml) or pass its path: voiceover run path/to/voiceover.config.yml',
        exit: 2,
    },
    SCRIPT_INVALID: {
        title: 'Invalid voiceover script',
        message: '{detail}',
        hint: '{hint}',
        exit: 2,
    },
    INPUT_NOT_FOUND: {
        title: 'Input file missing',
        message: '{file} does not exist',
        hint: 'check the path in the config; paths are relative to the config file',
        exit: 1,
    },
    INPUT_UNSUPPORTED: {
        title: 'Unsupported input',
        message: '{file}: {detail}',
        hint: 'use a video (mp4 mov avi webm mkv), an image (jpg png gif webp) or audio (mp3 wav m4a aac)',
        exit: 1,
    },
    INPUT_CORRUPT: {
        title: 'Unreadable input',
        message: '{file} could not be read as media: {detail}',
        hint: 'the file is corrupt or truncated; re-export it and commit it again (check it with: ffprobe {file})',
        exit: 1,
    },
    FFMPEG_NOT_FOUND: {
        title: 'ffmpeg not found',
        message: '{program} was not found',
        hint: 'install ffmpeg (apt-get install ffmpeg), set {env}=/path/to/{program}, or run npm ci so the bundled @ffmpeg-installer/@ffprobe-installer binaries are present',
        exit: 1,
    },
    FFMPEG_FAILED: {
        title: 'ffmpeg failed',
        message: '{detail}',
        hint: 'the last lines of ffmpeg output are in the error; run with the same input by hand to reproduce',
        exit: 1,
    },
    TTS_FAILED: {
        title: 'Speech synthesis failed',
        message: 'voice {voice} could not speak line {line}: {detail}',
        hint: 'try another voice (voiceover voices) or simplify the line',
        exit: 1,
    },
    TTS_UNAVAILABLE: {
        title: 'No voice for this language',
        message: '{detail}',
        hint: '{hint}',
        exit: 2,
    },
    OVERFLOW: {
        title: 'Narration does not fit',
        message: 'line {line} needs {need_s}s but only {have_s}s are free before the next cue, even at max_stretch {max_stretch}',
        hint: 'shorten the line, move its cue earlier, raise audio.max_stretch, or set audio.overflow: extend | shift',
        exit: 1,
    },
    OUTPUT_INVALID: {
        title: 'Output failed verification',
        message: '{file}: {detail}',
        hint: 'this is a bug in the pipeline; please report it with the input file and the report.json',
        exit: 1,
    },
    BACKEND_UNAVAILABLE: {
        title: 'Backend not available',
        message: '{detail}',
        hint: '{hint}',
        exit: 2,
    },
    NEMO_AUTH: {
        title: 'NemoVideo token refused',
        message: 'the NemoVideo service refused the token (bad or expired) on the {call} call: {detail}',
        hint: 'set NEMO_TOKEN to a valid NemoVideo token (in a workflow: a repository secret passed as NEMO_TOKEN), or unset it to use an anonymous token',
        exit: 1,
    },
    NEMO_SESSION_LOST: {
        title: 'NemoVideo session lost',
        message: 'the NemoVideo session of this video was lost: {detail}',
        hint: 'the message was not sent again, so it is not charged twice; check the task page {link}, then run again with --force to start over (that sends and charges it once more)',
        exit: 1,
    },
    NEMO_NO_CREDITS: {
        title: 'Not enough NemoVideo credits',
        message: 'not enough NemoVideo credits: {detail}; nothing was rendered',
        hint: 'top up credits at {web} and run again',
        exit: 1,
    },
    NEMO_UNSUPPORTED_FILE: {
        title: 'File type not accepted by NemoVideo',
        message: '{file}: the NemoVideo service does not accept this file ({detail})',
        hint: 'the service accepts {accepted}; convert the file (e.g. ffmpeg -i {file} out.mp4) and point the config line at it',
        exit: 1,
    },
    NEMO_FILE_TOO_LARGE: {
        title: 'File too large for NemoVideo',
        message: '{file} is larger than the NemoVideo service accepts ({detail})',
        hint: 'the limit is 500 MB a file: compress it (ffmpeg -i {file} -c:v libx264 -crf 28 -preset veryfast -c:a aac smaller.mp4) or trim it, then point the config at the smaller file',
        exit: 1,
    },
    NEMO_PLAN_BLOCKED: {
        title: 'Export not allowed on this NemoVideo plan',
        message: 'the NemoVideo service refused the export (HTTP 402): {detail}',
        hint: 'this is the plan, not credits: register or upgrade at {web} to unlock export',
        exit: 1,
    },
    NEMO_SCOPE: {
        title: 'NemoVideo token lacks a scope',
        message: 'the NemoVideo token lacks the {scope} scope needed for the {call} call: {detail}',
        hint: 'create a token with the {scope} scope (this tool needs read, write, upload and render) and set it as NEMO_TOKEN',
        exit: 1,
    },
    NEMO_RATE_LIMITED: {
        title: 'NemoVideo rate limit',
        message: 'the NemoVideo service kept answering "too many requests" on the {call} call, after one wait: {detail}',
        hint: 'wait a few minutes and run again; with many videos, lower the concurrency',
        exit: 1,
    },
    NEMO_SERVICE: {
        title: 'NemoVideo service error',
        message: 'the NemoVideo {call} call failed: {detail}',
        hint: 'reads and uploads were retried with backoff; check that {api} is reachable from here and run again later',
        exit: 1,
    },
    NEMO_TIMEOUT: {
        title: 'NemoVideo took too long',
        message: 'gave up waiting: {detail}',
        hint: 'raise nemo.poll_limit or nemo.poll_interval_s in the config, and check the task page {link}',
        exit: 1,
    },
    NEMO_NOTHING_TO_EXPORT: {
        title: 'NemoVideo made no timeline',
        message: 'the NemoVideo service answered but made no timeline to export; it said: {detail}',
        hint: 'act on what the service said (check the voice, language and script in the config), then run again; the task page is {link}',
        exit: 1,
    },
    NEMO_RENDER_FAILED: {
        title: 'NemoVideo export failed',
        message: 'the NemoVideo export failed twice (each time with a new render id): {detail}',
        hint: 'open the task page {link} to see the timeline and export it there; running again later sends the message again (charged again)',
        exit: 1,
    },
    NEMO_DOWNLOAD_FAILED: {
        title: 'NemoVideo download failed',
        message: 'the exported video could not be downloaded intact after two tries: {detail}',
        hint: 'download the export from the task page {link}; running again would send the message again and be charged again',
        exit: 1,
    },
    CANCELED: {
        title: 'Canceled',
        message: '{detail}',
        hint: 'the run was interrupted; run it again to finish the remaining videos',
        exit: 1,
    },
    INTERNAL: {
        title: 'Unexpected error',
        message: '{detail}',
        hint: 'this is a bug; please report it with the command and report.json',
        exit: 1,
    },
};
/** Fill `{name}` placeholders; unknown names stay visible rather than vanish. */
function fillTemplate(template, params) {
    return template.replace(/\{(\w+)\}/g, (whole, key) => key in params && params[key] !== undefined ? String(params[key]) : whole);
}
/** The project's typed error: a registry code plus the filled message and hint. */
class VoiceoverError extends Error {
    code;
    hint;
    title;
    exitCode;
    location;
    /** The remote service's own error number, when a backend reported one. */
    backendCode;
    constructor(code, params = {}, options = {}) {
        const spec = ERRORS[code];
        super(fillTemplate(spec.message, params), options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'VoiceoverError';
        this.code = code;
        this.title = spec.title;
        this.hint = options.hint ?? fillTemplate(spec.hint, params);
        this.exitCode = spec.exit;
        this.location = options.location ?? {};
        this.backendCode = options.backendCode;
    }
}
/** Wrap anything thrown into a VoiceoverError, keeping the original as `cause`. */
function toVoiceoverError(error) {
    if (error instanceof VoiceoverError)
        return error;
    if (error instanceof Error && error.name === 'AbortError') {
        return new VoiceoverError('CANCELED', { detail: error.message }, { cause: error });
    }
    const detail = error instanceof Error ? error.message : String(error);
    return new VoiceoverError('INTERNAL', { detail }, { cause: error });
}


/***/ }),

/***/ 34793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ foldAnnotations),
/* harmony export */   JU: () => (/* binding */ errorTitle),
/* harmony export */   fy: () => (/* binding */ configAnnotations),
/* harmony export */   rb: () => (/* binding */ failureAnnotations),
/* harmony export */   xr: () => (/* binding */ annotationText)
/* harmony export */ });
/* unused harmony exports ANNOTATION_LIMIT, workspacePath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
// Pure builders of annotations: config diagnostics and failed videos, at their file and line,
// folded past GitHub's limit of 10 errors and 10 warnings shown per step.


/** GitHub shows at most this many errors, and as many warnings, per step. */
const ANNOTATION_LIMIT = 10;
const withHint = (message, hint) => (hint ? `${message} (hint: ${hint})` : message);
/** A path as annotations need it: relative to the workspace, POSIX separators. */
function workspacePath(workspace, file) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, file));
    return rel.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}
/** The registry's title for a code (codes added by backends included), else the code itself. */
function errorTitle(code) {
    return _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ERRORS */ .Sr[code]?.title ?? code;
}
/** Config diagnostics (file:line:col), paths made relative to the workspace. */
function configAnnotations(diagnostics, workspace, errorTitle = _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ERRORS */ .Sr.CONFIG_INVALID.title) {
    return diagnostics.map((d) => ({
        level: d.severity,
        title: d.severity === 'error' ? errorTitle : 'Voiceover config warning',
        message: withHint(d.message, d.hint),
        file: workspacePath(workspace, d.file),
        line: d.line,
        col: d.col,
    }));
}
/** One titled error per failed video, at the file and line its error points to (paths in the report are relative to the config's folder). */
function failureAnnotations(items, configDir, workspace) {
    return items.flatMap((item) => {
        const error = item.error;
        if (item.status !== 'failed' || !error)
            return [];
        const backend = error.backend_code !== undefined ? ` [${error.backend_code}]` : '';
        return [{
                level: 'error',
                title: errorTitle(error.code),
                message: withHint(`${item.name}: ${error.message}${backend}`, error.hint),
                file: workspacePath(workspace, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(configDir, error.file)),
                ...(error.line !== null ? { line: error.line } : {}),
            }];
    });
}
/**
 * Keep at most `limit` errors and `limit` warnings: past that, the last shown one says how many more the
 * summary lists. `reserveError` keeps room for the step's own failure message (also an error annotation).
 */
function foldAnnotations(all, options = {}) {
    const shown = [];
    const folded = [];
    for (const level of ['error', 'warning', 'notice']) {
        const ofLevel = all.filter((a) => a.level === level);
        const limit = (options.limit ?? ANNOTATION_LIMIT) - (level === 'error' && options.reserveError ? 1 : 0);
        if (level === 'notice' || ofLevel.length <= limit) {
            shown.push(...ofLevel);
            continue;
        }
        shown.push(...ofLevel.slice(0, limit - 1));
        const rest = ofLevel.slice(limit - 1);
        folded.push(...rest);
        shown.push({
            level,
            title: level === 'error' ? `${rest.length} more errors` : `${rest.length} more warnings`,
            message: `${rest.length} more ${level === 'error' ? 'errors' : 'warnings'} are listed in the job summary: ${rest.map((a) => (a.file ? `${a.file}:${a.line ?? 1}` : a.title)).join(', ')}`,
        });
    }
    return { shown, folded };
}
/** `file:line:col title: message`, as the summary lists folded annotations. */
function annotationText(a) {
    const at = a.file ? `${a.file}:${a.line ?? 1}${a.col ? `:${a.col}` : ''} ` : '';
    return `${at}${a.title}: ${a.message}`;
}


/***/ }),

/***/ 70168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Rh: () => (/* binding */ statusLabel),
/* harmony export */   Xq: () => (/* binding */ formatSize),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
// Small pure formatters shared by the summary and the comment.
/** 75.25 → "1:15.3"; null → "—". */
function formatDuration(seconds) {
    if (seconds === null || seconds === undefined || !Number.isFinite(seconds))
        return '—';
    const tenths = Math.round(seconds * 10);
    const m = Math.floor(tenths / 600);
    const s = (tenths % 600) / 10;
    return `${m}:${s < 10 ? '0' : ''}${s.toFixed(1)}`;
}
/** 1536000 → "1.5 MB"; null → "—". */
function formatSize(bytes) {
    if (bytes === null || bytes === undefined)
        return '—';
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} kB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
/** Text safe inside a markdown table cell. */
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** The status as shown to people. */
function statusLabel(status) {
    return { delivered: '✅ delivered', skipped: '⏭️ skipped', failed: '❌ failed' }[status];
}


/***/ }),

/***/ 88353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ setOutputs),
/* harmony export */   u: () => (/* binding */ outputValues)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70617);
// The step's outputs: pure values from the results, then set through @actions/core.


/** Every output except `matrix`, as strings. */
function outputValues(results) {
    const counts = (0,_results_js__WEBPACK_IMPORTED_MODULE_1__/* .statusCounts */ .r)(results.report.items);
    const urls = Object.fromEntries(Object.entries(results.videos).flatMap(([name, meta]) => (meta.artifact ? [[name, meta.artifact.url]] : [])));
    // The balance only goes down during a run: the lowest figure is the latest.
    const balances = results.report.items.flatMap((i) => (i.credits ? [i.credits.available] : []));
    return {
        results: JSON.stringify(results.report),
        delivered: String(counts.delivered),
        failed: String(counts.failed),
        skipped: String(counts.skipped + results.notRun.length),
        'artifact-urls': JSON.stringify(urls),
        'credits-available': balances.length ? String(Math.min(...balances)) : '',
    };
}
/** Set the outputs of a run. */
function setOutputs(values) {
    for (const [name, value] of Object.entries(values))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(name, value);
}


/***/ }),

/***/ 70617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ mergeResults),
/* harmony export */   r: () => (/* binding */ statusCounts)
/* harmony export */ });
// What a run (or a shard of one) hands on: the report plus what only the action knows of each video.
/** Count items by status. */
function statusCounts(items) {
    const n = (status) => items.filter((i) => i.status === status).length;
    return { delivered: n('delivered'), failed: n('failed'), skipped: n('skipped') };
}
/** One result from the results of every shard (ordered by shard), for one summary and one comment. */
function mergeResults(parts) {
    const sorted = [...parts].sort((a, b) => shardIndex(a.shard) - shardIndex(b.shard));
    const backends = new Set(sorted.flatMap((p) => p.report.backend.split(',').filter(Boolean)));
    const first = sorted[0];
    return {
        version: 1,
        shard: null,
        report: { version: 1, backend: [...backends].sort().join(','), items: sorted.flatMap((p) => p.report.items) },
        videos: Object.assign({}, ...sorted.map((p) => p.videos)),
        notRun: notRunAnywhere(sorted),
        config: first?.config ?? '',
        notes: [...new Set(sorted.flatMap((p) => p.notes))],
        problems: sorted.flatMap((p) => p.problems),
        ...(first?.pullRequest ? { pullRequest: first.pullRequest } : {}),
    };
}
/** Videos no shard ran (a shard's "not in this shard" ran elsewhere), each named once. */
function notRunAnywhere(parts) {
    const ran = new Set(parts.flatMap((p) => p.report.items.map((i) => i.name)));
    const seen = new Map();
    for (const n of parts.flatMap((p) => p.notRun))
        if (!ran.has(n.name) && !seen.has(n.name))
            seen.set(n.name, n);
    return [...seen.values()];
}
const shardIndex = (shard) => Number(shard?.split('/')[0] ?? 0);


/***/ }),

/***/ 90132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eH: () => (/* binding */ summaryMarkdown),
  rj: () => (/* binding */ videoLinks)
});

// UNUSED EXPORTS: SUMMARY_LIMIT_BYTES

// EXTERNAL MODULE: ./src/github/annotations.ts
var annotations = __webpack_require__(34793);
// EXTERNAL MODULE: ./src/github/format.ts
var format = __webpack_require__(70168);
// EXTERNAL MODULE: ./src/github/results.ts
var github_results = __webpack_require__(70617);
;// CONCATENATED MODULE: ./src/github/sync-figures.ts
// Pure figures of how well narration sits on its cues, from report.json's lines.
/** Worst onset error (ms) and largest stretch of a video; undefined when it has no lines. */
function syncFigures(item) {
    if (item.lines.length === 0)
        return undefined;
    let worst = 0;
    let stretch = 1;
    for (const line of item.lines) {
        worst = Math.max(worst, Math.abs(line.start_s - line.cue_s) * 1000);
        stretch = Math.max(stretch, line.stretch);
    }
    return { worstOnsetMs: Math.round(worst), largestStretch: stretch };
}

;// CONCATENATED MODULE: ./src/github/summary-markdown.ts
// Pure builder of the job summary: one table of the videos, the failures with hints, notes; within 1 MiB.




/** GitHub refuses a step summary over 1 MiB; stay a little under it. */
const SUMMARY_LIMIT_BYTES = 1000 * 1000;
/** The links of a video: its artifact and, for nemo, its task page. */
function videoLinks(item, meta) {
    const links = [];
    if (meta?.artifact)
        links.push(`[artifact](${meta.artifact.url})`);
    if (item.links?.task)
        links.push(`[task](${item.links.task})`);
    return links.join(' · ') || '—';
}
function row(item, meta) {
    const sync = syncFigures(item);
    const credits = item.credits ? `${item.credits.spent} spent, ${item.credits.available} left` : '—';
    return `| ${[
        (0,format/* cell */.Hn)(item.name),
        (0,format/* statusLabel */.Rh)(item.status),
        (0,format/* formatDuration */.a3)(item.duration_s),
        (0,format/* formatSize */.Xq)(meta?.size_bytes),
        (0,format/* cell */.Hn)(meta?.backend ?? '—'),
        credits,
        sync ? `${sync.worstOnsetMs} ms` : '—',
        sync ? `${sync.largestStretch.toFixed(2)}×` : '—',
        videoLinks(item, meta),
    ].join(' | ')} |`;
}
function failure(item) {
    const e = item.error;
    if (!e)
        return `- **${item.name}**: failed`;
    const at = `${e.file}${e.line !== null ? `:${e.line}` : ''}`;
    const backend = e.backend_code !== undefined ? `, backend code ${e.backend_code}` : '';
    return `- **${item.name}** · ${(0,annotations/* errorTitle */.JU)(e.code)} (\`${e.code}\`${backend}) at \`${at}\`: ${e.message}\n  - Hint: ${e.hint}`;
}
/** Lines that fit `budget` bytes, then one line saying how many were left out. */
function fitLines(lines, budget, what) {
    const kept = [];
    let used = 0;
    for (const [i, line] of lines.entries()) {
        const size = Buffer.byteLength(line) + 1;
        if (used + size > budget) {
            kept.push(`\n… ${lines.length - i} more ${what} not shown (the summary is limited to 1 MiB): see the \`results\` output or the results artifact.`);
            break;
        }
        kept.push(line);
        used += size;
    }
    return kept;
}
/** The summary markdown of a run (or of every shard merged). */
function summaryMarkdown(results, options = {}) {
    const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
    const { report, videos } = results;
    const counts = (0,github_results/* statusCounts */.r)(report.items);
    const head = [
        '## Voiceover',
        '',
        `**${counts.delivered} delivered · ${counts.failed} failed · ${counts.skipped} skipped** · backend ${report.backend || '—'} · config \`${results.config}\`${results.shard ? ` · shard ${results.shard}` : ''}`,
        '',
    ];
    const notes = results.notes.map((n) => `> ${n}`);
    const notRun = results.notRun.length
        ? [`Not run (${results.notRun.length}): ${results.notRun.map((n) => `\`${n.name}\` (${n.reason})`).join(', ')}`, '']
        : [];
    const budget = Math.max(0, limit - Buffer.byteLength([...head, ...notes, ...notRun].join('\n')) - 2000);
    const table = report.items.length
        ? ['| Video | Status | Duration | Size | Backend | Credits | Worst onset error | Largest stretch | Links |', '|---|---|---|---|---|---|---|---|---|']
        : ['No video was run.'];
    const rows = fitLines(report.items.map((i) => row(i, videos[i.name])), budget * 0.6, 'videos');
    const failed = report.items.filter((i) => i.status === 'failed');
    const failures = failed.length ? ['', '### Failures', '', ...fitLines(failed.map(failure), budget * 0.3, 'failures')] : [];
    const problems = results.problems.length
        ? ['', '### Problems', '', ...fitLines(results.problems.map((f) => `- ${f}`), budget * 0.1, 'problems')]
        : [];
    const tail = options.runUrl ? ['', `[Workflow run](${options.runUrl})`] : [];
    const notesBlock = notes.length ? ['', ...notes] : [];
    return `${[...head, ...notRun, ...table, ...rows, ...failures, ...problems, ...notesBlock, ...tail].join('\n')}\n`;
}


/***/ })

};
