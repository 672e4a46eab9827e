import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  CLUSTER_CREDENTIALS_ACTION,
  CREATE_USER_ACTION,
  JOIN_GROUP_ACTION,
  ROLE_CHAINING_MAX_SECONDS,
  S3_LIST_ACTION,
  S3_OBJECT_ACTIONS,
  S3_STAGING_ACTIONS,
  S3_UPLOADS_ACTION,
  SERVERLESS_CREDENTIALS_ACTION,
  documentsFor,
  kmsPolicyFor,
  redshiftDbAuthPolicyFor,
  s3StagingPolicyFor,
  togetherCheck,
  trustPolicyFor,
  userPolicyFor
} from "./chunk-DWOYCL7I.js";
import {
  allowedAsRoleByStatement,
  allowedResources,
  allowsAction,
  asRole,
  blockedByConditions,
  boundaryOf,
  concreteOf,
  conditionsText,
  coversAction,
  documentPlace,
  effectiveIdentity,
  evaluateWithDerivedKeys,
  isUnknowableForKms,
  isUnknowableForKmsWithoutAlias,
  isUnknowableForOthers,
  isUnknowableForRoleSession,
  isUnknowableKey,
  reducedTo,
  refusedAsRole,
  reportPassedOver,
  statementName,
  statementPlace
} from "./chunk-JJZ7LBPR.js";
import {
  diffPolicies
} from "./chunk-X5RASQ4X.js";
import {
  actionsMatching,
  arnFitsAction,
  findAction,
  groupDigits,
  listText,
  rcpServices,
  serviceOf
} from "./chunk-4P27VZC6.js";
import {
  principalFromArn
} from "./chunk-JDA5AVWZ.js";
import {
  accountRootArn,
  actionMatches,
  arnMatches,
  hasWildcard,
  isAccountId,
  keyedByPolicy,
  normalisePolicy,
  oncePerObject,
  redshiftClusterArn,
  redshiftWorkgroupArn,
  s3BucketArn,
  userArn,
  wholeAccountOf
} from "./chunk-WK53RSOG.js";
import "./chunk-XFGV3SBV.js";

// src/core/together/staging-access.ts
var STAGED_KEY = "redshift-connector/part-0000.gz";
function stagingNeeds(inputs) {
  const bucket = inputs.stagingBucket;
  if (!bucket) return [];
  const prefix = inputs.stagingPrefix ?? "";
  const bucketArn = s3BucketArn(inputs.partition, bucket);
  const objectArn = `${bucketArn}/${prefix}${STAGED_KEY}`;
  return [
    ...S3_OBJECT_ACTIONS.map((action) => ({ action, resource: objectArn, what: `${action} on ${objectArn}` })),
    { action: S3_LIST_ACTION, resource: bucketArn, context: { "s3:prefix": `${prefix}redshift-connector/` }, what: `${S3_LIST_ACTION} of ${prefix}redshift-connector/ in ${bucket}` },
    { action: S3_UPLOADS_ACTION, resource: bucketArn, what: `${S3_UPLOADS_ACTION} on ${bucketArn}` }
  ];
}
function checkStagingAccess(ctx) {
  const { inputs } = ctx;
  const bucket = inputs.stagingBucket;
  if (!bucket) return;
  const part = inputs.partition;
  const prefix = inputs.stagingPrefix ?? "";
  const bucketArn = s3BucketArn(part, bucket);
  const s3Docs = ctx.roleDocs.filter((d) => S3_STAGING_ACTIONS.some((a) => allowsAction(d.policy, a)));
  const home = s3Docs[0] ?? ctx.bucketPolicy;
  if (!home) {
    ctx.report(
      "RTC713",
      ctx.anchor,
      { line: 1, column: 1 },
      `The Redshift connector will get AccessDenied staging data in s3://${bucket}/${prefix}: staging-bucket is set but no identity policy among the files grants the role S3 actions, nor is the bucket's policy among them`,
      "Add the S3 staging policy that generate makes (s3-staging-policy.json) to policy-files"
    );
    return;
  }
  const needs = stagingNeeds(inputs);
  const refused = refusedAsRole(ctx, needs, home);
  if (refused) {
    ctx.report(
      "RTC714",
      refused.doc.file,
      refused.place,
      `The Redshift connector will get AccessDenied staging data: the role is ${refused.denied ? "denied" : "not allowed"} ${refused.refused.map((n) => n.what).join("; ")}${refused.blocked ? ` (${statementName(refused.blocked.statement)} of ${refused.doc.file.file} would allow ${refused.blocked.request.what} but for its ${conditionsText(refused.blocked.failing)})` : ""}`,
      `Allow ${S3_LIST_ACTION} and ${S3_UPLOADS_ACTION} on ${bucketArn}${prefix ? ` (s3:prefix ${prefix}*)` : ""}, and ${S3_OBJECT_ACTIONS.join(", ")} on ${bucketArn}/${prefix}*`
    );
  }
  const outside = (arn) => {
    const m = /^arn:[^:]+:s3:::([^/]*)(?:\/(.*))?$/.exec(arn);
    if (!m) return false;
    const [, b, key] = m;
    return b !== bucket || key !== void 0 && !key.startsWith(prefix);
  };
  const others = [`${bucket}-other`, "unrelated-bucket"].filter((b) => b !== bucket);
  const probes = [];
  const objectProbes = (arn) => S3_OBJECT_ACTIONS.map((action) => ({ action, resource: arn, what: `${action} on ${arn}` }));
  for (const other of others) {
    const otherArn = s3BucketArn(part, other);
    probes.push(...objectProbes(`${otherArn}/${prefix}${STAGED_KEY}`));
    probes.push({ action: S3_LIST_ACTION, resource: otherArn, context: { "s3:prefix": prefix }, what: `${S3_LIST_ACTION} on ${otherArn}` });
    probes.push({ action: S3_UPLOADS_ACTION, resource: otherArn, what: `${S3_UPLOADS_ACTION} on ${otherArn}` });
  }
  if (prefix) {
    const sibling = `${prefix.slice(0, -1)}-old/`;
    probes.push(...objectProbes(`${bucketArn}/${sibling}${STAGED_KEY}`), ...objectProbes(`${bucketArn}/${STAGED_KEY}`));
    probes.push({ action: S3_LIST_ACTION, resource: bucketArn, context: { "s3:prefix": sibling }, what: `${S3_LIST_ACTION} of ${sibling} in ${bucket}` });
    probes.push({ action: S3_LIST_ACTION, resource: bucketArn, what: `${S3_LIST_ACTION} of the whole bucket ${bucket}` });
  }
  const named = allowedResources(ctx.roleDocs, (concrete) => concrete.includes(":s3:::") && outside(concrete));
  for (const { doc, statement, concrete } of named.found) {
    const own = { ...doc.policy, statements: [statement] };
    const candidates = concrete.includes("/") ? S3_OBJECT_ACTIONS : [S3_LIST_ACTION, S3_UPLOADS_ACTION];
    const action = candidates.find((a) => allowsAction(own, a));
    if (action) probes.push({ action, resource: concrete, ...action === S3_LIST_ACTION ? { context: { "s3:prefix": prefix } } : {}, what: `${action} on ${concrete}` });
  }
  const hint = `Name only ${bucketArn}${prefix ? ` (with the condition StringLike s3:prefix ${prefix}, ${prefix}*)` : ""} and ${bucketArn}/${prefix}*`;
  if (named.passedOver) {
    reportPassedOver(ctx.report, "RTC715", named.passedOver, `let the role reach S3 outside s3://${bucket}/${prefix}`, "S3 resources outside the staging area", hint);
  }
  for (const at of allowedAsRoleByStatement(ctx, probes, home)) {
    const examples = [...new Set(at.allowed.map((p) => p.what))];
    ctx.report(
      "RTC715",
      at.doc.file,
      at.place,
      `${at.doc.file.file} lets the role reach S3 outside s3://${bucket}/${prefix}: ${listText(examples, 3, "; ")}`,
      hint
    );
  }
}

// src/core/together/db-auth.ts
var DB_AUTH_ACTIONS = [CLUSTER_CREDENTIALS_ACTION, JOIN_GROUP_ACTION, SERVERLESS_CREDENTIALS_ACTION, "redshift:GetClusterCredentialsWithIAM"];
var DATABASES_PROBED = 16;
function databasesNamed(ctx) {
  const names = /* @__PURE__ */ new Set(["dev"]);
  const add = (name) => {
    if (name && names.size < DATABASES_PROBED && !name.includes("${")) names.add(concreteOf(name));
  };
  for (const { concrete } of allowedResources(ctx.roleDocs, (concrete2) => typedName(concrete2)?.type === "dbname").found) add(typedName(concrete)?.name);
  for (const { policy } of ctx.roleDocs) {
    for (const s of policy.statements) {
      if (names.size >= DATABASES_PROBED) return [...names];
      if (s.effect !== "Allow") continue;
      for (const [operator, block] of Object.entries(s.condition)) {
        if (!operator.includes("String") || operator.includes("Not")) continue;
        for (const [key, values] of Object.entries(block)) if (key.toLowerCase() === "redshift:dbname") for (const v of values.slice(0, DATABASES_PROBED)) add(v);
      }
    }
  }
  return [...names];
}
function actionFor(arn) {
  if (/^arn:[^:]+:redshift-serverless:[^:]*:[^:]*:workgroup\//.test(arn)) return SERVERLESS_CREDENTIALS_ACTION;
  if (/^arn:[^:]+:redshift:[^:]*:[^:]*:dbgroup:/.test(arn)) return JOIN_GROUP_ACTION;
  if (/^arn:[^:]+:redshift:[^:]*:[^:]*:(dbuser|dbname):/.test(arn)) return CLUSTER_CREDENTIALS_ACTION;
  return void 0;
}
var slashSearch = 0;
function typedName(resource) {
  const lastBreak = Math.max(resource.lastIndexOf("\n"), resource.lastIndexOf("\r"), resource.lastIndexOf("\u2028"), resource.lastIndexOf("\u2029"));
  const typed = /:(dbuser|dbname|dbgroup):/g;
  let slash = -2;
  for (let m = typed.exec(resource); m !== null; m = typed.exec(resource)) {
    const after = m.index + m[0].length;
    if (slash !== -1 && slash < after) {
      slash = resource.indexOf("/", after);
      slashSearch += (slash === -1 ? resource.length : slash + 1) - after;
    }
    if (slash === -1) return void 0;
    if (slash > lastBreak) return { type: m[1], name: resource.slice(slash + 1) };
    typed.lastIndex = m.index + 1;
  }
  return void 0;
}
function dbAuthNeeds(inputs) {
  const r = inputs.redshift;
  if (!r) return [];
  const part = inputs.partition;
  const account = inputs.accountId;
  if (r.kind !== "cluster") return [{ action: SERVERLESS_CREDENTIALS_ACTION, resource: redshiftWorkgroupArn(part, r.region, account, r.workgroupId) }];
  const arn = (type, name) => redshiftClusterArn(part, r.region, account, type, r.clusterId, name);
  return [
    { action: CLUSTER_CREDENTIALS_ACTION, resource: arn("dbuser", r.dbUser) },
    ...r.dbName ? [{ action: CLUSTER_CREDENTIALS_ACTION, resource: arn("dbname", r.dbName) }] : [],
    // AutoCreate: the API reference requires redshift:CreateClusterUser as well, on the dbuser.
    ...r.autoCreate ? [{ action: CREATE_USER_ACTION, resource: arn("dbuser", r.dbUser) }] : [],
    ...r.dbGroups.map((g) => ({ action: JOIN_GROUP_ACTION, resource: arn("dbgroup", g) }))
  ];
}
function dbAuthKeys(inputs) {
  const r = inputs.redshift;
  return r?.kind === "cluster" ? { "redshift:DbUser": r.dbUser, ...r.dbName ? { "redshift:DbName": r.dbName } : {} } : {};
}
function checkDbAuth(ctx) {
  const { inputs } = ctx;
  const r = inputs.redshift;
  if (!r) return;
  const part = inputs.partition;
  const account = inputs.accountId;
  const target = r.kind === "cluster" ? `database user ${r.dbUser} of cluster ${r.clusterId}` : `workgroup ${r.workgroupId}`;
  const dbDocs = ctx.roleDocs.filter((d) => DB_AUTH_ACTIONS.some((a) => allowsAction(d.policy, a)));
  if (dbDocs.length === 0) {
    ctx.report(
      "RTC716",
      ctx.anchor,
      { line: 1, column: 1 },
      `The Redshift connector will get AccessDenied asking for database credentials (${target}): redshift-db-auth is ${r.kind} but no identity policy among the files grants the role ${r.kind === "cluster" ? CLUSTER_CREDENTIALS_ACTION : SERVERLESS_CREDENTIALS_ACTION}`,
      "Add the DB-auth policy that generate makes (redshift-db-auth-policy.json) to policy-files"
    );
    return;
  }
  let needs = dbAuthNeeds(inputs);
  let others;
  if (r.kind === "cluster") {
    const arn = (type, cluster, name) => redshiftClusterArn(part, r.region, account, type, cluster, name);
    others = [
      { action: CLUSTER_CREDENTIALS_ACTION, resource: arn("dbuser", r.clusterId, `${r.dbUser}x`) },
      { action: CLUSTER_CREDENTIALS_ACTION, resource: arn("dbuser", r.clusterId, "admin") },
      { action: CLUSTER_CREDENTIALS_ACTION, resource: arn("dbuser", `${r.clusterId}x`, r.dbUser) },
      ...r.dbName ? [{ action: CLUSTER_CREDENTIALS_ACTION, resource: arn("dbname", r.clusterId, `${r.dbName}x`) }] : [],
      { action: JOIN_GROUP_ACTION, resource: arn("dbgroup", r.clusterId, "admins") }
    ].filter((o) => !needs.some((n) => n.resource === o.resource));
  } else {
    others = [{ action: SERVERLESS_CREDENTIALS_ACTION, resource: redshiftWorkgroupArn(part, r.region, account, "00000000-0000-4000-8000-0000000000ff") }].filter(
      (o) => o.resource !== needs[0].resource
    );
  }
  const anyDatabase = r.kind === "cluster" && r.dbName === void 0 ? redshiftClusterArn(part, r.region, account, "dbname", r.clusterId, "") : void 0;
  const withKeys = (p, database2) => {
    if (r.kind !== "cluster") return p;
    const m = typedName(p.resource);
    const user = m?.type === "dbuser" ? m.name : r.dbUser;
    const db = m?.type === "dbname" ? m.name : database2;
    return { ...p, context: { "redshift:DbUser": user, ...db !== void 0 ? { "redshift:DbName": db } : {} } };
  };
  const wanted = new Set(needs.map((n) => n.resource));
  const isWanted = (concrete) => wanted.has(concrete) || anyDatabase !== void 0 && concrete.startsWith(anyDatabase);
  const named = allowedResources(ctx.roleDocs, (concrete) => actionFor(concrete) !== void 0 && !isWanted(concrete));
  const nameExactly = `Name exactly ${needs.map((n) => n.resource).join(", ")}${anyDatabase ? ` and, for any database, ${anyDatabase}*` : ""}, with no other wildcard`;
  for (const { concrete } of named.found) others.push({ action: actionFor(concrete), resource: concrete });
  if (named.passedOver) {
    reportPassedOver(ctx.report, "RTC718", named.passedOver, `let the role get database credentials beyond ${target}`, "Redshift resources", nameExactly);
  }
  const shown = `${anyDatabase}* (the database the connection names)`;
  const callNaming = (database2) => [
    ...needs.map((n) => withKeys(n, database2)),
    ...anyDatabase === void 0 ? [] : [withKeys({ action: CLUSTER_CREDENTIALS_ACTION, resource: `${anyDatabase}${database2}`, shown }, database2)]
  ];
  const database = anyDatabase === void 0 ? r.kind === "cluster" ? r.dbName : void 0 : databasesNamed(ctx).find((name) => callNaming(name).every((p) => asRole(ctx, p.action, p.resource, p.context).effect === "Allow")) ?? "dev";
  needs = callNaming(database);
  others = others.map((o) => withKeys(o, database));
  const refused = refusedAsRole(ctx, needs, dbDocs[0]);
  if (refused) {
    ctx.report(
      "RTC717",
      refused.doc.file,
      refused.place,
      `The Redshift connector will get AccessDenied asking for database credentials: the role is ${refused.denied ? "denied" : "not allowed"} ${refused.refused.map((n) => `${n.action} on ${n.shown ?? n.resource}`).join("; ")}${refused.blocked ? ` (${statementName(refused.blocked.statement)} of ${refused.doc.file.file} would allow ${refused.blocked.request.action} on ${refused.blocked.request.shown ?? refused.blocked.request.resource} but for its ${conditionsText(refused.blocked.failing)})` : ""}`,
      `Allow ${needs.map((n) => `${n.action} on ${n.shown ?? n.resource}`).join(", ")}`
    );
  }
  for (const at of allowedAsRoleByStatement(ctx, others, dbDocs[0])) {
    const examples = [...new Set(at.allowed.map((o) => `${o.action} on ${o.resource}`))];
    ctx.report(
      "RTC718",
      at.doc.file,
      at.place,
      `${at.doc.file.file} lets the role get database credentials beyond ${target}: ${listText(examples, 3, "; ")}`,
      nameExactly
    );
  }
}

// src/core/together/org-policies.ts
var governedByRcps = (call) => rcpServices().has(serviceOf(call.request.action)?.toLowerCase() ?? "");
function checkOrgPolicies(scps, rcps, calls, report, noteAllowed) {
  const noted = (doc, call, d) => {
    if (d.effect !== "ExplicitDeny") noteAllowed?.(d, call.what, doc);
    return d;
  };
  for (const scp of scps) {
    const allowList = scp.policy.statements.some((s) => s.effect === "Allow");
    const refusal = refusedBy(scp, calls, (call) => noted(scp, call, evaluateWithDerivedKeys(call.request, { identityPolicies: [scp.policy], resourceAccount: call.resourceAccount }, call.regionKnown ?? true)), allowList);
    if (refusal) reportRefusal(report, scp, refusal, "service control policy", (call) => `the principals of account ${call.callerAccount}`);
  }
  const governed = calls.filter(governedByRcps);
  for (const rcp of rcps) {
    const refusal = refusedBy(
      rcp,
      governed,
      (call) => noted(rcp, call, evaluateWithDerivedKeys(call.request, { identityPolicies: [], resourcePolicy: rcp.policy, resourceAccount: call.resourceAccount, resourcePolicyKind: "other" }, call.regionKnown ?? true)),
      false
    );
    if (refusal) reportRefusal(report, rcp, refusal, "resource control policy", (call) => `the resources of account ${call.resourceAccount}`);
  }
}
function refusedBy(doc, calls, decide, mustAllow) {
  const refused = [];
  let denyAt;
  for (const call of calls) {
    const d = decide(call);
    if (d.effect === "ExplicitDeny") {
      refused.push(call);
      const ref = d.matched.find((r) => r.effect === "Deny");
      denyAt ??= ref ? doc.policy.statements.find((s) => s.index === ref.statement) : void 0;
    } else if (mustAllow && !d.matched.some((r) => r.effect === "Allow")) refused.push(call);
  }
  return refused.length > 0 ? { calls: refused, ...denyAt ? { denyAt } : {} } : void 0;
}
function reportRefusal(report, doc, refusal, kindName, whose) {
  const { calls, denyAt } = refusal;
  const scope = listText([...new Set(calls.map(whose))], 2);
  const why = denyAt ? `${statementName(denyAt)} of this ${kindName} denies ${calls.length === 1 ? "it" : "them"}` : `this ${kindName} allows none of ${calls.length === 1 ? "it" : "them"}, and one attached above an account must allow what is done there`;
  report(
    "RTC721",
    doc.file,
    denyAt ? statementPlace(doc.file, denyAt.index) : documentPlace(doc.file),
    `The Redshift connector will get AccessDenied on ${listText(calls.map((c) => c.what), 3, "; ")} wherever ${doc.file.file} applies (to ${scope}): ${why}`,
    denyAt ? `Leave the connector's requests out of ${statementName(denyAt)} (e.g. a condition on aws:PrincipalArn naming the connector's principals), or attach ${doc.file.file} where the connector's accounts are not` : `Allow ${listText([...new Set(calls.map((c) => c.request.action))], 4)} in ${doc.file.file}, or attach it where the connector's accounts are not`
  );
}

// src/core/evaluate/weight.ts
function valuesIn(map) {
  let n = 0;
  if (map) for (const values of Object.values(map)) n += values.length;
  return n;
}
function statementWeight(s) {
  const patterns = (s.action?.length ?? 0) + (s.notAction?.length ?? 0) + (s.resource?.length ?? 0) + (s.notResource?.length ?? 0);
  let conditions = 0;
  for (const block of Object.values(s.condition)) for (const values of Object.values(block)) conditions += 1 + values.length;
  return 1 + patterns + valuesIn(s.principal) + valuesIn(s.notPrincipal) + conditions;
}
function policyWeight(policy) {
  let n = 0;
  for (const s of policy.statements) n += statementWeight(s);
  return n;
}

// src/core/together/role-chaining.ts
var EVERYTHING = normalisePolicy({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });
var ROLE_CHAINING_BUDGET = 1e6;
function sessionOf(roleArnValue) {
  const m = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArnValue);
  if (!m) return void 0;
  return { ...principalFromArn(`arn:${m[1]}:sts::${m[2]}:assumed-role/${m[3]}/redshift-connector`), roleArn: roleArnValue };
}
function callerFor(value) {
  const p = principalFromArn(value);
  if (p.kind === "role") {
    const session = sessionOf(value);
    return session ? { role: value, session } : void 0;
  }
  return p.kind === "assumed-role" && p.roleArn ? { role: p.roleArn, session: p } : void 0;
}
function mayAdmitAssume(s) {
  return s.effect === "Allow" && coversAction(s, "sts:AssumeRole");
}
function checkRoleChaining(ctx, roleArn) {
  const seconds = ctx.inputs.sessionDuration;
  const trust = ctx.trust;
  if (seconds === void 0 || seconds <= ROLE_CHAINING_MAX_SECONDS || !trust || !EVERYTHING) return;
  const report = (index, role, judgedHere) => ctx.report(
    "RTC719",
    trust.file,
    statementPlace(trust.file, index),
    judgedHere ? `The connector asks for ${seconds}-second credentials (session-duration) but the trust policy lets the role ${role} assume ${roleArn}: that is role chaining, which AWS caps at one hour whatever MaxSessionDuration says, so the task fails when the credentials expire` : `The connector asks for ${seconds}-second credentials (session-duration) and the trust policy names the role ${role}, which may assume ${roleArn} (not evaluated: the trust policy names more roles than the check judges one by one, so its conditions and Denies were not applied to this one): a role assuming the role is role chaining, which AWS caps at one hour whatever MaxSessionDuration says`,
    `Set the connector's Temporary Credential Duration (session-duration) to ${ROLE_CHAINING_MAX_SECONDS} seconds or less, or let an IAM user assume the role`
  );
  const reported = /* @__PURE__ */ new Set();
  const caller = ctx.caller;
  if (caller.kind === "assumed-role" && caller.roleArn) {
    const d = evaluateWithDerivedKeys(
      { principal: caller, action: "sts:AssumeRole", resource: roleArn, context: { ...ctx.baseContext(caller), ...ctx.inputs.externalId ? { "sts:ExternalId": ctx.inputs.externalId } : {} }, unknownKeys: isUnknowableForRoleSession },
      { identityPolicies: [EVERYTHING], resourcePolicy: trust.policy }
    );
    const ref = d.matched.find((r) => r.source === "resource" && r.effect === "Allow");
    if (d.effect === "Allow" && ref) {
      reported.add(ref.statement);
      report(ref.statement, caller.roleArn, true);
    }
  }
  const judged = /* @__PURE__ */ new Set();
  const unjudged = /* @__PURE__ */ new Map();
  const cost = policyWeight(trust.policy) + 1;
  let budget = ROLE_CHAINING_BUDGET;
  for (const s of trust.policy.statements) {
    if (!mayAdmitAssume(s)) continue;
    for (const value of s.principal?.AWS ?? []) {
      if (reported.has(s.index)) break;
      if (judged.has(value)) continue;
      const caller2 = callerFor(value);
      if (!caller2) continue;
      if (budget < cost) {
        unjudged.set(s.index, caller2.role);
        break;
      }
      budget -= cost;
      judged.add(value);
      const d = evaluateWithDerivedKeys(
        { principal: caller2.session, action: "sts:AssumeRole", resource: roleArn, context: { ...ctx.baseContext(caller2.session), ...ctx.inputs.externalId ? { "sts:ExternalId": ctx.inputs.externalId } : {} }, unknownKeys: isUnknowableForOthers },
        { identityPolicies: [EVERYTHING], resourcePolicy: trust.policy }
      );
      const ref = d.matched.find((r) => r.source === "resource");
      if (d.effect !== "Allow" || !ref || reported.has(ref.statement)) continue;
      reported.add(ref.statement);
      report(ref.statement, caller2.role, true);
    }
  }
  for (const [index, role] of unjudged) {
    if (reported.has(index)) continue;
    report(index, role, false);
  }
}

// src/core/together/requester-guard.ts
var ASSUME_PARTS = ["sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity", "sts:TagSession", "sts:SetSourceIdentity", "sts:SetContext"];
var isAssume = (action) => ASSUME_PARTS.some((part) => actionMatches(part, action));
function leavesOnlyAssuming(s, roleArn) {
  if (s.effect !== "Deny" || Object.keys(s.condition).length > 0) return false;
  if (s.notAction) {
    return s.notAction.length > 0 && s.notAction.every((p) => isAssume(concreteOf(p))) && s.notAction.some((p) => actionMatches(p, "sts:AssumeRole"));
  }
  return !!s.notResource && s.notResource.length > 0 && s.notResource.every((r) => arnMatches(r, roleArn));
}
function deniesOnlyAssuming(s, roleArn) {
  if (s.effect !== "Deny" || !s.action || s.action.length === 0 || !s.action.every((p) => isAssume(concreteOf(p)))) return false;
  if (!s.action.some((p) => actionMatches(p, "sts:AssumeRole"))) return false;
  return s.resource ? s.resource.some((r) => arnMatches(r, roleArn)) : !!s.notResource && !s.notResource.some((r) => arnMatches(r, roleArn));
}
function isRequesterGuard(policy, roleArn) {
  return policy.statements.length > 0 && policy.statements.every((s) => s.effect === "Deny") && (policy.statements.some((s) => leavesOnlyAssuming(s, roleArn)) || policy.statements.every((s) => deniesOnlyAssuming(s, roleArn)));
}

// src/core/together/requester-scope.ts
var NEEDS_NO_PERMISSION = ["sts:GetCallerIdentity", "sts:GetSessionToken"];
var needsNoPermission = (action) => NEEDS_NO_PERMISSION.some((a) => a.toLowerCase() === action.toLowerCase());
var SAMPLE_ACTIONS = ["s3:GetObject", "s3:PutObject", "redshift:GetClusterCredentials", "kms:Decrypt", "iam:PassRole", "ec2:DescribeInstances"];
var PER_PATTERN = 3;
function probeActions(pattern) {
  const known = actionsMatching(pattern).map((a) => a.fullName).filter((a) => !isAssume(a) && !needsNoPermission(a));
  if (known.length > 0) return known;
  const concrete = concreteOf(pattern);
  return isAssume(concrete) || needsNoPermission(concrete) || !actionMatches(pattern, concrete) ? [] : [concrete];
}
function* probesOf(s, spend) {
  const seen = /* @__PURE__ */ new Set();
  if (s.action) {
    for (const pattern of s.action) {
      for (const a of probeActions(pattern)) {
        if (seen.has(a)) continue;
        seen.add(a);
        yield a;
      }
    }
    return;
  }
  const notAction = s.notAction ?? [];
  for (const a of [...SAMPLE_ACTIONS, ...actionsMatching("*").map((x) => x.fullName)]) {
    if (seen.has(a) || isAssume(a) || needsNoPermission(a)) continue;
    seen.add(a);
    if (!spend(notAction.length)) return;
    if (!notAction.some((p) => actionMatches(p, a))) yield a;
  }
}
function namedIn(s) {
  if (s.action) return s.action.filter((a) => !isAssume(concreteOf(a)) || a.includes("*") || a.includes("?"));
  return [`every action but ${(s.notAction ?? []).join(", ")}`];
}
var REQUESTER_PROBE_BUDGET = 5e5;
var MAX_REPORTED = 10;
function checkRequesterScope(ctx) {
  const doc = ctx.requesterDoc;
  if (!doc) return;
  const context = ctx.baseContext(ctx.caller);
  const ask = (policy, action, resource) => (
    // What the requester's own policy grants, in its own account: a KMS action is judged like any other (a key
    // policy that delegates to the account, as most do, lets an identity policy grant it).
    evaluateWithDerivedKeys(
      { principal: ctx.caller, action, resource, context, unknownKeys: isUnknowableKey },
      { identityPolicies: [policy], resourceAccount: ctx.caller.account ?? "", resourcePolicyKind: "other", ...boundary ? { permissionsBoundary: boundary } : {} }
    )
  );
  const boundary = boundaryOf(ctx, "requester");
  const boundaryWeight = boundary ? boundary.statements.reduce((n, st) => n + statementWeight(st), 0) : 0;
  const denies = [doc, ...ctx.requesterGuards ?? []].flatMap((d) => d.policy.statements.filter((s) => s.effect === "Deny"));
  const deniesWeight = denies.reduce((n, d) => n + statementWeight(d), 0);
  let budget = REQUESTER_PROBE_BUDGET;
  let reported = 0;
  let unjudged;
  const passOver = (s) => {
    unjudged ??= { first: s, count: 0, actions: /* @__PURE__ */ new Set() };
    unjudged.count++;
    for (const a of namedIn(s)) unjudged.actions.add(a);
  };
  const spend = (cost) => (budget -= cost) >= 0;
  for (const s of doc.policy.statements) {
    if (reported >= MAX_REPORTED) break;
    if (s.effect !== "Allow") continue;
    if (budget < 0) {
      if (namedIn(s).length > 0) passOver(s);
      continue;
    }
    const judged = { ...doc.policy, statements: [s, ...denies] };
    const probeCost = statementWeight(s) + deniesWeight + boundaryWeight;
    const resources = s.resource ? [...new Map(s.resource.map((r) => [r === "*" ? r : concreteOf(r), r]))].map(([concrete, pattern]) => ({ concrete, pattern })) : [{ concrete: "*", pattern: "*" }];
    const granted = [];
    let probed = false;
    let spent = false;
    probing: for (const action of probesOf(s, spend)) {
      probed = true;
      const info = findAction(action);
      for (const { concrete: resource, pattern } of resources) {
        if (!spend(1)) {
          spent = true;
          break probing;
        }
        if (info && !arnFitsAction(info, pattern)) continue;
        if (!spend(probeCost)) {
          spent = true;
          break probing;
        }
        if (ask(judged, action, resource).effect === "Allow") {
          granted.push(`${action} on ${resource}`);
          break;
        }
      }
      if (granted.length >= PER_PATTERN) break;
    }
    if (budget < 0) spent = true;
    if (spent && granted.length === 0 && (probed || !s.action)) {
      passOver(s);
      continue;
    }
    if (granted.length === 0) continue;
    reported++;
    reportScope(ctx, s, `(e.g. ${granted.join("; ")})`);
  }
  if (unjudged) {
    const names = [...unjudged.actions];
    const shown = listText(names, 5);
    reportScope(
      ctx,
      unjudged.first,
      `(not evaluated: the policy is larger than the check judges in full, and ${unjudged.count === 1 ? "this Allow statement names" : `this and ${unjudged.count - 1} more Allow statement${unjudged.count === 2 ? "" : "s"} after it name`} ${shown}, whatever its Denies take back)`
    );
  }
}
function reportScope(ctx, s, what) {
  const doc = ctx.requesterDoc;
  ctx.report(
    "RTC720",
    doc.file,
    statementPlace(doc.file, s.index),
    `${doc.file.file} gives ${ctx.callerText} more than sts:AssumeRole on the role ${what}: the identity that requests the temporary credentials must not have access to any AWS resource (the vendor's rule); the role holds the staging and database permissions`,
    "Keep only the sts:AssumeRole statement in the requester policy; move what the connector needs to the role"
  );
}

// src/core/together/boundaries.ts
var MUST = (doc) => {
  const p = normalisePolicy(doc);
  if (!p) throw new Error("a built-in policy did not normalise");
  return p;
};
var LETS_ALL = MUST({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });
var LETS_NONE = MUST({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "redshift-connector:none", Resource: "*" }] });
function checkBoundaries(boundaries, calls, who, report, noteAllowed) {
  if (boundaries.length === 0) return {};
  const onlyOf = { requester: [], role: [] };
  const working = calls.filter((call) => call.decide().effect === "Allow").map((call) => ({ call, anyBoundary: call.decide(LETS_ALL), noBoundaryAllow: call.decide(LETS_NONE).effect === "Allow" }));
  for (const doc of boundaries) {
    const refused = [];
    const passed = { requester: false, role: false };
    for (const { call, anyBoundary, noBoundaryAllow } of working) {
      const alone = call.byBoundary(doc.policy);
      const decision = alone.effect === "ExplicitDeny" ? alone : anyBoundary.effect !== "Allow" ? anyBoundary : alone.effect === "Allow" || noBoundaryAllow ? anyBoundary : alone;
      if (decision.effect === "Allow") {
        if (alone.effect === "Allow") passed[call.whose] = true;
        noteAllowed?.(alone, call.what, (ref) => ref.source === "boundary" ? doc : void 0);
      } else refused.push({ call, decision });
    }
    if (passed.requester !== passed.role) onlyOf[passed.requester ? "requester" : "role"].push(doc.policy);
    for (const whose of ["role", "requester"]) {
      const other = whose === "role" ? "requester" : "role";
      const mine = refused.filter((r) => r.call.whose === whose);
      if (mine.length === 0 || passed[other] && !passed[whose]) continue;
      const deny = mine.map((r) => r.decision.matched.find((ref) => ref.source === "boundary" && ref.effect === "Deny")).find((ref) => ref !== void 0);
      const denyAt = deny ? doc.policy.statements.find((s) => s.index === deny.statement) : void 0;
      const notPrincipalDeny = !denyAt && mine.some((r) => r.decision.effect === "ExplicitDeny");
      const name = who[whose];
      const them = mine.length === 1 ? "it" : "them";
      const why = denyAt ? `${statementName(denyAt)} of it denies ${them}` : notPrincipalDeny ? `a Deny with NotPrincipal in the resource's policy denies ${them}: AWS applies such a Deny to every principal that has a permissions boundary, whatever NotPrincipal lists` : `it does not allow ${them}, and an Allow in ${whose === "role" ? "the role's" : "the requester's"} policies outside its boundary does not work`;
      report(
        "RTC724",
        doc.file,
        denyAt ? statementPlace(doc.file, denyAt.index) : documentPlace(doc.file),
        `The Redshift connector will get AccessDenied on ${listText(
          mine.map((r) => r.call.what),
          3,
          "; "
        )} if ${doc.file.file} is the permissions boundary of ${name}: ${why}`,
        denyAt ? `Leave the connector's calls out of ${statementName(denyAt)} of ${doc.file.file}` : notPrincipalDeny ? `Write the resource policy's Deny with the condition ArnNotEquals aws:PrincipalArn instead of NotPrincipal` : `Allow ${listText([...new Set(mine.map((r) => r.call.what.split(" ")[0]))], 4)} in ${doc.file.file}, or set another boundary on ${name}`
      );
    }
  }
  return {
    ...onlyOf.requester.length === 1 ? { requester: onlyOf.requester[0] } : {},
    ...onlyOf.role.length === 1 ? { role: onlyOf.role[0] } : {}
  };
}

// src/core/together/check-together.ts
var ROLE_ARN = /^arn:[^:]+:iam::[\dx]*:role\/[\w+=,.@/-]+$/;
var KEY_ARN = /^arn:[^:]+:kms:[^:]*:[^:]*:key\//;
var S3_ARN_CONTEXT = "kms:EncryptionContext:aws:s3:arn";
var onStaging = (unknown) => (k) => unknown(k) && k.toLowerCase() !== S3_ARN_CONTEXT.toLowerCase();
var mentionsS3ArnContext = oncePerObject((policy) => {
  const key = S3_ARN_CONTEXT.toLowerCase();
  return policy.statements.some((st) => Object.values(st.condition).some((block) => Object.keys(block).some((k) => k.toLowerCase() === key)));
});
var CONNECTOR_KMS_ACTIONS = ["kms:GenerateDataKey", "kms:DescribeKey", "kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo"];
var KMS_ADMIN_ACTIONS = ["kms:ScheduleKeyDeletion", "kms:PutKeyPolicy", "kms:CreateGrant", "kms:DisableKey"];
var NO_KEY_ID = "00000000-0000-4000-8000-000000000000";
var OTHER_KEY_ID = "00000000-0000-4000-8000-0000000000ff";
var ANY_USER = "redshift-connector";
var MUST2 = (doc) => {
  const p = normalisePolicy(doc);
  if (!p) throw new Error("a generated or built-in policy did not normalise");
  return p;
};
function pick(docs, best) {
  return docs.find(best) ?? docs[0];
}
var EVERYTHING2 = MUST2({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });
var delegatingTo = (partition, account, action) => MUST2({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: accountRootArn(partition, account) }, Action: action, Resource: "*" }] });
function requestContextOf(p, now) {
  const ctx = { "aws:SecureTransport": true, "aws:ViaAWSService": false, ...timeContext(now) };
  if (p.kind === "anonymous") return { ...ctx, "aws:PrincipalType": "Anonymous" };
  if (p.kind === "service") return { ...ctx, "aws:PrincipalServiceName": p.arn, "aws:PrincipalIsAWSService": true };
  if (p.kind === "federated") return ctx;
  ctx["aws:PrincipalIsAWSService"] = false;
  if (p.kind === "assumed-role") {
    ctx["aws:MultiFactorAuthPresent"] = false;
    ctx["aws:TokenIssueTime"] = new Date(now).toISOString();
  }
  ctx["aws:PrincipalArn"] = p.kind === "assumed-role" && p.roleArn ? p.roleArn : p.arn;
  if (p.account) ctx["aws:PrincipalAccount"] = p.account;
  if (p.kind === "user") ctx["aws:username"] = p.arn.slice(p.arn.lastIndexOf("/") + 1);
  ctx["aws:PrincipalType"] = p.kind === "user" ? "User" : p.kind === "assumed-role" ? "AssumedRole" : p.kind === "root" ? "Account" : "Unknown";
  return ctx;
}
function timeContext(now) {
  return { "aws:CurrentTime": new Date(now).toISOString(), "aws:EpochTime": Math.floor(now / 1e3) };
}
function unusedAccount(taken) {
  for (const d of "987654321") {
    const candidate = d.repeat(12);
    if (!taken.has(candidate)) return candidate;
  }
  return "000000000000";
}
function checkTogether(files, inputs, now = Date.now()) {
  if (files.length === 0) return [];
  const contextOf = (p) => requestContextOf(p, now);
  const findings = [];
  const generated = documentsFor(inputs);
  const part = inputs.partition;
  const roleArn = generated.roleArn;
  const principalRole = inputs.trustPrincipal === "role" && inputs.principalRole ? generated.principalArn : "";
  const docs = files.filter((f) => f.policy !== void 0).map((f) => ({ file: f, policy: f.policy }));
  const namedUser = principalRole || generated.userArn ? void 0 : userNamedIn(docs.filter((d) => d.file.kind === "trust"), part, inputs.userAccountId);
  const callerArn = principalRole || generated.userArn || namedUser || userArn(part, inputs.userAccountId, ANY_USER);
  const sessionPrefix = principalRole ? `arn:${part}:sts::${inputs.userAccountId}:assumed-role/${inputs.principalRole?.name}/` : "";
  const isCaller = (arn) => arn === callerArn || sessionPrefix !== "" && arn.startsWith(sessionPrefix) && arn.length > sessionPrefix.length;
  const namedSession = sessionPrefix ? sessionNamedIn(docs.filter((d) => d.file.kind === "trust"), isCaller, callerArn) : void 0;
  const caller = principalRole ? { ...principalFromArn(namedSession ?? `${sessionPrefix}redshift-connector`), roleArn: principalRole } : principalFromArn(callerArn);
  const callerText = principalRole || generated.userArn || namedUser || `an IAM user or role of account ${inputs.userAccountId}`;
  const context = { ...contextOf(caller), ...inputs.externalId ? { "sts:ExternalId": inputs.externalId } : {} };
  const identities = docs.filter((d) => d.file.kind === "identity");
  const callerUnknown = principalRole ? isUnknowableForRoleSession : isUnknowableKey;
  const assume = (principal, resource, identity, trustPolicy, ctx = context, unknownKeys = callerUnknown, boundary) => evaluateWithDerivedKeys({ principal, action: "sts:AssumeRole", resource, context: ctx, unknownKeys }, { identityPolicies: identity, ...trustPolicy ? { resourcePolicy: trustPolicy } : {}, ...boundary ? { permissionsBoundary: boundary } : {} });
  const trust = pick(
    docs.filter((d) => d.file.kind === "trust"),
    (d) => assume(caller, roleArn, [EVERYTHING2], d.policy).effect === "Allow"
  );
  const userTrustingAccount = delegatingTo(part, inputs.userAccountId, "sts:AssumeRole");
  const userDoc = pick(
    identities.filter((d) => allowsAction(d.policy, "sts:AssumeRole")),
    (d) => assume(caller, roleArn, [d.policy], userTrustingAccount).effect === "Allow"
  );
  const sessionBase = `arn:${part}:sts::${inputs.accountId}:assumed-role/${inputs.roleName}/`;
  const session = {
    ...principalFromArn(`${sessionBase}${sessionNameIn(docs.filter((d) => d.file.kind === "resource"), sessionBase) ?? "redshift-connector"}`),
    roleArn
  };
  const key = inputs.kmsKey;
  const namedKey = inputs.kms && !key ? keyNamedIn(identities) : void 0;
  const keyRegion = key?.region ?? namedKey?.region ?? "us-east-1";
  const keyAccount = key?.account ?? namedKey?.account ?? inputs.accountId;
  const stagingKey = key?.type === "key" ? key.arn : namedKey?.arn ?? `arn:${part}:kms:${keyRegion}:${keyAccount}:key/${NO_KEY_ID}`;
  const keyArn = key?.arn ?? namedKey?.arn;
  const sessionKeyContext = () => ({ ...contextOf(session), "kms:CallerAccount": inputs.accountId });
  const keyContext = { ...sessionKeyContext(), ...key?.type === "alias" ? { "kms:ResourceAliases": [key.id] } : {} };
  const kmsUnknown = key?.type === "alias" ? isUnknowableForKms : isUnknowableForKmsWithoutAlias;
  const kmsUnknownFor = (resource) => resource === stagingKey ? kmsUnknown : isUnknowableForKms;
  const defaultKeyPolicy = delegatingTo(part, inputs.accountId, "kms:*");
  const stagingObject = stagingNeeds(inputs)[0]?.resource;
  const s3ArnReadings = inputs.stagingBucket && stagingObject ? [s3BucketArn(part, inputs.stagingBucket), stagingObject, void 0] : [];
  const guards = identities.filter((d) => d !== userDoc && isRequesterGuard(d.policy, roleArn));
  const requesterDocs = [...userDoc ? [userDoc] : [], ...guards];
  const requesterPolicies = requesterDocs.map((d) => d.policy);
  const guarded = new Set(guards);
  const roleIdentities = identities.filter((d) => d !== userDoc && !guarded.has(d));
  const keyPolicyDoc = inputs.kms ? pick(
    docs.filter((d) => d.file.kind === "resource" && CONNECTOR_KMS_ACTIONS.some((a) => allowsAction(d.policy, a))),
    (d) => CONNECTOR_KMS_ACTIONS.every((a) => useKeyWith([EVERYTHING2], d.policy, a, stagingKey, keyContext).effect === "Allow")
  ) : void 0;
  const keyPolicy = keyPolicyDoc?.policy ?? defaultKeyPolicy;
  function useKeyWith(identity, resourcePolicy, action, resource, ctx, boundary) {
    const once = (context2, unknownKeys) => evaluateWithDerivedKeys(
      { principal: session, action, resource, context: context2, unknownKeys },
      { identityPolicies: identity, resourcePolicy, resourceAccount: keyAccount, ...boundary ? { permissionsBoundary: boundary } : {} },
      keyArn !== void 0 || resource !== stagingKey
    );
    if (s3ArnReadings.length === 0 || !(mentionsS3ArnContext(resourcePolicy) || identity.some(mentionsS3ArnContext))) return once(ctx, kmsUnknownFor(resource));
    let first;
    for (const s3Arn of s3ArnReadings) {
      const d = once(s3Arn === void 0 ? ctx : { ...ctx, [S3_ARN_CONTEXT]: s3Arn }, onStaging(kmsUnknownFor(resource)));
      if (d.effect === "Allow") return d;
      first ??= d;
    }
    return first;
  }
  const rolePolicies = roleIdentities.map((d) => d.policy);
  const useKey = (action, resource = stagingKey, ctx = keyContext) => useKeyWith(rolePolicies, keyPolicy, action, resource, ctx);
  const kmsDoc = inputs.kms ? pick(
    roleIdentities.filter((d) => CONNECTOR_KMS_ACTIONS.some((a) => allowsAction(d.policy, a))),
    (d) => CONNECTOR_KMS_ACTIONS.every((a) => useKeyWith([d.policy], defaultKeyPolicy, a, stagingKey, keyContext).effect === "Allow")
  ) : void 0;
  const kmsPlaceOf = (decision, fallback) => {
    const namesMoreThanAccounts = (index) => {
      const st = keyPolicyDoc && statementAt(keyPolicyDoc.policy, index);
      return !!st && (!!st.notPrincipal || Object.values(st.principal ?? {}).some((values) => values.some((v) => wholeAccountOf(v) === void 0)));
    };
    const ref = decision.matched.find((r) => r.source === "identity") ?? decision.matched.find((r) => r.source === "resource" && namesMoreThanAccounts(r.statement)) ?? decision.matched[0];
    const doc = ref?.source === "resource" ? keyPolicyDoc : ref ? roleIdentities[ref.policy] : void 0;
    return doc && ref ? { doc, place: statementPlace(doc.file, ref.statement) } : { doc: fallback, place: documentPlace(fallback.file) };
  };
  const report = (code, file, place, message, hint) => {
    findings.push({ file: file.file, ...place, code, severity: togetherCheck(code).severity, message, hint });
  };
  const anchor = trust?.file ?? userDoc?.file ?? kmsDoc?.file ?? files[0];
  const undecided = /* @__PURE__ */ new Map();
  const noteAllowed = (decision, what, docOf) => {
    if (decision.effect !== "Allow" && decision.effect !== "ImplicitDeny") return;
    for (const ref of decision.undecided ?? []) {
      const doc = docOf(ref);
      if (!doc) continue;
      const id = `${doc.file.file}|${ref.statement}`;
      const entry = undecided.get(id);
      if (!entry) undecided.set(id, { doc, index: ref.statement, calls: [what] });
      else if (!entry.calls.includes(what) && entry.calls.length < UNDECIDED_CALLS_SHOWN) entry.calls.push(what);
    }
  };
  const refPlace = (ref, doc) => ref ? statementPlace(doc.file, ref.statement) : documentPlace(doc.file);
  const unreadableTrust = trust ? void 0 : files.find((f) => f.kind === "trust" && f.policy === void 0);
  if (!trust && unreadableTrust) {
    report(
      "RTC701",
      unreadableTrust,
      { line: 1, column: 1 },
      `The Redshift connector will get AccessDenied on sts:AssumeRole: ${unreadableTrust.file}, the trust policy among the checked files, is not a policy IAM can read (see its errors), so none can admit the connector to ${roleArn}`,
      `Fix the errors in ${unreadableTrust.file} (or write it anew with generate: trust-policy.json)`
    );
  } else if (!trust) {
    report(
      "RTC701",
      anchor,
      { line: 1, column: 1 },
      `The Redshift connector will get AccessDenied on sts:AssumeRole: no trust policy for ${roleArn} is among the checked files`,
      "Add the role trust policy that generate makes (trust-policy.json) to policy-files"
    );
  }
  const trustForNeed = trust?.policy ?? MUST2(generated.trustPolicy);
  const userPolicyNeeded = assume(caller, roleArn, [], trustForNeed).effect !== "Allow";
  if (!userDoc && userPolicyNeeded) {
    const why = inputs.userAccountId !== inputs.accountId ? "the role is in another account" : "the trust policy names the account, which delegates to IAM policies";
    report(
      "RTC702",
      anchor,
      documentPlace(anchor),
      `The Redshift connector will get AccessDenied on sts:AssumeRole: no identity policy among the files allows ${callerText} sts:AssumeRole on ${roleArn}, and ${why}`,
      "Add the user policy that generate makes (user-policy.json) to policy-files"
    );
  }
  if (inputs.kms && !kmsDoc && !keyPolicyDoc) {
    report(
      "RTC703",
      anchor,
      { line: 1, column: 1 },
      `The Redshift connector will get AccessDenied from KMS on the staging key: kms is true but no identity policy among the files grants ${CONNECTOR_KMS_ACTIONS.join(", ")}`,
      "Add the KMS policy that generate makes (kms-policy.json) to policy-files"
    );
  }
  if (trust) {
    const decision = assume(caller, roleArn, requesterPolicies, trust.policy);
    if (decision.effect === "Allow") noteAllowed(decision, `sts:AssumeRole on ${roleArn}`, (ref) => ref.source === "identity" ? requesterDocs[ref.policy] : trust);
    if (decision.effect === "ExplicitDeny") {
      const ref = decision.matched[0];
      const doc = (ref.source === "identity" ? requesterDocs[ref.policy] : void 0) ?? trust;
      report(
        "RTC704",
        doc.file,
        refPlace(ref, doc),
        `The Redshift connector will get AccessDenied on sts:AssumeRole: ${statementName({ index: ref.statement, sid: ref.sid })} of ${doc.file.file} explicitly denies ${callerText} sts:AssumeRole on ${roleArn}`,
        "Remove the Deny statement or narrow it so that it leaves this user and role out"
      );
    } else if (decision.effect === "ImplicitDeny") {
      const trustAlone = assume(caller, roleArn, [EVERYTHING2], trust.policy);
      if (trustAlone.effect !== "Allow") {
        const blocked = blockedByConditions(
          [trust.policy],
          (_, s) => assume(caller, roleArn, [EVERYTHING2], { ...trust.policy, statements: [{ ...s, condition: keyedByPolicy() }] }).effect === "Allow",
          (_, s, condition) => assume(caller, roleArn, [EVERYTHING2], { ...trust.policy, statements: [reducedTo(s, "sts:AssumeRole", void 0, condition)] }).effect === "Allow"
        );
        const externalIdAsked = !!blocked?.failing.some((f) => f.key.toLowerCase() === "sts:externalid");
        const named = blocked ? statementName(blocked.statement) : "";
        report(
          "RTC704",
          trust.file,
          blocked ? statementPlace(trust.file, blocked.statement.index) : documentPlace(trust.file),
          blocked ? `The Redshift connector will get AccessDenied on sts:AssumeRole: ${named} of the trust policy would admit ${callerText} but for its ${conditionsText(blocked.failing)}, which the request the connector makes does not meet${externalIdAsked ? inputs.externalId ? " with the external-id input" : " (no external-id input is set)" : ""}` : `The Redshift connector will get AccessDenied on sts:AssumeRole: the trust policy does not name ${callerText}`,
          blocked ? externalIdAsked ? "Make the condition match the connector: e.g. the sts:ExternalId it sends (the external-id input)" : `Make the conditions of ${named} admit the connector's request (${callerText})` : `Add ${generated.principalArn} to the Principal of a statement that allows sts:AssumeRole`
        );
      } else if (userDoc) {
        const why = inputs.userAccountId !== inputs.accountId ? "the role is in another account, so the trust policy alone is not enough" : "the trust policy names the whole account, which hands the decision to IAM policies";
        report(
          "RTC704",
          userDoc.file,
          documentPlace(userDoc.file),
          `The Redshift connector will get AccessDenied on sts:AssumeRole: ${userDoc.file.file} does not allow sts:AssumeRole on ${roleArn}, and ${why}`,
          `Allow sts:AssumeRole on Resource ${roleArn} in the user policy`
        );
      }
    }
    checkWhoElse(trust, inputs, roleArn, callerArn, callerText, isCaller, assume, report, contextOf);
  }
  const kmsHome = kmsDoc ?? keyPolicyDoc;
  const bucketArnValue = inputs.stagingBucket ? `arn:${part}:s3:::${inputs.stagingBucket}` : void 0;
  const onBucket = (s) => !!bucketArnValue && (s.action ? s.action.some((a) => a === "*" || a.toLowerCase().startsWith("s3:")) : !!s.notAction) && (s.resource ?? s.notResource ?? []).some((r) => arnMatches(r, bucketArnValue) || arnMatches(r, `${bucketArnValue}/${inputs.stagingPrefix ?? ""}x`));
  const bucketPolicy = bucketArnValue ? docs.find((d) => d.file.kind === "resource" && d !== keyPolicyDoc && d.policy.statements.some(onBucket)) : void 0;
  const setup = {
    inputs,
    anchor,
    ...bucketPolicy ? { bucketPolicy } : {},
    ...userDoc ? { requesterDoc: userDoc } : {},
    ...guards.length > 0 ? { requesterGuards: guards } : {},
    roleDocs: roleIdentities,
    ...trust ? { trust } : {},
    caller,
    callerText,
    session,
    baseContext: contextOf,
    report,
    noteAllowed
  };
  const boundaries = docs.filter((d) => d.file.kind === "boundary");
  if (boundaries.length > 0) {
    const sessionByBoundary = (action, resource, extra, b) => evaluateWithDerivedKeys(
      { principal: session, action, resource, context: { ...contextOf(session), ...extra }, unknownKeys: isUnknowableKey },
      { identityPolicies: [EVERYTHING2], resourceAccount: session.account ?? "", resourcePolicyKind: "other", permissionsBoundary: b }
    );
    const roleCall = (n, extra = {}) => ({
      whose: "role",
      what: `${n.action} on ${n.resource}`,
      decide: (b) => asRole(setup, n.action, n.resource, { ...extra, ...n.context }, b),
      byBoundary: (b) => sessionByBoundary(n.action, n.resource, { ...extra, ...n.context }, b)
    });
    const assumeRequest = { principal: caller, action: "sts:AssumeRole", resource: roleArn, context, unknownKeys: callerUnknown };
    const boundedCalls = [
      ...trust ? [
        {
          whose: "requester",
          what: `sts:AssumeRole on ${roleArn}`,
          decide: (b) => evaluateWithDerivedKeys(assumeRequest, { identityPolicies: requesterPolicies, resourcePolicy: trust.policy, ...b ? { permissionsBoundary: b } : {} }),
          // Judged as within the caller's own account: only the boundary's verdict is asked.
          byBoundary: (b) => evaluateWithDerivedKeys(assumeRequest, { identityPolicies: [EVERYTHING2], resourceAccount: caller.account ?? "", resourcePolicyKind: "other", permissionsBoundary: b })
        }
      ] : [],
      ...inputs.kms && kmsHome ? CONNECTOR_KMS_ACTIONS.map((action) => ({
        whose: "role",
        what: `${action} on ${key ? key.arn : "the staging key"}`,
        decide: (b) => useKeyWith(rolePolicies, keyPolicy, action, stagingKey, keyContext, b),
        byBoundary: (b) => useKeyWith([EVERYTHING2], defaultKeyPolicy, action, stagingKey, keyContext, b)
      })) : [],
      ...stagingNeeds(inputs).map((n) => roleCall(n)),
      ...dbAuthNeeds(inputs).map((n) => roleCall(n, dbAuthKeys(inputs)))
    ];
    const sole = checkBoundaries(boundaries, boundedCalls, { requester: callerText, role: roleArn }, report, noteAllowed);
    if (sole.requester) setup.requesterBoundary = sole.requester;
    if (sole.role) setup.roleBoundary = sole.role;
  }
  if (userDoc) {
    const path = inputs.rolePath;
    const strangerAccount = unusedAccount(/* @__PURE__ */ new Set([inputs.accountId, inputs.userAccountId]));
    const others = [
      `arn:${part}:iam::${inputs.accountId}:role${path}${inputs.roleName}-other`,
      `arn:${part}:iam::${inputs.accountId}:role${path}AnotherRole`,
      `arn:${part}:iam::${inputs.accountId}:role${path === "/" ? "/other/" : "/"}${inputs.roleName}`,
      `arn:${part}:iam::${strangerAccount}:role${path}${inputs.roleName}`
    ];
    const named = allowedResources([userDoc], (concrete) => ROLE_ARN.test(concrete) && concrete.toLowerCase() !== roleArn.toLowerCase());
    for (const { concrete } of named.found) if (!others.includes(concrete)) others.push(concrete);
    if (named.passedOver) {
      reportPassedOver(report, "RTC709", named.passedOver, `let ${callerText} assume other roles than ${roleArn}`, "role ARNs the user policy names", `Set Resource to exactly ${roleArn}, with no wildcard`);
    }
    const requester = effectiveIdentity(setup, "requester");
    const reachable = others.map((other) => ({ other, decision: assume(caller, other, requester.identityPolicies, userTrustingAccount, context, callerUnknown, requester.permissionsBoundary) })).filter((r) => r.decision.effect === "Allow");
    if (reachable.length > 0) {
      const ref = reachable[0].decision.matched.find((r) => r.source === "identity");
      report(
        "RTC709",
        userDoc.file,
        refPlace(ref, userDoc),
        `${userDoc.file.file} lets ${callerText} assume other roles than ${roleArn} too, e.g. ${listText(reachable.map((r) => r.other), 4)}, wherever their trust policy admits the account`,
        `Set Resource to exactly ${roleArn}, with no wildcard`
      );
    }
  }
  if (kmsHome) {
    const decisions = CONNECTOR_KMS_ACTIONS.map((action) => ({ action, decision: useKey(action) }));
    for (const d of decisions) {
      if (d.decision.effect === "Allow") noteAllowed(d.decision, `${d.action} on ${key ? key.arn : "the staging key"}`, (ref) => ref.source === "identity" ? roleIdentities[ref.policy] : keyPolicyDoc);
    }
    const refused = decisions.filter((d) => d.decision.effect !== "Allow");
    if (refused.length > 0) {
      const denied = refused.map((d) => d.decision).find((d) => d.effect === "ExplicitDeny");
      const keyText = key ? key.arn : "the staging key";
      const keyPolicyShut = keyPolicyDoc && refused.some((d) => useKeyWith([EVERYTHING2], keyPolicyDoc.policy, d.action, stagingKey, keyContext).effect !== "Allow");
      const at = denied ? kmsPlaceOf(denied, kmsHome) : keyPolicyShut ? { doc: keyPolicyDoc, place: documentPlace(keyPolicyDoc.file) } : { doc: kmsHome, place: documentPlace(kmsHome.file) };
      const why = denied ? `${at.doc.file.file} denies them` : keyPolicyShut ? `the key policy ${keyPolicyDoc.file.file} neither names the role nor delegates to account ${inputs.accountId}, so the role's IAM policies do not count` : kmsDoc ? `${kmsDoc.file.file} does not allow them for the role on that key` : keyAccount !== inputs.accountId ? `the key policy ${keyPolicyDoc.file.file} admits the role, but the key is in account ${keyAccount}, not the role's (${inputs.accountId}), so the role's own IAM policies must allow them too, and none among the files does` : `neither an identity policy among the files nor the key policy ${keyPolicyDoc.file.file} allows them for the role on that key`;
      report(
        "RTC710",
        at.doc.file,
        at.place,
        `The Redshift connector will get AccessDenied on ${refused.map((d) => d.action).join(", ")} for ${keyText}: ${why}`,
        keyPolicyShut ? `Name the role ${roleArn} in the key policy, or let it delegate to the account (Principal arn:${part}:iam::${inputs.accountId}:root)` : `Allow ${CONNECTOR_KMS_ACTIONS.slice(0, 4).join(", ")} and kms:ReEncrypt* on the key`
      );
    }
    const role = effectiveIdentity(setup, "role");
    const reach = (action, resource, ctx, resourcePolicy = keyPolicy) => useKeyWith(role.identityPolicies, resourcePolicy, action, resource, ctx, role.permissionsBoundary);
    const admin = KMS_ADMIN_ACTIONS.map((action) => ({ action, decision: reach(action, stagingKey, keyContext) })).filter((d) => d.decision.effect === "Allow");
    if (admin.length > 0) {
      const at = kmsPlaceOf(admin[0].decision, kmsHome);
      report(
        "RTC711",
        at.doc.file,
        at.place,
        `${at.doc.file.file} also allows the role ${admin.map((d) => d.action).join(", ")} on the staging key, which the connector never needs`,
        "List the five actions (kms:GenerateDataKey, kms:DescribeKey, kms:Encrypt, kms:Decrypt, kms:ReEncrypt*) instead of a wildcard"
      );
    }
    if (key && kmsDoc) {
      const hint = key.type === "key" ? `Set Resource to ${key.arn}` : `Keep Resource to the account's keys and add the condition ForAnyValue:StringEquals kms:ResourceAliases = ${key.id}`;
      const otherKeys = [`arn:${part}:kms:${key.region}:${key.account}:key/${OTHER_KEY_ID}`];
      const named = allowedResources(roleIdentities, (concrete) => KEY_ARN.test(concrete) && concrete !== stagingKey);
      for (const { concrete } of named.found) if (!otherKeys.includes(concrete)) otherKeys.push(concrete);
      if (named.passedOver) reportPassedOver(report, "RTC712", named.passedOver, `let the role use other KMS keys than ${key.arn}`, "key ARNs the policy names", hint);
      for (const otherKey of otherKeys) {
        const other = reach("kms:Decrypt", otherKey, sessionKeyContext(), defaultKeyPolicy);
        if (other.effect !== "Allow") continue;
        const at = kmsPlaceOf(other, kmsDoc);
        report("RTC712", at.doc.file, at.place, `${at.doc.file.file} lets the role use other KMS keys than ${key.arn} (e.g. kms:Decrypt on ${otherKey})`, hint);
        break;
      }
    }
  }
  if (inputs.kms && keyArn && keyAccount !== inputs.accountId && !keyPolicyDoc) {
    const at = kmsDoc?.file ?? anchor;
    report(
      "RTC722",
      at,
      documentPlace(at),
      `Whether the Redshift connector may use ${keyArn} is not checked: the key is in account ${keyAccount}, not the role's (${inputs.accountId}), so its key policy must admit the role or its account, and no key policy among the files is that key's`,
      `Add the key policy of ${keyArn} to policy-files (a resource policy naming ${roleArn} or arn:${part}:iam::${inputs.accountId}:root for ${CONNECTOR_KMS_ACTIONS.slice(0, 4).join(", ")} and kms:ReEncrypt*)`
    );
  }
  const drift = (code, doc, want, name) => {
    if (!doc) return;
    const weight = policyWeight(doc.policy);
    if (weight > DRIFT_WEIGHT_LIMIT) {
      report(
        code,
        doc.file,
        documentPlace(doc.file),
        hideSecret(`${doc.file.file} is not the ${name} generate makes for these inputs: it holds ${groupDigits(weight)} patterns, principals and condition values, too many to compare in meaning (at most ${groupDigits(DRIFT_WEIGHT_LIMIT)}), so how it differs is not worked out`, inputs),
        "Regenerate it with mode: generate, or change the inputs to match it"
      );
      return;
    }
    const diff = diffPolicies(want, doc.file.policyValue ?? doc.file.value);
    if (diff.accessChange === "none") return;
    const changes = diff.statements.filter((c) => c.rating !== "neutral");
    const first = changes.find((c) => c.after)?.after;
    const place = first ? statementPlace(doc.file, first.index) : documentPlace(doc.file);
    const how = DRIFT_WORDS[diff.accessChange];
    const listed = diff.overBudget ?? listText(changes.map((c) => c.summary), 3, "; ");
    report(code, doc.file, place, hideSecret(`${doc.file.file} ${how} the ${name} generate makes for these inputs: ${listed}`, inputs), "Regenerate it with mode: generate, or change the inputs to match it");
  };
  drift("RTC801", userDoc, userPolicyFor(inputs), "user policy");
  drift("RTC802", trust, trustPolicyFor(inputs), "trust policy");
  if (inputs.kms) drift("RTC803", kmsDoc, kmsPolicyFor(inputs), "KMS policy");
  checkStagingAccess(setup);
  checkDbAuth(setup);
  checkRoleChaining(setup, roleArn);
  checkRequesterScope(setup);
  const scps = docs.filter((d) => d.file.kind === "scp");
  const rcps = docs.filter((d) => d.file.kind === "rcp");
  if (scps.length > 0 || rcps.length > 0) {
    const sessionCalls = (needs, extra = {}) => needs.map((n) => ({
      request: { principal: session, action: n.action, resource: n.resource, context: { ...contextOf(session), ...extra, ...n.context }, unknownKeys: isUnknowableKey },
      callerAccount: inputs.accountId,
      // The staging bucket is taken to be the role's account's, as asRole takes it.
      resourceAccount: inputs.accountId,
      what: `${n.action} on ${n.resource}`
    }));
    const calls = [
      { request: { principal: caller, action: "sts:AssumeRole", resource: roleArn, context, unknownKeys: callerUnknown }, callerAccount: inputs.userAccountId, resourceAccount: inputs.accountId, what: `sts:AssumeRole on ${roleArn}` },
      ...inputs.kms ? CONNECTOR_KMS_ACTIONS.map((action) => ({
        request: { principal: session, action, resource: stagingKey, context: keyContext, unknownKeys: kmsUnknown },
        callerAccount: inputs.accountId,
        resourceAccount: keyAccount,
        regionKnown: key !== void 0,
        what: `${action} on ${key ? key.arn : "the staging key"}`
      })) : [],
      ...sessionCalls(stagingNeeds(inputs)),
      ...sessionCalls(dbAuthNeeds(inputs), dbAuthKeys(inputs))
    ];
    checkOrgPolicies(scps, rcps, calls, report, (decision, what, doc) => noteAllowed(decision, what, () => doc));
  }
  for (const { doc, index, calls } of undecided.values()) {
    const st = statementAt(doc.policy, index);
    const keys = st ? [...new Set(Object.values(st.condition).flatMap((block) => Object.keys(block)).filter((k) => isUnknowableForOthers(k) || kmsUnknown(k)))] : [];
    report(
      "RTC723",
      doc.file,
      statementPlace(doc.file, index),
      `Whether the Redshift connector may make ${listText(calls, 3, "; ")} is not checked: ${statementName(st ?? { index })} of ${doc.file.file} denies it if its conditions on ${listText(keys, 3)} hold for the connector's requests, and the check cannot know their values (where the Secure Agent runs, its network, its organisation...): they were read in the connector's favour`,
      `Make sure the Secure Agent's requests meet the conditions on ${listText(keys, 3)} (or leave the connector's principal out of the Deny)`
    );
  }
  const s3Want = s3StagingPolicyFor(inputs);
  if (s3Want) drift("RTC804", pickBy(roleIdentities, [...S3_STAGING_ACTIONS]), s3Want, "S3 staging policy");
  const dbWant = redshiftDbAuthPolicyFor(inputs);
  if (dbWant) drift("RTC805", pickBy(roleIdentities, [CLUSTER_CREDENTIALS_ACTION, JOIN_GROUP_ACTION, SERVERLESS_CREDENTIALS_ACTION]), dbWant, "DB-auth policy");
  return findings;
}
var DRIFT_WEIGHT_LIMIT = 500;
var UNDECIDED_CALLS_SHOWN = 8;
function pickBy(docs, actions) {
  let best;
  let bestCount = 0;
  for (const d of docs) {
    const count = actions.filter((a) => allowsAction(d.policy, a)).length;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}
var DRIFT_WORDS = {
  broadens: "grants more than",
  narrows: "grants less than",
  mixed: "grants more in some ways and less in others than"
};
function hideSecret(message, inputs) {
  return inputs.externalId ? message.split(inputs.externalId).join("(the external-id input)") : message;
}
function checkWhoElse(trust, inputs, roleArn, callerArn, callerText, isCaller, assume, report, contextOf) {
  const part = inputs.partition;
  const named = trust.policy.statements.flatMap((s) => Object.entries(s.principal ?? {}).flatMap(([type, values]) => values.map((value) => ({ s, type, value }))));
  const taken = /* @__PURE__ */ new Set([inputs.accountId, inputs.userAccountId, ...named.map((n) => /(\d{12})/.exec(n.value)?.[1] ?? "")]);
  const stranger = unusedAccount(taken);
  const probeContext = (probe) => ({
    ...contextOf(probe),
    ...inputs.externalId ? { "sts:ExternalId": inputs.externalId } : {}
  });
  const nameIt = callerText === callerArn ? callerArn : `the connector's user or role of account ${inputs.userAccountId}`;
  const placeOf = (d) => {
    const ref = d.matched.find((r) => r.source === "resource");
    return ref ? statementPlace(trust.file, ref.statement) : documentPlace(trust.file);
  };
  const anyone = principalFromArn(userArn(part, stranger, "anyone"));
  const open = assume(anyone, roleArn, [EVERYTHING2], trust.policy, probeContext(anyone), isUnknowableForOthers);
  if (open.effect === "Allow") {
    report(
      "RTC705",
      trust.file,
      placeOf(open),
      `Any principal can assume ${roleArn}: the trust policy admits every IAM user and role of every account, such as a user of an unrelated account (${stranger})${unknowableNote(statementAt(trust.policy, open.matched.find((r) => r.source === "resource")?.statement))}`,
      `Name ${nameIt} (or its account) in Principal instead of "*" or NotPrincipal`
    );
    return;
  }
  for (const account of /* @__PURE__ */ new Set([inputs.userAccountId, inputs.accountId])) {
    if (account === inputs.userAccountId && inputs.trustPrincipal === "account") continue;
    const probe = principalFromArn(userArn(part, account, "another-user"));
    if (isCaller(probe.arn)) continue;
    const d = assume(probe, roleArn, [EVERYTHING2], trust.policy, probeContext(probe), isUnknowableForOthers);
    const ref = d.matched.find((r) => r.source === "resource" && r.effect === "Allow");
    const s = statementAt(trust.policy, ref?.statement);
    if (d.effect !== "Allow" || !ref || !s || !(s.notPrincipal || s.principal?.AWS?.includes("*"))) continue;
    report(
      "RTC707",
      trust.file,
      statementPlace(trust.file, ref.statement),
      `The trust policy admits every principal of account ${account} through Principal "*" and its conditions (e.g. ${probe.arn}): any of them can assume ${roleArn}, not only ${callerText}${unknowableNote(s)}`,
      `Name ${nameIt} in Principal instead of "*"`
    );
  }
  const seen = /* @__PURE__ */ new Set();
  const decided = /* @__PURE__ */ new Map();
  let budget = WHO_ELSE_BUDGET;
  const cost = policyWeight(trust.policy) + 1;
  for (const { s, type, value } of named) {
    if (value === "*" || !appliesToAssume(s)) continue;
    const probe = probeFor(type, value, part);
    if (!probe || isCaller(probe.arn)) continue;
    const probeKey = `${type}|${value}`;
    let admitted = decided.get(probeKey);
    let judged = true;
    if (admitted === void 0) {
      if (budget < cost) judged = false;
      else {
        budget -= cost;
        admitted = assume(probe, roleArn, [EVERYTHING2], trust.policy, probeContext(probe), isUnknowableForOthers).effect === "Allow";
        decided.set(probeKey, admitted);
      }
    }
    if (judged && !admitted) continue;
    const unjudged = judged ? "" : ` (not evaluated: the trust policy names more principals than the check judges one by one, so its conditions and Denies were not applied to this one)`;
    const account = probe.kind === "root" ? probe.account : void 0;
    let code;
    let message;
    let hint;
    if (account) {
      if (account === inputs.userAccountId && inputs.trustPrincipal === "account") continue;
      const own = account === inputs.userAccountId || account === inputs.accountId;
      code = own ? "RTC707" : "RTC706";
      message = own ? `The trust policy admits the whole account ${account}: every user and role there that its IAM policies allow can assume ${roleArn}, not only ${callerText}` : `The trust policy admits account ${account}, which is neither the user's nor the role's: anyone it allows can assume ${roleArn}`;
      hint = own ? `Name ${nameIt} instead of the account root` : `Remove ${value} from Principal unless that account is meant to use the role`;
    } else {
      const other = probe.account !== void 0 && probe.account !== inputs.userAccountId && probe.account !== inputs.accountId;
      code = other ? "RTC706" : "RTC708";
      message = other ? `The trust policy admits ${value} of account ${probe.account}, which is neither the user's nor the role's: it can assume ${roleArn}` : `The trust policy also admits ${type === "AWS" ? value : `${type} ${value}`}: it can assume ${roleArn} besides ${callerText}`;
      hint = `Remove ${value} from Principal unless it is meant to share the role`;
    }
    const key = `${code}|${s.index}|${value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    report(code, trust.file, statementPlace(trust.file, s.index), `${message}${unjudged || unknowableNote(s)}`, hint);
  }
}
function firstNamedIn(docs, pick2) {
  for (const { policy } of docs) {
    for (const s of policy.statements) {
      const named = pick2(s);
      if (named !== void 0) return named;
    }
  }
  return void 0;
}
function firstConcrete(values, test) {
  return values?.find((v) => test(v) && !hasWildcard(v));
}
function sessionNamedIn(trusts, isCaller, roleArn) {
  return firstNamedIn(trusts, (s) => firstConcrete(s.principal?.AWS, (v) => v !== roleArn && isCaller(v)));
}
var CONCRETE_KEY_ARN = /^arn:[^:*?]+:kms:([a-z0-9-]+):(\d{12}):key\/[^*?]+$/;
function keyNamedIn(identities) {
  return firstNamedIn(identities, (s) => {
    if (s.effect !== "Allow" || !s.action?.some((p) => CONNECTOR_KMS_ACTIONS.some((a) => actionMatches(p, a)))) return void 0;
    for (const r of s.resource ?? []) {
      const m = CONCRETE_KEY_ARN.exec(r);
      if (m) return { arn: r, region: m[1], account: m[2] };
    }
    return void 0;
  });
}
function userNamedIn(trusts, part, account) {
  const prefix = `arn:${part}:iam::${account}:user/`;
  return firstNamedIn(trusts, (s) => s.effect === "Allow" ? firstConcrete(s.principal?.AWS, (v) => v.startsWith(prefix) && v.length > prefix.length) : void 0);
}
function sessionNameIn(resourceDocs, base) {
  const named = firstNamedIn(
    resourceDocs,
    (s) => firstConcrete(s.effect === "Allow" ? s.principal?.AWS : s.notPrincipal?.AWS, (v) => v.startsWith(base) && v.length > base.length && !v.includes("/", base.length))
  );
  return named?.slice(base.length);
}
function statementAt(policy, index) {
  return index === void 0 ? void 0 : policy.statements.find((st) => st.index === index);
}
function unknowableNote(s) {
  const keys = s ? [...new Set(Object.values(s.condition).flatMap((block) => Object.keys(block)).filter(isUnknowableForOthers))] : [];
  return keys.length === 0 ? "" : ` (if its conditions on ${listText(keys, 3)} hold for them: the check cannot know those values)`;
}
var WHO_ELSE_BUDGET = 4e6;
function appliesToAssume(s) {
  return s.effect === "Allow" && (s.action ? s.action.some((a) => actionMatches(a, "sts:AssumeRole")) : !!s.notAction);
}
function probeFor(type, value, partition) {
  if (type === "AWS") {
    const p = principalFromArn(value);
    if (p.kind === "anonymous" || p.kind === "service" || p.kind === "federated") return void 0;
    return isAccountId(value) ? { ...p, arn: accountRootArn(partition, value), partition } : p;
  }
  if (type === "Service") return { kind: "service", arn: value };
  if (type === "Federated") return { kind: "federated", arn: value };
  return void 0;
}
export {
  CONNECTOR_KMS_ACTIONS,
  DRIFT_WEIGHT_LIMIT,
  WHO_ELSE_BUDGET,
  checkTogether
};
