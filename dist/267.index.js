export const id = 267;
export const ids = [267];
export const modules = {

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullRequestHead: () => (/* binding */ pullRequestHead),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _comment_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47987);
// Create or update the one pull-request comment that carries the marker (never a second one). Only a
// comment written by a bot (or by the token's own user) is adopted: anyone can paste the marker.


/** The login the token acts as, when GitHub says (an installation token such as GITHUB_TOKEN cannot ask). */
async function tokenLogin(octokit) {
    try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
    }
    catch {
        return undefined;
    }
}
/**
 * Update the marked comment of `prefix` when there is one (every page of comments is read), else create
 * it unless `create` is false; says which happened.
 */
async function upsertStickyComment(target, body, options = {}) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(target.token);
    const { owner, repo } = target;
    const prefix = options.prefix ?? 'voiceover';
    const markers = [(0,_comment_body_js__WEBPACK_IMPORTED_MODULE_1__/* .commentMarker */ .Ql)(prefix), ...(prefix === 'voiceover' ? [_comment_body_js__WEBPACK_IMPORTED_MODULE_1__/* .LEGACY_COMMENT_MARKER */ .p$] : [])];
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: target.issueNumber, per_page: 100 });
    const marked = comments.filter((c) => markers.some((m) => c.body?.includes(m)));
    let existing = marked.find((c) => c.user?.type === 'Bot');
    if (!existing && marked.length) {
        const login = await tokenLogin(octokit);
        existing = login ? marked.find((c) => c.user?.login === login) : undefined;
    }
    if (existing) {
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    if (options.create === false)
        return { action: 'none', id: 0, url: '' };
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: target.issueNumber, body });
    return { action: 'created', id: data.id, url: data.html_url };
}
/** The head commit of a pull request (to check a workflow_run's results belong to it). */
async function pullRequestHead(target) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(target.token);
    const { data } = await octokit.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.issueNumber });
    return data.head.sha;
}


/***/ })

};
