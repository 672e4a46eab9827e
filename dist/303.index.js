export const id = 303;
export const ids = [303,588];
export const modules = {

/***/ 62588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XZ: () => (/* binding */ AnalysisPool),
  rz: () => (/* binding */ FILE_MEMORY_BUDGET_MB),
  xJ: () => (/* binding */ bundleEntry),
  serveAnalyses: () => (/* binding */ serveAnalyses)
});

// UNUSED EXPORTS: WORKER_ROLE, isAnalysisWorker

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/core/diff/semantic-diff.ts + 4 modules
var semantic_diff = __webpack_require__(48505);
// EXTERNAL MODULE: ./src/core/diff/describe.ts
var describe = __webpack_require__(25574);
;// CONCATENATED MODULE: ./src/core/diff/text-diff.ts
// A line diff of two texts in unified form (what `diff -u` prints), for the
// collapsed "text diff" block of the review. Myers' O(ND) algorithm after
// trimming the common head and tail, so a small edit of a large file is cheap.
/** Above this many differing lines, the texts are shown as fully replaced. */
const MAX_EDIT_DISTANCE = 4000;
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split(/\r\n|\r|\n/);
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** The shortest edit script turning `a` into `b`, line by line. */
function diffLines(a, b) {
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    const midA = a.slice(head, a.length - tail);
    const midB = b.slice(head, b.length - tail);
    const same = (line) => ({ op: ' ', line });
    return [...a.slice(0, head).map(same), ...myers(midA, midB), ...a.slice(a.length - tail).map(same)];
}
function myers(a, b) {
    const n = a.length;
    const m = b.length;
    if (n === 0)
        return b.map((line) => ({ op: '+', line }));
    if (m === 0)
        return a.map((line) => ({ op: '-', line }));
    const max = Math.min(n + m, MAX_EDIT_DISTANCE);
    const offset = max + 1;
    let v = new Int32Array(2 * max + 3);
    const trace = [];
    for (let d = 0; d <= max; d++) {
        trace.push(v.slice());
        const next = v;
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            next[offset + k] = x;
            if (x >= n && y >= m)
                return backtrack(trace, a, b, d, offset);
        }
        v = next;
    }
    // Too different to be worth aligning: all of a out, all of b in.
    return [...a.map((line) => ({ op: '-', line })), ...b.map((line) => ({ op: '+', line }))];
}
function backtrack(trace, a, b, dEnd, offset) {
    const edits = [];
    let x = a.length;
    let y = b.length;
    for (let d = dEnd; d > 0; d--) {
        const v = trace[d];
        const k = x - y;
        const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
        const prevK = down ? k + 1 : k - 1;
        const prevX = v[offset + prevK];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            edits.push({ op: ' ', line: a[--x] });
            y--;
        }
        if (down)
            edits.push({ op: '+', line: b[--y] });
        else
            edits.push({ op: '-', line: a[--x] });
    }
    while (x > 0 && y > 0) {
        edits.push({ op: ' ', line: a[--x] });
        y--;
    }
    return edits.reverse();
}
/**
 * Unified diff text with `context` unchanged lines around each change and
 * @@ hunk headers; empty when the texts have the same lines.
 */
function unifiedDiff(before, after, context = 3) {
    const edits = diffLines(splitLines(before), splitLines(after));
    if (edits.every((e) => e.op === ' '))
        return '';
    const out = [];
    let i = 0;
    // Line numbers (1-based) reached in each text before edit i.
    const posA = [];
    const posB = [];
    let la = 1;
    let lb = 1;
    for (const e of edits) {
        posA.push(la);
        posB.push(lb);
        if (e.op !== '+')
            la++;
        if (e.op !== '-')
            lb++;
    }
    while (i < edits.length) {
        while (i < edits.length && edits[i].op === ' ')
            i++;
        if (i >= edits.length)
            break;
        const start = Math.max(0, i - context);
        let end = i;
        // Extend while the next change is within 2*context unchanged lines.
        for (;;) {
            while (end < edits.length && edits[end].op !== ' ')
                end++;
            let gap = end;
            while (gap < edits.length && edits[gap].op === ' ')
                gap++;
            if (gap < edits.length && gap - end <= 2 * context)
                end = gap;
            else
                break;
        }
        const stop = Math.min(edits.length, end + context);
        const hunk = edits.slice(start, stop);
        const countA = hunk.filter((e) => e.op !== '+').length;
        const countB = hunk.filter((e) => e.op !== '-').length;
        const fromA = countA === 0 ? posA[start] - 1 : posA[start];
        const fromB = countB === 0 ? posB[start] - 1 : posB[start];
        out.push(`@@ -${fromA},${countA} +${fromB},${countB} @@`);
        for (const e of hunk)
            out.push(`${e.op}${e.line}`);
        i = stop;
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/core/lint/lint.ts + 29 modules
var lint = __webpack_require__(20901);
// EXTERNAL MODULE: ./src/core/validate/lint-files.ts + 1 modules
var lint_files = __webpack_require__(44347);
;// CONCATENATED MODULE: ./src/modes/review-analysis.ts
// One changed file's review from its two texts: lint the head, diff the
// versions, the text diff. Pure work with no I/O, so that it can run in the
// review worker (src/modes/review-worker.ts), where a time and memory budget
// can stop it, or in this thread.





function analyseFile(input) {
    const { baseText, headText } = input;
    const basePath = input.previousPath ?? input.path;
    const head = headText === undefined ? undefined : (0,lint_files/* lintText */.DA)(input.path, headText, input.kind, lint/* lintPolicyText */.h);
    const base = baseText === undefined ? undefined : (0,lint_files/* lintText */.DA)(basePath, baseText, input.kind, lint/* lintPolicyText */.h);
    // A text that is not JSON is a version that grants nothing (null), not a missing one.
    const valueOf = (text, linted) => (text === undefined ? undefined : (linted?.value ?? null));
    // The kind decides what a Deny can take away; a resource policy is told apart from a key policy by the diff.
    const kind = input.kind ?? head?.kind ?? base?.kind;
    const diff = (0,semantic_diff/* diffPolicies */.w)(valueOf(baseText, base), valueOf(headText, head), kind === 'identity' || kind === 'trust' ? { kind } : {});
    const review = {
        path: input.path,
        status: input.status,
        accessChange: diff.accessChange,
        changes: statementRows(diff),
        findings: head?.findings ?? [],
        textDiff: unifiedDiff(baseText ?? '', headText ?? '')
    };
    if (input.previousPath)
        review.previousPath = input.previousPath;
    if (headText !== undefined && (head?.value === undefined || diff.invalid.includes('after'))) {
        review.invalid = head?.value === undefined ? firstErrorOf(head) : 'it is JSON but not a policy document (no Statement)';
    }
    if (baseText !== undefined && (base?.value === undefined || diff.invalid.includes('before'))) {
        review.note = 'The base version is not a valid policy document either; it is read as granting nothing.';
    }
    if (input.status !== 'added' && baseText === undefined)
        review.note = `The base version of ${basePath} could not be read; it is read as granting nothing.`;
    return review;
}
function statementRows(diff) {
    return diff.statements.map((s) => {
        const ref = s.after ?? s.before;
        const name = ref ? (0,describe/* statementName */.Vy)(ref) : '(statement)';
        // The summary opens with the statement's name, which has its own column.
        return {
            statement: name,
            change: s.summary.startsWith(`${name}: `) ? s.summary.slice(name.length + 2) : s.summary,
            rating: s.rating,
            why: s.explanation
        };
    });
}
function firstErrorOf(linted) {
    // The syntax error says why the file is not a policy; the rest of a broken file is checked too and may come first.
    const error = linted?.findings.find((f) => f.code === 'RTC001') ?? linted?.findings.find((f) => f.severity === 'error');
    return error ? `line ${error.line}: ${error.message}` : 'it is not valid JSON';
}

;// CONCATENATED MODULE: ./src/modes/review-worker.ts
// The review's analyses run in a worker thread with a memory limit and, per
// file, a time limit: a hostile file that would take minutes or gigabytes is
// stopped (the worker is ended) and named as not reviewed, and the next file
// gets a fresh worker. The worker is this same bundle started again with
// `workerData.role` set (src/index.ts looks at it first).



const WORKER_ROLE = 'rtc-review-analysis';
/** The worker's heap limit: the per-file memory budget. */
const FILE_MEMORY_BUDGET_MB = 1024;
/** In the worker: answer each analysis request. */
function serveAnalyses() {
    external_node_worker_threads_.parentPort?.on('message', (input) => {
        external_node_worker_threads_.parentPort?.postMessage({ review: analyseFile(input) });
    });
}
function isAnalysisWorker() {
    return !isMainThread && workerData?.role === WORKER_ROLE;
}
/**
 * Runs analyses one at a time in a worker, each within `perFileMs`. With no
 * bundle to start (the code runs from source, e.g. under a test runner) it
 * analyses in this thread, where only the checks between files apply.
 */
class AnalysisPool {
    entry;
    perFileMs;
    memoryMb;
    worker;
    queue = Promise.resolve();
    constructor(entry, perFileMs, memoryMb = FILE_MEMORY_BUDGET_MB) {
        this.entry = entry;
        this.perFileMs = perFileMs;
        this.memoryMb = memoryMb;
    }
    analyse(input) {
        const run = this.queue.then(() => this.runOne(input));
        this.queue = run.catch(() => undefined);
        return run;
    }
    close() {
        void this.worker?.terminate();
        this.worker = undefined;
    }
    runOne(input) {
        if (!this.entry)
            return Promise.resolve({ ok: true, review: analyseFile(input) });
        const worker = (this.worker ??= new external_node_worker_threads_.Worker(this.entry, {
            workerData: { role: WORKER_ROLE },
            resourceLimits: { maxOldGenerationSizeMb: this.memoryMb }
        }));
        return new Promise((resolve) => {
            const end = (result, kill) => {
                clearTimeout(timer);
                worker.off('message', onMessage);
                worker.off('error', onError);
                worker.off('exit', onExit);
                if (kill) {
                    void worker.terminate();
                    if (this.worker === worker)
                        this.worker = undefined;
                }
                resolve(result);
            };
            const onMessage = (message) => end({ ok: true, review: message.review }, false);
            const onError = (error) => end({
                ok: false,
                reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `reviewing it took over the per-file memory budget of ${this.memoryMb} MiB` : `reviewing it failed (${error.message})`
            }, true);
            const onExit = () => end({ ok: false, reason: 'the review worker ended before answering' }, true);
            const timer = setTimeout(() => end({ ok: false, reason: `reviewing it took over the per-file budget of ${this.perFileMs / 1000} s` }, true), this.perFileMs);
            worker.on('message', onMessage);
            worker.on('error', onError);
            worker.on('exit', onExit);
            worker.postMessage(input);
        });
    }
}
/**
 * The bundle to start as the worker: the script this process runs when it is
 * our bundle (dist/index.js), else none (RTC_REVIEW_IN_THREAD=1 forces none).
 */
function bundleEntry() {
    const script = process.argv[1];
    return script && external_node_path_default().basename(script) === 'index.js' && process.env.RTC_REVIEW_IN_THREAD !== '1' ? script : undefined;
}


/***/ }),

/***/ 99303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FILE_BUDGET_MS: () => (/* binding */ FILE_BUDGET_MS),
  REVIEW_BUDGET_MS: () => (/* binding */ REVIEW_BUDGET_MS),
  REVIEW_MEMORY_BUDGET_BYTES: () => (/* binding */ REVIEW_MEMORY_BUDGET_BYTES),
  reviewsPullRequest: () => (/* binding */ reviewsPullRequest),
  runReview: () => (/* binding */ runReview),
  selectPolicyFiles: () => (/* binding */ selectPolicyFiles)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(86153);
// EXTERNAL MODULE: ./src/core/validate/policy-files.ts
var policy_files = __webpack_require__(71496);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/github/event.ts
// The event that started the run, read from GITHUB_EVENT_PATH here rather
// than through @actions/github's `context`, which parses the file when the
// package is imported and so would fail the whole step on an event file that
// is not JSON. A missing or unreadable file is a value: validate still lints
// and reports, and the review says why it was skipped.

/** Event payloads are small; a larger file is not read. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;
let runEvent;
/** This run's event, read once (the guard below may hide the path afterwards). */
function readRunEvent() {
    runEvent ??= readEventFrom(process.env);
    return runEvent;
}
/**
 * @actions/github builds its `context` when it is imported, and that
 * constructor's JSON.parse throws on an event file that is not JSON, which
 * would fail the step before validate could report anything. Called before
 * the package is imported (src/github/event-guard.ts): the event is read here
 * once and, when it cannot be read, the path is hidden from that constructor.
 */
function guardEventPath() {
    if (readRunEvent().problem && process.env.GITHUB_EVENT_PATH)
        delete process.env.GITHUB_EVENT_PATH;
}
function readEventFrom(env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return { name, payload: {}, problem: 'GITHUB_EVENT_PATH is not set' };
    let text;
    try {
        const bytes = (0,external_node_fs_.readFileSync)(file);
        if (bytes.length > MAX_EVENT_BYTES)
            return { name, payload: {}, problem: `the event file ${file} is over 25 MiB` };
        text = bytes.toString('utf8');
    }
    catch (error) {
        const code = error.code;
        return { name, payload: {}, problem: code === 'ENOENT' ? `the event file ${file} does not exist` : `the event file ${file} cannot be read (${code ?? 'error'})` };
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch {
        return { name, payload: {}, problem: `the event file ${file} is not JSON` };
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload))
        return { name, payload: {}, problem: `the event file ${file} does not hold a JSON object` };
    return { name, payload: payload };
}
function repositoryOf(event, env = process.env) {
    const full = env.GITHUB_REPOSITORY;
    if (full && /^[^/]+\/[^/]+$/.test(full)) {
        const [owner, repo] = full.split('/');
        return { owner, repo };
    }
    const repository = event.payload.repository;
    if (typeof repository?.name === 'string' && typeof repository.owner?.login === 'string')
        return { owner: repository.owner.login, repo: repository.name };
    return undefined;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/github/local-git.ts
// File versions from the local checkout, when it holds both commits: no API
// request, and all versions through ONE `git cat-file --batch` process (not
// one process per file). The size in each answer's header is checked against
// the cap before the content is read: a version over it is passed over as it
// streams by, never held in memory. git runs with argument arrays, never
// through a shell.

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function git(cwd, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, windowsHide: true }, (error) => resolve(!error));
    });
}
/** True when the checkout at `cwd` has every one of these commits. */
async function hasCommits(cwd, shas) {
    for (const sha of shas) {
        if (!SHA.test(sha))
            return false;
        if (!(await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])))
            return false;
    }
    return true;
}
/**
 * One `git cat-file --batch` for the whole review. Requests are answered in
 * order; `read` may be called many times before earlier answers arrive.
 */
class GitVersionReader {
    maxBytes;
    child;
    pending = [];
    buffer = Buffer.alloc(0);
    /** The answer being read: its header said a blob of this size. */
    body;
    failed;
    constructor(cwd, maxBytes) {
        this.maxBytes = maxBytes;
        this.child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd, windowsHide: true, stdio: ['pipe', 'pipe', 'pipe'] });
        this.child.stdout.on('data', (chunk) => this.take(chunk));
        this.child.stderr.resume();
        const fail = (error) => {
            this.failed = error;
            for (const p of this.pending.splice(0))
                p.reject(error);
        };
        this.child.on('error', fail);
        this.child.on('close', (code) => fail(new Error(`git cat-file --batch ended (exit ${code})`)));
        this.child.stdin.on('error', () => undefined); // reported through 'close'
    }
    /** The file at `path` in commit `sha`. */
    read(sha, path) {
        if (!SHA.test(sha))
            return Promise.reject(new Error(`not a commit id: ${sha}`));
        if (/[\r\n\0]/.test(path))
            return Promise.resolve({ kind: 'unreadable', reason: 'its path holds a line break or NUL, which git cat-file --batch cannot be asked for' });
        if (this.failed)
            return Promise.reject(this.failed);
        return new Promise((resolve, reject) => {
            this.pending.push({ resolve, reject });
            this.child.stdin.write(`${sha}:${path}\n`);
        });
    }
    close() {
        this.child.stdin.end();
    }
    take(chunk) {
        this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
        for (;;) {
            if (this.body) {
                // Content plus the newline git writes after it.
                const need = this.body.size + 1 - this.body.got;
                const part = this.buffer.subarray(0, Math.min(need, this.buffer.length));
                if (this.body.keep)
                    this.body.chunks.push(part);
                this.body.got += part.length;
                this.buffer = this.buffer.subarray(part.length);
                if (this.body.got < this.body.size + 1)
                    return;
                const { size, keep, chunks } = this.body;
                this.body = undefined;
                const answer = keep ? { kind: 'text', text: Buffer.concat(chunks).subarray(0, size).toString('utf8') } : { kind: 'too-large', size };
                this.pending.shift()?.resolve(answer);
                continue;
            }
            const end = this.buffer.indexOf(10);
            if (end === -1)
                return;
            const header = this.buffer.subarray(0, end).toString('utf8');
            this.buffer = this.buffer.subarray(end + 1);
            // "<oid> <type> <size>", or "<name> missing" / "<name> ambiguous".
            const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
            if (!m) {
                this.pending.shift()?.resolve({ kind: 'missing' });
                continue;
            }
            const size = Number(m[2]);
            const isBlob = m[1] === 'blob';
            this.body = { size, keep: isBlob && size <= this.maxBytes, chunks: [], got: 0 };
            if (!isBlob) {
                // A tree or a commit (submodule) at that path: not a file. Its content still streams by.
                const pending = this.pending.shift();
                this.pending.unshift({ resolve: () => pending?.resolve({ kind: 'missing' }), reject: (e) => pending?.reject(e) });
            }
        }
    }
}
/** One file's text at a commit (one process; the review uses GitVersionReader); undefined when missing or over `maxBytes`. */
async function showFile(cwd, sha, path, maxBytes = Number.MAX_SAFE_INTEGER) {
    const reader = new GitVersionReader(cwd, maxBytes);
    try {
        const version = await reader.read(sha, path);
        return version.kind === 'text' ? version.text : undefined;
    }
    finally {
        reader.close();
    }
}

// EXTERNAL MODULE: ./src/workspace/discover.ts
var discover = __webpack_require__(34714);
// EXTERNAL MODULE: ./src/modes/review-worker.ts + 2 modules
var review_worker = __webpack_require__(62588);
;// CONCATENATED MODULE: ./src/github/event-guard.ts
// Imported for its effect, before @actions/github: see guardEventPath.

guardEventPath();

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(85555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ./src/github/octokit.ts
// The one place an Octokit is made: Actions' defaults (proxy, user agent),
// GITHUB_API_URL for GitHub Enterprise Server, and the retry and throttling
// plugins so that a 5xx or a rate limit is waited out rather than fatal.

// First: @actions/github must not see an event file that is not JSON.




function backoffUnitFromEnv() {
    const raw = process.env.RTC_GITHUB_BACKOFF_UNIT_MS;
    if (raw === undefined || raw === '')
        return undefined;
    const value = Number(raw);
    return Number.isFinite(value) && value >= 0 ? value : undefined;
}
function createGitHubClient(token, options = {}) {
    const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    const unit = options.backoffUnitMs ?? backoffUnitFromEnv() ?? 1000;
    const retries = options.retries ?? 3;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const waitOrGiveUp = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const retrying = retryCount < retries && retryAfter <= maxWait;
        core.warning(`GitHub ${kind} for ${request.method} ${request.url}: ${retrying ? `retrying after ${retryAfter} s (retry ${retryCount + 1} of ${retries})` : 'giving up'}.`);
        return retrying;
    };
    const WithPlugins = utils/* GitHub */.gq.plugin(dist_bundle/* retry */.L, throttling);
    return new WithPlugins((0,utils/* getOctokitOptions */.EG)(token, {
        baseUrl,
        retry: { retries, retryAfterBaseValue: unit },
        throttle: {
            enabled: options.throttle ?? true,
            retryAfterBaseValue: unit,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: waitOrGiveUp('rate limit'),
            onSecondaryRateLimit: waitOrGiveUp('secondary rate limit')
        }
    }));
}

// EXTERNAL MODULE: ./src/github/pull-request.ts
var pull_request = __webpack_require__(52524);
// EXTERNAL MODULE: ./src/core/async.ts
var core_async = __webpack_require__(33787);
;// CONCATENATED MODULE: ./src/github/permission.ts
// What to tell the user when GitHub refuses: which permission is missing, or
// why no permission can help (a fork's read-only token).


const TWO_WORKFLOWS = "On a pull request from a fork the GITHUB_TOKEN is read-only whatever the workflow asks for: use the two-workflow pattern (a pull_request workflow validates and uploads the results; a workflow_run workflow with 'pull-requests: write' runs this action with pr-number to comment).";
/** A warning for a refusal, or undefined when the error is not one. */
function refusalWarning(error, step, fromFork) {
    const status = (0,pull_request/* statusOf */.c2)(error);
    if (status !== 403 && status !== 401 && status !== 404)
        return undefined;
    const said = (0,core_async/* messageOf */.u)(error);
    if (step === 'read') {
        return `Pull-request review skipped: GitHub answered ${status} (${said}) when reading the pull request. The token needs 'pull-requests: read' and 'contents: read'. The findings are in the job summary.`;
    }
    const permission = "The job needs 'permissions: pull-requests: write' (or a token that may comment on pull requests).";
    return `Pull-request comment not written: GitHub answered ${status} (${said}). ${fromFork ? `${TWO_WORKFLOWS} ${permission}` : `${permission} ${TWO_WORKFLOWS}`} The findings are in the job summary.`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/github/sticky-comment.ts
// One comment per pull request per workflow and tag, edited in place. A
// comment is ours only when the token's own identity wrote it AND its last
// line is our marker (workflow and tag): a marker pasted into somebody
// else's comment, another workflow's or another app's comment, or one quoted
// inside a body (a diff line; repository text never spells '<!--' in our
// bodies anyway) never makes a comment ours. Nothing else is edited or deleted.


/** GitHub refuses comment bodies longer than this (in characters). */
const COMMENT_LIMIT = 65_536;
const MARKER_PREFIX = '<!-- redshift-temp-creds-action review';
/**
 * The hidden line that names the comment: the workflow (every workflow of a
 * repository comments as the same github-actions[bot]) and the tag.
 * Percent-encoded so that neither can close the HTML comment early or differ
 * only by spacing.
 */
function commentMarker(tag, workflow = '') {
    return `${MARKER_PREFIX}${workflow ? ` workflow=${encodeURIComponent(workflow)}` : ''} tag=${encodeURIComponent(tag)} -->`;
}
/**
 * Which workflow this run is: its file (GITHUB_WORKFLOW_REF without the
 * ref, stable across branches), else its name.
 */
function workflowKey(env = process.env) {
    const ref = env.GITHUB_WORKFLOW_REF;
    if (ref)
        return ref.replace(/@[^@]*$/, '');
    return env.GITHUB_WORKFLOW ?? '';
}
/**
 * The default tag: workflow and job. Matrix legs share the job id, so a
 * short hash of what the leg validates (its policy-files) tells them apart.
 */
function defaultCommentTag(workflow, job, distinguishing) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(distinguishing).digest('hex').slice(0, 8);
    return `${workflow}/${job}#${hash}`;
}
/**
 * Installation tokens start with ghs_ and cannot call GET /user: skip a
 * request that can only fail. Other tokens (PATs) say who they are.
 */
async function tokenIdentity(client, token) {
    if (token.startsWith('ghs_'))
        return { kind: 'app' };
    try {
        const { data } = await client.rest.users.getAuthenticated();
        return { kind: 'user', login: data.login, id: data.id };
    }
    catch (error) {
        const status = (0,pull_request/* statusOf */.c2)(error);
        if (status === 403 || status === 401)
            return { kind: 'app' };
        throw error;
    }
}
/** The Actions app's bot, as GitHub names the GITHUB_TOKEN's comments. */
const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282 };
function writtenBy(comment, identity) {
    const user = comment.user;
    if (!user)
        return false;
    if (identity.kind === 'user')
        return user.id === identity.id;
    const app = comment.performed_via_github_app;
    return user.login === ACTIONS_BOT.login && user.id === ACTIONS_BOT.id && (app == null || app.slug === 'github-actions');
}
/** Our marker on the last line of the body, where we write it; anywhere else it does not count. */
function carriesMarker(comment, marker) {
    const lines = (comment.body ?? '').replace(/\s+$/, '').split('\n');
    return lines[lines.length - 1].trim() === marker;
}
/** Our comments with this marker, oldest (lowest id) first. */
async function findStickyComments(client, issue, marker, identity) {
    const comments = (await client.paginate(client.rest.issues.listComments, {
        owner: issue.owner,
        repo: issue.repo,
        issue_number: issue.number,
        per_page: 100
    }));
    return comments.filter((c) => writtenBy(c, identity) && carriesMarker(c, marker)).sort((a, b) => a.id - b.id);
}
function withMarker(body, marker) {
    const full = `${body.replace(/\n*$/, '')}\n\n${marker}\n`;
    if (full.length > COMMENT_LIMIT)
        throw new Error(`comment body is ${full.length} characters; the builder must keep it under ${COMMENT_LIMIT}`);
    return full;
}
/**
 * Edits our comment for this tag, or creates it. Two runs for one PR at
 * once can both find none and both create one; each run therefore lists
 * again after creating. Ids grow with creation time, so the run that made
 * the newer comment always sees the older one: it deletes its own and
 * edits the oldest, and exactly one comment is left whichever run ends last.
 */
async function upsertStickyComment(client, issue, tag, body, options) {
    const marker = commentMarker(tag, options.workflow ?? '');
    const fullBody = withMarker(body, marker);
    const repo = { owner: issue.owner, repo: issue.repo };
    const existing = await findStickyComments(client, issue, marker, options.identity);
    if (existing.length > 0) {
        const [kept, ...extra] = existing;
        if (options.edit === false)
            return { action: 'none', id: kept.id, url: kept.html_url };
        // Left over from an earlier race: tidy up so the PR shows one.
        for (const comment of extra)
            await deleteIfPresent(client, repo, comment.id);
        if (kept.body === fullBody)
            return { action: 'none', id: kept.id, url: kept.html_url };
        const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: kept.id, body: fullBody });
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    if (!options.create)
        return { action: 'none' };
    const { data: created } = await client.rest.issues.createComment({ ...repo, issue_number: issue.number, body: fullBody });
    const identity = options.identity.kind === 'user' || !created.user ? options.identity : { kind: 'user', login: created.user.login, id: created.user.id };
    const after = await findStickyComments(client, issue, marker, identity);
    const oldest = after[0];
    if (!oldest || oldest.id >= created.id)
        return { action: 'created', id: created.id, url: created.html_url };
    // Another run created one first: ours goes, theirs carries our (newer) findings.
    await deleteIfPresent(client, repo, created.id);
    const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: oldest.id, body: fullBody });
    return { action: 'updated', id: data.id, url: data.html_url };
}
async function deleteIfPresent(client, repo, commentId) {
    try {
        await client.rest.issues.deleteComment({ ...repo, comment_id: commentId });
    }
    catch (error) {
        // The other run may have deleted it already.
        if ((0,pull_request/* statusOf */.c2)(error) !== 404)
            throw error;
    }
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/review-comment.ts

const VERDICT_TEXT = {
    broadens: '🔴 **Broadens access**',
    narrows: '🟢 **Narrows access**',
    mixed: '🟠 **Broadens and narrows access**',
    none: '⚪ **No change in access**',
    invalid: '❌ **Invalid documents**',
    incomplete: '⚠️ **Not fully reviewed**'
};
const RATING_TEXT = { broadens: '🔴 broadens', narrows: '🟢 narrows', mixed: '🟠 mixed', neutral: '⚪ neutral' };
const SEVERITY_TEXT = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };
const REVIEW_TITLE = '### IAM policy review';
/** One answer for several changes: mixed when some broaden and others narrow. */
function combineAccess(changes) {
    const broadens = changes.some((c) => c === 'broadens' || c === 'mixed');
    const narrows = changes.some((c) => c === 'narrows' || c === 'mixed');
    if (broadens && narrows)
        return 'mixed';
    if (broadens)
        return 'broadens';
    if (narrows)
        return 'narrows';
    return 'none';
}
/** Invalid head documents come first: nobody should merge what IAM would refuse. */
function verdictOf(files) {
    if (files.some((f) => f.invalid !== undefined && f.notReviewed === undefined))
        return 'invalid';
    const access = combineAccess(files.filter((f) => f.notReviewed === undefined).map((f) => f.accessChange));
    // A file that was not reviewed is never counted as unchanged.
    return access === 'none' && files.some((f) => f.notReviewed !== undefined) ? 'incomplete' : access;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function verdictLine(files) {
    const verdict = verdictOf(files);
    const unreviewed = files.filter((f) => f.notReviewed !== undefined).length;
    const invalid = files.filter((f) => f.invalid !== undefined && f.notReviewed === undefined).length;
    const valid = files.filter((f) => f.invalid === undefined && f.notReviewed === undefined);
    const count = (c) => valid.filter((f) => f.accessChange === c).length;
    const parts = [];
    if (unreviewed)
        parts.push(`${plural(unreviewed, 'file')} not reviewed (over a size, time or memory budget)`);
    if (invalid)
        parts.push(`${plural(invalid, 'file')} cannot be read as a policy`);
    const broad = count('broadens') + count('mixed');
    const narrow = count('narrows') + count('mixed');
    if (broad)
        parts.push(`${plural(broad, 'file')} ${broad === 1 ? 'broadens' : 'broaden'} access`);
    if (narrow)
        parts.push(`${plural(narrow, 'file')} ${narrow === 1 ? 'narrows' : 'narrow'} access`);
    if (!broad && !narrow && valid.length)
        parts.push(`${valid.length === files.length ? 'the' : 'the other'} ${plural(valid.length, 'change')} keep access as it was`);
    return `${VERDICT_TEXT[verdict]}: ${parts.join('; ')} (${plural(files.length, 'changed IAM file')}).`;
}
function accessText(f) {
    if (f.notReviewed !== undefined)
        return '⚠️ not reviewed';
    return f.invalid !== undefined ? '❌ invalid' : { broadens: '🔴 broadens', narrows: '🟢 narrows', mixed: '🟠 mixed', none: '⚪ none' }[f.accessChange];
}
function findingsCount(f) {
    const errors = f.findings.filter((x) => x.severity === 'error').length;
    const warnings = f.findings.filter((x) => x.severity === 'warning').length;
    const parts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean);
    return parts.length ? parts.join(', ') : f.findings.length ? plural(f.findings.length, 'notice') : '—';
}
function summaryRow(f) {
    const status = f.status === 'renamed' && f.previousPath ? `renamed from ${(0,markdown/* cellCode */.GA)(f.previousPath)}` : f.status;
    return [(0,markdown/* cellCode */.GA)(f.path), status, accessText(f), findingsCount(f)];
}
/** The file's section without its text diff: heading, statement changes, findings. */
function fileCore(f, context) {
    const parts = [`\n#### ${(0,markdown/* inlineCode */.ti)(f.path)} — ${accessText(f)}\n\n`];
    if (f.status === 'renamed' && f.previousPath)
        parts.push(`Renamed from ${(0,markdown/* inlineCode */.ti)(f.previousPath)}.\n\n`);
    if (f.notReviewed !== undefined) {
        parts.push(`**Not reviewed:** ${(0,markdown/* inlineText */.ln)(f.notReviewed)}\. Whether it changes access is not known; review it by hand.\n`);
        return parts.join('');
    }
    if (f.invalid !== undefined)
        parts.push(`The head version cannot be read as a policy: ${(0,markdown/* inlineText */.ln)(f.invalid)}\n\n`);
    if (f.note)
        parts.push(`${(0,markdown/* inlineText */.ln)(f.note)}\n\n`);
    if (f.invalid === undefined) {
        if (f.changes.length) {
            const withWhy = f.changes.some((c) => c.why !== undefined);
            const row = (c) => [(0,markdown/* cellText */.Ie)(c.statement), (0,markdown/* cellText */.Ie)(c.change), RATING_TEXT[c.rating], ...(withWhy ? [(0,markdown/* cellText */.Ie)(c.why ?? '')] : [])];
            parts.push((0,markdown/* table */.tp)(['Statement', 'Change', 'Rating', ...(withWhy ? ['Why'] : [])], f.changes.map(row)));
        }
        else {
            parts.push(f.status === 'removed' ? 'The file is removed; it held no statements.\n' : 'No statement changes its meaning.\n');
        }
    }
    if (f.status !== 'removed') {
        if (f.findings.length) {
            parts.push(`\n**Findings in the head version**\n\n`);
            for (const x of f.findings) {
                const where = context.blobBase ? (0,markdown/* link */.nf)(`line ${x.line}`, `${context.blobBase}${(0,markdown/* urlPath */.Lx)(f.path)}#L${x.line}`) : `line ${x.line}`;
                parts.push(`- ${SEVERITY_TEXT[x.severity]} ${where} ${(0,markdown/* inlineCode */.ti)(x.code)}: ${(0,markdown/* inlineText */.ln)(x.message)} ${(0,markdown/* inlineText */.ln)(x.hint)}\n`);
            }
        }
        else {
            parts.push('\nNo findings in the head version.\n');
        }
    }
    return parts.join('');
}
function fileDiff(f) {
    if (!f.textDiff)
        return '';
    return `\n${(0,markdown/* details */.zH)(`Text diff of ${f.path}`, (0,markdown/* codeBlock */.DV)(f.textDiff, 'diff'))}`;
}
/** Where the reader finds what a cut left out: the summary holds the review, the artifact every finding. */
function pointer(context, limit) {
    const summary = context.runUrl ? `the ${(0,markdown/* link */.nf)('job summary', context.runUrl)}` : 'the job summary';
    const findings = context.artifactName ? ` Every finding is in the ${(0,markdown/* inlineCode */.ti)(context.artifactName)} artifact.` : '';
    return limit === 'comment' ? `${capitalise(summary)} holds the whole review.${findings}` : findings.trim();
}
const LIMIT_TEXT = {
    comment: "GitHub's 65,536-character limit",
    summary: "the job summary's 1 MiB limit"
};
/**
 * The review, whole, when it fits `maxLength` characters; otherwise cut
 * whole pieces (text diffs first, then file sections from the last, then
 * summary rows) and say what was cut and where everything is.
 */
function reviewComment(files, context, maxLength = Infinity, limit = 'comment') {
    const head = `${REVIEW_TITLE}\n\n${verdictLine(files)}\n`;
    const capped = context.capped
        ? `\n> [!WARNING]\n> GitHub lists only the first 3,000 files of a pull request; IAM files beyond them are not reviewed here.\n`
        : '';
    const rows = files.map(summaryRow);
    const cores = files.map((f) => fileCore(f, context));
    const diffs = files.map((f) => fileDiff(f));
    const tableOf = (rowCount) => {
        const shown = rows.slice(0, rowCount);
        if (rowCount < rows.length)
            shown.push([`… ${plural(rows.length - rowCount, 'more file')}`, '', '', '']);
        return (0,markdown/* table */.tp)(['File', 'Change', 'Access', 'Findings'], shown);
    };
    const render = (rowCount, coreOn, diffOn, cutNote) => {
        const parts = [head, capped, '\n', tableOf(rowCount)];
        files.forEach((_f, i) => {
            if (coreOn[i])
                parts.push(cores[i], diffOn[i] ? diffs[i] : '');
        });
        parts.push(cutNote);
        return parts.join('');
    };
    const all = files.map(() => true);
    const whole = render(rows.length, all, all, '');
    if (whole.length <= maxLength)
        return { body: whole, cut: [] };
    // Too long: keep pieces in order of worth while they fit, counting
    // lengths rather than rendering (a PR may change thousands of files).
    const coreOn = files.map(() => false);
    const diffOn = files.map(() => false);
    let rowCount = rows.length;
    const cutNote = () => {
        const cut = [];
        const left = files.filter((_f, i) => !coreOn[i]);
        if (left.length)
            cut.push(`${plural(left.length, 'file section')} (${sectionNames(left)})`);
        const d = files.filter((f, i) => f.textDiff && !(coreOn[i] && diffOn[i])).length;
        if (d)
            cut.push(plural(d, 'text diff'));
        if (rowCount < rows.length)
            cut.push(`${plural(rows.length - rowCount, 'row')} of the file table`);
        const where = pointer(context, limit);
        const note = `\n---\n\n**Cut to fit ${LIMIT_TEXT[limit]}:** ${cut.join('; ')}.${where ? ` ${where}` : ''}\n`;
        return { cut, note };
    };
    // The note names the first few cut sections, which change as pieces go
    // in: room for the longest names keeps the final text under the limit.
    const slack = files
        .map((f) => (0,markdown/* inlineCode */.ti)(f.path).length + 2)
        .sort((a, b) => b - a)
        .slice(0, SECTION_NAMES_SHOWN)
        .reduce((a, b) => a + b, 0);
    const fixed = head.length + capped.length + 1 + slack;
    let kept = 0;
    const fits = (extra) => fixed + tableOf(rowCount).length + kept + extra + cutNote().note.length <= maxLength;
    // The file table shrinks only when even it alone does not fit (halving, then one by one).
    while (rowCount > 0 && !fits(0))
        rowCount = rowCount > 64 ? Math.floor(rowCount / 2) : rowCount - 1;
    for (let i = 0; i < files.length; i++) {
        coreOn[i] = true;
        if (fits(cores[i].length))
            kept += cores[i].length;
        else
            coreOn[i] = false;
    }
    for (let i = 0; i < files.length; i++) {
        if (!coreOn[i] || !diffs[i])
            continue;
        diffOn[i] = true;
        if (fits(diffs[i].length))
            kept += diffs[i].length;
        else
            diffOn[i] = false;
    }
    const { cut, note } = cutNote();
    const body = render(rowCount, coreOn, diffOn, note);
    if (body.length > maxLength)
        throw new Error(`the review's shortest form is ${body.length} characters, over ${maxLength}`);
    return { body, cut };
}
const SECTION_NAMES_SHOWN = 5;
function sectionNames(files) {
    const shown = files.slice(0, SECTION_NAMES_SHOWN).map((f) => (0,markdown/* inlineCode */.ti)(f.path));
    return files.length > shown.length ? `${shown.join(', ')} and ${files.length - shown.length} more` : shown.join(', ');
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** The comment once the pull request no longer changes any IAM file. */
function noPolicyFilesComment(patterns) {
    const globs = patterns.map((p) => (0,markdown/* inlineCode */.ti)(p)).join(', ');
    return `${REVIEW_TITLE}\n\n⚪ **No change in access**: this pull request no longer changes any IAM file matched by ${globs}.\n`;
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
;// CONCATENATED MODULE: ./src/modes/review.ts
// The pull-request review of a validate run: which IAM files the PR changes,
// their base and head versions, the semantic diff and the head's findings,
// one sticky comment and the outputs. GitHub refusing (a fork's read-only
// token, a missing permission) is a warning: the step's result is decided by
// validate's `fail-on` alone.














/** Is this run about a pull request? (A bad `pr-number` counts: runReview reports it.) */
function reviewsPullRequest() {
    const event = readRunEvent();
    try {
        return (0,pull_request/* pickPullRequest */.a8)(event.name, event.payload, core.getInput('pr-number')) !== undefined;
    }
    catch (error) {
        if (error instanceof pull_request/* PullRequestNumberError */.s3)
            return true;
        throw error;
    }
}
/**
 * Runs the review when this run is about a pull request (its event, or the
 * `pr-number` input); otherwise does nothing and returns undefined.
 */
async function runReview(request, options = {}) {
    const event = readRunEvent();
    const prNumberInput = core.getInput('pr-number');
    if (event.problem && (prNumberInput.trim() !== '' || pull_request/* PULL_REQUEST_EVENTS */.m_.includes(event.name) || event.name === 'workflow_run')) {
        // Which PR, its commits, and (workflow_run) which head was checked all come from the event.
        core.warning(`Pull-request review skipped: ${event.problem}. The findings above are reported as usual.`);
        return undefined;
    }
    let pick;
    try {
        pick = (0,pull_request/* pickPullRequest */.a8)(event.name, event.payload, prNumberInput);
    }
    catch (error) {
        if (!(error instanceof pull_request/* PullRequestNumberError */.s3))
            throw error;
        core.setFailed(error.message);
        return undefined;
    }
    if (!pick)
        return undefined;
    const token = core.getInput('github-token');
    if (!token) {
        core.warning("Pull-request review skipped: the 'github-token' input is empty. Leave it at its default (github.token) or pass a token that may read the pull request and comment on it.");
        return undefined;
    }
    const client = createGitHubClient(token);
    const repo = repositoryOf(event);
    if (!repo) {
        core.warning('Pull-request review skipped: GITHUB_REPOSITORY is not set and the event names no repository.');
        return undefined;
    }
    const fromFork = isFromFork(event.payload);
    let pr;
    let changed;
    try {
        pr = await (0,pull_request/* resolvePullRequest */.DJ)(client, repo, pick);
        changed = await (0,pull_request/* listChangedFiles */.AC)(client, pr);
    }
    catch (error) {
        const warning = refusalWarning(error, 'read', fromFork);
        if (!warning && (0,pull_request/* statusOf */.c2)(error) === undefined)
            throw error;
        core.warning(warning ?? `Pull-request review skipped: reading pull request #${pick.number} failed (${(0,core_async/* messageOf */.u)(error)}).`);
        return undefined;
    }
    if (pick.expectedHeadSha && pick.expectedHeadSha !== pr.headSha) {
        core.warning(`Pull-request review skipped: pr-number ${pr.number} names a pull request whose head is ${pr.headSha}, but the workflow run that triggered this one ran on ${pick.expectedHeadSha} (workflow_run.head_sha). The number does not belong to that run (or the PR moved on since); nothing is commented.`);
        return undefined;
    }
    const iamFiles = selectPolicyFiles(changed.files, request.inputs.policyFiles);
    core.setOutput('changed-files', (0,json/* compactJson */.A)(iamFiles.map(changedFileOutput)));
    const local = await hasCommits(request.workspace, [pr.baseSha, pr.headSha]);
    // The same cap as validate: a version over it is named, never read.
    const reader = local ? new GitVersionReader(request.workspace, discover/* MAX_POLICY_BYTES */.mk) : undefined;
    const read = reader
        ? (sha, path) => reader.read(sha, path)
        : (sha, path) => (0,pull_request/* fetchFileVersion */.$u)(client, repo, path, sha, discover/* MAX_POLICY_BYTES */.mk);
    const budget = reviewBudget();
    const pool = new review_worker/* AnalysisPool */.XZ(iamFiles.length ? (0,review_worker/* bundleEntry */.xJ)() : undefined, budget.perFileMs, budget.perFileMemoryMb);
    let files;
    try {
        files = await (0,core_async/* mapLimited */.b)(iamFiles, local ? 1 : 4, (file) => reviewFile(file, pr, read, budget, pool));
    }
    finally {
        reader?.close();
        pool.close();
    }
    const accessChange = accessChangeOf(files);
    core.setOutput('access-change', accessChange);
    const reviewContext = {
        ...(runUrl() ? { runUrl: runUrl() } : {}),
        ...(options.artifactName ? { artifactName: options.artifactName } : {}),
        blobBase: `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repo.owner}/${repo.repo}/blob/${pr.headSha}/`,
        capped: changed.capped
    };
    const tag = core.getInput('comment-tag').trim() || defaultCommentTag(process.env.GITHUB_WORKFLOW ?? '', process.env.GITHUB_JOB ?? '', core.getInput('policy-files'));
    const workflow = workflowKey();
    // The marker and the blank line before it come on top of the body.
    const room = COMMENT_LIMIT - commentMarker(tag, workflow).length - 3;
    const noFiles = iamFiles.length ? undefined : noPolicyFilesComment(request.inputs.policyFiles.map((g) => g.pattern));
    await (0,summary/* writeSummary */.Sy)(`\n${noFiles ?? reviewForSummary(files, reviewContext)}`);
    const body = noFiles ?? reviewComment(files, reviewContext, room).body;
    core.info(`Reviewed ${files.length} changed IAM file${files.length === 1 ? '' : 's'} of pull request #${pr.number} (${local ? 'versions from the local checkout' : 'versions from the API'}): ${verdictOf(files)}.`);
    let comment;
    try {
        const identity = await tokenIdentity(client, token);
        const closed = pr.state === 'closed' || pr.locked;
        if (closed) {
            core.notice(pr.locked
                ? `Pull request #${pr.number} is locked: no comment is written or edited. The review is in the job summary.`
                : `Pull request #${pr.number} is closed: no new comment is written; an earlier review comment of this job, if there is one, is brought up to date. The review is in the job summary.`);
        }
        comment = await upsertStickyComment(client, { ...repo, number: pr.number }, tag, body, {
            create: iamFiles.length > 0 && !closed,
            edit: !pr.locked,
            identity,
            workflow
        });
    }
    catch (error) {
        const warning = refusalWarning(error, 'comment', fromFork);
        if (!warning && (0,pull_request/* statusOf */.c2)(error) === undefined)
            throw error;
        const reason = warning ?? `Pull-request comment not written: ${(0,core_async/* messageOf */.u)(error)}. The review is in the job summary.`;
        core.warning(reason);
        comment = { action: 'skipped', reason };
    }
    if ('id' in comment && comment.id !== undefined) {
        core.setOutput('comment-id', String(comment.id));
        core.setOutput('comment-url', comment.url ?? '');
    }
    return { pullRequest: pr.number, files, accessChange, comment, source: local ? 'local' : 'api' };
}
/**
 * The changed files the globs select, as validate's discovery would select
 * them on disk: include globs without dot files unless spelled, exclusions
 * with them. A rename counts when either side matches.
 */
function selectPolicyFiles(changed, globs) {
    const matcher = (0,policy_files/* policyFileMatcher */.Pv)(globs);
    const match = (path) => (path === undefined ? undefined : matcher.select(path));
    const out = [];
    for (const file of changed) {
        if (file.status === 'unchanged')
            continue;
        const now = match(file.path);
        const before = file.status === 'renamed' ? match(file.previousPath) : undefined;
        const kind = now?.kind ?? before?.kind;
        const withKind = (f) => (kind ? { ...f, kind } : f);
        if (file.status === 'renamed' && file.previousPath) {
            if (now && before)
                out.push(withKind({ path: file.path, status: 'renamed', previousPath: file.previousPath }));
            else if (now)
                out.push(withKind({ path: file.path, status: 'added' }));
            else if (before)
                out.push(withKind({ path: file.previousPath, status: 'removed' }));
            continue;
        }
        if (!now)
            continue;
        // A copy is a new file; 'changed' is GitHub's word for a mode change.
        const status = file.status === 'copied' ? 'added' : file.status === 'changed' ? 'modified' : file.status;
        out.push(withKind({ path: file.path, status }));
    }
    return out;
}
/**
 * The whole review when it fits what is left of the step summary (validate's
 * part came first); otherwise cut to that room, counting 3 bytes a character
 * (UTF-8's most for one UTF-16 unit), so GitHub never drops the summary.
 */
function reviewForSummary(files, context) {
    const room = (0,summary/* summaryRoomBytes */.XM)();
    const whole = reviewComment(files, context).body;
    return Buffer.byteLength(whole, 'utf8') <= room ? whole : reviewComment(files, context, Math.floor(room / 3), 'summary').body;
}
const REVIEW_BUDGET_MS = 120_000;
const FILE_BUDGET_MS = 20_000;
const REVIEW_MEMORY_BUDGET_BYTES = 256 * 1024 * 1024;
function reviewBudget() {
    // RTC_REVIEW_BUDGET_MS / RTC_FILE_BUDGET_MS / RTC_FILE_MEMORY_MB let the tests shrink them.
    const ms = (name, fallback) => {
        const value = Number(process.env[name]);
        return Number.isFinite(value) && value > 0 ? value : fallback;
    };
    return {
        deadline: Date.now() + ms('RTC_REVIEW_BUDGET_MS', REVIEW_BUDGET_MS),
        perFileMs: ms('RTC_FILE_BUDGET_MS', FILE_BUDGET_MS),
        perFileMemoryMb: ms('RTC_FILE_MEMORY_MB', review_worker/* FILE_MEMORY_BUDGET_MB */.rz),
        bytesLeft: ms('RTC_REVIEW_MEMORY_BYTES', REVIEW_MEMORY_BUDGET_BYTES)
    };
}
/** A file the review names but did not review, and why. */
function notReviewed(file, reason) {
    // Sound when unsure: a file nobody compared may broaden access, never "none".
    const review = { path: file.path, status: file.status, accessChange: 'broadens', notReviewed: reason, changes: [], findings: [], textDiff: '' };
    if (file.previousPath)
        review.previousPath = file.previousPath;
    return review;
}
function mib(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
/** Why a version cannot be reviewed; undefined when it can. */
function unreviewable(version, side) {
    if (version?.kind === 'too-large')
        return `over 1 MiB (the ${side} version is ${mib(version.size)})`;
    if (version?.kind === 'unreadable')
        return `the ${side} version cannot be read: ${version.reason}`;
    return undefined;
}
/**
 * The access-change output, one of the four documented values: a file that was
 * not reviewed (over a budget) counts as "broadens", since nothing shows it does not.
 */
function accessChangeOf(files) {
    return combineAccess(files.filter((f) => f.invalid === undefined || f.notReviewed !== undefined).map((f) => f.accessChange));
}
async function reviewFile(file, pr, read, budget, pool) {
    if (Date.now() > budget.deadline)
        return notReviewed(file, 'the review ran out of its time budget before this file');
    const started = Date.now();
    const basePath = file.previousPath ?? file.path;
    const [baseVersion, headVersion] = await Promise.all([
        file.status === 'added' ? undefined : read(pr.baseSha, basePath),
        file.status === 'removed' ? undefined : read(pr.headSha, file.path)
    ]);
    const skip = unreviewable(headVersion, 'head') ?? unreviewable(baseVersion, 'base');
    if (skip)
        return notReviewed(file, skip);
    const textOf = (v) => (v?.kind === 'text' ? v.text : undefined);
    budget.bytesLeft -= (textOf(baseVersion)?.length ?? 0) + (textOf(headVersion)?.length ?? 0);
    if (budget.bytesLeft < 0)
        return notReviewed(file, "the review's memory budget for file versions (256 MiB by default) was spent before this file");
    const input = { path: file.path, status: file.status };
    if (file.previousPath)
        input.previousPath = file.previousPath;
    if (file.kind)
        input.kind = file.kind;
    const baseText = textOf(baseVersion);
    const headText = textOf(headVersion);
    if (baseText !== undefined)
        input.baseText = baseText;
    if (headText !== undefined)
        input.headText = headText;
    const result = await pool.analyse(input);
    if (!result.ok)
        return notReviewed(file, result.reason);
    // In this thread (no worker) the analysis cannot be stopped midway: it is judged when done.
    if (Date.now() - started > budget.perFileMs)
        return notReviewed(file, `reviewing it took over the per-file budget of ${budget.perFileMs / 1000} s`);
    return result.review;
}
function changedFileOutput(file) {
    const out = { path: file.path, status: file.status };
    if (file.previousPath)
        out.previousPath = file.previousPath;
    return out;
}
function isFromFork(payload) {
    const pr = payload.pull_request;
    const head = pr?.head?.repo?.full_name;
    const base = pr?.base?.repo?.full_name;
    return head !== undefined && base !== undefined && head !== base;
}
function runUrl() {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env;
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}


/***/ })

};
