import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  requesterOf
} from "./chunk-DVC4BPCO.js";
import {
  allowsAction
} from "./chunk-JJZ7LBPR.js";
import "./chunk-JDA5AVWZ.js";
import {
  wholeAccountOf
} from "./chunk-WK53RSOG.js";
import "./chunk-XFGV3SBV.js";

// src/core/together/settled-findings.ts
function settledLintFindings(files, inputs) {
  const settled = /* @__PURE__ */ new Set();
  const controlled = /* @__PURE__ */ new Set([inputs.accountId, ...requesterOf(inputs) ? [inputs.userAccountId] : []]);
  for (const file of files) {
    if (file.kind === "identity") for (const f of settledUserQuota(file, inputs)) settled.add(f);
    if (file.kind !== "trust" || !file.root) continue;
    const externalIdFindings = file.findings.filter((f) => f.code === "RTC608");
    if (externalIdFindings.length === 0) continue;
    const at = /* @__PURE__ */ new Set();
    let otherAccount = false;
    for (const node of stringsOf(file.root)) {
      const whole = wholeAccountOf(node.value);
      if (!whole) continue;
      const own = controlled.has(whole.account) && (whole.partition === void 0 || whole.partition === inputs.partition);
      if (own) at.add(`${node.span.start.line}:${node.span.start.column}`);
      else otherAccount = true;
    }
    if (otherAccount) continue;
    for (const f of externalIdFindings) if (at.has(`${f.line}:${f.column}`)) settled.add(f);
  }
  return settled;
}
function settledUserQuota(file, inputs) {
  const quota = file.findings.filter((f) => f.code === "RTC503");
  if (quota.length === 0) return [];
  const noUser = inputs.trustPrincipal === "role";
  const mayBeUsers = !noUser && (!file.policy || allowsAction(file.policy, "sts:AssumeRole"));
  return mayBeUsers ? [] : quota;
}
function* stringsOf(root) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.kind === "string") yield node;
    else if (node.kind === "array") for (const item of node.items) stack.push(item);
    else if (node.kind === "object") for (const m of node.members) stack.push(m.value);
  }
}
export {
  settledLintFindings
};
