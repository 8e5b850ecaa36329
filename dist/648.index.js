export const id = 648;
export const ids = [648];
export const modules = {

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullRequestHead: () => (/* binding */ pullRequestHead),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _comment_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47987);
// Create or update the one pull-request comment that carries the marker (never a second one).


/** Update the marked comment when there is one, else create it; says which happened. */
async function upsertStickyComment(target, body) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(target.token);
    const { owner, repo } = target;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: target.issueNumber, per_page: 100 });
    const existing = comments.find((c) => c.body?.includes(_comment_body_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_MARKER */ .J));
    if (existing) {
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
        return { action: 'updated', id: data.id, url: data.html_url };
    }
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
