import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  evaluate
} from "./chunk-JYD2BXJM.js";
import {
  actionMatches,
  memberNamed,
  splitArn
} from "./chunk-3J2MF5LM.js";

// src/core/together/position.ts
var START = { line: 1, column: 1 };
function placeOf(node) {
  return { line: node.span.start.line, column: node.span.start.column, endLine: node.span.end.line, endColumn: node.span.end.column };
}
function statementMember(root) {
  if (!root || root.kind !== "object") return void 0;
  return memberNamed(root, "Statement");
}
function statementPlace(file, index) {
  const member = statementMember(file.root);
  if (!member) return START;
  const v = member.value;
  if (v.kind === "array") return v.items[index] ? placeOf(v.items[index]) : placeOf(member);
  return index === 0 ? placeOf(v) : placeOf(member);
}
function documentPlace(file) {
  const member = statementMember(file.root);
  return member ? placeOf(member) : START;
}

// src/core/together/unknowable-keys.ts
var EXACT = /* @__PURE__ */ new Set([
  "aws:sourceip",
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:vpcsourceip",
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:userid",
  "aws:currenttime",
  "aws:epochtime",
  "aws:useragent",
  "aws:referer",
  "aws:requestedregion",
  "sts:rolesessionname",
  "kms:viaservice",
  "kms:encryptionalgorithm",
  "kms:encryptioncontextkeys",
  "redshift:durationseconds",
  "s3:authtype",
  "s3:signatureage",
  "s3:signatureversion",
  "s3:tlsversion",
  "s3:delimiter",
  "s3:max-keys"
]);
var PREFIXES = ["aws:principaltag/", "aws:resourcetag/", "iam:resourcetag/", "kms:encryptioncontext:", "s3:x-amz-"];
function isUnknowableKey(key) {
  const k = key.toLowerCase();
  return EXACT.has(k) || PREFIXES.some((p) => k.startsWith(p));
}

// src/core/together/setup-context.ts
function allowsAction(policy, action) {
  return policy.statements.some(
    (s) => s.effect === "Allow" && (s.action ? s.action.some((p) => actionMatches(p, action)) : !!s.notAction && !s.notAction.some((p) => actionMatches(p, action)))
  );
}
function asRole(ctx, action, resource, extra = {}) {
  const bucket = ctx.bucketPolicy && ctx.inputs.stagingBucket && action.toLowerCase().startsWith("s3:") && inBucket(resource, ctx.inputs.partition, ctx.inputs.stagingBucket);
  return evaluate(
    { principal: ctx.session, action, resource, context: { ...ctx.baseContext(ctx.session), ...extra }, unknownKeys: isUnknowableKey },
    { identityPolicies: ctx.roleDocs.map((d) => d.policy), resourceAccount: ctx.session.account ?? "", ...bucket && ctx.bucketPolicy ? { resourcePolicy: ctx.bucketPolicy.policy } : {} }
  );
}
function inBucket(arn, partition, bucket) {
  const bucketArn = `arn:${partition}:s3:::${bucket}`;
  return arn === bucketArn || arn.startsWith(`${bucketArn}/`);
}
function placeOfDecision(ctx, decision, fallback) {
  const ref = decision.matched.find((r) => r.source === "identity") ?? decision.matched.find((r) => r.source === "resource");
  const doc = !ref ? void 0 : ref.source === "identity" ? ctx.roleDocs[ref.policy] : ctx.bucketPolicy;
  return doc && ref ? { doc, place: statementPlace(doc.file, ref.statement) } : { doc: fallback, place: documentPlace(fallback.file) };
}
function refusedAsRole(ctx, requests, fallback) {
  const refused = requests.map((r) => ({ r, d: asRole(ctx, r.action, r.resource, r.context) })).filter((x) => x.d.effect !== "Allow");
  if (refused.length === 0) return void 0;
  const deny = refused.find((x) => x.d.effect === "ExplicitDeny");
  const at = deny ? placeOfDecision(ctx, deny.d, fallback) : { doc: fallback, place: documentPlace(fallback.file) };
  return { refused: refused.map((x) => x.r), denied: deny !== void 0, ...at };
}
function allowedAsRoleByStatement(ctx, requests, fallback) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of requests) {
    const d = asRole(ctx, r.action, r.resource, r.context);
    if (d.effect !== "Allow") continue;
    const at = placeOfDecision(ctx, d, fallback);
    const key = `${at.doc.file.file}|${at.place.line}|${at.place.column}`;
    const group = groups.get(key);
    if (group) group.allowed.push(r);
    else groups.set(key, { ...at, allowed: [r] });
  }
  return [...groups.values()];
}
function concreteOf(pattern) {
  return pattern.replace(/[*?]/g, "x");
}
var DERIVED_PROBE_BUDGET = 50;
function allowedResources(docs, relevant) {
  const found = [];
  let passedOver;
  const seen = /* @__PURE__ */ new Set();
  for (const doc of docs) {
    for (const statement of doc.policy.statements) {
      if (statement.effect !== "Allow") continue;
      for (const resource of statement.resource ?? []) {
        if (seen.has(resource) || !splitArn(resource)) continue;
        seen.add(resource);
        const concrete = concreteOf(resource);
        if (!relevant(concrete)) continue;
        if (found.length < DERIVED_PROBE_BUDGET) found.push({ doc, statement, resource, concrete });
        else if (passedOver) passedOver.count++;
        else passedOver = { doc, statement, resource, concrete, count: 1 };
      }
    }
  }
  return passedOver ? { found, passedOver } : { found };
}
function reportPassedOver(report, code, passed, reach, what, hint) {
  report(
    code,
    passed.doc.file,
    statementPlace(passed.doc.file, passed.statement.index),
    `${passed.doc.file.file} may ${reach}: it names ${passed.resource}${passed.count > 1 ? ` and ${passed.count - 1} more` : ""} (not evaluated: past the first ${DERIVED_PROBE_BUDGET} ${what}, the check does not probe them one by one)`,
    hint
  );
}

export {
  statementPlace,
  documentPlace,
  isUnknowableKey,
  allowsAction,
  refusedAsRole,
  allowedAsRoleByStatement,
  concreteOf,
  allowedResources,
  reportPassedOver
};
