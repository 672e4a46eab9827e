import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  reviewFootprint
} from "./chunk-64VRNPZP.js";
import {
  GitHubAnswerError,
  GitHubRateLimitError,
  LIST_OUTPUT_BUDGET,
  MAX_LISTED_FILES,
  MAX_PATH_DEPTH,
  MAX_POLICY_BYTES,
  PULL_REQUEST_EVENTS,
  annotate,
  cellCode,
  cellText,
  codeBlock,
  details,
  fetchFileVersion,
  formatBytes,
  guardEventPath,
  inlineCode,
  inlineText,
  isRateLimited,
  jsonListWithin,
  link,
  listChangedFiles,
  logInfo,
  pickPullRequest,
  policyFileMatcher,
  quotingText,
  readPages,
  readRunEvent,
  repositoryOf,
  requestWhere,
  resolvePullRequest,
  reviewSkipped,
  sha256Hex,
  statusOf,
  summaryRoomBytes,
  table,
  tableRow,
  textVersion,
  togetherCheckFailed,
  urlPath,
  writeSummary
} from "./chunk-KWJIESL6.js";
import {
  clipText,
  mapLimited,
  messageOf
} from "./chunk-NY7RZOUY.js";
import {
  GitHub,
  defaults,
  getOctokitOptions,
  require_light,
  retry
} from "./chunk-QQ6ARJGR.js";
import {
  getInput,
  info,
  setOutput,
  setSecret
} from "./chunk-2HGR6NR5.js";
import "./chunk-X5RASQ4X.js";
import {
  groupDigits,
  visibleText
} from "./chunk-4P27VZC6.js";
import "./chunk-JDA5AVWZ.js";
import "./chunk-WK53RSOG.js";
import {
  __toESM
} from "./chunk-XFGV3SBV.js";

// src/github/local-git.ts
import { execFile, spawn } from "node:child_process";
var COMMIT_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function git(cwd, args) {
  return new Promise((resolve) => {
    execFile("git", args, { cwd, windowsHide: true }, (error) => resolve(!error));
  });
}
async function localMergeBase(cwd, base, head) {
  if (!COMMIT_SHA.test(base) || !COMMIT_SHA.test(head)) return { kind: "absent" };
  const key = `${cwd}\0${base}\0${head}`;
  const known = foundMergeBases.get(key);
  if (known !== void 0) return known;
  const answer = await new Promise((resolve) => {
    execFile("git", ["merge-base", base, head], { cwd, windowsHide: true, encoding: "utf8" }, (error, stdout) => {
      const sha = stdout.trim();
      if (!error && COMMIT_SHA.test(sha)) resolve({ kind: "found", sha });
      else resolve(error?.code === 1 ? { kind: "none" } : { kind: "absent" });
    });
  });
  if (answer.kind === "found") foundMergeBases.set(key, answer);
  return answer;
}
var foundMergeBases = /* @__PURE__ */ new Map();
var CHANGED_LISTING_MAX_BYTES = 64 * 1024 * 1024;
var CHANGED_LISTING_TIMEOUT_MS = 6e4;
var GIT_STATUS = { A: "added", D: "removed", M: "modified", R: "renamed", C: "copied", T: "changed" };
async function changedFilesInCheckout(cwd, base, head, maxBytes = CHANGED_LISTING_MAX_BYTES, timeoutMs = CHANGED_LISTING_TIMEOUT_MS) {
  const mergeBase = await localMergeBase(cwd, base, head);
  if (mergeBase.kind !== "found") return void 0;
  const listing = await new Promise((resolve) => {
    execFile(
      "git",
      ["-c", "core.quotePath=false", "diff", "--name-status", "-z", "-M", "--no-ext-diff", "--no-textconv", "--no-color", mergeBase.sha, head, "--"],
      { cwd, windowsHide: true, encoding: "buffer", maxBuffer: maxBytes, timeout: timeoutMs, killSignal: "SIGKILL" },
      (error, stdout) => resolve(error ? void 0 : stdout)
    );
  });
  return listing === void 0 ? void 0 : changedFilesOf(listing);
}
var NOT_UTF8_NAME = "git lists its name with bytes that are not UTF-8, shown here as the replacement character U+FFFD, and a file asked for by that text could be another one (a file named with U+FFFD itself): it is not read";
function listedNames(listing) {
  if (typeof listing === "string") return listing.split("\0").map((text) => ({ text, exact: true }));
  const fields = [];
  for (let start = 0; ; ) {
    const end = listing.indexOf(0, start);
    const bytes = listing.subarray(start, end === -1 ? listing.length : end);
    const text = bytes.toString("utf8");
    fields.push({ text, exact: Buffer.byteLength(text, "utf8") === bytes.length && Buffer.from(text, "utf8").equals(bytes) });
    if (end === -1) return fields;
    start = end + 1;
  }
}
function changedFilesOf(listing) {
  const fields = listedNames(listing);
  if (fields.pop()?.text !== "") return listing.length === 0 ? [] : void 0;
  const files = [];
  for (let i = 0; i < fields.length; ) {
    const letter = fields[i].text.charAt(0);
    const status = GIT_STATUS[letter];
    if (status === void 0) return void 0;
    const paired = letter === "R" || letter === "C";
    const names = fields.slice(i + 1, i + (paired ? 3 : 2));
    if (names.length !== (paired ? 2 : 1) || names.some((p) => p.text === "")) return void 0;
    const paths = names.map((n) => n.text);
    const file = paired ? { path: paths[1], status, previousPath: paths[0] } : { path: paths[0], status };
    files.push(names.every((n) => n.exact) ? file : { ...file, unreadableName: NOT_UTF8_NAME });
    i += paired ? 3 : 2;
  }
  return files;
}
async function hasCommits(cwd, shas) {
  for (const sha of shas) {
    if (!COMMIT_SHA.test(sha)) return false;
    if (!await git(cwd, ["cat-file", "-e", `${sha}^{commit}`])) return false;
  }
  return true;
}
var USAGE_ERROR = 129;
var GitVersionReader = class {
  constructor(cwd, maxBytes) {
    this.cwd = cwd;
    this.maxBytes = maxBytes;
    this.start();
  }
  cwd;
  maxBytes;
  child;
  delimiter = "nul";
  pending = [];
  buffer = Buffer.alloc(0);
  /** Whether git has answered anything: only before that is a usage error taken for an older git. */
  answered = false;
  /** The answer being read: its header said a blob of this size. */
  body;
  failed;
  /** Why every read is unreadable from now on (git answered out of step). */
  lost;
  /** The file at `path` in commit `sha`. */
  read(sha, path) {
    if (!COMMIT_SHA.test(sha)) return Promise.reject(new Error(`not a commit id: ${sha}`));
    const refused = this.refusal(path);
    if (refused) return Promise.resolve({ kind: "unreadable", reason: refused });
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      const request = `${sha}:${path}`;
      this.pending.push({ request, resolve, reject });
      this.write(request);
    });
  }
  close() {
    this.child.stdin.end();
  }
  /** Why `path` cannot be asked for with the current delimiter; undefined when it can. */
  refusal(path) {
    if (this.lost) return this.lost;
    if (path.includes("\0")) return "its path holds a NUL character, which no file in git can have";
    if (this.delimiter === "line" && /[\r\n]/.test(path)) {
      return "its path holds a line break or carriage return, and this runner's git is older than 2.38, which cannot be asked for such a path (git cat-file -z)";
    }
    return void 0;
  }
  start() {
    const args = ["cat-file", "--batch", "--follow-symlinks", ...this.delimiter === "nul" ? ["-z"] : []];
    const child = spawn("git", args, { cwd: this.cwd, windowsHide: true, stdio: ["pipe", "pipe", "pipe"] });
    this.child = child;
    child.stdout.on("data", (chunk) => {
      this.answered = true;
      this.take(chunk);
    });
    child.stderr.resume();
    const fail = (error) => {
      if (child !== this.child) return;
      this.failed = error;
      for (const p of this.pending.splice(0)) p.reject(error);
    };
    child.on("error", fail);
    child.on("close", (code) => {
      if (code === USAGE_ERROR && this.delimiter === "nul" && !this.answered) return this.restartWithLineFeeds();
      fail(new Error(`git cat-file --batch ended (exit ${code})`));
    });
    child.stdin.on("error", () => void 0);
  }
  restartWithLineFeeds() {
    this.delimiter = "line";
    const asked = this.pending.splice(0);
    this.start();
    for (const p of asked) {
      const path = p.request.slice(p.request.indexOf(":") + 1);
      const refused = this.refusal(path);
      if (refused) p.resolve({ kind: "unreadable", reason: refused });
      else {
        this.pending.push(p);
        this.write(p.request);
      }
    }
  }
  write(request) {
    this.child.stdin.write(`${request}${this.delimiter === "nul" ? "\0" : "\n"}`);
  }
  take(chunk) {
    if (this.lost) return;
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (; ; ) {
      if (this.body) {
        const need = this.body.size + 1 - this.body.got;
        const part = this.buffer.subarray(0, Math.min(need, this.buffer.length));
        if (this.body.keep) this.body.chunks.push(part);
        this.body.got += part.length;
        this.buffer = this.buffer.subarray(part.length);
        if (this.body.got < this.body.size + 1) return;
        const { size: size2, keep, chunks } = this.body;
        this.body = void 0;
        const answer = keep ? textVersion(Buffer.concat(chunks).subarray(0, size2)) : { kind: "too-large", size: size2 };
        this.pending.shift()?.resolve(answer);
        continue;
      }
      if (this.buffer.length === 0) return;
      const echo = this.echoed();
      if (echo === "wait") return;
      if (echo > 0) {
        this.buffer = this.buffer.subarray(echo);
        this.pending.shift()?.resolve({ kind: "missing" });
        continue;
      }
      const end = this.buffer.indexOf(10);
      if (end === -1) return;
      const header = this.buffer.subarray(0, end).toString("utf8");
      this.buffer = this.buffer.subarray(end + 1);
      const link2 = LINK_FAILURE.exec(header);
      if (link2) {
        this.body = { size: Number(link2[1]), keep: false, chunks: [], got: 0 };
        this.missingOnceRead();
        continue;
      }
      if (SUBMODULE.test(header)) {
        this.pending.shift()?.resolve({ kind: "missing" });
        continue;
      }
      const m = OBJECT_HEADER.exec(header);
      if (!m || this.pending.length === 0) return this.loseStep();
      const size = Number(m[2]);
      const isBlob = m[1] === "blob";
      this.body = { size, keep: isBlob && size <= this.maxBytes, chunks: [], got: 0 };
      if (!isBlob) this.missingOnceRead();
    }
  }
  /**
   * The length of the answer that echoes the request under way ("<request>
   * missing\n" or "<request> ambiguous\n") when the buffer starts with it;
   * 'wait' when the buffer is still a beginning of one; 0 when it is another
   * answer. Every other answer starts with an object id and a space, or a
   * word (symlink, dangling, loop, notdir), never with "<commit>:", so the
   * two part within the first 41 bytes (65 in a SHA-256 repository).
   */
  echoed() {
    const request = this.pending[0]?.request;
    if (request === void 0) return 0;
    let partial = false;
    for (const word of ECHO_WORDS) {
      const answer = Buffer.from(`${request} ${word}
`, "utf8");
      const n = Math.min(answer.length, this.buffer.length);
      if (!this.buffer.subarray(0, n).equals(answer.subarray(0, n))) continue;
      if (n === answer.length) return n;
      partial = true;
    }
    return partial ? "wait" : 0;
  }
  /** git answered in a form the reader does not know: no answer is trusted from here on. */
  loseStep() {
    this.lost = "git cat-file answered out of step with the requests, so no version read after that is trusted";
    this.body = void 0;
    this.buffer = Buffer.alloc(0);
    for (const p of this.pending.splice(0)) p.resolve({ kind: "unreadable", reason: this.lost });
    this.child.kill();
  }
  /** The answer under way, once its body has streamed by, is that no file is there. */
  missingOnceRead() {
    const pending = this.pending.shift();
    this.pending.unshift({ request: "", resolve: () => pending?.resolve({ kind: "missing" }), reject: (e) => pending?.reject(e) });
  }
};
var ECHO_WORDS = ["missing", "ambiguous"];
var OBJECT_HEADER = /^[0-9a-f]{40}(?:[0-9a-f]{24})? (blob|tree|commit|tag) (\d+)$/;
var SUBMODULE = /^[0-9a-f]{40}(?:[0-9a-f]{24})? submodule$/;
var LINK_FAILURE = /^(?:symlink|dangling|loop|notdir) (\d+)$/;

// src/github/event-guard.ts
guardEventPath();

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION = "0.0.0-development";
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
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
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
    Bottleneck = import_light.default,
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
    state.retryLimiter.on("failed", async function(error, info2) {
      const [state2, request, options] = info2.args;
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

// src/github/octokit.ts
var REQUEST_TIMEOUT_MS = 3e4;
var TIMEOUT_RETRIES = 1;
var MAX_ANSWER_BYTES = 128 * 1024 * 1024;
var RATE_LIMIT_TOTAL_WAIT_SECONDS = 300;
var GitHubAnswerTooLargeError = class extends Error {
  constructor(method, url, limit) {
    super(`GitHub's answer to ${requestWhere(method, url)} is over ${limit >= 1024 * 1024 ? `${limit / 1024 / 1024} MiB` : `${limit} bytes`}: it was not read further`);
    this.method = method;
    this.url = url;
    this.limit = limit;
  }
  method;
  url;
  limit;
  name = "GitHubAnswerTooLargeError";
};
function errorOrCause(error, type) {
  if (error instanceof type) return error;
  return error instanceof Error && error.cause instanceof type ? error.cause : void 0;
}
var tooLargeOf = (error) => errorOrCause(error, GitHubAnswerTooLargeError);
function backoffUnitFromEnv() {
  const raw = process.env.RTC_GITHUB_BACKOFF_UNIT_MS;
  if (raw === void 0 || raw === "") return void 0;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : void 0;
}
function requestTimeoutFromEnv() {
  const value = Number(process.env.RTC_GITHUB_REQUEST_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : void 0;
}
var GitHubTimeoutError = class extends Error {
  constructor(method, url, ms) {
    super(`GitHub did not answer ${method} ${url} within ${seconds(ms)}`);
    this.method = method;
    this.url = url;
    this.ms = ms;
  }
  method;
  url;
  ms;
  name = "GitHubTimeoutError";
};
function seconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${ms} ms`;
}
var timeoutOf = (error) => errorOrCause(error, GitHubTimeoutError);
function quotedHeader(value) {
  return value === void 0 || value === "" ? "none" : visibleText(clipText(value, 100));
}
function isTimeout(error) {
  return timeoutOf(error) !== void 0;
}
function failureText(error) {
  const timeout = timeoutOf(error);
  if (timeout) return `GitHub did not answer within ${seconds(timeout.ms)}`;
  if (error instanceof GitHubAnswerError || error instanceof GitHubRateLimitError) return error.message;
  const tooLarge = tooLargeOf(error);
  if (tooLarge) return tooLarge.message;
  const message = error instanceof Error ? error.message : String(error);
  const status = answeredStatus(error);
  return status !== void 0 ? `GitHub answered ${status} (${message})` : `the request to GitHub failed (${message})`;
}
function answeredStatus(error) {
  if (error === null || typeof error !== "object" || !("response" in error) || !error.response) return void 0;
  return "status" in error && typeof error.status === "number" ? error.status : void 0;
}
function fetchWithin(fetchImpl, ms, maxBytes = MAX_ANSWER_BYTES) {
  return async (url, init) => {
    const controller = new AbortController();
    const signal = init.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
    let timer;
    const expired = new Promise((_resolve, reject) => {
      timer = setTimeout(() => {
        const error = new GitHubTimeoutError(init.method ?? "GET", url, ms);
        reject(error);
        controller.abort(error);
      }, ms);
    });
    expired.catch(() => void 0);
    try {
      const response = await Promise.race([fetchImpl(url, { ...init, signal }), expired]);
      const nullBody = response.status === 204 || response.status === 205 || response.status === 304;
      const body = nullBody ? null : await Promise.race([bodyWithin(response, maxBytes, init.method ?? "GET", url, controller), expired]);
      const whole = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
      Object.defineProperty(whole, "url", { value: response.url });
      return whole;
    } finally {
      clearTimeout(timer);
    }
  };
}
async function bodyWithin(response, maxBytes, method, url, controller) {
  const tooLarge = () => {
    const error = new GitHubAnswerTooLargeError(method, url, maxBytes);
    controller.abort(error);
    return error;
  };
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => void 0);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
function rateLimitWait(status, headers, now = Date.now()) {
  if (status !== 403 && status !== 429 || !headers) return void 0;
  const retryAfter = headers["retry-after"];
  if (retryAfter !== void 0 && retryAfter !== "") {
    const seconds2 = Number(retryAfter);
    if (Number.isFinite(seconds2)) return Math.max(seconds2, 0);
    const date = Date.parse(String(retryAfter));
    return Number.isFinite(date) ? Math.max(Math.ceil((date - now) / 1e3), 0) : Infinity;
  }
  if (headers["x-ratelimit-remaining"] === "0") {
    const reset = Number(headers["x-ratelimit-reset"]);
    return Number.isFinite(reset) ? Math.max(Math.ceil(reset - now / 1e3) + 1, 0) : Infinity;
  }
  return status === 429 ? 60 : void 0;
}
function boundRetries(octokit) {
  octokit.hook.error("request", (error, options) => {
    if (isTimeout(error)) options.request.retries = Math.min(options.request.retries ?? TIMEOUT_RETRIES, TIMEOUT_RETRIES);
    if (tooLargeOf(error)) options.request.retries = 0;
    const answer = error.response;
    const wait = rateLimitWait(statusOf(error), answer?.headers);
    if (wait !== void 0) {
      options.request.retries = 0;
      options.request.rateLimitWait = wait;
      options.request.rateLimitStatus = statusOf(error);
    }
    throw error;
  });
}
function refuseAnswersNotFromTheApi(octokit) {
  octokit.hook.wrap("request", async (request, options) => {
    const response = await request(options);
    if (response.status === 204 || response.status === 205 || response.status === 304) return response;
    const accept = String(options.headers?.accept ?? "");
    const raw = options.mediaType?.format === "raw" || /\.raw\b/.test(accept);
    const contentType = response.headers["content-type"];
    const json = response.data !== null && typeof response.data === "object" && !(response.data instanceof ArrayBuffer);
    const html = /^\s*(text\/html|application\/xhtml)/i.test(contentType ?? "");
    if (raw ? html : !json) {
      const where = requestWhere(options.method ?? "GET", response.url || String(options.url ?? ""));
      throw new GitHubAnswerError(
        `GitHub's answer to ${where} (status ${response.status}, content-type ${quotedHeader(contentType)}) is not ${raw ? "the file's content" : "JSON"}: a proxy or a login page answered instead of the API? Check GITHUB_API_URL and the runner's proxy settings (HTTPS_PROXY, NO_PROXY)`,
        response.status
      );
    }
    return response;
  });
}
function rateLimitGate(gate) {
  return (octokit) => {
    octokit.hook.wrap("request", async (request, options) => {
      for (; ; ) {
        const now = Date.now();
        if (now < gate.blockedUntil) {
          throw new GitHubRateLimitError(
            `GitHub's rate limit refused an earlier request and asked to wait ${waitText(gate.blockedUntil - now)}: ${requestWhere(options.method ?? "GET", String(options.url ?? ""))} was not sent`,
            gate.blockedStatus
          );
        }
        if (now >= gate.holdUntil) return request(options);
        await new Promise((resolve) => setTimeout(resolve, gate.holdUntil - now));
      }
    });
  };
}
function throttlingTakes(error) {
  const answer = error.response;
  if (/\bsecondary rate\b/i.test(error instanceof Error ? error.message : "")) return true;
  if (answer?.headers?.["x-ratelimit-remaining"] === "0") return true;
  const errors = answer?.data?.errors;
  return Array.isArray(errors) && errors.some((e) => e?.type === "RATE_LIMITED");
}
function waitOutOtherTooManyRequests(waitOrGiveUp, unit) {
  return (octokit) => {
    octokit.hook.wrap("request", async (request, options) => {
      for (let retryCount = 0; ; retryCount++) {
        try {
          return await request(options);
        } catch (error) {
          if (statusOf(error) !== 429 || throttlingTakes(error)) throw error;
          const answer = error.response;
          const wait = rateLimitWait(429, answer?.headers ?? {}) ?? 60;
          const where = { method: options.method ?? "GET", url: String(options.url ?? ""), request: options.request ?? {} };
          if (!waitOrGiveUp(wait, where, octokit, retryCount)) throw error;
          await new Promise((resolve) => setTimeout(resolve, wait * unit));
          if (options.request) for (const noted of ["retries", "rateLimitWait", "rateLimitStatus"]) delete options.request[noted];
        }
      }
    });
  };
}
function waitText(ms) {
  return Number.isFinite(ms) ? `${Math.ceil(ms / 1e3)} s more` : "longer than this run";
}
function createGitHubClient(token, options = {}) {
  const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  const unit = options.backoffUnitMs ?? backoffUnitFromEnv() ?? 1e3;
  const retries = options.retries ?? 3;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const maxTotalWait = options.maxTotalRateLimitWaitSeconds ?? RATE_LIMIT_TOTAL_WAIT_SECONDS;
  const gate = { holdUntil: 0, blockedUntil: 0, blockedStatus: 403, warned: false };
  let waited = 0;
  const waitOrGiveUp = (kind) => (pluginWait, request, _octokit, retryCount) => {
    const noted = request.request;
    const retryAfter = Math.max(pluginWait, noted?.rateLimitWait ?? 0);
    const now = Date.now();
    const until = now + retryAfter * unit;
    const adds = Math.max(0, until - Math.max(now, gate.holdUntil)) / (unit || 1);
    const retrying = retryCount < retries && retryAfter <= maxWait && waited + adds <= maxTotalWait;
    if (retrying) {
      gate.holdUntil = Math.max(gate.holdUntil, until);
      waited += adds;
    } else {
      gate.blockedUntil = Math.max(gate.blockedUntil, until);
      gate.blockedStatus = noted?.rateLimitStatus ?? gate.blockedStatus;
      if (gate.warned) return false;
      gate.warned = true;
    }
    annotate(
      "warning",
      `GitHub ${kind} for ${requestWhere(request.method, request.url)}: ${retrying ? `retrying after ${retryAfter} s (retry ${retryCount + 1} of ${retries})` : `giving up; no more requests are sent until it resets (${Number.isFinite(retryAfter) ? `in ${retryAfter} s` : "at no time GitHub named"})${retryCount < retries && retryAfter <= maxWait ? `: the run has waited ${Math.round(waited)} s for rate limits already, and waits ${maxTotalWait} s at most` : ""}`}.`
    );
    return retrying;
  };
  const timeoutMs = options.requestTimeoutMs ?? requestTimeoutFromEnv() ?? REQUEST_TIMEOUT_MS;
  const baseFetch = defaults.request?.fetch ?? ((url, init) => fetch(url, init));
  const throttle = options.throttle ?? true;
  const WithPlugins = GitHub.plugin(
    boundRetries,
    retry,
    throttling,
    ...throttle ? [waitOutOtherTooManyRequests(waitOrGiveUp("or a proxy before it answered 429 (too many requests)"), unit)] : [],
    refuseAnswersNotFromTheApi,
    rateLimitGate(gate)
  );
  return new WithPlugins(
    getOctokitOptions(token, {
      baseUrl,
      // Actions' defaults (its proxy's agent and fetch) with the time limit: a `request` given here replaces theirs whole.
      request: { ...defaults.request, fetch: fetchWithin(baseFetch, timeoutMs, options.maxAnswerBytes ?? MAX_ANSWER_BYTES) },
      retry: { retries, retryAfterBaseValue: unit },
      throttle: {
        enabled: throttle,
        retryAfterBaseValue: unit,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: waitOrGiveUp("rate limit"),
        onSecondaryRateLimit: waitOrGiveUp("secondary rate limit")
      }
    })
  );
}

// src/github/merge-base.ts
async function fetchMergeBase(client, repo, base, head) {
  let data;
  try {
    ;
    ({ data } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 1 }));
  } catch (error) {
    const status = statusOf(error);
    if (status === 404) return { kind: "none" };
    if (status !== void 0) return { kind: "refused", status, ...answeredStatus(error) === void 0 ? { unanswered: failureText(error) } : {} };
    throw error;
  }
  const sha = data.merge_base_commit?.sha;
  return typeof sha === "string" && COMMIT_SHA.test(sha) ? { kind: "found", sha } : { kind: "refused" };
}

// src/github/versions.ts
async function openVersions(request) {
  const { client, repo, workspace, pr, needBefore, maxBytes } = request;
  let refusal;
  const refused = () => refusal;
  const api = async (sha2, path) => {
    try {
      return await fetchFileVersion(client, repo, path, sha2, maxBytes);
    } catch (error) {
      const status = statusOf(error);
      if (status === void 0) throw error;
      const said = failureText(error);
      refusal ??= { status, message: messageOf(error), said };
      return { kind: "unreadable", reason: said };
    }
  };
  const local = await localMergeBase(workspace, pr.baseSha, pr.headSha);
  if (local.kind === "absent") {
    const before2 = needBefore ? await fetchMergeBase(client, repo, pr.baseSha, pr.headSha) : void 0;
    const { sha: sha2, fallback: fallback2 } = chosen(pr.baseSha, before2);
    return { beforeSha: sha2, headSha: pr.headSha, ...fallbackOf(fallback2), source: "api", concurrency: 4, read: (side, path) => api(side === "before" ? sha2 : pr.headSha, path), close: () => void 0, refused };
  }
  let sha = local.kind === "found" ? local.sha : pr.baseSha;
  let fallback;
  let beforeLocal = true;
  if (local.kind === "none" && needBefore) {
    ;
    ({ sha, fallback } = chosen(pr.baseSha, await fetchMergeBase(client, repo, pr.baseSha, pr.headSha)));
    beforeLocal = sha === pr.baseSha || await hasCommits(workspace, [sha]);
  }
  const reader = new GitVersionReader(workspace, maxBytes);
  const before = sha;
  return {
    beforeSha: before,
    headSha: pr.headSha,
    ...fallbackOf(fallback),
    source: beforeLocal ? "local" : "mixed",
    concurrency: beforeLocal ? 1 : 4,
    read: (side, path) => side === "head" ? reader.read(pr.headSha, path) : beforeLocal ? reader.read(before, path) : api(before, path),
    close: () => reader.close(),
    refused
  };
}
function chosen(baseSha, answer) {
  if (answer === void 0) return { sha: baseSha };
  if (answer.kind === "found") return { sha: answer.sha };
  if (answer.kind === "none") return { sha: baseSha, fallback: "GitHub finds no common ancestor of it and the head" };
  return { sha: baseSha, fallback: `GitHub did not name the merge base (${answer.unanswered ?? (answer.status === void 0 ? "its answer held no commit id" : `it answered ${answer.status}`)})` };
}
function fallbackOf(fallback) {
  return fallback === void 0 ? {} : { fallback };
}

// src/github/permission.ts
var TWO_WORKFLOWS = "On a pull request from a fork the GITHUB_TOKEN is read-only whatever the workflow asks for: use the two-workflow pattern (a pull_request workflow validates and uploads the results; a workflow_run workflow with 'pull-requests: write' runs this action with pr-number to comment).";
var TOKEN_NOT_ACCEPTED = "GitHub does not accept the 'github-token' input (expired, revoked, mistyped, or a token of another GitHub than GITHUB_API_URL): no permission is missing. Leave the input at its default (github.token) or pass a valid token.";
function refusalWarning(error, step, fromFork) {
  const status = statusOf(error);
  if (status !== 403 && status !== 401 && status !== 404) return void 0;
  const said = messageOf(error);
  if (isRateLimited(error)) {
    const what = step === "read" ? "Pull-request review skipped: reading the pull request" : "Pull-request comment not written: writing the comment";
    return `${what} met GitHub's rate limit (${status}: ${said}). No permission is missing: run the job again once the limit has reset. The ${step === "read" ? "findings are" : "review is"} in the job summary.`;
  }
  if (status === 401) {
    const what = step === "read" ? `Pull-request review skipped: GitHub answered 401 (${said}) when reading the pull request` : `Pull-request comment not written: GitHub answered 401 (${said})`;
    return `${what}. ${TOKEN_NOT_ACCEPTED} The ${step === "read" ? "findings are" : "review is"} in the job summary.`;
  }
  if (step === "read") {
    const cause = status === 404 ? "Either there is no such pull request in this repository (check 'pr-number' when it is set: it must be the number of a pull request of GITHUB_REPOSITORY), or the token may not see it: it needs 'pull-requests: read' and 'contents: read'." : "The token needs 'pull-requests: read' and 'contents: read'.";
    return `Pull-request review skipped: GitHub answered ${status} (${said}) when reading the pull request. ${cause} The findings are in the job summary.`;
  }
  if (status === 403 && /\bis locked\b/i.test(said)) {
    return `Pull-request comment not written: the pull request is locked (GitHub answered 403: ${said}). No permission is missing. The review is in the job summary.`;
  }
  const permission = "The job needs 'permissions: pull-requests: write' (or a token that may comment on pull requests).";
  return `Pull-request comment not written: GitHub answered ${status} (${said}). ${fromFork ? `${TWO_WORKFLOWS} ${permission}` : `${permission} ${TWO_WORKFLOWS}`} The findings are in the job summary.`;
}
function versionRefusalWarning(refusal) {
  const permission = refusal.status === 401 ? ` ${TOKEN_NOT_ACCEPTED}` : refusal.status === 403 && !/rate limit/i.test(refusal.message) ? " The token needs 'contents: read'." : "";
  const said = refusal.said ?? `GitHub answered ${refusal.status} (${refusal.message})`;
  return `Pull-request review incomplete: ${said} when reading file versions; the comment names those files as not reviewed.${permission}`;
}

// src/github/sticky-comment.ts
var COMMENT_LIMIT = 65536;
var MARKER_PREFIX = "<!-- redshift-temp-creds-action review";
function commentMarker(tag, workflow = "") {
  return `${MARKER_PREFIX}${workflow ? ` workflow=${encodeURIComponent(workflow)}` : ""} tag=${encodeURIComponent(tag)} -->`;
}
function workflowKey(env = process.env) {
  const ref = env.GITHUB_WORKFLOW_REF;
  if (ref) return ref.replace(/@[^@]*$/, "");
  return env.GITHUB_WORKFLOW ?? "";
}
function defaultCommentTag(workflow, job, distinguishing) {
  const hash = sha256Hex(distinguishing).slice(0, 8);
  return `${workflow}/${job}#${hash}`;
}
async function tokenIdentity(client, token) {
  if (token.startsWith("ghs_")) return { kind: "app" };
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { kind: "user", login: data.login, id: data.id };
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 401) return { kind: "app" };
    throw error;
  }
}
var ACTIONS_BOT = { login: "github-actions[bot]", id: 41898282 };
function writtenBy(comment, identity) {
  const user = comment.user;
  if (!user) return false;
  if (identity.kind === "user") return user.id === identity.id;
  const app = comment.performed_via_github_app;
  const actionsBot = user.login === ACTIONS_BOT.login && (user.id === ACTIONS_BOT.id || user.type === "Bot");
  return actionsBot && (app == null || app.slug === "github-actions");
}
function carriesMarker(comment, marker) {
  const body = (comment.body ?? "").trimEnd();
  return body.slice(body.lastIndexOf("\n") + 1).trim() === marker;
}
var MAX_COMMENT_PAGES = 50;
var MAX_MARKER_BOTS = 20;
function byABot(comment) {
  const user = comment.user;
  return user != null && typeof user.id === "number" && (user.type === "Bot" || String(user.login).endsWith("[bot]"));
}
async function findStickyComments(client, issue, marker, identity, options = {}) {
  let oldest;
  const newer = [];
  const bots = /* @__PURE__ */ new Map();
  let read = 0;
  const end = await readPages(
    client,
    {
      route: "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      parameters: { owner: issue.owner, repo: issue.repo, issue_number: issue.number, per_page: 100 },
      maxPages: options.maxPages ?? MAX_COMMENT_PAGES
    },
    (page) => {
      read += page.length;
      for (const comment of page) {
        if (!comment || typeof comment !== "object" || typeof comment.id !== "number") continue;
        if (!writtenBy(comment, identity)) {
          if (identity.kind === "app" && byABot(comment) && carriesMarker(comment, marker)) keepBotComment(bots, comment);
          continue;
        }
        if (!carriesMarker(comment, marker)) continue;
        if (oldest === void 0 || comment.id < oldest.id) {
          if (oldest !== void 0) newer.push(oldest.id);
          oldest = keptComment(comment);
        } else newer.push(comment.id);
      }
      return options.firstOnly === true && oldest !== void 0;
    }
  );
  return { ...oldest ? { oldest } : {}, newer, complete: end === "complete", read, ...oldest === void 0 && bots.size > 0 ? { bots } : {} };
}
function keepBotComment(bots, comment) {
  const userId = comment.user.id;
  const known = bots.get(userId);
  if (!known) {
    if (bots.size < MAX_MARKER_BOTS) bots.set(userId, { oldest: keptComment(comment), newer: [] });
  } else if (comment.id < known.oldest.id) {
    known.newer.push(known.oldest.id);
    known.oldest = keptComment(comment);
  } else known.newer.push(comment.id);
}
async function viewerIdentity(client) {
  try {
    const answer = await client.graphql("query { viewer { login databaseId } }");
    const viewer = answer?.viewer;
    return typeof viewer?.login === "string" && typeof viewer.databaseId === "number" ? { kind: "user", login: viewer.login, id: viewer.databaseId } : void 0;
  } catch {
    return void 0;
  }
}
function keptComment(comment) {
  const user = comment.user ? { login: String(comment.user.login), id: Number(comment.user.id), ...comment.user.type ? { type: String(comment.user.type) } : {} } : null;
  return { id: comment.id, body: typeof comment.body === "string" ? comment.body : null, html_url: String(comment.html_url), user };
}
function withMarker(body, marker) {
  let end = body.length;
  while (end > 0 && body.charCodeAt(end - 1) === 10) end--;
  const full = `${body.slice(0, end)}

${marker}
`;
  if (full.length > COMMENT_LIMIT) throw new Error(`comment body is ${full.length} characters; the builder must keep it under ${COMMENT_LIMIT}`);
  return full;
}
async function upsertStickyComment(client, issue, tag, body, options) {
  const marker = commentMarker(tag, options.workflow ?? "");
  const fullBody = withMarker(body, marker);
  const repo = { owner: issue.owner, repo: issue.repo };
  let identity = options.identity;
  let found = await findStickyComments(client, issue, marker, identity, { maxPages: options.maxPages });
  if (found.bots) {
    const viewer = await viewerIdentity(client);
    if (viewer) {
      identity = viewer;
      const own = found.bots.get(viewer.id);
      if (own) found = { ...found, oldest: own.oldest, newer: own.newer };
    }
  }
  const kept = found.oldest;
  if (kept) {
    if (options.edit === false) return { action: "none", id: kept.id, url: kept.html_url };
    for (const id of found.newer) await deleteIfPresent(client, repo, id);
    if (kept.body === fullBody) return { action: "none", id: kept.id, url: kept.html_url };
    const reason = await options.keepExisting?.(kept);
    if (reason !== void 0) return { action: "none", id: kept.id, url: kept.html_url, kept: reason };
    try {
      const { data: data2 } = await client.rest.issues.updateComment({ ...repo, comment_id: kept.id, body: fullBody });
      return { action: "updated", id: data2.id, url: data2.html_url };
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  } else if (!found.complete && options.create) {
    throw new GitHubAnswerError(
      `the review comment is not among the first ${groupDigits(found.read)} comments of pull request #${issue.number} (${options.maxPages ?? MAX_COMMENT_PAGES} pages, the most searched) and more are there: no new one is written, so as not to add a second`,
      200
    );
  }
  if (!options.create) return { action: "none" };
  const { data: created } = await client.rest.issues.createComment({ ...repo, issue_number: issue.number, body: fullBody });
  if (identity.kind === "app" && created.user) identity = { kind: "user", login: created.user.login, id: created.user.id };
  let oldest;
  try {
    oldest = (await findStickyComments(client, issue, marker, identity, { firstOnly: true, maxPages: options.maxPages })).oldest;
  } catch (error) {
    if (statusOf(error) === void 0) throw error;
    return { action: "created", id: created.id, url: created.html_url };
  }
  if (!oldest || oldest.id >= created.id) return { action: "created", id: created.id, url: created.html_url };
  await deleteIfPresent(client, repo, created.id);
  const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: oldest.id, body: fullBody });
  return { action: "updated", id: data.id, url: data.html_url };
}
async function deleteIfPresent(client, repo, commentId) {
  try {
    await client.rest.issues.deleteComment({ ...repo, comment_id: commentId });
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
}

// src/report/review-comment.ts
var VERDICT_TEXT = {
  broadens: "\u{1F534} **Broadens access**",
  narrows: "\u{1F7E2} **Narrows access**",
  mixed: "\u{1F7E0} **Broadens and narrows access**",
  none: "\u26AA **No change in access**",
  invalid: "\u274C **Invalid documents**",
  incomplete: "\u26A0\uFE0F **Not fully reviewed**"
};
var RATING_TEXT = { broadens: "\u{1F534} broadens", narrows: "\u{1F7E2} narrows", mixed: "\u{1F7E0} mixed", neutral: "\u26AA neutral" };
var SEVERITY_TEXT = { error: "\u274C error", warning: "\u26A0\uFE0F warning", notice: "\u2139\uFE0F notice" };
var REVIEW_TITLE = "### IAM policy review";
function combineAccess(changes) {
  const broadens = changes.some((c) => c === "broadens" || c === "mixed");
  const narrows = changes.some((c) => c === "narrows" || c === "mixed");
  if (broadens && narrows) return "mixed";
  if (broadens) return "broadens";
  if (narrows) return "narrows";
  return "none";
}
function countedAccess(f) {
  return f.notReviewed === void 0 && f.invalid !== void 0 ? "broadens" : f.accessChange;
}
function verdictOf(files, capped = false) {
  if (files.some((f) => f.invalid !== void 0 && f.notReviewed === void 0)) return "invalid";
  const access = combineAccess(files.filter((f) => f.notReviewed === void 0).map((f) => f.accessChange));
  return (access === "none" || access === "narrows") && (capped || files.some((f) => f.notReviewed !== void 0)) ? "incomplete" : access;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function verdictLine(files, capped = false) {
  const verdict = verdictOf(files, capped);
  const unreviewed = files.filter((f) => f.notReviewed !== void 0).length;
  const invalid = files.filter((f) => f.invalid !== void 0 && f.notReviewed === void 0).length;
  const valid = files.filter((f) => f.invalid === void 0 && f.notReviewed === void 0);
  const count = (c) => valid.filter((f) => f.accessChange === c).length;
  const parts = [];
  if (unreviewed) parts.push(`${plural(unreviewed, "file")} not reviewed (over a size, time, memory or work budget, or not a file that can be read at its commit)`);
  if (invalid) parts.push(`${plural(invalid, "file")} cannot be read as a policy`);
  const broad = count("broadens");
  const narrow = count("narrows");
  const both = count("mixed");
  const verb = (n, one, many) => `${plural(n, "file")} ${n === 1 ? one : many} access`;
  if (broad) parts.push(verb(broad, "broadens", "broaden"));
  if (narrow) parts.push(verb(narrow, "narrows", "narrow"));
  if (both) parts.push(verb(both, "both broadens and narrows", "both broaden and narrow"));
  if (!broad && !narrow && !both && valid.length) {
    const which = valid.length === files.length ? "the" : "the other";
    parts.push(valid.length === 1 ? `${which} change keeps access as it was` : `${which} ${plural(valid.length, "change")} keep access as it was`);
  }
  if (capped) parts.push("files past the first 3,000 GitHub lists are not reviewed");
  return `${VERDICT_TEXT[verdict]}: ${parts.join("; ")} (${plural(files.length, "changed IAM file")}).`;
}
function accessText(f) {
  if (f.notReviewed !== void 0) return "\u26A0\uFE0F not reviewed";
  if (f.invalid !== void 0) return f.notRead !== void 0 ? `\u274C ${cellText(f.notRead)}` : "\u274C invalid";
  return { broadens: "\u{1F534} broadens", narrows: "\u{1F7E2} narrows", mixed: "\u{1F7E0} mixed", none: "\u26AA none" }[f.accessChange];
}
function findingsCount(f) {
  const errors = f.findings.filter((x) => x.severity === "error").length;
  const warnings = f.findings.filter((x) => x.severity === "warning").length;
  const parts = [errors ? plural(errors, "error") : "", warnings ? plural(warnings, "warning") : ""].filter(Boolean);
  return parts.length ? parts.join(", ") : f.findings.length ? plural(f.findings.length, "notice") : "\u2014";
}
function summaryRow(f) {
  const status = f.status === "renamed" && f.previousPath ? `renamed from ${cellCode(f.previousPath)}` : cellText(f.status);
  return [cellCode(f.path), status, accessText(f), findingsCount(f)];
}
function* fileCoreParts(f, context) {
  yield `
#### ${inlineCode(f.path)} \u2014 ${accessText(f)}

`;
  if (f.status === "renamed" && f.previousPath) yield `Renamed from ${inlineCode(f.previousPath)}.

`;
  if (f.notReviewed !== void 0) {
    yield `**Not reviewed:** ${inlineText(f.notReviewed)}. Whether it changes access is not known; review it by hand.
`;
    return;
  }
  if (f.invalid !== void 0) yield `The head version cannot be read as a policy: ${inlineText(f.invalid)}

`;
  if (f.note) yield `${inlineText(f.note)}

`;
  if (f.invalid === void 0) {
    if (f.changes.length) {
      const withWhy = f.changes.some((c) => c.why !== void 0);
      const withExample = f.changes.some((c) => c.example !== void 0);
      const row = (c) => [
        quotingText(c.statement),
        quotingText(c.change),
        RATING_TEXT[c.rating],
        ...withWhy ? [quotingText(c.why ?? "")] : [],
        ...withExample ? [quotingText(c.example ?? "")] : []
      ];
      const headers = ["Statement", "Change", "Rating", ...withWhy ? ["Why"] : [], ...withExample ? ["Example request"] : []];
      yield `${tableRow(headers)}
${tableRow(headers.map(() => "---"))}
`;
      for (const c of f.changes) yield `${tableRow(row(c))}
`;
    } else {
      yield f.status === "removed" ? "The file is removed; it held no statements.\n" : "No statement changes its meaning.\n";
    }
  }
  if (f.status !== "removed") {
    if (f.findings.length) {
      yield `
**Findings in the head version**

`;
      for (const x of f.findings) {
        const where = context.blobBase ? link(`line ${x.line}`, `${context.blobBase}${urlPath(f.path)}#L${x.line}`) : `line ${x.line}`;
        const hint = x.hint ? ` ${quotingText(asSentence(x.hint))}` : "";
        yield `- ${SEVERITY_TEXT[x.severity]} ${where} ${inlineCode(x.code)}: ${quotingText(asSentence(x.message))}${hint}
`;
      }
    } else {
      yield "\nNo findings in the head version.\n";
    }
  }
}
function asSentence(text) {
  return /[.!?:]\s*$/.test(text) ? text : `${text}.`;
}
function fileCoreWithin(f, context, limit) {
  const parts = [];
  let length = 0;
  for (const part of fileCoreParts(f, context)) {
    length += part.length;
    if (length > limit) return void 0;
    parts.push(part);
  }
  return parts.join("");
}
function fileDiffWithin(f, limit) {
  if (f.textDiff.length > limit) return void 0;
  const diff = fileDiff(f);
  return diff.length > limit ? void 0 : diff;
}
function fileDiff(f) {
  if (!f.textDiff) return "";
  return `
${details(`Text diff of ${f.path}`, codeBlock(f.textDiff, "diff"))}`;
}
function togetherFailedNote(context) {
  const log = context.runUrl ? `the ${link("run's log", context.runUrl)}` : "the run's log";
  return `
> [!CAUTION]
> The check that the documents work together could not run: the action met an error it did not expect (a bug in the action, not a finding about these files), so the step fails. The error is in ${log}.
`;
}
function pointer(context, limit) {
  const summary = context.runUrl ? `the ${link("job summary", context.runUrl)}` : "the job summary";
  const findings = context.artifactName ? ` Every finding is in the ${inlineCode(context.artifactName)} artifact.` : "";
  return limit === "comment" ? `${capitalise(summary)} holds the whole review.${findings}` : findings.trim();
}
var LIMIT_TEXT = {
  comment: "GitHub's 65,536-character limit",
  summary: "the job summary's 1 MiB limit"
};
function reviewComment(files, context, maxLength = Infinity, limit = "comment") {
  const head = `${REVIEW_TITLE}

${verdictLine(files, context.capped)}
${context.beforeFallback ? `
${beforeFallbackLine(context.beforeFallback)}
` : ""}`;
  const notes = (context.capped ? `
> [!WARNING]
> GitHub lists only the first 3,000 files of a pull request; IAM files beyond them are not reviewed here.
` : "") + // The job summary says so in validate's part, above the review.
  (context.togetherFailed && limit === "comment" ? togetherFailedNote(context) : "");
  const footer = context.commits ? `
${commitsLine(context.commits, context.beforeFallback !== void 0)}
` : "";
  const rows = files.map(summaryRow);
  const cores = files.map(() => void 0);
  const diffs = files.map(() => void 0);
  const headers = ["File", "Change", "Access", "Findings"];
  const moreRow = (rowCount2) => [`\u2026 ${plural(rows.length - rowCount2, "more file")}`, "", "", ""];
  const tableOf = (rowCount2) => {
    const shown = rows.slice(0, rowCount2);
    if (rowCount2 < rows.length) shown.push(moreRow(rowCount2));
    const built = table(headers, shown);
    tableBuilt += built.length;
    return built;
  };
  const rowLength = (cells) => cells.reduce((sum, cell) => sum + cell.length, 0) + 3 * cells.length + 1;
  const rowsBefore = [0];
  for (const cells of rows) rowsBefore.push(rowsBefore[rowsBefore.length - 1] + 1 + rowLength(cells));
  const tableFrame = rowLength(headers) + 1 + rowLength(headers.map(() => "---")) + 1;
  const tableLength = (rowCount2) => tableFrame + rowsBefore[rowCount2] + (rowCount2 < rows.length ? 1 + rowLength(moreRow(rowCount2)) : 0);
  const render = (rowCount2, coreOn2, diffOn2, cutNote2) => {
    const parts = [head, notes, "\n", tableOf(rowCount2)];
    files.forEach((_f, i) => {
      if (coreOn2[i]) parts.push(cores[i] ?? "", diffOn2[i] ? diffs[i] ?? "" : "");
    });
    parts.push(cutNote2, footer);
    return parts.join("");
  };
  const frameLength = head.length + notes.length + 1 + footer.length;
  const all = files.map(() => true);
  const diffTooLong = files.some((f) => f.textDiff.length > maxLength);
  let wholeRoom = diffTooLong ? -1 : maxLength - frameLength - tableLength(rows.length);
  for (let i = 0; i < files.length && wholeRoom >= 0; i++) {
    const core = fileCoreWithin(files[i], context, wholeRoom);
    const diff = core === void 0 ? void 0 : fileDiffWithin(files[i], wholeRoom - core.length);
    [cores[i], diffs[i]] = [core, diff];
    wholeRoom = core === void 0 || diff === void 0 ? -1 : wholeRoom - core.length - diff.length;
  }
  if (wholeRoom >= 0) return { body: render(rows.length, all, all, ""), cut: [] };
  cores.fill(void 0);
  diffs.fill(void 0);
  const coreOn = files.map(() => false);
  const diffOn = files.map(() => false);
  let rowCount = rows.length;
  const sectionsLeft = { count: files.length, first: () => files.slice(0, SECTION_NAMES_SHOWN) };
  const diffsInAll = files.filter((f) => f.textDiff).length;
  let diffsKept = 0;
  const cutNote = (diffsCut = diffsInAll - diffsKept) => {
    const cut2 = [];
    if (sectionsLeft.count) cut2.push(`${plural(sectionsLeft.count, "file section")} (${sectionNames(sectionsLeft.first(), sectionsLeft.count)})`);
    if (diffsCut) cut2.push(plural(diffsCut, "text diff"));
    if (rowCount < rows.length) cut2.push(`${plural(rows.length - rowCount, "row")} of the file table`);
    const where = pointer(context, limit);
    const note2 = `
---

**Cut to fit ${LIMIT_TEXT[limit]}:** ${cut2.join("; ")}.${where ? ` ${where}` : ""}
`;
    return { cut: cut2, note: note2 };
  };
  const slack = files.map((f) => noteName(f).length + 2).sort((a, b) => b - a).slice(0, SECTION_NAMES_SHOWN).reduce((a, b) => a + b, 0);
  const fixed = frameLength + slack;
  let kept = 0;
  const room = (diffsCut) => maxLength - (fixed + tableLength(rowCount) + kept + cutNote(diffsCut).note.length);
  const fits = (extra, diffsCut) => extra <= room(diffsCut);
  while (rowCount > 0 && !fits(0)) rowCount = rowCount > 64 ? Math.floor(rowCount / 2) : rowCount - 1;
  const order = cutWorthOrder(files);
  const refused = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    sectionsLeft.count = refused.length + files.length - 1 - k;
    sectionsLeft.first = () => [...refused.slice(0, SECTION_NAMES_SHOWN), ...order.slice(k + 1, k + 1 + SECTION_NAMES_SHOWN).map((j) => files[j])].slice(0, SECTION_NAMES_SHOWN);
    const core = fileCoreWithin(files[i], context, room());
    if (core !== void 0) {
      ;
      [cores[i], coreOn[i]] = [core, true];
      kept += core.length;
    } else refused.push(files[i]);
  }
  sectionsLeft.count = refused.length;
  sectionsLeft.first = () => refused.slice(0, SECTION_NAMES_SHOWN);
  for (const i of order) {
    if (!coreOn[i] || !files[i].textDiff) continue;
    const diff = fileDiffWithin(files[i], room(diffsInAll - diffsKept - 1));
    if (diff !== void 0) {
      ;
      [diffs[i], diffOn[i]] = [diff, true];
      kept += diff.length;
      diffsKept++;
    }
  }
  const { cut, note } = cutNote();
  const body = render(rowCount, coreOn, diffOn, note);
  if (body.length > maxLength) throw new Error(`the review's shortest form is ${body.length} characters, over ${maxLength}`);
  return { body, cut };
}
var SECTION_NAMES_SHOWN = 5;
var tableBuilt = 0;
function cutWorthOrder(files) {
  const rank = (f) => {
    const access = countedAccess(f);
    return access === "broadens" || access === "mixed" ? 0 : access === "narrows" ? 1 : 2;
  };
  return files.map((f, i) => ({ i, r: rank(f) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.i);
}
function beforeFallbackLine(fallback) {
  return `The before versions are those of the base branch's tip ${inlineCode(fallback.sha.slice(0, 12))}, not of its merge base with the head: ${inlineText(fallback.reason)}. What the base branch changed that the head does not have shows here as if this pull request undid it.`;
}
function commitsLine(commits, beforeIsTip) {
  const sha = (s) => link(s.slice(0, 12), `${commits.commitUrl}${s}`);
  const before = commits.before ? ` with ${beforeIsTip ? "" : "the merge base "}${sha(commits.before)}` : "";
  return `<sub>Reviewed the head ${sha(commits.head)}${before ? `, compared${before}` : ""}.</sub>`;
}
function reviewedHeadOf(body) {
  const found = [...body.matchAll(/^<sub>Reviewed the head \[[0-9a-f]{12}\]\([^)\s]*\/commit\/([0-9a-f]{40})\)/gm)];
  return found.at(-1)?.[1];
}
var NOTE_NAME_LIMIT = 200;
function noteName(f) {
  return inlineCode(clipText(f.path, NOTE_NAME_LIMIT));
}
function sectionNames(first, count) {
  const shown = first.map(noteName);
  return count > shown.length ? `${shown.join(", ")} and ${count - shown.length} more` : shown.join(", ");
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function noPolicyFilesComment(patterns, commits, capped = false) {
  const globs = patterns.map((p) => inlineCode(p)).join(", ");
  const footer = commits ? `
${commitsLine(commits, false)}
` : "";
  const verdict = capped ? `${VERDICT_TEXT.incomplete}: none of the first 3,000 files GitHub lists for this pull request is an IAM file matched by ${globs}; GitHub lists no more, so IAM files beyond them are not reviewed here.` : `${VERDICT_TEXT.none}: this pull request no longer changes any IAM file matched by ${globs}.`;
  return `${REVIEW_TITLE}

${verdict}
${footer}`;
}

// src/modes/review.ts
var TOO_DEEP = `its path has more than ${MAX_PATH_DEPTH} names, and no glob matches so deep a path (validate searches no folder that deep either)`;
function reviewsPullRequest(prNumber) {
  const event = readRunEvent();
  return pickPullRequest(event.name, event.payload, prNumber) !== void 0;
}
async function runReview(request, options = {}) {
  const event = readRunEvent();
  const { prNumber } = request.inputs;
  const onPullRequest = prNumber !== void 0 || PULL_REQUEST_EVENTS.includes(event.name);
  if (event.problem && (onPullRequest || event.name === "workflow_run")) {
    return reviewSkipped(`Pull-request review skipped: ${event.problem}. The findings above are reported as usual.`, onPullRequest);
  }
  const pick = pickPullRequest(event.name, event.payload, prNumber);
  if (!pick) return void 0;
  const token = getInput("github-token");
  if (!token) {
    return reviewSkipped("Pull-request review skipped: the 'github-token' input is empty. Leave it at its default (github.token) or pass a token that may read the pull request and comment on it.");
  }
  setSecret(token);
  const client = createGitHubClient(token);
  const repo = repositoryOf(event);
  if (!repo) return reviewSkipped("Pull-request review skipped: GITHUB_REPOSITORY is not set and the event names no repository.");
  const fromFork = event.name !== "pull_request_target" && isFromFork(event.payload);
  let pr;
  let changed;
  try {
    pr = await resolvePullRequest(client, repo, pick);
    changed = await listChangedFiles(client, pr);
  } catch (error) {
    const warning = refusalWarning(error, "read", fromFork);
    if (!warning && statusOf(error) === void 0) throw error;
    return reviewSkipped(warning ?? `Pull-request review skipped: reading pull request #${pick.number} failed (${messageOf(error)}).`);
  }
  if (pick.expectedHeadSha && pick.expectedHeadSha !== pr.headSha) {
    return reviewSkipped(
      `Pull-request review skipped: pr-number ${pr.number} names a pull request whose head is ${pr.headSha}, but the workflow run that triggered this one ran on ${pick.expectedHeadSha} (workflow_run.head_sha). The number does not belong to that run (or the PR moved on since); nothing is commented.`
    );
  }
  if (changed.headMoved) {
    annotate(
      "notice",
      `Pull request #${pr.number}'s head moved to ${changed.headMoved} while its files were listed (a push during this run): the list was read again, whole, as GitHub gives it for that head. This run reviews ${pr.headSha}; a listed file that is not there is named as not reviewed, and the run for the new head reviews it.`
    );
  }
  if (changed.capped) {
    const listed = await changedFilesInCheckout(request.workspace, pr.baseSha, pr.headSha);
    if (listed) {
      info(`GitHub lists only the first ${groupDigits(MAX_LISTED_FILES)} files of a pull request: the ${groupDigits(listed.length)} files this one changes are listed from the checkout (git diff of the merge base and the head).`);
      changed = { files: listed, capped: false };
    }
  }
  const iamFiles = selectPolicyFiles(changed.files, request.inputs.policyFiles, request.discovery?.files);
  const changedFiles = jsonListWithin(iamFiles.map(changedFileOutput), { count: iamFiles.length, files: [] });
  setOutput("changed-files", changedFiles);
  if (!changedFiles.startsWith("[")) {
    info(`The changed-files output holds the first of the ${iamFiles.length} changed IAM files, as {"count", "files"}: the whole list would pass its ${groupDigits(LIST_OUTPUT_BUDGET)} bytes.`);
  }
  const needBefore = iamFiles.some((f) => f.status !== "added");
  const versions = await openVersions({ client, repo, workspace: request.workspace, pr, needBefore, maxBytes: MAX_POLICY_BYTES });
  const budget = reviewBudget();
  const pool = new AnalysisPool(iamFiles.length ? bundleEntry() : void 0, budget.perFileMs, budget.perFileMemoryMb);
  let files;
  try {
    files = await mapLimited(iamFiles, versions.concurrency, (file) => reviewFile(file, versions.read, budget, pool));
  } finally {
    versions.close();
    pool.close();
  }
  const refusal = versions.refused();
  if (refusal) annotate("warning", versionRefusalWarning(refusal));
  const accessChange = changed.capped ? combineAccess([accessChangeOf(files), "broadens"]) : accessChangeOf(files);
  setOutput("access-change", accessChange);
  const repoUrl = `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${repo.owner}/${repo.repo}`;
  const reviewContext = {
    ...runUrl() ? { runUrl: runUrl() } : {},
    ...options.artifactName ? { artifactName: options.artifactName } : {},
    // The head the versions were read at (findings link to its lines).
    blobBase: `${repoUrl}/blob/${versions.headSha}/`,
    capped: changed.capped,
    commits: {
      head: versions.headSha,
      ...needBefore ? { before: versions.beforeSha } : {},
      commitUrl: `${repoUrl}/commit/`
    },
    ...versions.fallback ? { beforeFallback: { sha: versions.beforeSha, reason: versions.fallback } } : {},
    ...request.result && togetherCheckFailed(request.result.failures) ? { togetherFailed: true } : {}
  };
  const tag = request.inputs.commentTag || defaultCommentTag(process.env.GITHUB_WORKFLOW ?? "", process.env.GITHUB_JOB ?? "", getInput("policy-files"));
  const workflow = workflowKey();
  const room = COMMENT_LIMIT - commentMarker(tag, workflow).length - 3;
  const noFiles = iamFiles.length ? void 0 : noPolicyFilesComment(
    request.inputs.policyFiles.map((g) => g.pattern),
    reviewContext.commits,
    changed.capped
  );
  writeSummary(`
${noFiles ?? reviewForSummary(files, reviewContext)}`);
  const body = noFiles ?? reviewComment(files, reviewContext, room).body;
  logInfo(
    `Reviewed ${files.length} changed IAM file${files.length === 1 ? "" : "s"} of pull request #${pr.number} (${SOURCE_TEXT[versions.source]}${needBefore ? `; before versions at ${versions.fallback ? `the base branch's tip ${versions.beforeSha}: ${versions.fallback}` : `the merge base ${versions.beforeSha}`}` : ""}): ${verdictOf(files, changed.capped)}.`
  );
  let comment;
  try {
    const identity = await tokenIdentity(client, token);
    const closed = pr.state === "closed" || pr.locked;
    if (closed) {
      annotate(
        "notice",
        pr.locked ? `Pull request #${pr.number} is locked: no comment is written or edited. The review is in the job summary.` : `Pull request #${pr.number} is closed: no new comment is written; an earlier review comment of this job, if there is one, is brought up to date. The review is in the job summary.`
      );
    }
    comment = await upsertStickyComment(client, { ...repo, number: pr.number }, tag, body, {
      // Past the 3,000 files GitHub lists, none of them an IAM file, is not "no IAM file": access-change says broadens,
      // and a gate on it failed with nothing on the pull request saying why.
      create: (iamFiles.length > 0 || changed.capped) && !closed,
      edit: !pr.locked,
      identity,
      workflow,
      keepExisting: (existing) => staleRun(client, pr, versions.headSha, existing.body ?? "")
    });
    if (comment.kept) annotate("notice", comment.kept);
  } catch (error) {
    const warning = refusalWarning(error, "comment", fromFork);
    if (!warning && statusOf(error) === void 0) throw error;
    const reason = warning ?? `Pull-request comment not written: ${messageOf(error)}. The review is in the job summary.`;
    annotate("warning", reason);
    comment = { action: "skipped", reason };
  }
  if ("id" in comment && comment.id !== void 0) {
    setOutput("comment-id", String(comment.id));
    setOutput("comment-url", comment.url ?? "");
  }
  return { pullRequest: pr.number, files, accessChange, comment, source: versions.source, beforeSha: versions.beforeSha };
}
async function staleRun(client, pr, reviewed, existingBody) {
  const commented = reviewedHeadOf(existingBody);
  if (commented === void 0 || commented === reviewed) return void 0;
  const now = await resolvePullRequest(client, { owner: pr.owner, repo: pr.repo }, { number: pr.number });
  if (now.headSha === reviewed) return void 0;
  return `Pull request #${pr.number}'s head is now ${now.headSha}, and this run reviewed ${reviewed} (a re-run of an older run?): its review comment, of ${commented}, is left as it is. This run's review is in the job summary.`;
}
var SOURCE_TEXT = {
  local: "versions from the local checkout",
  api: "versions from the API",
  mixed: "head versions from the local checkout, before versions from the API"
};
function selectPolicyFiles(changed, globs, found = []) {
  const matcher = policyFileMatcher(globs);
  const foundByPath = /* @__PURE__ */ new Map();
  for (const f of found) foundByPath.set(f.path, f.kind ? { kind: f.kind } : {});
  const match = (path) => path === void 0 ? void 0 : matcher.select(path) ?? foundByPath.get(path);
  const out = [];
  for (const file of changed) {
    if (file.status === "unchanged") continue;
    const push = (f) => out.push(file.unreadableName && !f.unreviewable ? { ...f, unreviewable: file.unreadableName } : f);
    const now = match(file.path);
    const before = file.status === "renamed" ? match(file.previousPath) : void 0;
    const kind = now?.kind ?? before?.kind;
    const withKind = (f) => kind ? { ...f, kind } : f;
    const deep = (path) => ({ path, unreviewable: TOO_DEEP });
    if (file.status === "renamed" && file.previousPath) {
      if (now && before && now.kind !== before.kind) {
        push({ path: file.previousPath, status: "removed", ...before.kind ? { kind: before.kind } : {} });
        push({ path: file.path, status: "added", ...now.kind ? { kind: now.kind } : {} });
      } else if (now && before) push(withKind({ path: file.path, status: "renamed", previousPath: file.previousPath }));
      else if (now) push(withKind({ path: file.path, status: "added" }));
      else if (before) push(withKind({ path: file.previousPath, status: "removed" }));
      if (!now && matcher.tooDeep(file.path)) push({ ...deep(file.path), status: "added" });
      if (!before && matcher.tooDeep(file.previousPath)) push({ ...deep(file.previousPath), status: "removed" });
      continue;
    }
    const status = file.status === "copied" ? "added" : file.status === "changed" ? "modified" : file.status;
    if (now) push(withKind({ path: file.path, status }));
    else if (matcher.tooDeep(file.path)) push({ ...deep(file.path), status });
  }
  return out;
}
function reviewForSummary(files, context) {
  const room = summaryRoomBytes();
  const within = reviewComment(files, context, room, "summary");
  if (within.cut.length === 0 && Buffer.byteLength(within.body, "utf8") <= room) return within.body;
  return reviewComment(files, context, Math.floor(room / 3), "summary").body;
}
var REVIEW_BUDGET_MS = 12e4;
var FILE_BUDGET_MS = 2e4;
var REVIEW_MEMORY_BUDGET_BYTES = 256 * 1024 * 1024;
function reviewBudget() {
  const ms = (name, fallback) => {
    const value = Number(process.env[name]);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  const memory = ms("RTC_REVIEW_MEMORY_BYTES", REVIEW_MEMORY_BUDGET_BYTES);
  return {
    deadline: Date.now() + ms("RTC_REVIEW_BUDGET_MS", REVIEW_BUDGET_MS),
    perFileMs: ms("RTC_FILE_BUDGET_MS", FILE_BUDGET_MS),
    perFileMemoryMb: ms("RTC_FILE_MEMORY_MB", FILE_MEMORY_BUDGET_MB),
    bytesLeft: memory,
    bytesTotal: memory
  };
}
function notReviewed(file, reason) {
  const review = { path: file.path, status: file.status, accessChange: "broadens", notReviewed: reason, changes: [], findings: [], textDiff: "" };
  if (file.previousPath) review.previousPath = file.previousPath;
  return review;
}
function unreviewable(version, side) {
  if (version?.kind === "too-large") return `over 1 MiB (the ${side} version is ${formatBytes(version.size)})`;
  if (version?.kind === "unreadable") return `the ${side} version cannot be read: ${version.reason}`;
  return void 0;
}
function absentVersion(file, base, head) {
  const since = "a submodule, a folder or a symbolic link, or the pull request changed since the commit this run reviews";
  if (file.status !== "removed" && head?.kind === "missing") return `the head version is not a file at the head commit (${since})`;
  if (file.status === "removed" && base?.kind === "missing") return `the base version is not a file at the before commit (${since})`;
  return void 0;
}
function accessChangeOf(files) {
  return combineAccess(files.map(countedAccess));
}
async function reviewFile(file, read, budget, pool) {
  if (file.unreviewable) return notReviewed(file, file.unreviewable);
  if (Date.now() > budget.deadline) return notReviewed(file, "the review ran out of its time budget before this file");
  const basePath = file.previousPath ?? file.path;
  const [baseVersion, headVersion] = await Promise.all([
    file.status === "added" ? void 0 : read("before", basePath),
    file.status === "removed" ? void 0 : read("head", file.path)
  ]);
  const skip = unreviewable(headVersion, "head") ?? unreviewable(baseVersion, "base") ?? absentVersion(file, baseVersion, headVersion);
  if (skip) return notReviewed(file, skip);
  const textOf = (v) => v?.kind === "text" ? v.text : void 0;
  const bytesOf = (v) => v?.kind === "text" ? v.bytes : void 0;
  const versionBytes = (textOf(baseVersion)?.length ?? 0) + (textOf(headVersion)?.length ?? 0) + (bytesOf(baseVersion)?.length ?? 0) + (bytesOf(headVersion)?.length ?? 0);
  if (versionBytes > budget.bytesLeft) return notReviewed(file, `the review's memory budget (${formatBytes(budget.bytesTotal)}) was spent before this file`);
  budget.bytesLeft -= versionBytes;
  const input = { path: file.path, status: file.status };
  if (file.previousPath) input.previousPath = file.previousPath;
  if (file.kind) input.kind = file.kind;
  const baseText = textOf(baseVersion);
  const headText = textOf(headVersion);
  if (baseText !== void 0) input.baseText = baseText;
  if (headText !== void 0) input.headText = headText;
  const [baseBytes, headBytes] = [bytesOf(baseVersion), bytesOf(headVersion)];
  if (baseBytes) input.baseBytes = baseBytes;
  if (headBytes) input.headBytes = headBytes;
  const result = await pool.analyse(input);
  budget.bytesLeft += versionBytes;
  if (!result.ok) return notReviewed(file, result.reason);
  const kept = reviewFootprint(result.review);
  if (kept > budget.bytesLeft) return notReviewed(file, `its review (${formatBytes(kept)} of findings, changes and text diff) would pass what is left of the review's memory budget (${formatBytes(budget.bytesTotal)})`);
  budget.bytesLeft -= kept;
  return result.review;
}
function changedFileOutput(file) {
  const out = { path: file.path, status: file.status };
  if (file.previousPath) out.previousPath = file.previousPath;
  return out;
}
function isFromFork(payload) {
  const pr = payload.pull_request;
  if (pr?.head?.repo === null) return true;
  const head = pr?.head?.repo?.full_name;
  const base = pr?.base?.repo?.full_name;
  return head !== void 0 && base !== void 0 && head !== base;
}
function runUrl() {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : void 0;
}
export {
  FILE_BUDGET_MS,
  REVIEW_BUDGET_MS,
  REVIEW_MEMORY_BUDGET_BYTES,
  accessChangeOf,
  reviewsPullRequest,
  runReview,
  selectPolicyFiles
};
