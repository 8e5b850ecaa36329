export const id = 20;
export const ids = [20];
export const modules = {

/***/ 11150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ APP_NAME),
/* harmony export */   Cg: () => (/* binding */ HOSTED_UPLOAD_LIMIT_MB),
/* harmony export */   D7: () => (/* binding */ CREDITS_PER_MESSAGE),
/* harmony export */   KB: () => (/* binding */ ACCEPTED_TYPES),
/* harmony export */   Ne: () => (/* binding */ DEFAULT_WEB_URL),
/* harmony export */   eQ: () => (/* binding */ SKILL_NAME),
/* harmony export */   hR: () => (/* binding */ MAX_UPLOAD_BYTES),
/* harmony export */   jU: () => (/* binding */ DROPPED_STREAM_WAIT_MS),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL)
/* harmony export */ });
// Fixed facts of the NemoVideo protocol (../shared/nemo-protocol.md) the client relies on.
/** Default base URL of the API (protocol: "Base URL"). */
const DEFAULT_API_URL = 'https://mega-api-prod.nemovideo.ai';
/** Default web URL for links shown to people (protocol: "Web URL"). */
const DEFAULT_WEB_URL = 'https://nemovideo.com';
/** The skill name this tool reports in X-Skill-Source and in task links. */
const SKILL_NAME = 'ai-voiceover-for';
/** The agent app every session and message names. */
const APP_NAME = 'nemo_agent';
/**
 * "Edits and generation cost credits (roughly 50 an editing session, 100 a generated clip)"
 * (protocol §6): the balance a message needs before the client spends anything.
 */
const CREDITS_PER_MESSAGE = 50;
/** "At most 500 MB a file" (protocol §3): the hosted service's documented limit, in the protocol's words. */
const HOSTED_UPLOAD_LIMIT_MB = 500;
/**
 * The client's check before sending, at the documented 500 MB. The protocol does not say whether MB
 * means 10^6 or 2^20 bytes; the larger reading (500 MiB, also `voiceover serve`'s default) is used,
 * so the client never refuses a file the service might take. A service's own limit comes in its 4002.
 */
const MAX_UPLOAD_BYTES = HOSTED_UPLOAD_LIMIT_MB * 1024 * 1024;
/** "Accepted: mp4 mov avi webm mkv · jpg png gif webp · mp3 wav m4a aac" (protocol §3). */
const ACCEPTED_TYPES = 'mp4 mov avi webm mkv (video), jpg png gif webp (image), mp3 wav m4a aac (audio)';
/** The least time to wait after a dropped stream before reading the state (protocol §4: "Wait ≥ 2 s"). */
const DROPPED_STREAM_WAIT_MS = 2000;


/***/ }),

/***/ 69020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportMode: () => (/* binding */ reportMode)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/backends/nemo/constants.ts
var constants = __webpack_require__(11150);
// EXTERNAL MODULE: ./src/github/annotations.ts + 1 modules
var annotations = __webpack_require__(64561);
// EXTERNAL MODULE: ./src/github/artifact-names.ts
var artifact_names = __webpack_require__(68036);
// EXTERNAL MODULE: ./src/github/artifacts.ts
var artifacts = __webpack_require__(4616);
// EXTERNAL MODULE: ./src/github/emit-annotations.ts
var emit_annotations = __webpack_require__(83123);
// EXTERNAL MODULE: ./src/github/publish.ts + 1 modules
var publish = __webpack_require__(9185);
// EXTERNAL MODULE: ./src/github/results.ts
var results = __webpack_require__(70617);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
;// CONCATENATED MODULE: ./src/github/results-schema.ts
// The shape of results.json checked with zod before anything of it is used: in the workflow_run
// pattern it comes from an untrusted (fork) run, and goes into a trusted bot comment.


const results_schema_text = schemas/* string */.YjP().max(4000);
const num = schemas/* number */.aig().finite();
const seconds = num.nullable();
const word = schemas/* object */.Ikc({ text: results_schema_text, start_s: num, end_s: num, estimated: schemas/* boolean */.zMY().optional() });
const reportItem = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().regex(schema/* NAME_PATTERN */.Vh).max(200),
    status: schemas/* enum */.k5n(['delivered', 'skipped', 'failed']),
    output: results_schema_text.nullable(),
    captions: schemas/* array */.YOg(results_schema_text).max(10),
    duration_s: seconds,
    timings_s: schemas/* object */.Ikc({ tts: num, plan: num, render: num, total: num }),
    // Not measured: null, or (results of older versions, where NaN became JSON null) null figures; both read as null.
    loudness: schemas/* object */.Ikc({ integrated_lufs: num.nullable(), true_peak_dbtp: num.nullable() })
        .nullable()
        .transform((l) => (l && l.integrated_lufs !== null && l.true_peak_dbtp !== null ? l : null)),
    // voice/model: which voice and model spoke the line; words: when each word is said (older results have neither).
    lines: schemas/* array */.YOg(schemas/* object */.Ikc({ index: num, text: results_schema_text, cue_s: num, start_s: num, end_s: num, stretch: num, overflow_ms: num, voice: results_schema_text.optional(), model: results_schema_text.optional(), words: schemas/* array */.YOg(word).max(10_000).optional() })).max(100_000),
    // Measured on the delivered file; results of older versions have none.
    qa: schemas/* object */.Ikc({
        onset_error_ms: schemas/* object */.Ikc({ max: num, mean: num }).nullable(),
        lines_off: schemas/* number */.aig().int().nonnegative().nullable(),
        integrated_lufs: num.nullable(),
        true_peak_dbtp: num.nullable(),
        clipped_samples: schemas/* number */.aig().int().nonnegative(),
    })
        .optional(),
    credits: schemas/* object */.Ikc({ spent: num, available: num }).optional(),
    // Characters sent to cloud voices by engine, and requests (results of older versions have none).
    tts: schemas/* object */.Ikc({ characters_sent: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[a-z0-9-]{1,32}$/), schemas/* number */.aig().int().nonnegative()), requests: schemas/* number */.aig().int().nonnegative() }).optional(),
    links: schemas/* object */.Ikc({ task: results_schema_text.optional(), download: results_schema_text.optional() }).optional(),
    compatible_copy: schemas/* object */.Ikc({ output: results_schema_text, reencoded: schemas/* boolean */.zMY(), reason: results_schema_text }).optional(),
    warnings: schemas/* array */.YOg(schemas/* object */.Ikc({ code: schemas/* string */.YjP().regex(/^[A-Z0-9_]{1,64}$/), message: results_schema_text, hint: results_schema_text, file: results_schema_text, line: schemas/* number */.aig().int().nullable() })).max(20).optional(),
    error: schemas/* object */.Ikc({ code: schemas/* string */.YjP().regex(/^[A-Z0-9_]{1,64}$/), message: results_schema_text, hint: results_schema_text, file: results_schema_text, line: schemas/* number */.aig().int().nullable(), backend_code: schemas/* number */.aig().int().optional() }).optional(),
});
const runResults = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    shard: schemas/* string */.YjP().regex(/^\d{1,3}\/\d{1,3}$/).nullable(),
    report: schemas/* object */.Ikc({ version: schemas/* literal */.euz(1), backend: schemas/* string */.YjP().regex(/^[a-z,]{0,64}$/), items: schemas/* array */.YOg(reportItem).max(10_000) }),
    videos: schemas/* record */.g1P(schemas/* string */.YjP().regex(schema/* NAME_PATTERN */.Vh), schemas/* object */.Ikc({
        backend: schemas/* string */.YjP().regex(/^[a-z]{1,32}$/),
        size_bytes: schemas/* number */.aig().int().nonnegative().nullable(),
        artifact: schemas/* object */.Ikc({ name: results_schema_text, id: schemas/* number */.aig().int().positive(), url: results_schema_text }).optional(),
    })),
    notRun: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP().regex(schema/* NAME_PATTERN */.Vh), reason: results_schema_text })).max(10_000),
    config: results_schema_text,
    notes: schemas/* array */.YOg(results_schema_text).max(100),
    problems: schemas/* array */.YOg(results_schema_text).max(10_000),
    missing: schemas/* array */.YOg(results_schema_text).max(300).optional(),
    failure: results_schema_text.optional(),
    pullRequest: schemas/* object */.Ikc({ number: schemas/* number */.aig().int().positive(), headSha: schemas/* string */.YjP().regex(/^[0-9a-f]{40}$/).optional(), fork: schemas/* boolean */.zMY() }).optional(),
});
/** results.json checked: the value, or an error naming the first few fields that are wrong. */
function parseRunResults(json) {
    const parsed = runResults.safeParse(json);
    if (parsed.success)
        return parsed.data;
    const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new Error(`results.json does not have the expected shape (${where.join('; ')})`);
}

;// CONCATENATED MODULE: ./src/github/trust-results.ts
// Pure: results read from another run (untrusted in the workflow_run pattern) reduced to links the
// trusted run can vouch for: artifact pages rebuilt from the ids the API lists, task pages only on the
// configured NemoVideo web host(s).
const originOf = (url) => {
    try {
        const parsed = new URL(url);
        return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
    }
    catch {
        return undefined;
    }
};
/** The origins of the NemoVideo web and API URLs (task links point to one of them). */
function taskOrigins(urls) {
    return [...new Set(urls.flatMap((u) => (u?.trim() ? [originOf(u.trim())].filter((o) => o !== undefined) : [])))];
}
/** The results with every link checked: unknown artifacts and foreign task links are dropped. */
function trustResults(results, rules) {
    const listed = new Map(rules.listed.map((a) => [a.id, a.name]));
    const videos = {};
    for (const [name, meta] of Object.entries(results.videos)) {
        const artifact = meta.artifact && listed.get(meta.artifact.id);
        videos[name] = {
            backend: meta.backend,
            size_bytes: meta.size_bytes,
            ...(meta.artifact && artifact !== undefined ? { artifact: { name: artifact, id: meta.artifact.id, url: rules.artifactUrl(meta.artifact.id) } } : {}),
        };
    }
    const items = results.report.items.map((item) => {
        if (!item.links)
            return item;
        const { task, ...rest } = item.links;
        const origin = task ? originOf(task) : undefined;
        const keep = task !== undefined && origin !== undefined && rules.taskOrigins.includes(origin);
        return { ...item, links: { ...rest, ...(keep ? { task } : {}) } };
    });
    return { ...results, videos, report: { ...results.report, items } };
}

;// CONCATENATED MODULE: ./src/github/mode-report.ts
// mode: report — gather every shard's results (this run's, or a triggering run's for workflow_run)
// into one summary, one comment and one set of outputs; a missing or unreadable shard is named and
// fails the step (fail-on: error).










/** Where to read: the REST API for another run or a re-run attempt (with the token), else the runner's service. */
function resultsSource(inputs, ctx, runId, env) {
    const rest = { runId, owner: ctx.owner, repo: ctx.repo, token: inputs.githubToken };
    if (runId !== ctx.runId) {
        if (!inputs.githubToken)
            throw new Error(`mode report reads run ${runId} through the REST API, which needs github-token (with actions: read)`);
        return { rest };
    }
    // The runner's artifact service serves only the current attempt: attempt 1's shards 404 there.
    if (ctx.runAttempt > 1) {
        if (inputs.githubToken)
            return { rest };
        core.warning(`attempt ${ctx.runAttempt} of this run and no github-token: only this attempt's results can be read (give the job actions: read and github-token)`);
    }
    if (!(0,artifacts/* artifactsAvailable */.Rj)(env))
        throw new Error('mode report needs the artifact service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL), which runners set');
    return {};
}
/** Download, check, merge, publish. */
async function reportMode(inputs, ctx, env) {
    const runId = inputs.runId ?? ctx.workflowRun?.id ?? ctx.runId;
    const source = resultsSource(inputs, ctx, runId, env);
    core.info(`report: reading run ${runId}${source.rest ? ' through the REST API' : ''}`);
    const got = await (0,artifacts/* downloadResults */.Xd)(source, (all) => (0,artifact_names/* pickResultsArtifacts */.$$)(all, inputs.artifactPrefix), parseRunResults);
    core.info(`report: ${got.parts.length} results artifact${got.parts.length === 1 ? '' : 's'} from run ${runId}: ${got.parts.map((p) => p.shard ?? 'single').join(', ')}`);
    const rules = {
        listed: got.listed,
        artifactUrl: (id) => (0,artifacts/* artifactUrl */.Wk)({ serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo, runId, retentionDays: undefined }, id),
        taskOrigins: taskOrigins([env.NEMO_WEB_URL || constants/* DEFAULT_WEB_URL */.Ne, inputs.nemoApiUrl || env.NEMO_API_URL]),
    };
    const merged = (0,results/* mergeResults */.n)(got.parts.map((p) => trustResults({ ...p.results, shard: p.shard }, rules)));
    const unreadable = got.unreadable.map((u) => `${u.shard ? `shard ${u.shard}` : 'the results'}: artifact ${u.artifact} could not be read (${u.reason})`);
    const absent = (0,artifact_names/* missingShards */.Q0)([...got.parts, ...got.unreadable]).map((m) => m === 'no results artifact was found' ? `no ${(0,artifact_names/* resultsArtifactName */.aK)(inputs.artifactPrefix, null, 1)} artifact was found in run ${runId}` : m);
    merged.missing = [...absent, ...unreadable];
    if (runId !== ctx.runId)
        merged.untrusted = true;
    // The summary lists every one; the annotations fold past 10 (one slot left for the comment's warning).
    (0,emit_annotations/* emitAnnotations */.K)((0,annotations/* foldAnnotations */.AH)(merged.missing.map((message) => ({ level: 'warning', title: 'Voiceover results missing', message })), { reserveWarning: true }).shown);
    let pr;
    if (ctx.pullRequest)
        pr = { number: ctx.pullRequest.number };
    else if (ctx.workflowRun) {
        // workflow_run: the triggering run was untrusted; comment only on the pull request whose head it ran on.
        const number = ctx.workflowRun.pullRequests[0] ?? merged.pullRequest?.number;
        if (number !== undefined)
            pr = { number, expectHead: ctx.workflowRun.headSha };
    }
    await (0,publish/* publish */.mk)(merged, inputs, ctx, pr);
}


/***/ })

};
