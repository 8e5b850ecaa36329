export const id = 130;
export const ids = [130];
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

/***/ 11130:
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
;// CONCATENATED MODULE: ./src/backends/registry.ts
// The one registry of backends (lazy-loaded) and the `auto` rule: nemo when a token is set, else local.
const LOADERS = {
    local: async () => (await Promise.all(/* import() */[__webpack_require__.e(131), __webpack_require__.e(426), __webpack_require__.e(583), __webpack_require__.e(979), __webpack_require__.e(77)]).then(__webpack_require__.bind(__webpack_require__, 51077))).createLocalBackend(),
    nemo: async () => (await Promise.all(/* import() */[__webpack_require__.e(131), __webpack_require__.e(426), __webpack_require__.e(604), __webpack_require__.e(979), __webpack_require__.e(646)]).then(__webpack_require__.bind(__webpack_require__, 91646))).createNemoBackend(),
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

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

// EXTERNAL MODULE: ./src/media/probe.ts + 1 modules
var media_probe = __webpack_require__(196);
;// CONCATENATED MODULE: ./src/runner/deliver.ts
// Write, verify, then rename: no half-written file ever sits where a finished one belongs.



/** Temporary name beside the final file (same folder, so the rename is atomic). */
function partialPath(final) {
    const slash = final.lastIndexOf('/');
    return `${final.slice(0, slash + 1)}.${final.slice(slash + 1)}.partial`;
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
    const limit = pLimit(Math.max(1, options.concurrency ?? (0,external_node_os_.availableParallelism)()));
    const backendNames = new Set();
    const results = await Promise.all(items.map((item) => limit(async () => {
        const backend = resolveBackendName(options.backend ?? item.backend, options.env);
        backendNames.add(backend);
        const result = await runOne(item, backend, outOf(item), config.file, state, options);
        options.onItemDone?.(result);
        return result;
    })));
    await writeState(stateFile, state);
    const report = { version: 1, backend: [...backendNames].join(',') || resolveBackendName(options.backend ?? 'auto', options.env), items: results };
    const reportFile = (0,external_node_path_.join)(reportDir, 'report.json');
    await writeReport(reportFile, report);
    return { report, reportFile };
}
async function runOne(item, backendName, outDir, configFile, state, options) {
    const configDir = (0,external_node_path_.dirname)(configFile);
    const rel = (p) => posix((0,external_node_path_.relative)(configDir, p));
    const finalMp4 = (0,external_node_path_.join)(outDir, `${item.name}.mp4`);
    const finalCaptions = Object.fromEntries(item.captions.sidecar.map((f) => [f, (0,external_node_path_.join)(outDir, `${item.name}.${f}`)]));
    const progress = (event) => options.onProgress?.(item.name, event);
    const temps = [];
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
        const backend = await loadBackend(backendName);
        const result = await backend.process(item, { output, captions, workDir, cacheDir, signal: options.signal, onProgress: progress });
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
            timings_s: { tts: 0, plan: 0, render: 0, total: 0 },
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
// EXTERNAL MODULE: ./src/github/prepare.ts + 21 modules
var prepare = __webpack_require__(48341);
// EXTERNAL MODULE: ./src/github/publish.ts
var publish = __webpack_require__(77184);
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
/** Uploads into `target` (none when `enabled` is false); report paths are relative to `configDir`. */
function videoUploads(target, naming, configDir, enabled) {
    const pending = new Map();
    return {
        start(item) {
            if (!enabled || !item.output)
                return;
            const files = [item.output, ...item.captions].map((f) => external_node_path_default().resolve(configDir, f));
            const name = (0,artifact_names/* videoArtifactName */.dc)(naming.prefix, item.name, naming.shard, naming.attempt);
            pending.set(item.name, (0,artifacts/* uploadFiles */.Zn)(target, name, files, external_node_path_default().dirname(files[0])).then((done) => (core.info(`artifact ${done.name}: ${done.url}`), done), (error) => (core.warning(`artifact ${name} was not uploaded: ${message(error)}`), undefined)));
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
    const prepared = await (0,prepare/* prepare */.i)({ ...inputs, changedOnly: handedItems ? false : inputs.changedOnly }, ctx, core.info);
    core.debug(`voiceover: ${since('config loaded')}`);
    if (!prepared.ok)
        return (0,prepare_failure/* failPrepared */.m)(prepared, inputs, ctx);
    const { config } = prepared;
    const { items, notRun } = inputs.shard ? await shardSelection(prepared.items, prepared.notRun, inputs.shard, handedItems, env) : prepared;
    const backendOf = (name) => resolveBackendName(inputs.backend ?? config.items.find((i) => i.name === name)?.backend ?? 'auto', env);
    core.info(`voiceover: ${items.length} of ${config.items.length} videos to run${shard ? ` (shard ${shard})` : ''}: ${items.map((i) => `${i.name} (${backendOf(i.name)})`).join(', ') || 'none'}`);
    const ffmpeg = items.length > 0 ? await (0,ffmpeg_setup/* setupFfmpeg */.DY)(env, core.info, located).catch((error) => void core.warning(`ffmpeg: ${mode_run_message(error)}`)) : undefined;
    const target = { serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo, runId: ctx.runId, retentionDays: inputs.retentionDays };
    const canUpload = (0,artifacts/* artifactsAvailable */.Rj)(env);
    if (!canUpload)
        core.info('artifacts: ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set, so nothing is uploaded');
    const configDir = external_node_path_default().dirname(config.file);
    const uploads = videoUploads(target, { prefix: inputs.artifactPrefix, shard, attempt: ctx.runAttempt }, configDir, canUpload);
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
    const willFail = inputs.failOn === 'error' && report.items.some((i) => i.status === 'failed');
    const annotations = [...(0,github_annotations/* configAnnotations */.fy)(prepared.diagnostics, ctx.workspace), ...(0,github_annotations/* failureAnnotations */.rb)(report.items, configDir, ctx.workspace)];
    const { shown, folded } = (0,github_annotations/* foldAnnotations */.AH)(annotations, { reserveError: willFail });
    (0,emit_annotations/* emitAnnotations */.K)(shown);
    const results = {
        version: 1,
        shard,
        report,
        videos,
        notRun,
        config: prepared.configRel,
        notes: prepared.notes,
        problems: folded.map(github_annotations/* annotationText */.xr),
        ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
    };
    if (canUpload) {
        const name = (0,artifact_names/* resultsArtifactName */.aK)(inputs.artifactPrefix, shard, ctx.runAttempt);
        await (0,artifacts/* uploadResults */.g4)(target, name, results).catch((error) => core.warning(`the results artifact was not uploaded: ${mode_run_message(error)}`));
    }
    // A shard writes its own summary but leaves the comment to the report job.
    await (0,publish/* publish */.mk)(results, shard ? { ...inputs, comment: 'never' } : inputs, ctx, ctx.pullRequest ? { number: ctx.pullRequest.number } : undefined);
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
