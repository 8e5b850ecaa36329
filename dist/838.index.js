export const id = 838;
export const ids = [838];
export const modules = {

/***/ 50838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planMarkdown: () => (/* binding */ planMarkdown),
/* harmony export */   planMode: () => (/* binding */ planMode)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _durations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78014);
/* harmony import */ var _ffmpeg_setup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71074);
/* harmony import */ var _matrix_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66534);
/* harmony import */ var _prepare_failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60143);
/* harmony import */ var _prepare_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16024);
// mode: plan — the `matrix` output: the selected videos split into balanced shards.






/** Pure: the plan's summary markdown. */
function planMarkdown(matrix, notRun) {
    const lines = ['## Voiceover plan', '', `${matrix.include.reduce((n, e) => n + e.items.length, 0)} videos in ${matrix.include.length} shards.`, ''];
    if (matrix.include.length) {
        lines.push('| Shard | Videos | Duration |', '|---|---|---|');
        for (const e of matrix.include)
            lines.push(`| ${e.shard} | ${e.items.join(', ')} | ${e.duration_s} s |`);
    }
    if (notRun.length)
        lines.push('', `Not run: ${notRun.map((n) => `\`${n.name}\` (${n.reason})`).join(', ')}`);
    return `${lines.join('\n')}\n`;
}
/** Plan the shards and set the `matrix` output. */
async function planMode(inputs, ctx, env) {
    const prepared = await (0,_prepare_js__WEBPACK_IMPORTED_MODULE_4__/* .prepare */ .i)(inputs, ctx, _actions_core__WEBPACK_IMPORTED_MODULE_0__.info, env);
    if (!prepared.ok)
        return (0,_prepare_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .failPrepared */ .m)(prepared, inputs, ctx, env);
    const canProbe = (0,_ffmpeg_setup_js__WEBPACK_IMPORTED_MODULE_2__/* .findFfprobe */ .CA)(env);
    if (!canProbe)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info('plan: ffprobe is not available, so durations are estimated from file sizes');
    const matrix = (0,_matrix_js__WEBPACK_IMPORTED_MODULE_5__/* .planShards */ .t)(await (0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .videoDurations */ .r)(prepared.items, canProbe), inputs.shards);
    for (const e of matrix.include)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`shard ${e.shard}: ${e.items.join(', ')} (${e.duration_s} s)`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('matrix', JSON.stringify(matrix));
    if (process.env.GITHUB_STEP_SUMMARY)
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(planMarkdown(matrix, prepared.notRun)).write();
}


/***/ })

};
