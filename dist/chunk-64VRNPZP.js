import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  GENERATED_FILE_CODE,
  POLICY_IS_YAML,
  clipText,
  decode,
  lintPolicyText,
  lintText
} from "./chunk-NY7RZOUY.js";
import {
  diffPolicies,
  pairedStatementName,
  statementName
} from "./chunk-X5RASQ4X.js";
import {
  actionWithVendorWildcard,
  firstElementString,
  quotedText,
  statementNodesOf
} from "./chunk-4P27VZC6.js";
import {
  memberNamed,
  sameJsonValue
} from "./chunk-WK53RSOG.js";

// src/modes/review-worker.ts
import path from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

// src/modes/analysis-worker-role.ts
var WORKER_ROLE = "rtc-review-analysis";
var WORKER_ARG = `--${WORKER_ROLE}`;

// src/core/diff/text-diff.ts
var MAX_EDIT_DISTANCE = 4e3;
function splitLines(text) {
  if (text === "") return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function diffLines(a, b) {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const same = (line) => ({ op: " ", line });
  return [...a.slice(0, head).map(same), ...myers(midA, midB), ...a.slice(a.length - tail).map(same)];
}
function myers(a, b) {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((line) => ({ op: "+", line }));
  if (m === 0) return a.map((line) => ({ op: "-", line }));
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v;
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, d, offset);
    }
    v = next;
  }
  return [...a.map((line) => ({ op: "-", line })), ...b.map((line) => ({ op: "+", line }))];
}
function backtrack(trace, a, b, dEnd, offset) {
  const edits = [];
  let x = a.length;
  let y = b.length;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const down = k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1];
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      edits.push({ op: " ", line: a[--x] });
      y--;
    }
    if (down) edits.push({ op: "+", line: b[--y] });
    else edits.push({ op: "-", line: a[--x] });
  }
  while (x > 0 && y > 0) {
    edits.push({ op: " ", line: a[--x] });
    y--;
  }
  return edits.reverse();
}
function unifiedDiff(before, after, context = 3) {
  const edits = diffLines(splitLines(before), splitLines(after));
  if (edits.every((e) => e.op === " ")) return "";
  const out = [];
  let i = 0;
  const posA = [];
  const posB = [];
  let la = 1;
  let lb = 1;
  for (const e of edits) {
    posA.push(la);
    posB.push(lb);
    if (e.op !== "+") la++;
    if (e.op !== "-") lb++;
  }
  while (i < edits.length) {
    while (i < edits.length && edits[i].op === " ") i++;
    if (i >= edits.length) break;
    const start = Math.max(0, i - context);
    let end = i;
    for (; ; ) {
      while (end < edits.length && edits[end].op !== " ") end++;
      let gap = end;
      while (gap < edits.length && edits[gap].op === " ") gap++;
      if (gap < edits.length && gap - end <= 2 * context) end = gap;
      else break;
    }
    const stop = Math.min(edits.length, end + context);
    const hunk = edits.slice(start, stop);
    const countA = hunk.filter((e) => e.op !== "+").length;
    const countB = hunk.filter((e) => e.op !== "-").length;
    const fromA = countA === 0 ? posA[start] - 1 : posA[start];
    const fromB = countB === 0 ? posB[start] - 1 : posB[start];
    out.push(`@@ -${fromA},${countA} +${fromB},${countB} @@`);
    for (const e of hunk) out.push(`${e.op}${e.line}`);
    i = stop;
  }
  return `${out.join("\n")}
`;
}

// src/core/diff/witness-text.ts
var DECISION_TEXT = {
  Allow: "allowed",
  ExplicitDeny: "denied by a Deny",
  ImplicitDeny: "not allowed"
};
var KEYS_SHOWN = 8;
var PART_LIMIT = 200;
var part = (text) => clipText(text, PART_LIMIT);
var valueText = (v) => part(Array.isArray(v) ? `[${v.map(String).join(", ")}]` : String(v));
function witnessText(w) {
  const { principal, action, resource, context = {} } = w.request;
  const who = principal.kind === "anonymous" ? "an anonymous caller" : principal.kind === "service" ? `the service ${part(principal.arn)}` : part(principal.arn);
  const keys = Object.entries(context).filter(([k, v]) => {
    const key = k.toLowerCase();
    return !(key === "aws:principalarn" && v === principal.arn) && !(key === "aws:principalaccount" && v === principal.account);
  });
  const shown = keys.slice(0, KEYS_SHOWN).map(([k, v]) => `${part(k)} = ${valueText(v)}`);
  if (keys.length > KEYS_SHOWN) shown.push(`${keys.length - KEYS_SHOWN} more keys`);
  const where = [
    ...shown.length > 0 ? [`with ${shown.join(", ")}`] : [],
    ...w.resourceAccount !== void 0 ? [`the resource in account ${w.resourceAccount}`] : [],
    ...w.setting === "with-other-grants" ? ["the caller's other policies allowing everything"] : []
  ];
  return `${part(action)} on ${part(resource)} by ${who}${where.length > 0 ? ` (${where.join("; ")})` : ""}: ${DECISION_TEXT[w.before]} before, ${DECISION_TEXT[w.after]} after`;
}

// src/core/iam/key-spellings.ts
var membersRead = 0;
function valuesKey(node) {
  const items = node.kind === "array" ? node.items : [node];
  const texts = [];
  for (const item of items) {
    if (item.kind === "string") texts.push(`s${item.value}`);
    else if (item.kind === "number") texts.push(`s${item.raw}`);
    else if (item.kind === "boolean") texts.push(`s${String(item.value)}`);
    else texts.push(item.kind);
  }
  return [...new Set(texts)].sort().join("\0");
}
function keySpeltTwice(root) {
  for (const statement of statementNodesOf(root)) {
    if (statement.kind !== "object") continue;
    const condition = memberNamed(statement, "Condition")?.value;
    if (condition?.kind !== "object") continue;
    for (const block of condition.members) {
      if (block.value.kind !== "object") continue;
      const seen = /* @__PURE__ */ new Map();
      for (const m of block.value.members) {
        membersRead++;
        const lower = m.key.value.toLowerCase();
        const values = valuesKey(m.value);
        const earlier = seen.get(lower);
        if (!earlier) seen.set(lower, { key: m.key.value, span: m.key.span, values });
        else if (earlier.key !== m.key.value && earlier.values !== values) {
          return { operator: block.key.value, first: { key: earlier.key, span: earlier.span }, repeated: { key: m.key.value, span: m.key.span } };
        }
      }
    }
  }
  return void 0;
}

// src/core/iam/principal-spacing.ts
var SPACE_AROUND = /^\s|\s$/;
var PRINCIPAL_ELEMENTS = ["Principal", "NotPrincipal"];
function principalWithSpaceAround(root) {
  return firstElementString(root, PRINCIPAL_ELEMENTS, (text) => SPACE_AROUND.test(text));
}

// src/modes/review-analysis.ts
var REFUSED_WHATEVER_THE_KIND = /* @__PURE__ */ new Set(["RTC103", "RTC105", "RTC108", "RTC109", "RTC110", "RTC116", "RTC117", "RTC401"]);
var PRINCIPAL_PATTERN_CODES = /* @__PURE__ */ new Set(["RTC206", "RTC306"]);
function whyNotKnown(version, side) {
  for (const check of NOT_KNOWN) {
    const why = check(version, side);
    if (why !== void 0) return why;
  }
  return void 0;
}
var NOT_KNOWN = [
  // A key given twice with two values is read one way by JSON.parse (the last) and maybe another by IAM or a deploy
  // tool.
  (head) => {
    const ambiguous = head.duplicateKeys?.find((d) => !sameJsonValue(d.firstValue, d.repeatedValue));
    if (!ambiguous) return void 0;
    const [at, first] = [ambiguous.repeated.span.start, ambiguous.first.span.start];
    return `line ${at.line}: "${ambiguous.key}" is given twice with different values (first at line ${first.line} column ${first.column}); JSON.parse keeps the last, but IAM or a deploy tool may read the other, so what it grants is not known`;
  },
  // A condition key spelt two ways in one block (`aws:SourceVpc`, `aws:sourcevpc`) with other values is one key given
  // twice to IAM, which reads key names without regard to case: as ambiguous as a key written twice.
  (head) => {
    const speltTwice = keySpeltTwice(head.root);
    if (!speltTwice) return void 0;
    const [at, first] = [speltTwice.repeated.span.start, speltTwice.first.span.start];
    return `line ${at.line}: condition key "${speltTwice.repeated.key}" under ${speltTwice.operator} is also given as "${speltTwice.first.key}" with other values (line ${first.line} column ${first.column}); IAM reads condition key names without regard to case, so this is one key given twice, and which values IAM tests is not documented, so what it grants is not known`;
  },
  // A principal with white space around it (`" *"`): IAM does not trim it, and refuses the document or holds a value
  // the diff cannot read with certainty (it reads a pattern naming no principal, IAM may read "*").
  (head) => {
    const spaced = principalWithSpaceAround(head.root);
    if (!spaced) return void 0;
    return `line ${spaced.span.start.line}: the principal ${quotedText(spaced.value)} has white space around it; IAM does not trim a principal, and refuses the document ("Invalid principal in policy") or holds a value that is not the one meant, so what it grants is not known`;
  },
  // An action with a wildcard in its service prefix (`*:*`, `s3*:Get*`; RTC201): IAM refuses the document, and read as
  // a pattern `*:*` is every action, so `*` -> `*:*` said no change.
  (head, side) => {
    const vendorWildcard = actionWithVendorWildcard(head.root);
    if (!vendorWildcard) return void 0;
    const listed = side === "head" ? head.findings.find((f) => f.code === "RTC201" && f.line === vendorWildcard.span.start.line) : void 0;
    if (listed) return `IAM refuses an action with a wildcard in its service prefix, so what the head grants is not known: ${seeBelow(listed)}`;
    return `line ${vendorWildcard.span.start.line}: the action ${quotedText(vendorWildcard.value)} has a wildcard in its service prefix, which IAM refuses (RTC201: Action vendors must not contain wildcards), so what the ${side} grants is not known`;
  },
  // A head IAM refuses as written is read leniently by the diff (an unknown or mistyped element left out, a statement
  // with no valid Effect dropped), so the change it shows is one the document cannot make: what the head grants once
  // it is fixed is not known.
  (head, side) => {
    const refused = head.findings.find((f) => REFUSED_WHATEVER_THE_KIND.has(f.code));
    if (!refused) return void 0;
    return side === "head" ? `IAM refuses the document as written: ${seeBelow(refused)}` : `line ${refused.line}: ${refused.message} (${refused.code}: IAM refuses the document as written)`;
  },
  // A wildcard in a principal but "*" alone: IAM refuses it in a trust policy, and a service that kept it might match
  // it as a pattern; the diff reads it as naming no principal (statements.ts), so `role/etl` -> `role/*` said narrows.
  (head, side) => {
    const patterned = head.findings.find((f) => PRINCIPAL_PATTERN_CODES.has(f.code));
    if (!patterned) return void 0;
    const why = `IAM refuses such a principal, or a service may read it as a pattern, so what the ${side} grants is not known`;
    return side === "head" ? `${why}: ${seeBelow(patterned)}` : `line ${patterned.line}: ${patterned.message} (${patterned.code}: ${why})`;
  }
];
function analyseFile(input) {
  const basePath = input.previousPath ?? input.path;
  const baseText = input.baseBytes ? decode({ path: basePath, bytes: input.baseBytes }).text : input.baseText;
  const headDecoded = input.headBytes ? decode({ path: input.path, bytes: input.headBytes }) : void 0;
  const headText = headDecoded?.text ?? input.headText;
  const head = headText === void 0 ? void 0 : lintText(input.path, headText, input.kind, lintPolicyText);
  if (head && headDecoded?.finding) head.findings.unshift(headDecoded.finding);
  const base = baseText === void 0 ? void 0 : lintText(basePath, baseText, input.kind, lintPolicyText);
  const valueOf = (text, linted) => text === void 0 ? void 0 : linted?.policyValue ?? linted?.value ?? null;
  const kind = input.kind ?? (head?.notRead ? void 0 : head?.kind) ?? (base?.notRead ? void 0 : base?.kind);
  const baseNotKnown = base?.value !== void 0 && !isGeneratedFile(base) ? whyNotKnown(base, "base") : void 0;
  const diff = diffPolicies(baseNotKnown !== void 0 ? null : valueOf(baseText, base), valueOf(headText, head), { ...kind === "identity" || kind === "trust" ? { kind } : {}, witnesses: true });
  const review = {
    path: input.path,
    status: input.status,
    accessChange: diff.accessChange,
    changes: statementRows(diff),
    findings: head?.findings ?? [],
    textDiff: unifiedDiff(baseText ?? "", headText ?? "")
  };
  if (input.previousPath) review.previousPath = input.previousPath;
  if (diff.overBudget) review.notReviewed = diff.overBudget;
  if (head?.notRead) {
    review.notRead = head.notRead;
    review.invalid = `it is ${head.notRead} (IAM reads policy documents as JSON only; ${notReadFinding(head)})`;
  } else if (headText !== void 0 && !isGeneratedFile(head) && (head?.value === void 0 || diff.invalid.includes("after"))) {
    review.invalid = head?.value === void 0 ? firstErrorOf(head) : "it is JSON but not a policy document (no Statement)";
  }
  if (review.invalid === void 0 && head && !isGeneratedFile(head)) review.invalid = whyNotKnown(head, "head");
  if (baseNotKnown !== void 0) {
    review.note = `The base version is one IAM refuses or that cannot be read with certainty${review.invalid !== void 0 ? " either" : ""} (${baseNotKnown}); it is read as granting nothing.`;
  } else if (base?.notRead) {
    review.note = `The base version is ${base.notRead} (IAM reads policy documents as JSON only); it is read as granting nothing.`;
  } else if (baseText !== void 0 && !isGeneratedFile(base) && (base?.value === void 0 || diff.invalid.includes("before"))) {
    review.note = `The base version is not a valid policy document${review.invalid !== void 0 ? " either" : ""}; it is read as granting nothing.`;
  }
  if (input.status !== "added" && baseText === void 0) review.note = `The base version of ${basePath} could not be read; it is read as granting nothing.`;
  return review;
}
function statementRows(diff) {
  return diff.statements.map((s) => {
    const ref = s.after ?? s.before;
    const name = ref ? statementName(ref) : "(statement)";
    const shown = s.kind === "modified" && s.after ? pairedStatementName(s.before, s.after) : name;
    const examples = ["broadens", "narrows"].flatMap((d) => s.witnesses?.[d] ? [`${d}: ${witnessText(s.witnesses[d])}`] : []);
    return {
      statement: shown,
      change: s.summary.startsWith(`${name}: `) ? s.summary.slice(name.length + 2) : s.summary,
      rating: s.rating,
      why: s.explanation,
      ...examples.length > 0 ? { example: examples.join("; ") } : {}
    };
  });
}
function isGeneratedFile(linted) {
  return linted?.findings.some((f) => f.code === GENERATED_FILE_CODE) === true;
}
function notReadFinding(linted) {
  const finding = linted.findings.find((f) => f.code === POLICY_IS_YAML.code);
  return finding ? seeBelow(finding) : "see the findings below";
}
function firstErrorOf(linted) {
  const error = linted?.findings.find((f) => f.code === "RTC001") ?? linted?.findings.find((f) => f.severity === "error");
  return error ? `it is not valid JSON: ${seeBelow(error)}` : "it is not valid JSON";
}
function seeBelow(f) {
  return `see the ${f.code} ${f.severity} at line ${f.line} below`;
}
function reviewFootprint(review) {
  return footprintOf(review);
}
var STRING_HEADER = 24;
var OBJECT_HEADER = 32;
var SLOT = 16;
function footprintOf(value) {
  if (typeof value === "string") return STRING_HEADER + (/[^\u0000-\u00ff]/.test(value) ? 2 : 1) * value.length;
  if (value === null || typeof value !== "object") return SLOT;
  let total = OBJECT_HEADER;
  if (Array.isArray(value)) {
    for (const item of value) total += SLOT + footprintOf(item);
    return total;
  }
  for (const key in value) {
    if (Object.prototype.hasOwnProperty.call(value, key)) total += SLOT + footprintOf(value[key]);
  }
  return total;
}

// src/modes/review-worker.ts
var FILE_MEMORY_BUDGET_MB = 1024;
function serveAnalyses() {
  parentPort?.on("message", (input) => {
    parentPort?.postMessage({ review: analyseFile(input) });
  });
}
function isAnalysisWorker() {
  return !isMainThread && workerData?.role === WORKER_ROLE;
}
var AnalysisPool = class {
  constructor(entry, perFileMs, memoryMb = FILE_MEMORY_BUDGET_MB) {
    this.entry = entry;
    this.perFileMs = perFileMs;
    this.memoryMb = memoryMb;
  }
  entry;
  perFileMs;
  memoryMb;
  worker;
  queue = Promise.resolve();
  analyse(input) {
    const run = this.queue.then(() => this.runOne(input));
    this.queue = run.catch(() => void 0);
    return run;
  }
  close() {
    void this.worker?.terminate();
    this.worker = void 0;
  }
  overTime() {
    return `reviewing it took over the per-file budget of ${this.perFileMs / 1e3} s`;
  }
  runOne(input) {
    if (!this.entry) {
      const started = Date.now();
      const review = analyseFile(input);
      if (Date.now() - started > this.perFileMs) return Promise.resolve({ ok: false, reason: this.overTime() });
      return Promise.resolve({ ok: true, review });
    }
    const worker = this.worker ??= new Worker(this.entry, {
      argv: [WORKER_ARG],
      workerData: { role: WORKER_ROLE },
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb }
    });
    return new Promise((resolve) => {
      const end = (result, kill) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        if (kill) {
          void worker.terminate();
          if (this.worker === worker) this.worker = void 0;
        }
        resolve(result);
      };
      const onMessage = (message) => end({ ok: true, review: message.review }, false);
      const onError = (error) => end(
        {
          ok: false,
          reason: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? `reviewing it took over the per-file memory budget of ${this.memoryMb} MiB` : `reviewing it failed (${error.message})`
        },
        true
      );
      const onExit = () => end({ ok: false, reason: "the review worker ended before answering" }, true);
      const timer = setTimeout(() => end({ ok: false, reason: this.overTime() }, true), this.perFileMs);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage(input);
    });
  }
};
function bundleEntry() {
  const script = process.argv[1];
  return script && path.basename(script) === "index.js" && process.env.RTC_REVIEW_IN_THREAD !== "1" ? script : void 0;
}

export {
  reviewFootprint,
  FILE_MEMORY_BUDGET_MB,
  serveAnalyses,
  isAnalysisWorker,
  AnalysisPool,
  bundleEntry
};
