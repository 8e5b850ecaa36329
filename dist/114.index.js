export const id = 114;
export const ids = [114];
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

/***/ 14114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createNemoBackend: () => (/* binding */ createNemoBackend)
});

// EXTERNAL MODULE: ./src/backends/nemo/constants.ts
var constants = __webpack_require__(11150);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/backends/nemo/retry-policy.ts
// How often and how long the client waits before repeating a call (delays are settings so tests stay fast).

/** The defaults: four tries 1 s, 2 s, 4 s apart; 30 s after an unexplained 429. */
const DEFAULT_RETRY = {
    attempts: 4,
    baseDelayMs: 1000,
    maxDelayMs: 15_000,
    rateLimitDefaultMs: 30_000,
    maxRetryAfterMs: 10 * 60_000,
};
/** The delay before retry number `retry` (1-based). */
function backoffMs(policy, retry, random = Math.random) {
    const base = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
    return Math.round(base * (0.8 + 0.4 * random()));
}
/** Wait `ms`, ending early with the signal's AbortError. */
async function sleep(ms, signal) {
    if (ms <= 0) {
        signal?.throwIfAborted();
        return;
    }
    await (0,promises_.setTimeout)(ms, undefined, { signal });
}

;// CONCATENATED MODULE: ./src/backends/nemo/service-failure.ts
// A failed call to the service, as the client sees it before it becomes a person-facing error.
/** A failed call to the service; mapped to a registry error at the item level (nemo-errors.ts). */
class ServiceFailure extends Error {
    kind;
    info;
    constructor(kind, info) {
        super(`${kind}: ${info.code ?? 'network'} ${info.message}`, info.cause === undefined ? undefined : { cause: info.cause });
        this.name = 'ServiceFailure';
        this.kind = kind;
        this.info = info;
    }
    /** The service's code or HTTP status. */
    get code() {
        return this.info.code;
    }
    /** Worth repeating for an idempotent call: a network error or a 5xx answer. */
    get transient() {
        if (this.info.network)
            return true;
        const status = this.info.status ?? 0;
        const code = this.info.code ?? status;
        return status >= 500 && (code === status || (code >= 500 && code < 600));
    }
}

;// CONCATENATED MODULE: ./src/backends/nemo/call-policy.ts
// The error table's retry rules around one call: 429 waits Retry-After (else 30 s) and retries once;
// 1001 on an anonymous token renews it once and retries; 5xx and network errors repeat only
// idempotent calls, with backoff; a missing client id (400 on the token call) is retried once.


/** Run `attempt` (given the token to use) under the retry rules; the last failure is thrown as is. */
async function withPolicy(call, ctx, attempt) {
    const { retry, signal } = ctx;
    let failures = 0;
    let rateLimited = false;
    let renewed = false;
    let badRequest = false;
    let refused;
    for (;;) {
        let token;
        try {
            if (refused !== undefined) {
                // Renewing inside the loop: a 429 or 5xx on the token call gets the same rules.
                const old = refused;
                refused = undefined;
                await ctx.tokens.renew(old, signal);
            }
            token = call.auth ? await ctx.tokens.current(signal) : undefined;
            return await attempt(token);
        }
        catch (error) {
            if (!(error instanceof ServiceFailure))
                throw error;
            // A failure of the token fetch itself is always safe to repeat.
            const idempotent = call.idempotent || error.kind === 'token';
            if (error.code === 429 && !rateLimited) {
                rateLimited = true;
                const wait = error.info.retryAfterS === undefined ? retry.rateLimitDefaultMs : Math.ceil(error.info.retryAfterS * 1000);
                if (wait > retry.maxRetryAfterMs)
                    throw error;
                ctx.onEvent?.({ type: 'retry', call: call.kind, reason: 'rate-limited', delay_ms: wait });
                await sleep(wait, signal);
            }
            else if (error.code === 1001 && error.kind !== 'token' && token !== undefined && ctx.tokens.renewable && !renewed) {
                renewed = true;
                ctx.onEvent?.({ type: 'reauth', call: call.kind });
                refused = token;
            }
            else if (error.code === 400 && error.kind === 'token' && !badRequest) {
                badRequest = true;
                ctx.onEvent?.({ type: 'retry', call: 'token', reason: 'bad-request', delay_ms: 0 });
            }
            else if (error.transient && idempotent && ++failures < retry.attempts) {
                const wait = backoffMs(retry, failures);
                ctx.onEvent?.({ type: 'retry', call: error.kind, reason: error.info.network ? 'network' : 'server-error', delay_ms: wait });
                await sleep(wait, signal);
            }
            else {
                throw error;
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/backends/nemo/api.ts
// The JSON calls of the protocol (§2, §3 URL form, §5, §6, §7) under the retry policy.



const asRecord = (value) => (typeof value === 'object' && value !== null ? value : {});
const str = (value) => (typeof value === 'string' && value ? value : typeof value === 'number' ? String(value) : undefined);
/** The service's calls for one run; every one carries the attribution headers and the policy. */
class NemoApi {
    transport;
    policy;
    constructor(transport, policy) {
        this.transport = transport;
        this.policy = policy;
    }
    /** A call with a JSON answer: its decoded `data` (and the whole body, for top-level fields). */
    async json(call, signal) {
        const ctx = { ...this.policy, signal };
        return withPolicy({ kind: call.kind, idempotent: call.idempotent, auth: true }, ctx, async (token) => {
            const body = call.form ? call.form() : call.json === undefined ? undefined : JSON.stringify(call.json);
            const response = await this.transport.send(call.kind, { method: call.method, url: call.path, token, body, signal });
            const { data, body: whole } = await this.transport.readJson(call.kind, response, signal);
            return { data, body: whole };
        });
    }
    /** A call whose body the caller reads (downloads): `check` rejects bad answers inside the policy, so they are retried like any other. */
    async open(call, check, signal) {
        const ctx = { ...this.policy, signal };
        return withPolicy({ kind: call.kind, idempotent: call.idempotent, auth: true }, ctx, async (token) => {
            const response = await this.transport.send(call.kind, { ...call, token, signal });
            await check(response);
            return response;
        });
    }
    /** Credit balance (§6). */
    async balance(signal) {
        const { data } = await this.json({ kind: 'credits', method: 'GET', path: '/api/credits/balance/simple', idempotent: true }, signal);
        const record = asRecord(data);
        const num = (v) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : undefined);
        return { available: num(record.available) ?? 0, frozen: num(record.frozen), total: num(record.total) };
    }
    /** Open a session (§2); not repeated after a 5xx (not a read: the protocol allows retries for reads and uploads only). */
    async createSession(taskName, language, signal) {
        const { data } = await this.json({ kind: 'session', method: 'POST', path: `/api/tasks/me/with-session/${constants/* APP_NAME */.C3}`, json: { task_name: taskName, language }, idempotent: false }, signal);
        const record = asRecord(data);
        const task_id = str(record.task_id);
        const session_id = str(record.session_id);
        if (!task_id || !session_id)
            throw new ServiceFailure('session', { message: 'the session answer has no task_id or session_id', body: data });
        const user_id = str(record.user_id);
        return { task_id, session_id, ...(user_id ? { user_id } : {}) };
    }
    /** The session's latest state (§5): `data.state`. */
    async state(sessionId, signal) {
        const path = `/api/state/${constants/* APP_NAME */.C3}/me/${encodeURIComponent(sessionId)}/latest`;
        const { data } = await this.json({ kind: 'state', method: 'GET', path, idempotent: true }, signal);
        return asRecord(asRecord(data).state);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/backends/nemo/client-id.ts
// The stable client id sent with the anonymous-token call (protocol §1): NEMO_CLIENT_ID, else one
// derived from the repository id inside a workflow run, else a UUID persisted in the config folder.




const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The RFC 4122 URL namespace: names below are URLs of this tool. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
/** A name-based (version 5, SHA-1) UUID: the same name always gives the same id. */
function uuidV5(name, namespace = URL_NAMESPACE) {
    const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
    const bytes = (0,external_node_crypto_.createHash)('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** Whether a string is a UUID. */
function isUuid(value) {
    return UUID.test(value);
}
/** The folder holding this tool's per-user files: VOICEOVER_CONFIG_DIR, else $XDG_CONFIG_HOME/voiceover, else ~/.config/voiceover. */
function userConfigDir(env) {
    if (env.VOICEOVER_CONFIG_DIR)
        return env.VOICEOVER_CONFIG_DIR;
    return (0,external_node_path_.join)(env.XDG_CONFIG_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.config'), 'voiceover');
}
/** Resolve the client id; only the last rule touches the disk (creating the file once). */
async function resolveClientId(env, configDir = userConfigDir(env)) {
    const given = env.NEMO_CLIENT_ID?.trim();
    // A client id that is not a UUID still names one stable client: map it to a UUID.
    if (given)
        return { id: isUuid(given) ? given.toLowerCase() : uuidV5(`voiceover:client:${given}`), source: 'env' };
    if (env.GITHUB_ACTIONS === 'true') {
        const repo = env.GITHUB_REPOSITORY_ID || env.GITHUB_REPOSITORY;
        if (repo)
            return { id: uuidV5(`https://github.com/voiceover/repository/${repo}`), source: 'repository' };
    }
    return { id: await persistedId(configDir), source: 'file' };
}
async function persistedId(dir) {
    const file = (0,external_node_path_.join)(dir, 'client-id');
    const text = await (0,external_node_fs_promises_.readFile)(file, 'utf8').catch(() => undefined);
    const existing = text === undefined ? undefined : asId(text);
    if (existing)
        return existing;
    await (0,external_node_fs_promises_.mkdir)(dir, { recursive: true });
    const id = (0,external_node_crypto_.randomUUID)();
    try {
        // A damaged file is replaced; a missing one is created only if nobody else just did.
        await (0,external_node_fs_promises_.writeFile)(file, `${id}\n`, { flag: text === undefined ? 'wx' : 'w', mode: 0o600 });
        return id;
    }
    catch (error) {
        // Another process wrote it first: use theirs, so both stay one client.
        if (error.code !== 'EEXIST')
            throw error;
        return asId(await (0,external_node_fs_promises_.readFile)(file, 'utf8')) ?? id;
    }
}
function asId(text) {
    const id = text.trim();
    return isUuid(id) ? id.toLowerCase() : undefined;
}

;// CONCATENATED MODULE: ./src/backends/nemo/credit-account.ts
// Credits of one account, shared by the items of this process (protocol §6): the balance check and
// a reservation happen under one lock, so concurrent items never start more messages than the
// balance pays for; each drop of the balance seen under the lock is charged to the reservations
// whose messages went out, oldest first, so an item reports its own cost, not its neighbours'.
/** Per-account reservations and attribution, serialised by a promise chain. */
class CreditAccount {
    chain = Promise.resolve();
    open = [];
    last;
    sends = 0;
    /** Record that a reservation's message went out (or, `false`, was refused before it ran). */
    markSent(reservation, sent) {
        reservation.sent = sent;
        if (sent)
            reservation.sentOrder = ++this.sends;
    }
    locked(work) {
        const run = this.chain.then(work, work);
        this.chain = run.catch(() => undefined);
        return run;
    }
    /** Take in a fresh balance: the drop since the last reading goes to the sent reservations, oldest first. */
    observe(available) {
        if (this.last !== undefined && available < this.last) {
            let drop = this.last - available;
            const sent = this.open.filter((r) => r.sent).sort((a, b) => (a.sentOrder ?? 0) - (b.sentOrder ?? 0));
            for (const r of sent) {
                const take = Math.min(drop, Math.max(0, r.amount - r.charged));
                r.charged += take;
                drop -= take;
            }
            // A message that cost more than reserved: the rest goes to the oldest one still open.
            if (drop > 0 && sent[0])
                sent[0].charged += drop;
        }
        this.last = available;
    }
    /** Credits held by reservations whose charge has not been seen yet. */
    get outstanding() {
        return this.open.reduce((sum, r) => sum + Math.max(0, r.amount - r.charged), 0);
    }
    /** Read the balance and, when what is not held by other items covers `amount`, hold it. */
    reserve(read, amount) {
        return this.locked(async () => {
            const { available } = await read();
            this.observe(available);
            const free = available - this.outstanding;
            if (free < amount)
                return { ok: false, available, free: Math.max(0, free) };
            const reservation = { amount, sent: false, charged: 0 };
            this.open.push(reservation);
            return { ok: true, reservation, available };
        });
    }
    /**
     * Hold `amount` more for the same item, whose message is sent again in a new session after the
     * service lost the first (1002): what the first message was charged so far stays attributed to it,
     * its uncharged rest is no longer held (that session is gone), and the new hold needs free credits.
     */
    renew(reservation, read, amount) {
        return this.locked(async () => {
            const { available } = await read();
            this.observe(available);
            const own = Math.max(0, reservation.amount - reservation.charged);
            const free = Math.max(0, available - (this.outstanding - own));
            if (free < amount)
                return { ok: false, available, free };
            // Still sent: the lost message's charge may land late, and is this item's.
            reservation.amount = reservation.charged + amount;
            return { ok: true, available, free };
        });
    }
    /**
     * End an item's hold: read the balance once more (best effort: undefined when it fails), attribute
     * the drop, and drop the reservation. Without a reservation (a resumed item) it is just a reading;
     * without `read` (a message never sent) the hold is just let go.
     */
    settle(reservation, read) {
        return this.locked(async () => {
            let available;
            try {
                if (read)
                    available = (await read()).available;
                if (available !== undefined)
                    this.observe(available);
            }
            catch {
                available = undefined;
            }
            if (reservation) {
                const at = this.open.indexOf(reservation);
                if (at >= 0)
                    this.open.splice(at, 1);
            }
            return { ...(available !== undefined ? { available } : {}), spent: reservation?.charged ?? 0 };
        });
    }
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./src/backends/nemo/package-version.ts
// The tool's own version, sent as X-Skill-Version and in task links.

/**
 * The version in package.json (src/backends/nemo and lib/backends/nemo are both three levels down);
 * inside the action's bundle there is no package.json beside the code, so the action passes it
 * in VOICEOVER_VERSION.
 */
const PACKAGE_VERSION = process.env['VOICEOVER_VERSION'] || (0,external_node_module_.createRequire)(import.meta.url)('../../../package.json').version;

;// CONCATENATED MODULE: ./src/backends/nemo/settings.ts
// Where the client connects and how it introduces itself: base URLs, token, platform, attribution headers.


const trimSlash = (url) => url.replace(/\/+$/, '');
/** Resolve the settings: options, else NEMO_API_URL / NEMO_WEB_URL / NEMO_TOKEN / SKILL_SOURCE, else defaults. */
function resolveConnection(env, options = {}) {
    const token = (options.token ?? env.NEMO_TOKEN)?.trim();
    const platform = options.platform ?? (env.SKILL_SOURCE?.trim() || (env.GITHUB_ACTIONS === 'true' ? 'github-actions' : 'cli'));
    return {
        apiUrl: trimSlash(options.apiUrl ?? (env.NEMO_API_URL?.trim() || constants/* DEFAULT_API_URL */.rK)),
        webUrl: trimSlash(options.webUrl ?? (env.NEMO_WEB_URL?.trim() || constants/* DEFAULT_WEB_URL */.Ne)),
        ...(token ? { token } : {}),
        platform,
        version: PACKAGE_VERSION,
    };
}
/** The attribution headers every request carries (protocol: "Headers on every request"). */
function attributionHeaders(connection) {
    return { 'x-skill-source': constants/* SKILL_NAME */.eQ, 'x-skill-version': connection.version, 'x-skill-platform': connection.platform };
}
/** The task page for people (protocol §2). */
function taskLink(connection, taskId, sessionId) {
    const query = new URLSearchParams({ task: taskId, session: sessionId, skill_name: constants/* SKILL_NAME */.eQ, skill_version: connection.version, skill_source: connection.platform });
    return `${connection.webUrl}/workspace/claim?${query.toString()}`;
}

;// CONCATENATED MODULE: ./src/backends/nemo/token-source.ts
// The bearer token: NEMO_TOKEN as given (registered), else an anonymous one fetched with the stable
// client id (protocol §1). Only an anonymous token is ever renewed, once per refusal, shared by all items.

/** Holds the current token; fetches and renews anonymous ones. */
class TokenSource {
    transport;
    clientId;
    kind;
    /** Every token this source has handed out (to keep them out of messages). */
    seen = new Set();
    token;
    constructor(transport, given, clientId) {
        this.transport = transport;
        this.clientId = clientId;
        this.kind = given ? 'registered' : 'anonymous';
        if (given)
            this.token = Promise.resolve({ token: given });
    }
    /** The token to send now (fetching an anonymous one the first time). */
    async current(signal) {
        this.token ??= this.fetchAnonymous(signal);
        const pending = this.token;
        try {
            const { token } = await pending;
            this.seen.add(token);
            return token;
        }
        catch (error) {
            if (this.token === pending)
                this.token = undefined;
            throw error;
        }
    }
    /** The account's user id when the token answer named one. */
    async userId() {
        return this.token ? (await this.token.catch(() => undefined))?.user_id : undefined;
    }
    /** Whether a refused token can be replaced (anonymous tokens only). */
    get renewable() {
        return this.kind === 'anonymous';
    }
    /** Replace a refused anonymous token (the same client id); items refused with the same token share one renewal. */
    async renew(refused, signal) {
        if (!this.renewable)
            return;
        const now = await this.token?.catch(() => undefined);
        if (now && now.token !== refused)
            return;
        this.token = this.fetchAnonymous(signal);
        await this.current(signal);
    }
    async fetchAnonymous(signal) {
        const headers = { 'x-client-id': await this.clientId() };
        const response = await this.transport.send('token', { method: 'POST', url: '/api/auth/anonymous-token', headers, signal });
        const { data } = await this.transport.readJson('token', response, signal);
        const record = (data ?? {});
        if (typeof record.token !== 'string' || !record.token) {
            throw new ServiceFailure('token', { status: response.statusCode, message: 'the anonymous-token answer has no data.token', body: data });
        }
        return { token: record.token, ...(typeof record.user_id === 'string' ? { user_id: record.user_id } : {}) };
    }
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
// EXTERNAL MODULE: ./src/core/retry-after.ts
var retry_after = __webpack_require__(4282);
;// CONCATENATED MODULE: ./src/backends/nemo/envelope.ts
// The three answer envelopes of the protocol: {code, data}, {success, data}, and a bare HTTP status.
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function parseBody(text) {
    const trimmed = text.trim();
    if (!trimmed)
        return undefined;
    try {
        return JSON.parse(trimmed);
    }
    catch {
        return text;
    }
}
/** The first string among an answer's usual message fields. */
function messageOf(body) {
    if (typeof body === 'string')
        return body.trim().slice(0, 300) || undefined;
    if (!isObject(body))
        return undefined;
    for (const key of ['message', 'msg', 'error_message', 'errorMessage', 'detail', 'error']) {
        const value = body[key];
        if (typeof value === 'string' && value.trim())
            return value.trim();
        if (isObject(value)) {
            const inner = messageOf(value);
            if (inner)
                return inner;
        }
    }
    return undefined;
}
function numericCode(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value.trim()))
        return Number(value);
    return undefined;
}
/** The codes of the protocol's error table (§ Errors). */
const TABLE_CODES = new Set([1001, 1002, 2001, 4001, 4002, 400, 402, 403, 429]);
/** HTTP statuses that are table entries by themselves: a body code outside the table does not override them. */
const TABLE_STATUSES = new Set([400, 402, 403, 429]);
/**
 * Decode an answer. Any of a non-zero `code`, `success: false` or an HTTP error status makes it an
 * error (the protocol treats each as authoritative). The body's code wins over the status, except
 * that a 400/402/403/429 status stays what it says when the body's code is not in the error table
 * (HTTP 429 with a body code 42900 is still "rate limited").
 */
function readEnvelope(status, text) {
    const body = parseBody(text);
    const code = isObject(body) ? numericCode(body.code) : undefined;
    const failed = (c) => ({ ok: false, code: c, message: messageOf(body) ?? `HTTP ${status}`, body });
    if (TABLE_STATUSES.has(status) && (code === undefined || !TABLE_CODES.has(code)))
        return failed(status);
    if (code !== undefined && code !== 0)
        return failed(code);
    if (isObject(body) && body.success === false)
        return failed(status >= 400 ? status : numericCode(body.error_code) ?? 500);
    if (status >= 400)
        return failed(status);
    const data = isObject(body) && 'data' in body ? body.data : body;
    return { ok: true, data, body };
}

;// CONCATENATED MODULE: ./src/backends/nemo/transport.ts
// One undici Agent (keep-alive, connect/header/body timeouts) and the request every call goes through:
// attribution headers always, the token only to the API's own origin, network errors typed.




/** Defaults: 15 s to connect, 2 min for headers (an upload of 500 MB sends first), 2 min between chunks. */
const DEFAULT_TIMEOUTS = { connectMs: 15_000, headersMs: 120_000, bodyMs: 120_000 };
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
/** Sends requests to one API with the attribution headers. */
class Transport {
    apiUrl;
    attribution;
    timeouts;
    agent;
    origin;
    constructor(apiUrl, attribution, timeouts = DEFAULT_TIMEOUTS) {
        this.apiUrl = apiUrl;
        this.attribution = attribution;
        this.timeouts = timeouts;
        this.origin = new URL(apiUrl).origin;
        this.agent = new undici.Agent({ keepAliveTimeout: 10_000, connect: { timeout: timeouts.connectMs }, headersTimeout: timeouts.headersMs, bodyTimeout: timeouts.bodyMs });
    }
    /** The absolute URL of a path under the API URL, its path prefix kept (`https://h/prefix` + `/api/x` → `https://h/prefix/api/x`); an absolute URL stays as it is. */
    resolve(url) {
        if (/^[a-z][a-z\d+.-]*:/i.test(url))
            return new URL(url).toString();
        return new URL(`${this.apiUrl.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`).toString();
    }
    /** Send one request; a missing answer becomes a network ServiceFailure (aborts pass through). */
    async send(kind, req) {
        const url = this.resolve(req.url);
        const headers = { ...this.attribution, ...req.headers };
        // A file URL on another host (a CDN) never sees the token.
        if (req.token && new URL(url).origin === this.origin)
            headers.authorization = `Bearer ${req.token}`;
        if (typeof req.body === 'string')
            headers['content-type'] ??= 'application/json';
        try {
            return await (0,undici.request)(url, {
                method: req.method,
                headers,
                body: req.body,
                signal: req.signal,
                dispatcher: this.agent,
                ...(req.stream ? { bodyTimeout: 0 } : {}),
            });
        }
        catch (error) {
            req.signal?.throwIfAborted();
            const code = error.code ?? error.cause?.code;
            const message = error instanceof Error ? error.message : String(error);
            throw new ServiceFailure(kind, { network: true, notSent: code !== undefined && NOT_SENT.has(code), message: `${message}${code ? ` (${code})` : ''}`, cause: error });
        }
    }
    /** Read a whole (small) answer and decode its envelope; failures throw, with Retry-After kept. */
    async readJson(kind, response, signal) {
        let text;
        try {
            text = await response.body.text();
        }
        catch (error) {
            signal?.throwIfAborted();
            throw new ServiceFailure(kind, { network: true, status: response.statusCode, message: `the answer was cut off: ${error.message}`, cause: error });
        }
        const envelope = readEnvelope(response.statusCode, text);
        if (envelope.ok)
            return envelope;
        throw new ServiceFailure(kind, {
            code: envelope.code,
            status: response.statusCode,
            message: envelope.message,
            body: envelope.body,
            retryAfterS: (0,retry_after/* parseRetryAfter */.m)(response.headers['retry-after']),
        });
    }
}
/** Discard an answer's body so its connection can be reused. */
async function drain(response) {
    await response.body.dump().catch(() => undefined);
}

;// CONCATENATED MODULE: ./src/backends/nemo/client.ts
// Everything one connection needs, shared by the items of a run: transport, token, API, client id.







/** Build a client; the client id is resolved (and persisted) only when an anonymous token is needed. */
function createClient(connection, options) {
    const transport = new Transport(connection.apiUrl, attributionHeaders(connection), { ...DEFAULT_TIMEOUTS, ...options.timeouts });
    let id;
    const clientId = () => {
        id ??= options.clientId ? Promise.resolve(options.clientId) : resolveClientId(options.env, options.configDir).then((c) => c.id);
        return id;
    };
    const tokens = new TokenSource(transport, connection.token, clientId);
    const retry = { ...DEFAULT_RETRY, ...options.retry };
    const api = new NemoApi(transport, { tokens, retry, ...(options.onEvent ? { onEvent: options.onEvent } : {}) });
    return { connection, api, tokens, retry, credits: new CreditAccount() };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/media/mp4-boxes.ts
// The top-level boxes of an MP4 (ISO/IEC 14496-12 §4.2: size, type; size 1 = 64-bit size follows,
// size 0 = to the end of the file), read from their headers only: whether the file is whole (the
// boxes tile it exactly), whether it has its index (moov), and whether that index comes before the
// media data (`+faststart`, so a player can start before the whole file is there).

/** Why a file's top-level boxes show it is not a complete MP4, or undefined when they are whole and hold a moov. */
function layoutProblem(layout) {
    const cut = layout.truncated;
    if (cut)
        return `the file is cut short: its ${cut.box} box at byte ${cut.offset} claims ${cut.claims} bytes but only ${cut.has} are there (${layout.fileSize} bytes in all)`;
    if (layout.moov === 'missing')
        return `the file has no moov box (the index every MP4 needs to play): not a complete MP4 (top-level boxes: ${layout.boxes.map((b) => b.type).join(', ') || 'none'})`;
    return undefined;
}
const printable = (type) => (/^[\x20-\x7e]{4}$/.test(type) ? type : JSON.stringify(type));
/** Read the top-level boxes of `file` (headers only: a few bytes per box, whatever the file's size). */
async function readMp4Layout(file) {
    const handle = await (0,external_node_fs_promises_.open)(file, 'r');
    try {
        const fileSize = (await handle.stat()).size;
        const boxes = [];
        const header = Buffer.alloc(16);
        let offset = 0;
        let truncated;
        while (offset < fileSize) {
            const { bytesRead } = await handle.read(header, 0, 16, offset);
            if (bytesRead < 8) {
                truncated = { box: 'header', offset, claims: 8, has: bytesRead };
                break;
            }
            const type = printable(header.toString('latin1', 4, 8));
            let size = header.readUInt32BE(0);
            let headerSize = 8;
            if (size === 1) {
                if (bytesRead < 16) {
                    truncated = { box: type, offset, claims: 16, has: bytesRead };
                    break;
                }
                size = Number(header.readBigUInt64BE(8));
                headerSize = 16;
            }
            else if (size === 0) {
                size = fileSize - offset;
            }
            if (size < headerSize) {
                // A size smaller than its own header: nothing after it can be found.
                truncated = { box: type, offset, claims: size, has: fileSize - offset };
                break;
            }
            boxes.push({ type, offset, size });
            if (offset + size > fileSize) {
                truncated = { box: type, offset, claims: size, has: fileSize - offset };
                break;
            }
            offset += size;
        }
        const moovAt = boxes.findIndex((b) => b.type === 'moov');
        const mdatAt = boxes.findIndex((b) => b.type === 'mdat');
        const moov = moovAt < 0 ? 'missing' : mdatAt >= 0 && mdatAt < moovAt ? 'end' : 'front';
        return { boxes, fileSize, moov, ...(truncated ? { truncated } : {}) };
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/media/probe.ts + 2 modules
var media_probe = __webpack_require__(47169);
;// CONCATENATED MODULE: ./src/backends/nemo/gui-phrases.ts
// The service writes for a person looking at its editor ("click Export", "open the panel",
// "drag …"); each sentence with such a phrase is replaced by what this tool does instead
// (protocol §4), before anyone sees it. Other sentences stay as written.
const ACTION = String.raw `(?:click|clicking|press|pressing|tap|tapping|hit|select|choose|点击|点|按)`;
const RULES = [
    // "Click Export", "press the Download button", "点击导出"
    { pattern: new RegExp(String.raw `${ACTION}\s*(?:on\s+)?(?:the\s+)?["'“”「]?(?:export|download|render|导出|下载)`, 'i'), sentence: 'The voiceover tool exports and downloads the video itself.' },
    // "click Publish / Save / Share"
    { pattern: new RegExp(String.raw `${ACTION}\s*(?:on\s+)?(?:the\s+)?["'“”「]?(?:publish|save|share|保存|发布)`, 'i'), sentence: 'The voiceover tool saves the result in the output folder itself.' },
    // "drag the clip …", "drag and drop your file", "拖动"
    { pattern: /\bdrag(?:ging)?\b|拖动|拖拽/i, sentence: 'To change the timeline, edit the video or script in the config and run the voiceover tool again.' },
    // "open the panel", "go to the settings tab", "打开面板"
    { pattern: /\b(?:open|expand|go to|switch to|check)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:panel|sidebar|side bar|tab|menu|settings|inspector|editor|preview)\b|打开.{0,6}(?:面板|设置|菜单)/i, sentence: 'Details are on the task page linked in the report.' },
    // Any other click/tap/button instruction.
    { pattern: new RegExp(String.raw `\b(?:click|tap)\b|\bbutton\b|点击`, 'i'), sentence: 'The voiceover tool does this step itself; details are on the task page linked in the report.' },
];
/** Sentences of a text, each with its trailing space; a dot inside a word, number or URL ("4.5s", "x.mp4") ends none. */
function sentences(text) {
    return text.match(/(?:[^.!?。！？\n]|[.!?](?=[^\s.!?。！？]))+(?:[.!?。！？]+|\n+|$)\s*/g) ?? [text];
}
/** Replace GUI phrasing in a service text with this tool's own words; other text stays as is. */
function mapGuiPhrases(text) {
    // Nothing to replace: the text stays exactly as written (line breaks, numbers, URLs).
    if (!hasGuiPhrase(text))
        return text;
    const out = [];
    for (const sentence of sentences(text)) {
        const rule = RULES.find((r) => r.pattern.test(sentence));
        const replaced = rule ? rule.sentence : sentence.trim();
        if (replaced && out.at(-1) !== replaced)
            out.push(replaced);
    }
    return out.join(' ').trim();
}
/** Whether a text still reads like GUI instructions (for tests and logs). */
function hasGuiPhrase(text) {
    return RULES.some((rule) => rule.pattern.test(text));
}

;// CONCATENATED MODULE: ./src/backends/nemo/download.ts
// Download the exported MP4 and verify it is intact: every byte the Content-Length promised arrived,
// its top-level boxes tile the file and hold a moov, it probes (a video and an audio stream), it
// decodes at its start and its end, and it lasts as long as the timeline when the state says. Its
// format (pixel format, profile, moov position) is not checked here: a paid export is delivered as
// it came, with warnings for players that may refuse it (export-compat.ts). One more download (from
// the fallback endpoint when it differs) on failure.









/** The fallback download endpoint of a render (protocol §7). */
const fallbackDownloadPath = (renderId) => `/api/render/proxy/${encodeURIComponent(renderId)}/download`;
async function fetchTo(api, url, dest, signal) {
    const response = await api.open({ kind: 'download', method: 'GET', url, idempotent: true }, async (answer) => {
        // An error status always throws here (with the service's code), inside the retry policy.
        if (answer.statusCode >= 400)
            await api.transport.readJson('download', answer, signal);
    }, signal);
    const length = Number(response.headers['content-length']);
    let bytes = 0;
    const count = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            bytes += chunk.length;
            done(null, chunk);
        },
    });
    try {
        await (0,external_node_stream_promises_.pipeline)(response.body, count, (0,external_node_fs_.createWriteStream)(dest), { signal });
    }
    catch (error) {
        signal?.throwIfAborted();
        throw new ServiceFailure('download', { network: true, message: `the download stopped after ${bytes} bytes: ${error.message}`, cause: error });
    }
    return { bytes, ...(Number.isFinite(length) && length >= 0 ? { expected: length } : {}) };
}
/** Why a probed export is not a voiceover video (a video and an audio stream, the timeline's length), or undefined when it is. */
function outputProblem(probe, expectedS) {
    if (!probe.video)
        return 'the file has no video stream';
    if (!probe.audio)
        return 'the file has no audio stream';
    if (expectedS !== undefined) {
        const frame = probe.video.fps > 0 ? 1 / probe.video.fps : 0.05;
        if (Math.abs(probe.duration - expectedS) > 0.1 + 2 * frame)
            return `the file lasts ${probe.duration.toFixed(3)}s, but the timeline lasts ${expectedS.toFixed(3)}s`;
    }
    return undefined;
}
async function verify(dest, got, expectedS, signal) {
    if (got.expected !== undefined && got.bytes !== got.expected)
        throw new Error(`the download is incomplete: ${got.bytes} of the ${got.expected} bytes its Content-Length promised arrived`);
    const layout = await readMp4Layout(dest);
    const broken = layoutProblem(layout);
    if (broken)
        throw new Error(broken);
    const probe = await (0,media_probe/* probeMedia */.PE)(dest, { signal });
    const problem = outputProblem(probe, expectedS);
    if (problem)
        throw new Error(problem);
    await (0,media_probe/* verifyDecodable */.z8)(dest, probe, { signal });
    return { probe, layout };
}
/** Download to `dest` and verify; a failed try is repeated once, from the fallback endpoint when the first URL was another. */
async function downloadVerified(api, job, dest, ctx) {
    const fallback = api.transport.resolve(fallbackDownloadPath(job.id));
    const first = job.url ? api.transport.resolve(job.url) : fallback;
    const problems = [];
    for (const [i, url] of [first, first === fallback ? first : fallback].entries()) {
        try {
            const got = await fetchTo(api, url, dest, ctx.signal);
            const { probe, layout } = await verify(dest, got, ctx.expectedS, ctx.signal);
            ctx.onEvent?.({ type: 'download', url, attempt: i + 1, ok: true });
            return { url, bytes: got.bytes, probe, layout };
        }
        catch (error) {
            ctx.signal?.throwIfAborted();
            // Refusals (402, 403, 1001 after renewal…) are not download problems: report them as such.
            if (error instanceof ServiceFailure && !error.transient && !error.info.network && error.code !== 404)
                throw error;
            // The service's words (an error answer) reach a person: no GUI phrasing.
            const detail = mapGuiPhrases(error instanceof Error ? error.message : String(error));
            problems.push(detail);
            ctx.onEvent?.({ type: 'download', url, attempt: i + 1, ok: false, detail });
            await (0,external_node_fs_promises_.rm)(dest, { force: true });
        }
    }
    throw new core_errors/* VoiceoverError */.pF('NEMO_DOWNLOAD_FAILED', { detail: problems.join('; then: '), link: ctx.taskLink });
}

;// CONCATENATED MODULE: ./src/backends/nemo/draft-read.ts
// Reading the session state (protocol §5): is the draft exportable, is the work settled, and which
// narration lines it carries (voice segments, as src/backends/local/draft.ts lays them out).
const draft_read_isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
/** Statuses that mean the service is still working (protocol §5). */
const BUSY = new Set(['processing', 'pending', 'running', 'generating']);
/** The draft of a state (`state.draft`), when it is an object. */
function draftOf(state) {
    return draft_read_isObject(state.draft) ? state.draft : undefined;
}
/** The draft's tracks (`t`), objects only. */
function tracksOf(draft) {
    return Array.isArray(draft?.t) ? draft.t.filter(draft_read_isObject) : [];
}
/** The segments of a track (`sg`), objects only. */
function segmentsOf(track) {
    return Array.isArray(track.sg) ? track.sg.filter(draft_read_isObject) : [];
}
/** Exportable: the draft has a track with a non-empty `sg`. */
function isExportable(state) {
    return tracksOf(draftOf(state)).some((track) => segmentsOf(track).length > 0);
}
/** Nothing says work is going on: `processing` is not true and `status`, if any, is not a busy one. */
function isIdle(state) {
    if (state.processing === true)
        return false;
    return !(typeof state.status === 'string' && BUSY.has(state.status.toLowerCase()));
}
/** Settled: exportable and idle. */
function isSettled(state) {
    return isExportable(state) && isIdle(state);
}
const round3 = (x) => Math.round(x * 1000) / 1000;
/** Narration lines of the draft: audio-track (tt 1) segments of kind 'voice', by index; [] when none. */
function draftLines(state) {
    const voices = tracksOf(draftOf(state))
        .filter((track) => track.tt === 1)
        .flatMap(segmentsOf)
        .filter((sg) => sg.kind === 'voice' && num(sg.s) !== undefined && num(sg.d) !== undefined);
    return voices
        .map((sg, i) => {
        const s = num(sg.s) / 1000;
        const cue = num(sg.cue_s);
        return {
            index: num(sg.index) ?? i,
            text: typeof sg.text === 'string' ? sg.text : '',
            cue_s: round3(cue ?? s),
            start_s: round3(s),
            end_s: round3(s + num(sg.d) / 1000),
            stretch: num(sg.stretch) ?? 1,
            overflow_ms: num(sg.overflow_ms) ?? 0,
            ...wordsOf(sg.w),
        };
    })
        .sort((a, b) => a.index - b.index);
}
/** A voice segment's word times (`w`: `{t, s, e, est?}`, timeline ms) as report words, when every entry is well formed. */
function wordsOf(value) {
    if (!Array.isArray(value) || value.length === 0)
        return {};
    const words = value.map((w) => draft_read_isObject(w) && typeof w.t === 'string' && num(w.s) !== undefined && num(w.e) !== undefined
        ? { text: w.t, start_s: round3(num(w.s) / 1000), end_s: round3(num(w.e) / 1000), ...(w.est === true ? { estimated: true } : {}) }
        : undefined);
    return words.every((w) => w !== undefined) ? { words: words } : {};
}
/** Caption lines of the draft's text track (tt 7, kind 'caption'): for sidecars when no voice lines are given. */
function draftCaptions(state) {
    return tracksOf(draftOf(state))
        .filter((track) => track.tt === 7)
        .flatMap(segmentsOf)
        .filter((sg) => sg.kind === 'caption' && typeof sg.text === 'string' && num(sg.s) !== undefined && num(sg.d) !== undefined)
        .map((sg) => ({ text: sg.text, start_s: num(sg.s) / 1000, end_s: (num(sg.s) + num(sg.d)) / 1000 }));
}

// EXTERNAL MODULE: ./src/media/qa.ts + 2 modules
var media_qa = __webpack_require__(21632);
// EXTERNAL MODULE: ./src/render/captions.ts
var captions = __webpack_require__(2249);
;// CONCATENATED MODULE: ./src/backends/nemo/item-result.ts
// The ItemResult parts that come from the delivered file and the draft: lines, caption sidecars, loudness and QA.




const round2 = (x) => Math.round(x * 100) / 100;
/** Write the caption sidecars the runner asked for, from the voice lines (else the draft's caption track), laid out like the local backend's. */
async function writeCaptions(ctx, lines, state, logger, options) {
    const wanted = Object.entries(ctx.captions).filter((entry) => Boolean(entry[1]));
    if (wanted.length === 0)
        return [];
    const cues = lines.length > 0 ? lines.map((l) => ({ text: l.text, start_s: l.start_s, end_s: l.end_s, ...(l.words ? { words: l.words } : {}) })) : draftCaptions(state);
    if (cues.length === 0)
        logger?.warn('nemo: the timeline carries no line times, so the caption files are empty');
    for (const [format, file] of wanted)
        await (0,external_node_fs_promises_.writeFile)(file, (0,captions/* captionText */.qh)(cues, format, options));
    return wanted.map(([, file]) => file);
}
/** Loudness and QA of the delivered file, as the report shows them, from one decode; onsets where the timeline gave line times. */
async function deliveredQa(file, lines, signal) {
    const { loudness, qa } = await (0,media_qa/* measureDelivered */.to)(file, lines, { signal });
    return { loudness: { integrated_lufs: round2(loudness.integrated_lufs), true_peak_dbtp: round2(loudness.true_peak_dbtp) }, qa };
}

;// CONCATENATED MODULE: ./src/backends/nemo/message-guard.ts
// "Never send the same message again, in the same session or a new one" (protocol §4), made
// structural: every /run_sse POST of an item must claim this guard first, and a claim succeeds
// only while no earlier POST of the item could have been accepted, or once after the service lost
// the session it went to (1002: the protocol's one exception).

/** One item's message: unsent until a POST is attempted; back to unsent only on a definite refusal. */
class MessageGuard {
    onChange;
    state = 'unsent';
    redone = false;
    /** `onChange` hears every change (the credit reservation follows it: a charge may land from the POST on). */
    constructor(onChange) {
        this.onChange = onChange;
    }
    /** Call right before the POST; throws if the message may already have been accepted. */
    claim() {
        if (this.state === 'sent') {
            throw new core_errors/* VoiceoverError */.pF('INTERNAL', { detail: 'refusing to send the same message twice: it may already have run (and been charged)' });
        }
        this.state = 'sent';
        this.onChange?.(true);
    }
    /** The service refused the POST before running it (an error answer, or an error event before any reply): it may be sent again. */
    refused() {
        this.state = 'unsent';
        this.onChange?.(false);
    }
    /**
     * The service lost the session the message went to (1002), and its work with it: the protocol's one
     * exception, a new session redoes the item, so the message may be claimed once more. Only once.
     */
    sessionLost() {
        if (this.redone)
            throw new core_errors/* VoiceoverError */.pF('INTERNAL', { detail: 'refusing to redo a lost session twice: the message was already sent (and charged) again once' });
        this.redone = true;
        this.state = 'unsent';
    }
    /** Whether a lost session was already redone (`sessionLost`). */
    get wasRedone() {
        return this.redone;
    }
    /** Whether a POST was made that the service may have accepted. */
    get sent() {
        return this.state === 'sent';
    }
}

// EXTERNAL MODULE: ./src/media/args.ts
var args = __webpack_require__(82139);
// EXTERNAL MODULE: ./src/media/run.ts + 1 modules
var run = __webpack_require__(84072);
;// CONCATENATED MODULE: ./src/backends/nemo/export-compat.ts
// A paid export is delivered byte for byte, whatever its format (issue 7 item 2). What some players
// make of it becomes warnings naming those players and the fix; on request (nemo.compatible_copy) a
// copy most players accept is written beside it: the video re-encoded only when its format needs it,
// else the streams copied, always with the index first (+faststart).


/** The video stream's profile (a small ffprobe read); undefined when ffprobe gives none. */
async function videoProfile(file, signal) {
    const { stdout } = await (0,run/* runFfmpeg */.L)(['-select_streams', 'v:0', '-show_entries', 'stream=profile', '-of', 'json', (0,args/* fileUrl */.iw)(file)], { program: 'ffprobe', signal });
    const profile = JSON.parse(stdout).streams?.[0]?.profile;
    return typeof profile === 'string' && profile !== '' && profile !== 'unknown' ? profile : undefined;
}
/** The format facts of a verified export. */
async function exportFormat(file, probe, layout, signal) {
    const profile = probe.video?.codec === 'h264' ? await videoProfile(file, signal) : undefined;
    return { videoCodec: probe.video?.codec ?? 'none', pixFmt: probe.video?.pixFmt ?? 'unknown', ...(profile ? { profile } : {}), audioCodec: probe.audio?.codec ?? 'none', moov: layout.moov };
}
/** H.264 profiles beyond High (4:4:4, 4:2:2, 10-bit) that Safari, iOS, Firefox on Windows/Android and hardware decoders do not decode. */
const FIDELITY_PROFILE = /4:4:4|4:2:2|High 10|Intra/i;
/** Why the video stream must be re-encoded for most players, or undefined when H.264 yuv420p in a profile up to High plays everywhere. */
function videoNeedsEncode(format) {
    if (format.videoCodec !== 'h264')
        return `the video is ${format.videoCodec}, not H.264`;
    if (format.pixFmt !== 'yuv420p')
        return `the video is H.264${format.profile ? ` ${format.profile}` : ''} in ${format.pixFmt}, not yuv420p`;
    if (format.profile && FIDELITY_PROFILE.test(format.profile))
        return `the video is H.264 ${format.profile}, a profile beyond High`;
    return undefined;
}
const describeVideo = (f) => (f.videoCodec === 'h264' ? `H.264${f.profile ? ` ${f.profile}` : ''} (${f.pixFmt})` : `${f.videoCodec} (${f.pixFmt})`);
/** Which players refuse a video, in words, by what is wrong with it. */
function refusedBy(f) {
    if (f.videoCodec === 'h264')
        return 'Safari and QuickTime, iPhones and iPads, Firefox (on Windows and Android) and most hardware decoders (phones, TVs, set-top boxes) refuse to play it; Chrome, Edge and VLC play it';
    return 'many browsers and players refuse it (H.264 yuv420p with AAC audio is what every player takes)';
}
/**
 * The warnings a delivered export gets: players that refuse its format, and an index after the media
 * data. `name` is the video's name in the config; `copied`: a compatible copy was written.
 */
function playerWarnings(name, f, copied) {
    const warnings = [];
    const copyNote = `a copy that plays everywhere was written beside it: ${name}.compat.mp4 (${name}.mp4 stays the export as it came)`;
    const encode = videoNeedsEncode(f);
    const audio = f.audioCodec !== 'aac' ? `its audio is ${f.audioCodec}, not AAC` : undefined;
    if (encode || audio) {
        const what = [encode ? `${name}.mp4 is ${describeVideo(f)}` : `${name}.mp4's video is ${describeVideo(f)}`, audio].filter(Boolean).join(', and ');
        const convert = `ffmpeg -i ${name}.mp4 ${encode ? '-c:v libx264 -pix_fmt yuv420p -profile:v high -crf 18 -preset veryfast' : '-c:v copy'} ${audio ? '-c:a aac -b:a 192k' : '-c:a copy'} -movflags +faststart ${name}.compat.mp4`;
        warnings.push({
            code: 'EXPORT_PLAYER_COMPAT',
            message: `${what}, as NemoVideo exported it (delivered unchanged): ${encode ? refusedBy(f) : 'players without that audio codec play it silent or refuse it'}`,
            hint: copied ? copyNote : `set nemo: { compatible_copy: true } on this video to also get ${name}.compat.mp4 (H.264 yuv420p, AAC, +faststart), or convert it yourself: ${convert}`,
        });
    }
    if (f.moov === 'end') {
        warnings.push({
            code: 'EXPORT_NO_FASTSTART',
            message: `${name}.mp4 has its index (the moov box) after the media data (no +faststart), as NemoVideo exported it: browsers and streaming players must download the whole file before they can start playing it`,
            hint: copied ? copyNote : `set nemo: { compatible_copy: true } on this video to also get ${name}.compat.mp4 with the index first, or remux it yourself (no re-encode): ffmpeg -i ${name}.mp4 -c copy -movflags +faststart ${name}.compat.mp4`,
        });
    }
    return warnings;
}
/** Whether any player warning applies (then a compatible copy is worth writing). */
const needsCompatibleCopy = (f) => videoNeedsEncode(f) !== undefined || f.audioCodec !== 'aac' || f.moov === 'end';
/** ffmpeg arguments of the compatible copy: only what needs it is re-encoded, the index goes first. Pure. */
function compatibleCopyArgs(source, dest, f) {
    const video = videoNeedsEncode(f) ? ['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-profile:v', 'high', '-preset', 'veryfast', '-crf', '18'] : ['-c:v', 'copy'];
    const audio = f.audioCodec === 'aac' ? ['-c:a', 'copy'] : ['-c:a', 'aac', '-b:a', '192k'];
    return ['-y', '-i', (0,args/* fileUrl */.iw)(source), '-map', '0:v:0', '-map', '0:a:0', ...video, ...audio, '-movflags', '+faststart', '-f', 'mp4', dest];
}
/** Write the compatible copy of `source` at `dest`; says whether the video was re-encoded and why. */
async function writeCompatibleCopy(source, dest, f, signal) {
    await (0,run/* runFfmpeg */.L)(compatibleCopyArgs(source, dest, f), { signal });
    const encode = videoNeedsEncode(f);
    const audio = f.audioCodec !== 'aac' ? 'the audio re-encoded to AAC' : 'the audio copied';
    return encode ? { reencoded: true, reason: `${encode}: the video re-encoded to H.264 yuv420p, ${audio}, +faststart` } : { reencoded: false, reason: `the streams copied (${audio.replace('the audio ', 'audio ')}), the index moved first (+faststart)` };
}

// EXTERNAL MODULE: ./src/core/secrets.ts
var core_secrets = __webpack_require__(58198);
;// CONCATENATED MODULE: ./src/backends/nemo/nemo-errors.ts
// The protocol's error table (§ Errors) turned into registry errors with hints a person can act
// on; `backendCode` keeps the service's own number. Service texts lose GUI phrasing and secrets.





const SCOPE_OF_CALL = {
    token: 'write',
    session: 'write',
    message: 'write',
    upload: 'upload',
    state: 'read',
    credits: 'read',
    'render-status': 'read',
    export: 'render',
    cancel: 'render',
    download: 'render',
};
/** The scope a 403 names (in the body or the message), else the one the call needs. */
function scopeOf(failure) {
    const body = failure.info.body;
    for (const key of ['scope', 'required_scope', 'missing_scope']) {
        const value = body && typeof body === 'object' ? body[key] : undefined;
        if (typeof value === 'string' && value)
            return value;
    }
    const named = /\b(read|write|upload|render)\b/i.exec(failure.info.message);
    return named?.[1]?.toLowerCase() ?? SCOPE_OF_CALL[failure.kind];
}
/** The credits hint: anonymous accounts get the registration link with their user id, registered ones "top up". */
function creditsHint(ctx) {
    const web = ctx.webUrl.replace(/\/+$/, '');
    if (ctx.tokenKind === 'anonymous') {
        const bind = `${web}/?bind=${encodeURIComponent(ctx.userId ?? '')}`;
        return `register this anonymous account at ${bind} to get more credits, then run again (set NEMO_TOKEN to the registered token, or keep the same client id)`;
    }
    return `top up credits at ${web} and run again`;
}
/**
 * The "not enough credits" error raised before spending anything; `held`: credits other videos of this
 * run hold for their messages; `redo`: the credits were wanted for redoing a lost session's message.
 */
function lowBalanceError(available, ctx, held = 0, redo = false) {
    const of = held > 0 ? `, of which ${held} ${held === 1 ? 'is' : 'are'} held for other videos running now,` : '';
    const why = redo ? 'the service lost the session (1002) after it accepted the message, and redoing the video in a new session sends it again: ' : '';
    const detail = `${why}the balance is ${available}${of} and a voiceover edit costs about ${constants/* CREDITS_PER_MESSAGE */.D7}`;
    return new core_errors/* VoiceoverError */.pF('NEMO_NO_CREDITS', { detail }, { hint: creditsHint(ctx) });
}
const positive = (value) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined);
/** The size limit in words: the one a 4002 answer states (`limit_mb`, else `limit_bytes`, top level or under `data`), else the hosted service's documented 500 MB. */
function sizeLimitOf(body) {
    const record = (value) => (typeof value === 'object' && value !== null ? value : {});
    for (const where of [record(body), record(record(body).data)]) {
        const mb = positive(where.limit_mb) ?? (positive(where.limit_bytes) !== undefined ? positive(where.limit_bytes) / 1024 / 1024 : undefined);
        if (mb !== undefined)
            return `${Math.round(mb * 100) / 100} MB (as the service answered)`;
    }
    return `${constants/* HOSTED_UPLOAD_LIMIT_MB */.Cg} MB (the hosted service's documented limit)`;
}
const CREDENTIAL_PARAM = /^(?:x-amz-.*|x-goog-.*|token|access_token|auth|key|api_key|apikey|sig|signature|se|sp|sv|st|password|secret|credential|code)$/i;
/** A URL safe to show: no user or password, and credential-like query values (tokens, signatures) as `***`. */
function redactUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return raw.replace(/\/\/[^/@\s]*@/, '//***@');
    }
    if (url.username || url.password) {
        url.username = '***';
        url.password = '';
    }
    for (const name of [...url.searchParams.keys()])
        if (CREDENTIAL_PARAM.test(name))
            url.searchParams.set(name, '***');
    return url.toString().replace(/%2A%2A%2A/g, '***');
}
/** A URL upload the service could not fetch: HTTP 400 with a `reason`, or its "could not fetch the URL …" message. */
function urlFetchError(failure, ctx, clean, options) {
    if (failure.kind !== 'upload' || failure.code !== 400)
        return undefined;
    const body = (typeof failure.info.body === 'object' && failure.info.body !== null ? failure.info.body : {});
    const message = failure.info.message || messageOf(body) || '';
    const fetchSays = /could not fetch the URL/i.test(message);
    if (typeof body.reason !== 'string' && !fetchSays)
        return undefined;
    const raw = typeof body.url === 'string' && body.url ? body.url : (failure.info.subject ?? ctx.video);
    // The reason in words: the message after "could not fetch the URL <url>: ", else the whole message.
    const why = /could not fetch the URL \S+?:\s+(.*)$/is.exec(message)?.[1] ?? message;
    const redactAll = (text) => text.replace(/\bhttps?:\/\/[^\s"'<>]+/gi, (u) => redactUrl(u));
    const reason = typeof body.reason === 'string' ? ` (${body.reason})` : '';
    return new core_errors/* VoiceoverError */.pF('NEMO_URL_FETCH', { url: redactUrl(raw), detail: `${clean(redactAll(why)) || 'no details'}${reason}` }, options);
}
/**
 * NEMO_SESSION_LOST for a session lost after its message was accepted: the hint says why the message
 * was not sent again here (a second loss after the one redo, or `on_session_lost: fail`) and what a run does next.
 */
function sessionLostError(detail, ctx, options = {}) {
    const link = ctx.taskLink ?? `${ctx.webUrl} (no task was opened)`;
    const hint = ctx.redone
        ? `the service lost the session again after the one redo, so the message is not sent a third time (it was sent, and may be charged, twice: see the credits in the report); check the task page ${link}; running again first tries this session, and only if the service no longer has it starts over (charged once more)`
        : ctx.onSessionLost === 'fail'
            ? `nemo.on_session_lost is fail, so the message was not sent again (not charged twice); check the task page ${link}; set nemo: { on_session_lost: redo } (the default) to redo the video once in a new session automatically (the message is charged again), or run with --force to send it again`
            : undefined;
    return new core_errors/* VoiceoverError */.pF('NEMO_SESSION_LOST', { link, detail }, { ...options, ...(hint ? { hint } : {}) });
}
/** A registry error for a failed call, per the protocol's error table. */
function toNemoError(failure, ctx) {
    const clean = (text) => mapGuiPhrases((0,core_secrets/* redactSecrets */.fp)(text, ctx.secrets));
    const detail = clean(failure.info.message || messageOf(failure.info.body) || 'no details');
    const code = failure.code;
    const options = { cause: failure, ...(code !== undefined ? { backendCode: code } : {}) };
    const call = failure.kind;
    const link = ctx.taskLink ?? `${ctx.webUrl} (no task was opened)`;
    const file = failure.info.subject ?? ctx.video;
    const fetchFailed = urlFetchError(failure, ctx, clean, options);
    if (fetchFailed)
        return fetchFailed;
    switch (code) {
        case 1001:
            return new core_errors/* VoiceoverError */.pF('NEMO_AUTH', { call, detail }, {
                ...options,
                ...(ctx.tokenKind === 'anonymous' ? { hint: 'a fresh anonymous token for the same client id was refused too; wait a while and run again, or set NEMO_TOKEN to a registered token' } : {}),
            });
        case 1002:
            if (!ctx.messageSent)
                return new core_errors/* VoiceoverError */.pF('NEMO_SESSION_LOST', { link, detail: `${detail}, twice, before the message was sent` }, { ...options, hint: 'nothing was charged; the service lost a new session as well, so run again later' });
            return sessionLostError(ctx.redone ? `${detail}, after the service had accepted the message, in the new session that redid the video after the first session was lost as well` : `${detail}, after the service had accepted the message`, ctx, options);
        case 2001:
            return new core_errors/* VoiceoverError */.pF('NEMO_NO_CREDITS', { detail }, { ...options, hint: creditsHint(ctx) });
        case 4001:
            return new core_errors/* VoiceoverError */.pF('NEMO_UNSUPPORTED_FILE', { file, detail, accepted: constants/* ACCEPTED_TYPES */.KB }, options);
        case 4002:
            return new core_errors/* VoiceoverError */.pF('NEMO_FILE_TOO_LARGE', { file, detail, limit: sizeLimitOf(failure.info.body) }, options);
        case 402:
            return new core_errors/* VoiceoverError */.pF('NEMO_PLAN_BLOCKED', { detail, web: ctx.webUrl }, options);
        case 403:
            return new core_errors/* VoiceoverError */.pF('NEMO_SCOPE', { scope: scopeOf(failure), call, detail }, options);
        case 429:
            return new core_errors/* VoiceoverError */.pF('NEMO_RATE_LIMITED', { call, detail }, options);
        default:
            return new core_errors/* VoiceoverError */.pF('NEMO_SERVICE', { call, detail: code === undefined ? detail : `${detail} (code ${code})`, api: ctx.apiUrl }, options);
    }
}

;// CONCATENATED MODULE: ./src/backends/nemo/render-job.ts
// Export (protocol §7): start a render with a unique id, poll it to completed or failed, and retry a
// failed render once with a new id. The status sits at the top level or under `data`; the file URL
// at `output.url` or `data.outputUrl`.





const render_job_isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const render_job_str = (value) => (typeof value === 'string' && value ? value : undefined);
/** Read status, URL, progress and error of a render answer body, wherever the two shapes put them. */
function readRenderJob(body) {
    const top = render_job_isObject(body) ? body : {};
    const data = render_job_isObject(top.data) ? top.data : {};
    const output = render_job_isObject(top.output) ? top.output : render_job_isObject(data.output) ? data.output : {};
    const status = render_job_str(top.status) ?? render_job_str(data.status);
    const url = render_job_str(output.url) ?? render_job_str(data.outputUrl) ?? render_job_str(top.outputUrl) ?? render_job_str(data.url);
    const progress = typeof top.progress === 'number' ? top.progress : typeof data.progress === 'number' ? data.progress : undefined;
    const error = render_job_str(top.error) ?? render_job_str(data.error) ?? (render_job_isObject(data.error) ? render_job_str(data.error.message) : undefined);
    const id = render_job_str(data.id) ?? render_job_str(top.id);
    return { ...(id ? { id } : {}), ...(status ? { status: status.toLowerCase() } : {}), ...(url ? { url } : {}), ...(progress !== undefined ? { progress } : {}), ...(error ? { error } : {}) };
}
/** A fresh render id: `render_<random>`. */
function newRenderId() {
    return `render_${(0,external_node_crypto_.randomBytes)(9).toString('hex')}`;
}
/** Cancel a render, best effort (a failed cancel changes nothing for the person). */
async function cancelRender(api, id) {
    await api.json({ kind: 'cancel', method: 'POST', path: `/api/render/proxy/lambda/${encodeURIComponent(id)}/cancel`, idempotent: true }).catch(() => undefined);
}
const COMPLETED = new Set(['completed', 'succeeded', 'done']);
const FAILED = new Set(['failed', 'error', 'canceled', 'cancelled']);
/** What a job's answer settles: done (with the file URL), failed (with why), or undefined while it runs. */
function terminal(id, job) {
    if (job.status && COMPLETED.has(job.status))
        return { ok: true, id, ...(job.url ? { url: job.url } : {}) };
    if (job.status && FAILED.has(job.status))
        return { ok: false, id, detail: job.error ?? `render ${job.status}` };
    return undefined;
}
async function renderOnce(api, requested, req) {
    const json = { id: requested, sessionId: req.sessionId, draft: req.draft, output: { format: 'mp4', quality: req.quality } };
    // Export is not repeated with the same id: a 5xx or a dropped answer here fails this attempt.
    const { body } = await api.json({ kind: 'export', method: 'POST', path: '/api/render/proxy/lambda', json, idempotent: false }, req.signal);
    // The service may name the job itself (poll that id), and may answer with a finished job at once.
    const started = readRenderJob(body);
    const id = started.id ?? requested;
    if (started.status)
        req.onEvent?.({ type: 'render-status', render_id: id, status: started.status, ...(started.progress !== undefined ? { progress: started.progress } : {}) });
    const now = terminal(id, started);
    if (now)
        return now;
    try {
        return await pollRender(api, id, req);
    }
    catch (error) {
        // Canceled runs leave no render behind (best effort, without the aborted signal).
        if (req.signal?.aborted)
            await cancelRender(api, id);
        throw error;
    }
}
async function pollRender(api, id, req) {
    for (let n = 1; n <= req.poll.limit; n++) {
        await sleep(req.poll.intervalMs, req.signal);
        const { body } = await api.json({ kind: 'render-status', method: 'GET', path: `/api/render/proxy/lambda/${encodeURIComponent(id)}`, idempotent: true }, req.signal);
        const job = readRenderJob(body);
        req.onEvent?.({ type: 'render-status', render_id: id, status: job.status ?? 'unknown', ...(job.progress !== undefined ? { progress: job.progress } : {}) });
        const done = terminal(id, job);
        if (done)
            return done;
    }
    await cancelRender(api, id);
    throw new core_errors/* VoiceoverError */.pF('NEMO_TIMEOUT', { detail: `the export ${id} did not finish after ${req.poll.limit} status reads ${req.poll.intervalMs / 1000}s apart`, link: req.taskLink });
}
/** Export the draft and wait for the file: a failed render (or a failed start) is retried once with a new id. */
async function exportDraft(api, req) {
    let lastDetail = '';
    for (let attempt = 1; attempt <= 2; attempt++) {
        const id = newRenderId();
        req.onEvent?.({ type: 'export', render_id: id, attempt });
        let result;
        try {
            result = await renderOnce(api, id, req);
        }
        catch (error) {
            // Only an unanswered or 5xx start earns the one retry; refusals (402, 403, 1001…) are final.
            if (!(error instanceof ServiceFailure) || !error.transient || error.kind !== 'export' || attempt === 2)
                throw error;
            await cancelRender(api, id);
            lastDetail = mapGuiPhrases(error.message);
            continue;
        }
        if (result.ok)
            return { id: result.id, ...(result.url ? { url: result.url } : {}) };
        // The service's words about the failure reach a person: no GUI phrasing.
        lastDetail = mapGuiPhrases(result.detail);
    }
    throw new core_errors/* VoiceoverError */.pF('NEMO_RENDER_FAILED', { detail: lastDetail, link: req.taskLink });
}

// EXTERNAL MODULE: ./src/script/parse.ts + 8 modules
var parse = __webpack_require__(40049);
;// CONCATENATED MODULE: ./src/backends/nemo/message-text.ts
// The one message of an item: the instruction, the hint lines (Language, Voice, Aspect ratio, Resolution,
// Quality, Loudness, Captions, Music), then `Script:` and the script between ``` fences, as `voiceover serve`
// reads them. Settings come first and the script is fenced, so a script line such as "Voice: clear and
// friendly" or "Title: …" can never be taken for a setting.

/** `[hh:mm:ss.mmm]` for a time in seconds. */
function timedPrefix(seconds) {
    const ms = Math.round(seconds * 1000);
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    const h = Math.floor(ms / 3_600_000);
    const m = Math.floor((ms % 3_600_000) / 60_000);
    const s = Math.floor((ms % 60_000) / 1000);
    return `[${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}]`;
}
/** The script as text lines: plain and timed text as written; SRT/VTT as timed lines (one text format for the service). */
function scriptForMessage(item) {
    if (item.script.format === 'text')
        return item.script.text.replace(/\r\n?/g, '\n').trim();
    const { script } = (0,parse/* parseScript */.t)(item.script.text, { format: item.script.format, file: item.script.rel, lineOffset: item.script.lineOffset, language: item.language, strict: true });
    return script.cues.map((cue) => `${timedPrefix(cue.cue_s ?? 0)} ${cue.voice ? `{voice=${cue.voice}} ` : ''}${cue.text.replace(/\s*\n\s*/g, ' ')}`).join('\n');
}
/** The hint lines of an item: language, voice and the output settings the service can honour. */
function hintLines(item, musicName) {
    // `auto` (the default) leaves the voice to the service.
    const hints = [`Language: ${item.language}`, ...(item.voice === 'auto' ? [] : [`Voice: ${item.voice}`])];
    if (item.output.aspect !== 'keep')
        hints.push(`Aspect ratio: ${item.output.aspect}`);
    hints.push(`Resolution: ${item.output.resolution}`, `Quality: ${item.output.quality}`, `Loudness: ${item.audio.loudness} LUFS`);
    if (item.captions.burn)
        hints.push('Captions: burn');
    if (musicName && item.music)
        hints.push(`Music: ${musicName} (${Math.round(item.music.volume * 100)}%)`);
    return hints;
}
/** A fence longer than any backtick-only line of the script (at least ```), so the script cannot close it early. */
function fenceFor(script) {
    let length = 3;
    for (const line of script.split('\n'))
        if (/^\s*`{3,}\s*$/.test(line))
            length = Math.max(length, line.trim().length + 1);
    return '`'.repeat(length);
}
/** The message text for an item; `musicName` is the uploaded music file's name on the service. */
function buildMessage(item, musicName) {
    const script = scriptForMessage(item);
    const fence = fenceFor(script);
    return [item.instruction.trim(), ...hintLines(item, musicName), 'Script:', fence, script, fence].join('\n');
}

;// CONCATENATED MODULE: ./src/backends/nemo/sent-record.ts
// "Never send the same message again" across runs (protocol §4): once an item's message may have
// been accepted, its session is written to a small record in a folder that outlives failed runs; a
// later run with the same message and inputs resumes that session's timeline instead of sending.





/** The item's persistent folder: `stateDir`, else `<cacheDir>/../nemo/<item name>` (beside the runner's cache, kept across runs). */
function itemStateDir(ctx, name) {
    return ctx.stateDir ?? (0,external_node_path_.join)((0,external_node_path_.dirname)(ctx.cacheDir), 'nemo', name);
}
/** The record's file in an item's state folder. */
const sentRecordFile = (stateDir) => (0,external_node_path_.join)(stateDir, 'sent-message.json');
async function hashFile(file, signal) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { signal }))
        hash.update(chunk);
    return hash.digest('hex');
}
/** The hash a record is kept under: the message as it would be sent, the inputs' bytes, the output settings, the API. */
async function messageInputsHash(item, apiUrl, signal) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const music = item.music;
    hash.update(JSON.stringify({ apiUrl, name: item.name, message: buildMessage(item, music ? (0,external_node_path_.basename)(music.rel) : undefined), output: item.output, music: music?.volume }));
    hash.update(item.video.kind === 'url' ? item.video.url : await hashFile(item.video.path, signal));
    if (music)
        hash.update(await hashFile(music.file, signal));
    return hash.digest('hex');
}
const isRecord = (value) => {
    const r = value;
    return typeof r === 'object' && r !== null && r.version === 1 && typeof r.hash === 'string' && typeof r.session_id === 'string' && typeof r.task_id === 'string';
};
/** The record in `file`; undefined when there is none. An unreadable one is reported through `onBad` and ignored. */
async function readSentRecord(file, onBad) {
    let text;
    try {
        text = await (0,external_node_fs_promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    try {
        const parsed = JSON.parse(text);
        if (isRecord(parsed))
            return parsed;
        onBad?.(`${file} is not a sent-message record`);
    }
    catch (error) {
        onBad?.(`${file}: ${error.message}`);
    }
    return undefined;
}
/** Write the record atomically (temp file, then rename). */
async function writeSentRecord(file, record) {
    await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,external_node_fs_promises_.writeFile)(tmp, `${JSON.stringify(record, null, 2)}\n`);
    await (0,external_node_fs_promises_.rename)(tmp, file);
}
/** Forget the record (after delivery, or when the session is gone). */
async function deleteSentRecord(file) {
    await (0,external_node_fs_promises_.rm)(file, { force: true });
}

;// CONCATENATED MODULE: ./node_modules/eventsource-parser/dist/index.js
class ParseError extends Error {
  constructor(message, options) {
    super(message), this.name = "ParseError", this.type = options.type, this.field = options.field, this.value = options.value, this.line = options.line;
  }
}
const LF = 10, CR = 13, SPACE = 32;
function noop(_arg) {
}
function createParser(config) {
  if (typeof config == "function")
    throw new TypeError(
      "`config` must be an object, got a function instead. Did you mean `createParser({onEvent: fn})`?"
    );
  const { onEvent = noop, onError = noop, onRetry = noop, onComment, maxBufferSize } = config, pendingFragments = [];
  let pendingFragmentsLength = 0, isFirstChunk = !0, id, data = "", dataLines = 0, eventType, terminated = !1;
  function feed(chunk) {
    if (terminated)
      throw new Error(
        "Cannot feed parser: it was terminated after exceeding the configured max buffer size. Call `reset()` to resume parsing."
      );
    if (isFirstChunk && (isFirstChunk = !1, chunk.charCodeAt(0) === 239 && chunk.charCodeAt(1) === 187 && chunk.charCodeAt(2) === 191 && (chunk = chunk.slice(3))), pendingFragments.length === 0) {
      const trailing2 = processLines(chunk);
      trailing2 !== "" && (pendingFragments.push(trailing2), pendingFragmentsLength = trailing2.length), checkBufferSize();
      return;
    }
    if (chunk.indexOf(`
`) === -1 && chunk.indexOf("\r") === -1) {
      pendingFragments.push(chunk), pendingFragmentsLength += chunk.length, checkBufferSize();
      return;
    }
    pendingFragments.push(chunk);
    const input = pendingFragments.join("");
    pendingFragments.length = 0, pendingFragmentsLength = 0;
    const trailing = processLines(input);
    trailing !== "" && (pendingFragments.push(trailing), pendingFragmentsLength = trailing.length), checkBufferSize();
  }
  function checkBufferSize() {
    maxBufferSize !== void 0 && (pendingFragmentsLength + data.length <= maxBufferSize || (terminated = !0, pendingFragments.length = 0, pendingFragmentsLength = 0, id = void 0, data = "", dataLines = 0, eventType = void 0, onError(
      new ParseError(`Buffered data exceeded max buffer size of ${maxBufferSize} characters`, {
        type: "max-buffer-size-exceeded"
      })
    )));
  }
  function processLines(chunk) {
    let searchIndex = 0;
    if (chunk.indexOf("\r") === -1) {
      let lfIndex = chunk.indexOf(`
`, searchIndex);
      for (; lfIndex !== -1; ) {
        if (searchIndex === lfIndex) {
          dataLines > 0 && onEvent({ id, event: eventType, data }), id = void 0, data = "", dataLines = 0, eventType = void 0, searchIndex = lfIndex + 1, lfIndex = chunk.indexOf(`
`, searchIndex);
          continue;
        }
        const firstCharCode = chunk.charCodeAt(searchIndex);
        if (isDataPrefix(chunk, searchIndex, firstCharCode)) {
          const valueStart = chunk.charCodeAt(searchIndex + 5) === SPACE ? searchIndex + 6 : searchIndex + 5, value = chunk.slice(valueStart, lfIndex);
          if (dataLines === 0 && chunk.charCodeAt(lfIndex + 1) === LF) {
            onEvent({ id, event: eventType, data: value }), id = void 0, data = "", eventType = void 0, searchIndex = lfIndex + 2, lfIndex = chunk.indexOf(`
`, searchIndex);
            continue;
          }
          data = dataLines === 0 ? value : `${data}
${value}`, dataLines++;
        } else isEventPrefix(chunk, searchIndex, firstCharCode) ? eventType = chunk.slice(
          chunk.charCodeAt(searchIndex + 6) === SPACE ? searchIndex + 7 : searchIndex + 6,
          lfIndex
        ) || void 0 : parseLine(chunk, searchIndex, lfIndex);
        searchIndex = lfIndex + 1, lfIndex = chunk.indexOf(`
`, searchIndex);
      }
      return chunk.slice(searchIndex);
    }
    for (; searchIndex < chunk.length; ) {
      const crIndex = chunk.indexOf("\r", searchIndex), lfIndex = chunk.indexOf(`
`, searchIndex);
      let lineEnd = -1;
      if (crIndex !== -1 && lfIndex !== -1 ? lineEnd = crIndex < lfIndex ? crIndex : lfIndex : crIndex !== -1 ? crIndex === chunk.length - 1 ? lineEnd = -1 : lineEnd = crIndex : lfIndex !== -1 && (lineEnd = lfIndex), lineEnd === -1)
        break;
      parseLine(chunk, searchIndex, lineEnd), searchIndex = lineEnd + 1, chunk.charCodeAt(searchIndex - 1) === CR && chunk.charCodeAt(searchIndex) === LF && searchIndex++;
    }
    return chunk.slice(searchIndex);
  }
  function parseLine(chunk, start, end) {
    if (start === end) {
      dispatchEvent();
      return;
    }
    const firstCharCode = chunk.charCodeAt(start);
    if (isDataPrefix(chunk, start, firstCharCode)) {
      const valueStart = chunk.charCodeAt(start + 5) === SPACE ? start + 6 : start + 5, value2 = chunk.slice(valueStart, end);
      data = dataLines === 0 ? value2 : `${data}
${value2}`, dataLines++;
      return;
    }
    if (isEventPrefix(chunk, start, firstCharCode)) {
      eventType = chunk.slice(chunk.charCodeAt(start + 6) === SPACE ? start + 7 : start + 6, end) || void 0;
      return;
    }
    if (firstCharCode === 105 && chunk.charCodeAt(start + 1) === 100 && chunk.charCodeAt(start + 2) === 58) {
      const value2 = chunk.slice(chunk.charCodeAt(start + 3) === SPACE ? start + 4 : start + 3, end);
      value2.includes("\0") || (id = value2);
      return;
    }
    if (firstCharCode === 58) {
      if (onComment) {
        const line2 = chunk.slice(start, end);
        onComment(line2.slice(chunk.charCodeAt(start + 1) === SPACE ? 2 : 1));
      }
      return;
    }
    const line = chunk.slice(start, end), fieldSeparatorIndex = line.indexOf(":");
    if (fieldSeparatorIndex === -1) {
      processField(line, "", line);
      return;
    }
    const field = line.slice(0, fieldSeparatorIndex), offset = line.charCodeAt(fieldSeparatorIndex + 1) === SPACE ? 2 : 1, value = line.slice(fieldSeparatorIndex + offset);
    processField(field, value, line);
  }
  function processField(field, value, line) {
    switch (field) {
      case "event":
        eventType = value || void 0;
        break;
      case "data":
        data = dataLines === 0 ? value : `${data}
${value}`, dataLines++;
        break;
      case "id":
        value.includes("\0") || (id = value);
        break;
      case "retry":
        /^\d+$/.test(value) ? onRetry(parseInt(value, 10)) : onError(
          new ParseError(`Invalid \`retry\` value: "${value}"`, {
            type: "invalid-retry",
            value,
            line
          })
        );
        break;
      default:
        onError(
          new ParseError(
            `Unknown field "${field.length > 20 ? `${field.slice(0, 20)}\u2026` : field}"`,
            { type: "unknown-field", field, value, line }
          )
        );
        break;
    }
  }
  function dispatchEvent() {
    dataLines > 0 && onEvent({
      id,
      event: eventType,
      data
    }), id = void 0, data = "", dataLines = 0, eventType = void 0;
  }
  function reset(options = {}) {
    if (options.consume && pendingFragments.length > 0) {
      const incompleteLine = pendingFragments.join("");
      parseLine(incompleteLine, 0, incompleteLine.length);
    }
    isFirstChunk = !0, id = void 0, data = "", dataLines = 0, eventType = void 0, pendingFragments.length = 0, pendingFragmentsLength = 0, terminated = !1;
  }
  return { feed, reset };
}
function isDataPrefix(chunk, i, firstCharCode) {
  return firstCharCode === 100 && chunk.charCodeAt(i + 1) === 97 && chunk.charCodeAt(i + 2) === 116 && chunk.charCodeAt(i + 3) === 97 && chunk.charCodeAt(i + 4) === 58;
}
function isEventPrefix(chunk, i, firstCharCode) {
  return firstCharCode === 101 && chunk.charCodeAt(i + 1) === 118 && chunk.charCodeAt(i + 2) === 101 && chunk.charCodeAt(i + 3) === 110 && chunk.charCodeAt(i + 4) === 116 && chunk.charCodeAt(i + 5) === 58;
}

//# sourceMappingURL=index.js.map

;// CONCATENATED MODULE: ./src/backends/nemo/sse-events.ts
// The two event shapes of /run_sse (protocol §4) turned into one: typed events
// ({type: text|tool_call|tool_result|heartbeat}) and agent events ({content: {parts: [...]}}).
const sse_events_isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const sse_events_text = (value) => (typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value));
function codeOf(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value))
        return Number(value);
    return undefined;
}
function errorMessage(json) {
    for (const key of ['message', 'msg', 'errorMessage', 'error_message', 'error']) {
        if (typeof json[key] === 'string' && json[key])
            return json[key];
    }
    return 'the service reported an error';
}
function typedEvent(json, type) {
    switch (type) {
        case 'text':
            return { kind: 'text', text: sse_events_text(json.content ?? json.text), partial: json.partial === true };
        case 'tool_call':
            return { kind: 'tool_call', name: sse_events_text(json.name), args: json.args };
        case 'tool_result':
            return { kind: 'tool_result', name: sse_events_text(json.name), result: json.result };
        case 'heartbeat':
        case 'ping':
        case 'keepalive':
            return { kind: 'keepalive' };
        case 'error':
            return { kind: 'error', code: codeOf(json.code), message: errorMessage(json) };
        default:
            return { kind: 'other', detail: type };
    }
}
function agentParts(json, content) {
    const parts = Array.isArray(content.parts) ? content.parts : [];
    const partial = json.partial === true;
    const events = [];
    for (const part of parts) {
        if (!sse_events_isObject(part))
            continue;
        if (typeof part.text === 'string') {
            // Thoughts are the model's notes to itself, not a reply.
            if (part.thought !== true)
                events.push({ kind: 'text', text: part.text, partial });
        }
        else if (sse_events_isObject(part.functionCall)) {
            events.push({ kind: 'tool_call', name: sse_events_text(part.functionCall.name), args: part.functionCall.args });
        }
        else if (sse_events_isObject(part.functionResponse)) {
            events.push({ kind: 'tool_result', name: sse_events_text(part.functionResponse.name), result: part.functionResponse.response });
        }
    }
    return events.length > 0 ? events : [{ kind: 'other', detail: 'agent event without parts' }];
}
/**
 * The events one `data:` payload carries. Empty data is a keep-alive; a JSON object with a non-zero
 * `code` (or an agent event's `errorCode`) is an error; text that is not JSON is taken as text.
 */
function normaliseEvent(data) {
    if (data.trim() === '')
        return [{ kind: 'keepalive' }];
    let json;
    try {
        json = JSON.parse(data);
    }
    catch {
        return [{ kind: 'text', text: data, partial: false }];
    }
    if (!sse_events_isObject(json))
        return [{ kind: 'other', detail: typeof json }];
    const code = codeOf(json.code);
    if (code !== undefined && code !== 0)
        return [{ kind: 'error', code, message: errorMessage(json) }];
    const agentError = json.errorCode ?? json.error_code;
    if (agentError !== undefined && agentError !== null && agentError !== 0 && agentError !== '') {
        return [{ kind: 'error', code: codeOf(agentError), message: errorMessage(json) }];
    }
    if (typeof json.type === 'string')
        return [typedEvent(json, json.type)];
    if (sse_events_isObject(json.content))
        return agentParts(json, json.content);
    return [{ kind: 'other', detail: Object.keys(json).slice(0, 5).join(',') || 'empty object' }];
}
/** The reply text of a stream: final texts, or the partial chunks when no final text came. */
function replyText(events) {
    const texts = events.filter((e) => e.kind === 'text');
    const finals = texts.filter((e) => !e.partial);
    return (finals.length > 0 ? finals.map((e) => e.text).join('\n') : texts.map((e) => e.text).join('')).trim();
}

;// CONCATENATED MODULE: ./src/backends/nemo/sse-read.ts
// Read a /run_sse event stream to its end (the stream closing is the end: there is no end event),
// within a hard time limit and a limit on keep-alive-only stretches (protocol §4).


/** Consume the stream body; returns how it ended. Aborts of the caller's signal are thrown. */
async function readEventStream(body, limits, control) {
    const events = [];
    let error;
    let stopped;
    const stop = (why) => {
        if (stopped)
            return;
        stopped = why;
        control.stop.abort(new Error(`event stream: ${why}`));
    };
    const hard = setTimeout(() => stop('hard-timeout'), limits.hardMs);
    let quiet = setTimeout(() => stop('keepalive-timeout'), limits.keepaliveMs);
    const heard = () => {
        clearTimeout(quiet);
        quiet = setTimeout(() => stop('keepalive-timeout'), limits.keepaliveMs);
    };
    const take = (data) => {
        for (const event of normaliseEvent(data)) {
            if (event.kind === 'keepalive')
                continue;
            heard();
            events.push(event);
            control.onEvent?.(event);
            if (event.kind === 'error' && !error) {
                error = event;
                stop('closed');
            }
        }
    };
    // Comments (`: ping`) and empty data lines are keep-alives: they do not reset the quiet clock.
    const parser = createParser({ onEvent: (message) => take(message.data) });
    const decoder = new TextDecoder();
    try {
        for await (const chunk of body) {
            parser.feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
            if (stopped)
                break;
        }
        parser.feed(`${decoder.decode()}\n\n`);
        return { end: stopped ?? 'closed', events, ...(error ? { error } : {}) };
    }
    catch (caught) {
        control.signal?.throwIfAborted();
        if (stopped)
            return { end: stopped, events, ...(error ? { error } : {}) };
        return { end: 'dropped', events, ...(error ? { error } : {}), detail: caught instanceof Error ? caught.message : String(caught) };
    }
    finally {
        clearTimeout(hard);
        clearTimeout(quiet);
    }
}

;// CONCATENATED MODULE: ./src/backends/nemo/send-message.ts
// Send the item's one message (protocol §4) and read its answer: an event stream, or a plain JSON
// answer (a refusal, or an acceptance without a stream). Every POST claims the item's MessageGuard.





const isStream = (response) => String(response.headers['content-type'] ?? '').includes('text/event-stream');
const isReply = (event) => event.kind === 'text' || event.kind === 'tool_call' || event.kind === 'tool_result';
/**
 * POST the message and read the answer, under the call policy (no retry after 5xx or a network
 * error: the message may have run). A definite refusal (an error answer, or an error event before
 * any reply) releases the guard, so the policy may repeat it (429 once, 1001 after renewal) or a
 * new session may carry it; anything else leaves the message sent for good.
 */
async function sendMessage(api, guard, request, signal) {
    const body = JSON.stringify({ app_name: constants/* APP_NAME */.C3, user_id: 'me', session_id: request.sessionId, new_message: { role: 'user', parts: [{ text: request.text }] } });
    const refuse = (failure) => {
        guard.refused();
        throw failure;
    };
    return withPolicy({ kind: 'message', idempotent: false, auth: true }, { ...api.policy, signal }, async (token) => {
        const stop = new AbortController();
        const both = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
        guard.claim();
        let response;
        try {
            response = await api.transport.send('message', { method: 'POST', url: '/run_sse', token, body, headers: { accept: 'text/event-stream' }, signal: both, stream: true });
        }
        catch (error) {
            if (error instanceof ServiceFailure && error.info.notSent)
                refuse(error);
            // No answer to a POST that went out: it may have been accepted. Like a dropped stream, the state tells.
            if (error instanceof ServiceFailure && error.info.network)
                return { end: 'dropped', events: [], detail: error.info.message };
            throw error;
        }
        if (response.statusCode >= 400 || !isStream(response)) {
            try {
                await api.transport.readJson('message', response, signal);
            }
            catch (error) {
                if (error instanceof ServiceFailure && !error.transient)
                    refuse(error);
                throw error;
            }
            return { end: 'json', events: [] };
        }
        const outcome = await readEventStream(response.body, request.limits, { stop, signal });
        await drain(response);
        if (outcome.error && !outcome.events.some(isReply)) {
            refuse(new ServiceFailure('message', { code: outcome.error.code, message: outcome.error.message }));
        }
        if (outcome.error)
            return { end: 'dropped', events: outcome.events, error: { code: outcome.error.code, message: outcome.error.message } };
        return { end: outcome.end, events: outcome.events, ...(outcome.detail ? { detail: outcome.detail } : {}) };
    });
}

;// CONCATENATED MODULE: ./src/backends/nemo/upload.ts
// Upload (protocol §3): a file streamed from disk as multipart (field `files`), or a URL as JSON.







const uploadPath = (sessionId) => `/api/upload-video/${constants/* APP_NAME */.C3}/me/${encodeURIComponent(sessionId)}`;
function firstFile(data, fallbackName) {
    const files = data?.files;
    const first = Array.isArray(files) ? files[0] : undefined;
    if (!first)
        throw new ServiceFailure('upload', { message: 'the upload answer lists no files', body: data });
    const num = (v) => (typeof v === 'number' ? v : undefined);
    return {
        filename: typeof first.filename === 'string' && first.filename ? first.filename : fallbackName,
        ...(typeof first.file_type === 'string' ? { file_type: first.file_type } : {}),
        ...(typeof first.cdn_url === 'string' ? { cdn_url: first.cdn_url } : {}),
        ...(num(first.duration) !== undefined ? { duration: num(first.duration) } : {}),
        ...(num(first.width) !== undefined ? { width: num(first.width) } : {}),
        ...(num(first.height) !== undefined ? { height: num(first.height) } : {}),
    };
}
/** Upload one file; its bytes stream from disk (never held in memory). Files over the hosted service's documented 500 MB fail before sending. */
async function uploadFile(api, sessionId, file, signal) {
    const info = await (0,external_node_fs_promises_.stat)(file).catch(() => undefined);
    if (!info?.isFile())
        throw new core_errors/* VoiceoverError */.pF('INPUT_NOT_FOUND', { file });
    if (info.size > constants/* MAX_UPLOAD_BYTES */.hR) {
        const mb = Math.round((info.size / 1024 / 1024) * 10) / 10;
        throw new ServiceFailure('upload', { code: 4002, message: `${(0,external_node_path_.basename)(file)} is ${mb} MB, over the hosted NemoVideo service's documented ${constants/* HOSTED_UPLOAD_LIMIT_MB */.Cg} MB a file; checked before sending` });
    }
    const name = (0,external_node_path_.basename)(file);
    // A file-backed blob: the body reads it in chunks while sending, again on each retry.
    const blob = await (0,external_node_fs_.openAsBlob)(file);
    const form = () => {
        const data = new undici.FormData();
        data.append('files', blob, name);
        return data;
    };
    const { data } = await api.json({ kind: 'upload', method: 'POST', path: uploadPath(sessionId), form, idempotent: true }, signal);
    return firstFile(data, name);
}
/** Upload a video by URL (the service fetches it). */
async function uploadUrl(api, sessionId, url, signal) {
    const json = { urls: [url], source_type: 'url' };
    const { data } = await api.json({ kind: 'upload', method: 'POST', path: uploadPath(sessionId), json, idempotent: true }, signal);
    return firstFile(data, (0,external_node_path_.basename)(new URL(url).pathname) || 'video');
}

;// CONCATENATED MODULE: ./src/backends/nemo/wait-state.ts
// Poll the session state until it is settled (exportable, and nothing says work is going on):
// after silent completions, second stages, dropped or keep-alive-only streams (protocol §4, §5).
// "Settled" cannot tell what changed, so a settled timeline equal to the one read before the message
// is not taken for its result, and after a normal stream end a settled read is confirmed once more.




/** Reads in a row that find the service idle with nothing to export (or the timeline unchanged) before a finished answer counts as a refusal. */
const IDLE_READS_BEFORE_GIVING_UP = 3;
/** The longest wait before the read that confirms a settled state after a normal stream end. */
const CONFIRM_DELAY_MAX_MS = 2000;
/** "; it said: …" with the reply; nothing when there is none and `note` says whose message it was. */
const said = (poll) => (poll.finished?.reply ? `; it said: ${poll.finished.reply}` : poll.note ? '' : '; it said: no reply');
/** A fingerprint of the state's draft (sha256 of its JSON; the same for no draft at all). */
function draftFingerprint(state) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify(draftOf(state) ?? null))
        .digest('hex');
}
/** The delay of the confirming read: min(2 s, poll interval). */
const confirmDelayMs = (intervalMs) => Math.min(CONFIRM_DELAY_MAX_MS, intervalMs);
/** Read the state until settled: the first read after `firstDelayMs`, then every interval, at most `limit` reads. */
async function waitUntilSettled(api, sessionId, poll, signal, onEvent) {
    let exportable = false;
    let idleEmpty = 0;
    let unchanged = 0;
    // The fingerprint of the last read when it was settled (and not the baseline): the next read must match it.
    let pending;
    for (let n = 1; n <= poll.limit; n++) {
        const delay = n === 1 ? poll.firstDelayMs : pending !== undefined && poll.confirmMs !== undefined ? poll.confirmMs : poll.intervalMs;
        await sleep(delay, signal);
        const state = await api.state(sessionId, signal);
        exportable = isExportable(state);
        const settled = isSettled(state);
        onEvent?.({ type: 'state-poll', poll: n, exportable, settled });
        const print = settled && (poll.baseline !== undefined || poll.confirmMs !== undefined) ? draftFingerprint(state) : undefined;
        if (settled && print !== undefined && print === poll.baseline) {
            // Settled, but on the timeline from before the message: the service has not (yet) changed anything.
            pending = undefined;
            unchanged += 1;
            if (unchanged >= IDLE_READS_BEFORE_GIVING_UP) {
                const reply = poll.finished?.reply ? `; it said: ${poll.finished.reply}` : '';
                const where = poll.note ? ` ${poll.note}` : '';
                throw new core_errors/* VoiceoverError */.pF('NEMO_NOTHING_TO_EXPORT', { detail: `it made no change to the timeline${where} in ${unchanged} state reads after the message${reply}`, link: poll.taskLink });
            }
            continue;
        }
        unchanged = 0;
        if (settled && poll.confirmMs === undefined)
            return state;
        if (settled) {
            // Confirmed by the next read, or no read left to confirm it with.
            if ((pending !== undefined && pending === print) || n === poll.limit)
                return state;
            pending = print;
            continue;
        }
        pending = undefined;
        idleEmpty = !exportable && isIdle(state) ? idleEmpty + 1 : 0;
        // The answer ended, nothing is being worked on and there is no timeline: the service declined.
        if (poll.finished && idleEmpty >= IDLE_READS_BEFORE_GIVING_UP) {
            throw new core_errors/* VoiceoverError */.pF('NEMO_NOTHING_TO_EXPORT', { detail: `it made no timeline${poll.note ? ` ${poll.note}` : ''}${said(poll)}`, link: poll.taskLink });
        }
    }
    const what = exportable ? 'the service was still working on the timeline' : 'the timeline never became exportable';
    throw new core_errors/* VoiceoverError */.pF('NEMO_TIMEOUT', { detail: `${what} after ${poll.limit} state reads ${poll.intervalMs / 1000}s apart`, link: poll.taskLink });
}

;// CONCATENATED MODULE: ./src/backends/nemo/session-run.ts
// One session of an item, up to a settled timeline: open it, upload the video (and music), send
// the one message, read its stream, then poll the state. A 1002 before the message was accepted
// opens one new session and redoes these steps; after that, only process-item's one redo of a
// session lost after acceptance (protocol 1002, `nemo.on_session_lost`) sends the message again.









const since = (t) => Math.round((performance.now() - t) / 10) / 100;
async function withSubject(subject, work) {
    try {
        return await work();
    }
    catch (error) {
        if (error instanceof ServiceFailure)
            error.info.subject ??= subject;
        throw error;
    }
}
/** Milliseconds to wait before the first state read, by how the stream ended (a drop waits ≥ 2 s, protocol §4). */
function firstDelayMs(outcome) {
    return outcome.end === 'dropped' ? constants/* DROPPED_STREAM_WAIT_MS */.jU : 0;
}
async function runSession(client, item, guard, attempt, hooks) {
    const { api, connection } = client;
    const { signal, onEvent } = hooks;
    const t0 = performance.now();
    const session = await api.createSession(item.name, item.language, signal);
    const link = taskLink(connection, session.task_id, session.session_id);
    onEvent?.({ type: 'session', task_id: session.task_id, session_id: session.session_id, attempt });
    hooks.onSession?.({ ...session, link });
    hooks.onProgress?.({ stage: 'upload', ratio: 0 });
    const video = item.video;
    if (video.kind === 'url')
        await withSubject(video.url, () => uploadUrl(api, session.session_id, video.url, signal));
    else
        await withSubject(video.rel, () => uploadFile(api, session.session_id, video.path, signal));
    const music = item.music;
    const musicFile = music ? await withSubject(music.rel, () => uploadFile(api, session.session_id, music.file, signal)) : undefined;
    hooks.onProgress?.({ stage: 'upload', ratio: 1 });
    const upload_s = since(t0);
    // The timeline before the message (a free read): a settled state with this same draft afterwards is not the message's work.
    const baseline = draftFingerprint(await api.state(session.session_id, signal));
    hooks.onSession?.({ ...session, link, baseline });
    const t1 = performance.now();
    hooks.onProgress?.({ stage: 'wait', detail: 'the service is narrating' });
    const limits = { hardMs: item.nemo.sse_timeout_s * 1000, keepaliveMs: item.nemo.keepalive_timeout_s * 1000 };
    const outcome = await sendMessage(api, guard, { sessionId: session.session_id, text: buildMessage(item, musicFile?.filename), limits }, signal);
    await hooks.onSent?.({ ...session, link, baseline });
    onEvent?.({ type: 'message-sent', session_id: session.session_id });
    const tools = outcome.events.filter((e) => e.kind === 'tool_call' || e.kind === 'tool_result').length;
    const reply = replyText(outcome.events);
    onEvent?.({ type: 'stream-end', end: outcome.end, texts: outcome.events.filter((e) => e.kind === 'text').length, tool_events: tools });
    if (reply)
        onEvent?.({ type: 'agent-text', text: mapGuiPhrases(reply) });
    // An error after the reply began: 1001 and 429 are left to the state reads' policy; others end the item.
    if (outcome.error && outcome.error.code !== 1001 && outcome.error.code !== 429) {
        throw new ServiceFailure('message', { code: outcome.error.code, message: outcome.error.message });
    }
    const poll = { intervalMs: item.nemo.poll_interval_s * 1000, limit: item.nemo.poll_limit };
    const finished = outcome.end === 'closed' ? { finished: { reply: mapGuiPhrases(reply) } } : {};
    // After a stream that ended, the first read comes at once: a second stage flagged a moment later must still be seen.
    const confirm = outcome.end === 'dropped' ? {} : { confirmMs: confirmDelayMs(poll.intervalMs) };
    const state = await waitUntilSettled(api, session.session_id, { ...poll, firstDelayMs: firstDelayMs(outcome), taskLink: link, baseline, ...finished, ...confirm }, signal, onEvent);
    return { ...session, link, state, upload_s, edit_s: since(t1) };
}
/** Run the item's session; on 1002 before the message was accepted, once more in a new session. */
async function settleItem(client, item, guard, hooks) {
    for (let attempt = 1;; attempt++) {
        try {
            return await runSession(client, item, guard, attempt, hooks);
        }
        catch (error) {
            const lost = error instanceof ServiceFailure && error.code === 1002;
            if (!lost || guard.sent || attempt > 1)
                throw error;
            hooks.onEvent?.({ type: 'new-session', reason: `session lost (1002) on the ${error.kind} call, before the message was accepted` });
        }
    }
}
/**
 * Pick up the session of a message an earlier run sent: poll its state until settled, without
 * sending anything. Undefined when the service no longer has the session (1002).
 */
async function resumeSession(client, item, session, hooks) {
    const { api, connection } = client;
    const t0 = performance.now();
    const link = taskLink(connection, session.task_id, session.session_id);
    hooks.onEvent?.({ type: 'resume', task_id: session.task_id, session_id: session.session_id });
    hooks.onSession?.({ ...session, link });
    hooks.onProgress?.({ stage: 'wait', detail: 'resuming the session of an earlier run' });
    const poll = { intervalMs: item.nemo.poll_interval_s * 1000, limit: item.nemo.poll_limit };
    try {
        // Idle with nothing to export for a few reads, or still the timeline from before the message: the earlier run's message made nothing.
        const finished = { reply: '' };
        const where = { note: 'in the session an earlier run sent the message to', ...(session.baseline ? { baseline: session.baseline } : {}) };
        const state = await waitUntilSettled(api, session.session_id, { ...poll, firstDelayMs: 0, taskLink: link, finished, ...where }, hooks.signal, hooks.onEvent);
        const { baseline: _, ...info } = session;
        return { ...info, link, state, upload_s: 0, edit_s: since(t0) };
    }
    catch (error) {
        if (error instanceof ServiceFailure && error.code === 1002)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/backends/nemo/timeline-summary.ts
// A one-line summary of a draft for logs, in the protocol's format (§5):
// `Timeline (3 tracks): 1. Video: city timelapse (0-10s) 2. BGM: Lo-fi (0-10s, 35%) 3. Title: "Urban Dreams" (0-3s)`.


const timeline_summary_num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const secs = (ms) => `${Math.round(ms / 100) / 10}`;
function span(segments) {
    const start = Math.min(...segments.map((sg) => timeline_summary_num(sg.s)));
    const end = Math.max(...segments.map((sg) => timeline_summary_num(sg.s) + timeline_summary_num(sg.d)));
    return `${secs(start)}-${secs(end)}s`;
}
function nameOf(sg, fallback) {
    for (const key of ['name', 'title', 'text'])
        if (typeof sg[key] === 'string' && sg[key])
            return sg[key];
    return typeof sg.src === 'string' && sg.src ? (0,external_node_path_.basename)(sg.src) : fallback;
}
function describeAudio(segments) {
    const voice = segments.filter((sg) => sg.kind === 'voice');
    const music = segments.filter((sg) => sg.kind !== 'voice');
    const parts = [];
    if (voice.length)
        parts.push(`Voiceover: ${voice.length} line${voice.length === 1 ? '' : 's'} (${span(voice)})`);
    for (const sg of music) {
        const volume = typeof sg.vol === 'number' ? `, ${Math.round(sg.vol * 100)}%` : '';
        parts.push(`BGM: ${nameOf(sg, 'music')} (${span([sg])}${volume})`);
    }
    return parts.join('; ');
}
function describeText(segments) {
    const captions = segments.filter((sg) => sg.kind === 'caption');
    const titles = segments.filter((sg) => sg.kind !== 'caption');
    const parts = titles.map((sg) => `Title: "${nameOf(sg, '')}" (${span([sg])})`);
    if (captions.length)
        parts.push(`Captions: ${captions.length} line${captions.length === 1 ? '' : 's'} (${span(captions)})`);
    return parts.join('; ');
}
function describeTrack(track) {
    const segments = segmentsOf(track);
    if (segments.length === 0)
        return `Track type ${String(track.tt)}: empty`;
    if (track.tt === 0)
        return `Video: ${nameOf(segments[0], 'video')} (${span(segments)})`;
    if (track.tt === 1)
        return describeAudio(segments);
    if (track.tt === 7)
        return describeText(segments);
    return `Track type ${String(track.tt)}: ${segments.length} segment${segments.length === 1 ? '' : 's'} (${span(segments)})`;
}
/** One line naming every track of a draft with its time span; "Timeline (0 tracks)" for none. */
function timelineSummary(draft) {
    const tracks = tracksOf(draft);
    const items = tracks.map((track, i) => `${i + 1}. ${describeTrack(track)}`);
    return `Timeline (${tracks.length} track${tracks.length === 1 ? '' : 's'})${items.length ? `: ${items.join(' ')}` : ''}`;
}

;// CONCATENATED MODULE: ./src/backends/nemo/process-item.ts
// One item through the hosted pipeline: credits first (reserved under the account's lock), a
// settled session (or the session an earlier run's message went to), export, a verified download,
// then the report fields (links, credits, lines, loudness, player warnings, the compatible copy),
// which are best effort: a paid, verified file is never failed by them. A session lost (1002) after
// the message was accepted is redone once in a new session (`nemo.on_session_lost: fail` refuses),
// and the report says the message was charged again. Service failures become registry errors here.















const process_item_since = (t) => Math.round((performance.now() - t) / 10) / 100;
/**
 * Make every text of an error safe to show: no token anywhere, a `url:` video only in its redacted
 * form (no user, password or signed query values), and no GUI phrasing in the message (where the
 * service's words go; hints are the tool's own).
 */
function scrub(error, secrets, videoUrl) {
    const shownUrl = videoUrl === undefined ? undefined : redactUrl(videoUrl);
    for (const key of ['message', 'hint']) {
        let safe = (0,core_secrets/* redactSecrets */.fp)(error[key], secrets);
        if (videoUrl !== undefined && shownUrl !== videoUrl)
            safe = safe.split(videoUrl).join(shownUrl);
        const clean = key === 'message' ? mapGuiPhrases(safe) : safe;
        if (clean !== error[key])
            Object.defineProperty(error, key, { value: clean });
    }
    return error;
}
/** The timeline's length in seconds (draft `d`, ms), when the state gives one. */
function draftSeconds(draft) {
    const d = draft?.d;
    return typeof d === 'number' && Number.isFinite(d) && d > 0 ? d / 1000 : undefined;
}
/** Export the settled timeline and download the file, verified. */
async function exportAndDownload(client, item, ctx, settled, emit) {
    const { signal } = ctx;
    const draft = draftOf(settled.state);
    ctx.logger?.info(`nemo: ${timelineSummary(draft)}`);
    const tRender = performance.now();
    ctx.onProgress?.({ stage: 'export', ratio: 0 });
    const poll = { intervalMs: item.nemo.poll_interval_s * 1000, limit: item.nemo.poll_limit };
    const job = await exportDraft(client.api, { sessionId: settled.session_id, draft, quality: item.output.quality, poll, taskLink: settled.link, signal, onEvent: emit });
    ctx.onProgress?.({ stage: 'download' });
    const expectedS = draftSeconds(draft);
    const file = await downloadVerified(client.api, job, ctx.output, { taskLink: settled.link, signal, onEvent: emit, ...(expectedS !== undefined ? { expectedS } : {}) });
    return { settled, file, render_s: process_item_since(tRender) };
}
/** Warnings for players that refuse the export as it came, and the compatible copy when the item asks for one. */
async function playerReport(item, ctx, file, logger, signal) {
    const format = await exportFormat(ctx.output, file.probe, file.layout, signal);
    let copy;
    if (item.nemo.compatible_copy && ctx.compatOutput && needsCompatibleCopy(format)) {
        copy = await writeCompatibleCopy(ctx.output, ctx.compatOutput, format, signal);
        logger?.info(`nemo: wrote ${item.name}.compat.mp4: ${copy.reason}`);
    }
    return { warnings: playerWarnings(item.name, format, copy !== undefined), ...(copy ? { copy } : {}) };
}
/** The warning of a video redone in a new session: the message was charged again; the credits this run spent. */
function redoWarning(redo, done, account) {
    const why = redo.resumed
        ? `the session ${redo.lost.session_id} that an earlier run sent this message to was gone (1002)`
        : `the NemoVideo session ${redo.lost.session_id} was lost (1002) after the service had accepted the message`;
    const credits = account.available !== undefined ? `${account.spent} credits spent on this video in this run, ${account.available} left` : 'the credits spent could not be read (the balance was not readable after the export)';
    return {
        code: 'NEMO_SESSION_REDONE',
        message: `${why}; the video was redone once in a new session (${done.session_id}), so the message was sent, and charged, again: ${credits}`,
        hint: `the protocol's rule for a lost session; set nemo: { on_session_lost: fail } to fail the video instead of paying for it again${redo.link ? `; the lost session's task page: ${redo.link}` : ''}`,
    };
}
/** Process one item with a client; `onEvent` hears what the client does. */
async function processNemoItem(client, item, ctx, onEvent) {
    const t0 = performance.now();
    const { api, connection, tokens } = client;
    const { signal, logger } = ctx;
    const secrets = () => [...(connection.token ? [connection.token] : []), ...tokens.seen];
    const errors = { apiUrl: connection.apiUrl, webUrl: connection.webUrl, tokenKind: tokens.kind, video: item.video.kind === 'url' ? redactUrl(item.video.url) : item.video.rel, secrets: [] };
    const videoUrl = item.video.kind === 'url' ? item.video.url : undefined;
    const emit = (event) => {
        onEvent?.(event);
        if (event.type === 'agent-text')
            logger?.info(`nemo: ${event.text}`);
        // Services report progress as 0..1 or 0..100.
        if (event.type === 'render-status' && event.progress !== undefined)
            ctx.onProgress?.({ stage: 'export', ratio: Math.min(1, event.progress > 1 ? event.progress / 100 : event.progress) });
    };
    let reservation;
    const guard = new MessageGuard((sent) => reservation && client.credits.markSent(reservation, sent));
    const recordFile = sentRecordFile(itemStateDir(ctx, item.name));
    let hash;
    let session;
    let baseline;
    let recorded = false;
    const remember = async (s) => {
        if (recorded || hash === undefined)
            return;
        const before = baseline ? { draft_before: baseline } : {};
        await writeSentRecord(recordFile, { version: 1, hash, session_id: s.session_id, task_id: s.task_id, ...(s.user_id ? { user_id: s.user_id } : {}), sent_at: new Date().toISOString(), ...before });
        recorded = true;
    };
    const hooks = {
        signal,
        onEvent: emit,
        onProgress: ctx.onProgress,
        onSession: (s) => {
            session = s;
            baseline = s.baseline;
            errors.taskLink = s.link;
            errors.userId = s.user_id ?? errors.userId;
        },
        onSent: remember,
    };
    const onLost = item.nemo.on_session_lost;
    // The one redo of this run (protocol 1002: "open a new session and redo that item, once"), and the session it replaced.
    let redo;
    const startOver = async (lost, resumed, reason) => {
        redo = { lost, ...(errors.taskLink ? { link: errors.taskLink } : {}), resumed };
        errors.redone = true;
        recorded = false;
        session = undefined;
        await deleteSentRecord(recordFile);
        if (!resumed)
            guard.sessionLost();
        logger?.warn(`nemo: ${reason}`);
        emit({ type: 'new-session', reason });
    };
    try {
        hash = await messageInputsHash(item, connection.apiUrl, signal);
        const previous = await readSentRecord(recordFile, (detail) => logger?.warn(`nemo: ignoring an unreadable sent-message record: ${detail}`));
        let settled;
        if (previous && previous.hash === hash && ctx.force) {
            // --force: the earlier run's session is given up (it may hold a timeline that will never do), and the message sent anew.
            await deleteSentRecord(recordFile);
            const reason = `--force: forgetting the session ${previous.session_id} that an earlier run sent this message to and starting over, so the message is sent (and may be charged) once more`;
            logger?.warn(`nemo: ${reason}`);
            emit({ type: 'new-session', reason });
        }
        else if (previous && previous.hash === hash) {
            recorded = true;
            settled = await resumeSession(client, item, { ...previous, ...(previous.draft_before ? { baseline: previous.draft_before } : {}) }, hooks);
            if (!settled) {
                const gone = `the session ${previous.session_id} that an earlier run sent this message to is gone (1002)`;
                if (onLost === 'fail')
                    throw sessionLostError(gone, { ...errors, messageSent: true, onSessionLost: onLost }, { backendCode: 1002 });
                await startOver(previous, true, `${gone}: starting over, so the message is sent (and charged) once more`);
            }
        }
        else if (previous) {
            // The message or the inputs changed since: the old session is not this item's any more.
            await deleteSentRecord(recordFile);
        }
        let delivered;
        while (!delivered) {
            try {
                if (!settled) {
                    const read = () => api.balance(signal);
                    const check = reservation ? await client.credits.renew(reservation, read, constants/* CREDITS_PER_MESSAGE */.D7) : await client.credits.reserve(read, constants/* CREDITS_PER_MESSAGE */.D7);
                    errors.userId = await tokens.userId();
                    if (!check.ok)
                        throw lowBalanceError(check.available, errors, check.available - check.free, redo !== undefined);
                    if ('reservation' in check)
                        reservation = check.reservation;
                    settled = await settleItem(client, item, guard, hooks);
                }
                delivered = await exportAndDownload(client, item, ctx, settled, emit);
            }
            catch (error) {
                // 1002 once the message may have been accepted: the session and its work are gone; redo the item once in a new one.
                const lost = error instanceof ServiceFailure && error.code === 1002 && (guard.sent || recorded) && session !== undefined;
                if (!lost || onLost === 'fail' || redo)
                    throw error;
                await startOver(session, false, `the session ${session.session_id} was lost (1002) on the ${error.kind} call after the service had accepted the message: redoing the video once in a new session, so the message is sent (and charged) again`);
                settled = undefined;
            }
        }
        const { settled: done, file, render_s } = delivered;
        // The file is paid for and verified: nothing below may fail the item (the runner would delete it).
        const bestEffort = async (what, work, fallback) => {
            try {
                return await work();
            }
            catch (error) {
                signal?.throwIfAborted();
                logger?.warn(`nemo: ${what} failed, the video is delivered without it: ${(0,core_secrets/* redactSecrets */.fp)(error instanceof Error ? error.message : String(error), secrets())}`);
                return fallback;
            }
        };
        ctx.onProgress?.({ stage: 'verify' });
        await bestEffort('forgetting the sent-message record', () => deleteSentRecord(recordFile), undefined);
        const lines = draftLines(done.state);
        const captions = await bestEffort('writing the caption files', () => writeCaptions(ctx, lines, done.state, logger, item.captions), []);
        const measured = await bestEffort('measuring the loudness', () => deliveredQa(ctx.output, lines, signal), { loudness: null });
        const players = await bestEffort('checking which players take the export', () => playerReport(item, ctx, file, logger, signal), { warnings: [] });
        const account = await client.credits.settle(reservation, () => api.balance(signal));
        reservation = undefined;
        if (account.available === undefined)
            logger?.warn('nemo: the credit balance could not be read after the export; the report leaves credits out');
        const warnings = [...(redo ? [redoWarning(redo, done, account)] : []), ...players.warnings];
        for (const w of warnings)
            logger?.warn(`nemo: ${w.message} (${w.hint})`);
        ctx.onProgress?.({ stage: 'done', ratio: 1 });
        return {
            duration_s: Math.round(file.probe.duration * 1000) / 1000,
            // tts: the service's narration (message to settled timeline); plan: session and uploads; render: export and download.
            timings_s: { tts: done.edit_s, plan: done.upload_s, render: render_s, total: process_item_since(t0) },
            ...measured,
            lines,
            captions,
            ...(account.available !== undefined ? { credits: { spent: account.spent, available: account.available } } : {}),
            links: { task: (0,core_secrets/* redactSecrets */.fp)(done.link, secrets()), download: (0,core_secrets/* redactSecrets */.fp)(file.url, secrets()) },
            ...(warnings.length > 0 ? { warnings: warnings.map((w) => ({ ...w, message: (0,core_secrets/* redactSecrets */.fp)(w.message, secrets()), hint: (0,core_secrets/* redactSecrets */.fp)(w.hint, secrets()) })) } : {}),
            ...(players.copy ? { compatible_copy: players.copy } : {}),
        };
    }
    catch (error) {
        // The message may have run: remember its session so a later run resumes it instead of sending it again.
        if (guard.sent && session && !recorded)
            await remember(session).catch((e) => logger?.warn(`nemo: could not keep the sent-message record ${recordFile}: ${e.message}`));
        // A charge that may have landed is read (and attributed) once more; an unsent hold is just let go.
        if (reservation)
            await client.credits.settle(reservation, reservation.sent ? () => api.balance() : undefined);
        if (error instanceof ServiceFailure)
            throw scrub(toNemoError(error, { ...errors, messageSent: guard.sent || recorded, onSessionLost: onLost, secrets: secrets() }), secrets(), videoUrl);
        throw scrub((0,core_errors/* toVoiceoverError */.Uu)(error), secrets(), videoUrl);
    }
}

;// CONCATENATED MODULE: ./src/backends/nemo/nemo-backend.ts
// The nemo backend: the hosted NemoVideo pipeline spoken as ../shared/nemo-protocol.md says.
// Settings come from the options, else the environment (read per item), so one instance serves a run.



function describe(event) {
    const { type, ...rest } = event;
    return `nemo ${type}: ${JSON.stringify(rest)}`;
}
/** The nemo backend instance. */
function createNemoBackend(options = {}) {
    const clients = new Map();
    const onEvent = (event) => {
        options.onEvent?.(event);
        options.logger?.debug(describe(event));
    };
    // Items with the same connection share a client: one keep-alive pool, one anonymous token.
    const clientFor = () => {
        const env = options.env ?? process.env;
        const connection = resolveConnection(env, options);
        const key = JSON.stringify(connection);
        let client = clients.get(key);
        if (!client) {
            client = createClient(connection, { env, clientId: options.clientId, configDir: options.configDir, retry: options.retry, timeouts: options.timeouts, onEvent });
            clients.set(key, client);
        }
        return client;
    };
    return {
        name: 'nemo',
        // The client verified the export as complete and decodable; its format gets warnings, never refusal.
        outputCheck: 'intact',
        process: (item, context) => processNemoItem(clientFor(), item, { ...context, logger: context.logger ?? options.logger }, onEvent),
    };
}


/***/ }),

/***/ 4282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
// How long an HTTP 429/503 answer asks to wait (RFC 9110 §10.2.3), for every client that retries.
/** Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!text)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text);
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, (at - now) / 1000);
}


/***/ }),

/***/ 58198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony export SECRET_ENV_VARS */
// Keep known secret values (API keys, tokens) out of text a person or a file will see.
/** Environment variables whose values are secrets (cloud voice keys, the NemoVideo token). */
const SECRET_ENV_VARS = ['OPENAI_API_KEY', 'ELEVENLABS_API_KEY', 'NEMO_TOKEN'];
/** The secret values set in an environment (long enough to be worth hiding). */
function secretValues(env = process.env) {
    return SECRET_ENV_VARS.map((name) => env[name]?.trim() ?? '').filter((value) => value.length >= 4);
}
/** Replace every occurrence of each secret, and any `Bearer …` header value, with `***`. */
function redactSecrets(text, secrets = secretValues()) {
    let out = text.replace(/Bearer\s+[\w.~+/=-]+/gi, 'Bearer ***');
    for (const secret of secrets)
        if (secret && secret.length >= 4)
            out = out.split(secret).join('***');
    return out;
}


/***/ })

};
