export const id = 588;
export const ids = [588];
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


/***/ })

};
