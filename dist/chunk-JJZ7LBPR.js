import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  evaluate,
  resourceAccountOf
} from "./chunk-JDA5AVWZ.js";
import {
  REGION_NAME,
  actionMatches,
  arnMatches,
  keyedByPolicy,
  memberNamed,
  memorable,
  splitArn
} from "./chunk-WK53RSOG.js";

// src/core/together/derived-keys.ts
var REGIONAL_SERVICES = /* @__PURE__ */ new Set(["kms", "redshift", "redshift-serverless"]);
var OWN_KEY_SERVICES = /* @__PURE__ */ new Set(["s3", "kms", "sts", "redshift"]);
var serviceOf = (name) => {
  const service = name.slice(0, Math.max(0, name.indexOf(":"))).toLowerCase();
  return service === "redshift-serverless" ? "redshift" : service;
};
function ofAnotherService(key, actionService) {
  const service = serviceOf(key);
  return service !== actionService && OWN_KEY_SERVICES.has(service);
}
function evaluateWithDerivedKeys(request, sources, regionKnown = true) {
  const parts = splitArn(request.resource);
  const derived = {};
  const account = resourceAccountOf(request, sources, parts);
  if (account) {
    derived["aws:ResourceAccount"] = account;
    if (request.action.toLowerCase().startsWith("s3:")) derived["s3:ResourceAccount"] = account;
  }
  const region = regionKnown && parts && REGIONAL_SERVICES.has(parts[2]) && REGION_NAME.test(parts[3]) ? parts[3] : void 0;
  if (region) derived["aws:RequestedRegion"] = region;
  const given = request.unknownKeys;
  const actionService = serviceOf(request.action);
  const unknown = given && ((key) => given(key) && !ofAnotherService(key, actionService) && !(region && key.toLowerCase() === "aws:requestedregion"));
  return evaluate({ ...request, context: { ...derived, ...request.context }, ...unknown ? { unknownKeys: unknown } : {} }, sources);
}

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
  "aws:sourcevpcarn",
  "aws:sourcevpce",
  "aws:vpcsourceip",
  // the account, organisation and organisation path that own the VPC endpoint a request comes through
  "aws:vpceaccount",
  "aws:vpceorgid",
  "aws:vpceorgpaths",
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:userid",
  "aws:useragent",
  "aws:referer",
  "aws:requestedregion",
  "sts:rolesessionname",
  "kms:viaservice",
  "kms:encryptionalgorithm",
  "kms:encryptioncontextkeys",
  // What the KMS key is (AWS KMS condition keys, "Conditions for KMS keys used in API operations") and the alias
  // the request names it by: no input says, kms-key-arn names the key only.
  "kms:keyorigin",
  "kms:keyspec",
  "kms:keyusage",
  "kms:customermasterkeyspec",
  "kms:customermasterkeyusage",
  "kms:multiregion",
  "kms:multiregionkeytype",
  "kms:requestalias",
  "redshift:durationseconds",
  "s3:authtype",
  "s3:signatureage",
  "s3:signatureversion",
  "s3:tlsversion",
  "s3:delimiter",
  "s3:max-keys"
]);
var PREFIXES = ["aws:principaltag/", "aws:resourcetag/", "iam:resourcetag/", "kms:encryptioncontext:", "s3:x-amz-"];
var CONNECTOR = 1;
var ROLE_SESSION = 2;
var OTHERS = 4;
var KMS = 8;
var EC2_ROLE_CREDENTIAL = /* @__PURE__ */ new Set(["ec2:sourceinstancearn", "aws:ec2instancesourcevpc", "aws:ec2instancesourceprivateipv4", "aws:tokenissuetime"]);
var CHOSEN_BY_OTHERS = /* @__PURE__ */ new Set(["aws:multifactorauthpresent", "aws:multifactorauthage", "aws:tokenissuetime", "aws:sourceidentity", "sts:sourceidentity", "aws:tagkeys", "sts:transitivetagkeys"]);
function classify(key) {
  const k = key.toLowerCase();
  if (EXACT.has(k) || PREFIXES.some((p) => k.startsWith(p))) return CONNECTOR | ROLE_SESSION | OTHERS | KMS;
  let kind = 0;
  if (EC2_ROLE_CREDENTIAL.has(k)) kind |= ROLE_SESSION | OTHERS;
  if (CHOSEN_BY_OTHERS.has(k) || k.startsWith("aws:requesttag/")) kind |= OTHERS;
  if (k === "aws:viaawsservice") kind |= KMS;
  return kind;
}
var MAX_CLASSIFIED = 1e4;
var classified = /* @__PURE__ */ new Map();
function kindOf(key) {
  let kind = classified.get(key);
  if (kind === void 0) {
    if (classified.size >= MAX_CLASSIFIED) classified.clear();
    kind = classify(key);
    if (memorable(key)) classified.set(key, kind);
  }
  return kind;
}
var isUnknowableKey = (key) => (kindOf(key) & CONNECTOR) !== 0;
var isUnknowableForRoleSession = (key) => (kindOf(key) & ROLE_SESSION) !== 0;
var isUnknowableForOthers = (key) => (kindOf(key) & OTHERS) !== 0;
var isUnknowableForKms = (key) => (kindOf(key) & KMS) !== 0;
var isUnknowableForKmsWithoutAlias = (key) => isUnknowableForKms(key) || key.toLowerCase() === "kms:resourcealiases";

// src/core/together/failing-conditions.ts
function reducedTo(s, action, resource, condition) {
  const any = keyedByPolicy();
  any.AWS = ["*"];
  return {
    index: s.index,
    ...s.sid !== void 0 ? { sid: s.sid } : {},
    effect: s.effect,
    action: [action],
    ...resource !== void 0 && (s.resource || s.notResource) ? { resource: [resource] } : {},
    ...s.principal || s.notPrincipal ? { principal: any } : {},
    condition
  };
}
function blockedByConditions(policies, admitsWithout, admitsReduced) {
  for (let p = 0; p < policies.length; p++) {
    for (const s of policies[p].statements) {
      if (s.effect !== "Allow" || Object.keys(s.condition).length === 0 || !admitsWithout(p, s)) continue;
      const failing = [];
      for (const [operator, block] of Object.entries(s.condition)) {
        for (const [key, values] of Object.entries(block)) {
          const one = keyedByPolicy();
          one[operator] = keyedByPolicy();
          one[operator][key] = values;
          if (!admitsReduced(p, s, one)) failing.push({ operator, key });
        }
      }
      if (failing.length === 0) for (const [operator, block] of Object.entries(s.condition)) for (const key of Object.keys(block)) failing.push({ operator, key });
      return { policy: p, statement: s, failing };
    }
  }
  return void 0;
}
function statementName(s) {
  return `statement ${s.index + 1}${s.sid ? ` (${s.sid})` : ""}`;
}
function conditionsText(failing) {
  const shown = failing.slice(0, 3).map((f) => `${f.operator} ${f.key}`);
  const more = failing.length > 3 ? ` and ${failing.length - 3} more` : "";
  return `condition${failing.length === 1 ? "" : "s"} ${shown.join(", ")}${more}`;
}

// src/core/together/setup-context.ts
function coversAction(s, action) {
  return s.action ? s.action.some((p) => actionMatches(p, action)) : !!s.notAction && !s.notAction.some((p) => actionMatches(p, action));
}
function namesResource(s, resource, parts = splitArn(resource)) {
  return !s.resource || s.resource.some((p) => p.includes("${") || arnMatches(p, resource, parts));
}
function allowsAction(policy, action) {
  return policy.statements.some((s) => s.effect === "Allow" && coversAction(s, action));
}
function asRole(ctx, action, resource, extra = {}, boundary) {
  const bucket = bucketPolicyOn(ctx, action, resource);
  return evaluateWithDerivedKeys(
    { principal: ctx.session, action, resource, context: { ...ctx.baseContext(ctx.session), ...extra }, unknownKeys: isUnknowableKey },
    { identityPolicies: ctx.roleDocs.map((d) => d.policy), resourceAccount: ctx.session.account ?? "", ...bucket ? { resourcePolicy: bucket.policy } : {}, ...boundary ? { permissionsBoundary: boundary } : {} }
  );
}
function effectiveIdentity(ctx, whose) {
  const docs = whose === "role" ? ctx.roleDocs : [...ctx.requesterDoc ? [ctx.requesterDoc] : [], ...ctx.requesterGuards ?? []];
  const boundary = boundaryOf(ctx, whose);
  return { identityPolicies: docs.map((d) => d.policy), ...boundary ? { permissionsBoundary: boundary } : {} };
}
function boundaryOf(ctx, whose) {
  return whose === "role" ? ctx.roleBoundary : ctx.requesterBoundary;
}
function reachedAsRole(ctx, action, resource, extra = {}) {
  return asRole(ctx, action, resource, extra, boundaryOf(ctx, "role"));
}
function bucketPolicyOn(ctx, action, resource) {
  const on = !!ctx.inputs.stagingBucket && action.toLowerCase().startsWith("s3:") && inBucket(resource, ctx.inputs.partition, ctx.inputs.stagingBucket);
  return on ? ctx.bucketPolicy : void 0;
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
  const decided = requests.map((r) => ({ r, d: asRole(ctx, r.action, r.resource, r.context) }));
  const docOf = (ref) => ref.source === "identity" ? ctx.roleDocs[ref.policy] : ctx.bucketPolicy;
  for (const { r, d } of decided) if (d.effect === "Allow") ctx.noteAllowed?.(d, `${r.action} on ${r.resource}`, docOf);
  const refused = decided.filter((x) => x.d.effect !== "Allow");
  if (refused.length === 0) return void 0;
  const deny = refused.find((x) => x.d.effect === "ExplicitDeny");
  if (deny) return { refused: refused.map((x) => x.r), denied: true, ...placeOfDecision(ctx, deny.d, fallback) };
  for (const { r } of refused.slice(0, BLOCKED_TRIES)) {
    const blocked = blockedAsRole(ctx, r);
    if (blocked) return { refused: refused.map((x) => x.r), denied: false, doc: blocked.doc, place: statementPlace(blocked.doc.file, blocked.statement.index), blocked: { request: r, statement: blocked.statement, failing: blocked.failing } };
  }
  return { refused: refused.map((x) => x.r), denied: false, doc: fallback, place: documentPlace(fallback.file) };
}
var BLOCKED_TRIES = 2;
function blockedAsRole(ctx, r) {
  const bucket = bucketPolicyOn(ctx, r.action, r.resource);
  const docs = [...ctx.roleDocs, ...bucket ? [bucket] : []];
  const parts = splitArn(r.resource);
  const request = { principal: ctx.session, action: r.action, resource: r.resource, context: { ...ctx.baseContext(ctx.session), ...r.context }, unknownKeys: isUnknowableKey };
  const alone = (p, s) => {
    const policy = { ...docs[p].policy, statements: [s] };
    return docs[p] === ctx.bucketPolicy ? evaluateWithDerivedKeys(request, { identityPolicies: [], resourceAccount: ctx.session.account ?? "", resourcePolicy: policy }) : evaluateWithDerivedKeys(request, { identityPolicies: [policy], resourceAccount: ctx.session.account ?? "" });
  };
  const blocked = blockedByConditions(
    docs.map((d) => d.policy),
    (p, s) => coversAction(s, r.action) && namesResource(s, r.resource, parts) && alone(p, { ...s, condition: keyedByPolicy() }).effect === "Allow",
    (p, s, condition) => alone(p, reducedTo(s, r.action, r.resource, condition)).effect === "Allow"
  );
  return blocked ? { doc: docs[blocked.policy], statement: blocked.statement, failing: blocked.failing } : void 0;
}
function allowedAsRoleByStatement(ctx, requests, fallback) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of requests) {
    const d = reachedAsRole(ctx, r.action, r.resource, r.context);
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
  evaluateWithDerivedKeys,
  statementPlace,
  documentPlace,
  isUnknowableKey,
  isUnknowableForRoleSession,
  isUnknowableForOthers,
  isUnknowableForKms,
  isUnknowableForKmsWithoutAlias,
  reducedTo,
  blockedByConditions,
  statementName,
  conditionsText,
  coversAction,
  allowsAction,
  asRole,
  effectiveIdentity,
  boundaryOf,
  refusedAsRole,
  allowedAsRoleByStatement,
  concreteOf,
  allowedResources,
  reportPassedOver
};
