export const id = 511;
export const ids = [511];
export const modules = {

/***/ 68036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ pickResultsArtifacts),
/* harmony export */   aK: () => (/* binding */ resultsArtifactName),
/* harmony export */   dc: () => (/* binding */ videoArtifactName)
/* harmony export */ });
// Pure artifact names: `<prefix>-<video>[-<k>of<n>][-attempt<a>]`, so shards and re-runs never collide.
/** Suffix for a shard (`2/4` → `-2of4`) and a re-run attempt (`-attempt2`). */
function suffix(shard, attempt) {
    const s = shard ? `-${shard.replace('/', 'of')}` : '';
    return attempt > 1 ? `${s}-attempt${attempt}` : s;
}
/** Artifact name characters GitHub refuses, replaced. */
const clean = (name) => name.replace(/[":<>|*?\\/\r\n]/g, '_');
/** The artifact of one video (MP4 plus captions). */
function videoArtifactName(prefix, video, shard, attempt) {
    return clean(`${prefix}-${video}${suffix(shard, attempt)}`);
}
/** The artifact holding a run's (or shard's) results.json. */
function resultsArtifactName(prefix, shard, attempt) {
    return clean(`${prefix}-results${suffix(shard, attempt)}`);
}
/** From a list of artifact names: the results artifacts of `prefix`, the latest attempt of each shard. */
function pickResultsArtifacts(artifacts, prefix) {
    const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-results(?:-(\\d+)of(\\d+))?(?:-attempt(\\d+))?$`);
    const best = new Map();
    for (const artifact of artifacts) {
        const match = pattern.exec(artifact.name);
        if (!match)
            continue;
        const key = match[1] ? `${match[1]}/${match[2]}` : 'single';
        const attempt = Number(match[3] ?? 1);
        const seen = best.get(key);
        if (!seen || attempt > seen.attempt || (attempt === seen.attempt && artifact.id > seen.artifact.id))
            best.set(key, { artifact, attempt });
    }
    return [...best.values()].map((b) => b.artifact).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}


/***/ }),

/***/ 4616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rj: () => (/* binding */ artifactsAvailable),
/* harmony export */   Xd: () => (/* binding */ downloadResults),
/* harmony export */   Zn: () => (/* binding */ uploadFiles),
/* harmony export */   g4: () => (/* binding */ uploadResults)
/* harmony export */ });
/* unused harmony export artifactUrl */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Upload and download artifacts through @actions/artifact (loaded lazily: it is most of the bundle).



/** Whether this runner can upload artifacts at all (runtime token and results service set). */
function artifactsAvailable(env) {
    return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}
async function client() {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(131), __webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
    return new DefaultArtifactClient();
}
/** The page of an artifact. */
function artifactUrl(target, id) {
    return `${target.serverUrl}/${target.owner}/${target.repo}/actions/runs/${target.runId}/artifacts/${id}`;
}
/** Upload files (absolute paths under `root`) as one zipped artifact. */
async function uploadFiles(target, name, files, root) {
    const artifacts = await client();
    const { id } = await artifacts.uploadArtifact(name, [...files], root, {
        ...(target.retentionDays !== undefined ? { retentionDays: target.retentionDays } : {}),
        // MP4 and captions hardly compress; don't spend the time.
        compressionLevel: 0,
    });
    if (id === undefined)
        throw new Error(`artifact ${name}: the upload returned no id`);
    return { name, id, url: artifactUrl(target, id) };
}
/** Upload results.json as its own artifact. */
async function uploadResults(target, name, results) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'voiceover-results-'));
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'results.json');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(results)}\n`);
    return uploadFiles(target, name, [file], dir);
}
/** Download every results artifact of a run (the latest attempt of each shard). */
async function downloadResults(source, pick) {
    const artifacts = await client();
    const findBy = source.other
        ? { findBy: { token: source.other.token, workflowRunId: source.other.runId, repositoryOwner: source.other.owner, repositoryName: source.other.repo } }
        : {};
    const { artifacts: all } = await artifacts.listArtifacts(findBy);
    const chosen = pick(all);
    return Promise.all(chosen.map(async (artifact) => {
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'voiceover-download-'));
        await artifacts.downloadArtifact(artifact.id, { path: dir, ...findBy });
        const file = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).find((f) => f === 'results.json');
        if (!file)
            throw new Error(`artifact ${artifact.name} holds no results.json`);
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, file), 'utf8'));
    }));
}


/***/ }),

/***/ 47987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ commentBody),
/* harmony export */   J: () => (/* binding */ COMMENT_MARKER)
/* harmony export */ });
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34793);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70168);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70617);
/* harmony import */ var _summary_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90132);
// Pure builder of the sticky pull-request comment: found again by its hidden marker.




/** The hidden marker the sticky comment is found by. */
const COMMENT_MARKER = '<!-- voiceover-action -->';
/** GitHub refuses comments over 65536 characters; keep under it. */
const COMMENT_LIMIT = 60_000;
/** The comment's markdown, starting with the marker. */
function commentBody(results, options = {}) {
    const { report, videos } = results;
    const counts = (0,_results_js__WEBPACK_IMPORTED_MODULE_2__/* .statusCounts */ .r)(report.items);
    const lines = [
        COMMENT_MARKER,
        '### Voiceover',
        '',
        `**${counts.delivered} delivered · ${counts.failed} failed · ${counts.skipped} skipped**${options.sha ? ` for ${options.sha.slice(0, 7)}` : ''}`,
        '',
    ];
    if (report.items.length) {
        lines.push('| Video | Status | Duration | Links |', '|---|---|---|---|');
        for (const item of report.items) {
            lines.push(`| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(item.name)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .statusLabel */ .Rh)(item.status)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(item.duration_s)} | ${(0,_summary_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .videoLinks */ .rj)(item, videos[item.name])} |`);
        }
    }
    else {
        lines.push('No video changed, so none was narrated.');
    }
    const failed = report.items.filter((i) => i.status === 'failed' && i.error);
    if (failed.length) {
        lines.push('', '**Failures**', '');
        for (const item of failed)
            lines.push(`- **${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(item.name)}** · ${(0,_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .errorTitle */ .JU)(item.error.code)}: ${item.error.message} (hint: ${item.error.hint})`);
    }
    if (results.notRun.length)
        lines.push('', `Not run: ${results.notRun.map((n) => `\`${n.name}\``).join(', ')}`);
    if (options.runUrl)
        lines.push('', `Details: [job summary](${options.runUrl})`);
    let body = `${lines.join('\n')}\n`;
    if (body.length > COMMENT_LIMIT)
        body = `${body.slice(0, COMMENT_LIMIT)}\n\n… cut: see the job summary.\n`;
    return body;
}


/***/ }),

/***/ 91511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportMode: () => (/* binding */ reportMode)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var _artifact_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68036);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4616);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77184);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70617);
// mode: report — gather every shard's results (this run's, or a triggering run's for workflow_run)
// into one summary, one comment and one set of outputs.





/** Download, merge, publish. */
async function reportMode(inputs, ctx, env) {
    const runId = inputs.runId ?? ctx.workflowRun?.id ?? ctx.runId;
    const source = {};
    if (runId !== ctx.runId)
        source.other = { runId, owner: ctx.owner, repo: ctx.repo, token: inputs.githubToken };
    if (!(0,_artifacts_js__WEBPACK_IMPORTED_MODULE_1__/* .artifactsAvailable */ .Rj)(env) && !source.other)
        throw new Error('mode report needs the artifact service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL), which runners set');
    const parts = await (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_1__/* .downloadResults */ .Xd)(source, (all) => (0,_artifact_names_js__WEBPACK_IMPORTED_MODULE_3__/* .pickResultsArtifacts */ .$$)(all, inputs.artifactPrefix));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`report: ${parts.length} results artifact${parts.length === 1 ? '' : 's'} from run ${runId}: ${parts.map((p) => p.shard ?? 'single').join(', ')}`);
    if (parts.length === 0)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`no ${inputs.artifactPrefix}-results artifact found in run ${runId}`);
    const merged = (0,_results_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeResults */ .n)(parts);
    let pr;
    if (ctx.pullRequest)
        pr = { number: ctx.pullRequest.number };
    else if (ctx.workflowRun) {
        // workflow_run: the triggering run was untrusted; comment only on the pull request whose head it ran on.
        const number = ctx.workflowRun.pullRequests[0] ?? merged.pullRequest?.number;
        if (number !== undefined)
            pr = { number, expectHead: ctx.workflowRun.headSha };
    }
    await (0,_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .publish */ .mk)(merged, inputs, ctx, pr);
}


/***/ }),

/***/ 77184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mk: () => (/* binding */ publish)
/* harmony export */ });
/* unused harmony exports FORK_NOTE, shouldComment */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var _comment_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47987);
/* harmony import */ var _event_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12641);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88353);
/* harmony import */ var _summary_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90132);
// Hand the results to people: the job summary, the sticky PR comment, the outputs and the exit status.





/** What the summary says on a fork's pull request. */
const FORK_NOTE = 'This pull request comes from a fork: its workflow token is read-only and secrets are absent, so no comment was posted and the nemo backend could not be used. ' +
    'To comment on pull requests from forks safely, run the action again from a `workflow_run` workflow with `mode: report` (see "Pull requests from forks" in the README).';
/** Whether to comment, given the inputs, the event and what ran (pure). */
function shouldComment(inputs, results, pr, fork) {
    if (inputs.comment === 'never')
        return { yes: false, why: 'comment: never' };
    if (!pr)
        return { yes: false, why: 'not a pull request' };
    if (fork)
        return { yes: false, why: 'pull request from a fork (read-only token)' };
    if (!inputs.githubToken)
        return { yes: false, why: 'no github-token' };
    if (inputs.comment === 'auto' && results.report.items.length === 0)
        return { yes: false, why: 'no video ran (comment: auto)' };
    return { yes: true, why: '' };
}
/** Write the summary, post the comment, set the outputs, and fail the step per fail-on. */
async function publish(results, inputs, ctx, pr) {
    // pull_request_target runs in the base repository with its token and secrets: only pull_request is read-only.
    const fork = ctx.pullRequest?.fork === true && ctx.eventName === 'pull_request';
    if (fork && !results.notes.includes(FORK_NOTE))
        results.notes.push(FORK_NOTE);
    const url = (0,_event_context_js__WEBPACK_IMPORTED_MODULE_2__/* .runUrl */ .Vp)(ctx);
    if (process.env.GITHUB_STEP_SUMMARY)
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw((0,_summary_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .summaryMarkdown */ .eH)(results, { runUrl: url })).write({ overwrite: false });
    const decision = shouldComment(inputs, results, pr, fork);
    if (decision.yes && pr) {
        try {
            const { upsertStickyComment, pullRequestHead } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(648)]).then(__webpack_require__.bind(__webpack_require__, 7648));
            const target = { token: inputs.githubToken, owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number };
            if (pr.expectHead && (await pullRequestHead(target)) !== pr.expectHead) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`pull request #${pr.number} has moved past ${pr.expectHead.slice(0, 7)}: no comment for these results`);
            }
            else {
                const done = await upsertStickyComment(target, (0,_comment_body_js__WEBPACK_IMPORTED_MODULE_1__/* .commentBody */ .I)(results, { runUrl: url, sha: pr.expectHead ?? ctx.pullRequest?.headSha }));
                _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`comment ${done.action} on pull request #${pr.number}: ${done.url}`);
            }
        }
        catch (error) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`could not comment on pull request #${pr.number}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    else {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`no pull request comment: ${decision.why}`);
    }
    const values = (0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .outputValues */ .u)(results);
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutputs */ .n)(values);
    const failed = Number(values.failed);
    if (failed > 0 && inputs.failOn === 'error')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(`${failed} video${failed === 1 ? '' : 's'} failed (fail-on: error)`);
}


/***/ })

};
