import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  PULL_REQUEST_EVENTS,
  accountId,
  annotationText,
  artifactName,
  awsRegion,
  booleanFlag,
  cellCode,
  cellText,
  discoverPolicyFiles,
  externalId,
  filePath,
  guardEventPath,
  iamName,
  iamPath,
  inlineCode,
  inlineText,
  kmsKeyArn,
  link,
  listOf,
  oneOf,
  parsePolicyFiles,
  partition,
  prettyJson,
  readFoundFilesInBatches,
  redshiftClusterId,
  redshiftDbIdentifier,
  redshiftWorkgroupId,
  s3BucketName,
  s3KeyPrefix,
  sessionDuration,
  sha256Hex,
  skippedInOrder,
  table,
  tableOfLines,
  tableRow,
  urlPath,
  writeSummary
} from "./chunk-POKQ73HN.js";
import {
  CHECKS,
  VALIDATE_CHECKS,
  actionMatches,
  actionsMatching,
  diffPolicies,
  evaluate,
  lintFiles,
  lintPolicyText,
  messageOf,
  normalisePolicy,
  principalFromArn,
  sortFindings,
  splitArn
} from "./chunk-6LCPBZ2N.js";
import {
  debug,
  error,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  warning
} from "./chunk-6VFWW3VB.js";
import "./chunk-XFGV3SBV.js";

// src/modes/validate.ts
import path4 from "node:path";

// src/core/inputs/input-error.ts
function formatInputError(error2) {
  const shown = error2.value === void 0 ? "" : ` ${JSON.stringify(truncate(error2.value, 80))}`;
  return `Input '${error2.input}':${shown} ${error2.problem}. Expected ${error2.rule}.`;
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max)}\u2026`;
}
function checkInput(input, raw, result2, echo = true) {
  if (result2.ok) return result2;
  return { ok: false, error: { input, ...echo ? { value: raw } : {}, problem: result2.problem, rule: result2.rule } };
}

// src/core/lint/finding.ts
var SEVERITY_ORDER = { notice: 0, warning: 1, error: 2 };

// src/core/validate/fail-on.ts
var FAIL_ON = ["error", "warning", "never"];
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    counts[f.severity]++;
  }
  return counts;
}
function describeCounts(counts) {
  const parts = ["error", "warning", "notice"].filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? "" : "s"}`);
  if (parts.length === 0) return "no findings";
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
function failureReason(findings, failOn) {
  if (failOn === "never") return void 0;
  const threshold = SEVERITY_ORDER[failOn];
  const counts = { error: 0, warning: 0, notice: 0 };
  const files = /* @__PURE__ */ new Set();
  let lastFile;
  for (const f of findings) {
    if (SEVERITY_ORDER[f.severity] < threshold) continue;
    counts[f.severity]++;
    if (f.file !== lastFile) {
      lastFile = f.file;
      files.add(f.file);
    }
  }
  if (counts.error + counts.warning + counts.notice === 0) return void 0;
  return `${describeCounts(counts)} in ${files.size} file${files.size === 1 ? "" : "s"} (fail-on: ${failOn})`;
}

// src/core/generate/inputs.ts
var TRUST_PRINCIPALS = ["user", "account", "role"];
var REDSHIFT_DB_AUTH = ["none", "cluster", "serverless"];
var FORMATS = ["cli", "cloudformation", "terraform"];
var ROLE_CHAINING_MAX_SECONDS = 3600;
var InputRejected = class {
  constructor(error2) {
    this.error = error2;
  }
  error;
};
function parseGenerateInputs(read, options = {}) {
  try {
    return { ok: true, value: readAll(read, options.roleChainingIsError ?? true) };
  } catch (e) {
    if (e instanceof InputRejected) return { ok: false, error: e.error };
    throw e;
  }
}
function readAll(read, roleChainingIsError) {
  const check = (input, raw, result2, echo = true) => {
    const checked = checkInput(input, raw, result2, echo);
    if (checked.ok) return checked.value;
    throw new InputRejected(checked.error);
  };
  const required = (input) => {
    const raw = read(input);
    if (raw.trim() === "") throw new InputRejected({ input, problem: "is required", rule: "a value for this input" });
    return raw;
  };
  const optional = (input) => {
    const raw = read(input);
    return raw.trim() === "" ? void 0 : raw;
  };
  const part = check("partition", read("partition"), partition(read("partition") || "aws"));
  const account = check("account-id", read("account-id"), accountId(required("account-id")));
  const roleName = check("role-name", read("role-name"), iamName(required("role-name")));
  const rolePath = check("role-path", read("role-path"), iamPath(read("role-path")));
  const userRaw = optional("user-name");
  const userName = userRaw === void 0 ? "" : check("user-name", userRaw, iamName(userRaw));
  const userAccountRaw = optional("user-account-id");
  const userAccountId = userAccountRaw === void 0 ? account : check("user-account-id", userAccountRaw, accountId(userAccountRaw));
  const trustRaw = optional("trust-principal");
  const trustPrincipal = trustRaw === void 0 ? userName ? "user" : "account" : check("trust-principal", trustRaw, oneOf(TRUST_PRINCIPALS, trustRaw));
  if (trustPrincipal === "user" && !userName) {
    throw new InputRejected({
      input: "user-name",
      problem: "is required when trust-principal is 'user'",
      rule: "the IAM user's name, or trust-principal: account to trust the account root"
    });
  }
  const principalRoleRaw = optional("principal-role-name");
  const principalPathRaw = optional("principal-role-path");
  let principalRole;
  if (trustPrincipal === "role") {
    if (principalRoleRaw === void 0) {
      throw new InputRejected({
        input: "principal-role-name",
        problem: "is required when trust-principal is 'role'",
        rule: "the name of the role that assumes this one (the Secure Agent's EC2 instance role or the worker-node role)"
      });
    }
    if (userName) {
      throw new InputRejected({
        input: "user-name",
        problem: "is set while trust-principal is 'role'",
        rule: "either a user (trust-principal: user) or a role (trust-principal: role and principal-role-name) requests the credentials, not both"
      });
    }
    principalRole = {
      name: check("principal-role-name", principalRoleRaw, iamName(principalRoleRaw)),
      path: check("principal-role-path", principalPathRaw ?? "", iamPath(principalPathRaw ?? ""))
    };
  } else {
    for (const [input, raw] of [["principal-role-name", principalRoleRaw], ["principal-role-path", principalPathRaw]]) {
      if (raw !== void 0 && !(input === "principal-role-path" && raw.trim() === "/")) {
        throw new InputRejected({ input, problem: `is set while trust-principal is '${trustPrincipal}'`, rule: "trust-principal: role to make the trust policy name that role, or no principal-role-name/principal-role-path" });
      }
    }
  }
  const kms = check("kms", read("kms"), booleanFlag(read("kms")));
  const keyRaw = optional("kms-key-arn");
  const kmsKey = keyRaw === void 0 ? void 0 : check("kms-key-arn", keyRaw, kmsKeyArn(keyRaw, part));
  if (kmsKey && !kms) {
    throw new InputRejected({
      input: "kms-key-arn",
      problem: "is set while kms is false",
      rule: "kms: true to make the KMS policy for this key, or no kms-key-arn"
    });
  }
  const externalRaw = optional("external-id");
  const external = externalRaw === void 0 ? void 0 : check("external-id", externalRaw, externalId(externalRaw), false);
  const bucketRaw = optional("staging-bucket");
  const stagingBucket = bucketRaw === void 0 ? void 0 : check("staging-bucket", bucketRaw, s3BucketName(bucketRaw));
  const prefixRaw = optional("staging-prefix");
  const stagingPrefix = prefixRaw === void 0 ? "" : check("staging-prefix", prefixRaw, s3KeyPrefix(prefixRaw));
  if (prefixRaw !== void 0 && stagingBucket === void 0) {
    throw new InputRejected({ input: "staging-prefix", problem: "is set without staging-bucket", rule: "staging-bucket names the bucket the prefix is in" });
  }
  const redshift = readRedshift(read, optional, check);
  const durationRaw = optional("session-duration");
  const duration = durationRaw === void 0 ? void 0 : check("session-duration", durationRaw, sessionDuration(durationRaw));
  if (roleChainingIsError && duration !== void 0 && duration > ROLE_CHAINING_MAX_SECONDS && trustPrincipal === "role") {
    throw new InputRejected({
      input: "session-duration",
      value: durationRaw,
      problem: `is ${duration} seconds while trust-principal is 'role': a role that assumes another role is role chaining, which AWS caps at one hour whatever MaxSessionDuration says, so the connector's credentials would expire before the task`,
      rule: `at most ${ROLE_CHAINING_MAX_SECONDS} seconds with trust-principal: role (or trust-principal: user for longer sessions)`
    });
  }
  const formatsRaw = read("formats");
  const formatList = check("formats", formatsRaw, listOf(formatsRaw.trim() === "" ? "cli" : formatsRaw, (f) => oneOf(FORMATS, f.toLowerCase()), FORMATS.length * 2, "formats"));
  if (formatList.length === 0) throw new InputRejected({ input: "formats", value: formatsRaw, problem: "names no format", rule: `one or more of ${FORMATS.join(", ")}` });
  const formats = FORMATS.filter((f) => formatList.includes(f));
  const outputDir = check("output-dir", read("output-dir"), filePath(read("output-dir") || "redshift-temp-creds"));
  const artifact = check("artifact-name", read("artifact-name"), artifactName(read("artifact-name")));
  return {
    partition: part,
    accountId: account,
    roleName,
    rolePath,
    userName,
    userAccountId,
    trustPrincipal,
    kms,
    ...kmsKey ? { kmsKey } : {},
    ...external ? { externalId: external } : {},
    ...principalRole ? { principalRole } : {},
    ...stagingBucket ? { stagingBucket, stagingPrefix } : {},
    ...redshift ? { redshift } : {},
    ...duration !== void 0 ? { sessionDuration: duration } : {},
    outputDir,
    artifactName: artifact,
    formats
  };
}
function readRedshift(read, optional, check) {
  const authRaw = read("redshift-db-auth");
  const auth = check("redshift-db-auth", authRaw, oneOf(REDSHIFT_DB_AUTH, authRaw.trim() === "" ? "none" : authRaw.toLowerCase()));
  const belongs = {
    "redshift-cluster-id": ["cluster"],
    "redshift-workgroup": ["serverless"],
    "redshift-region": ["cluster", "serverless"],
    "db-user": ["cluster"],
    "db-name": ["cluster"],
    "db-groups": ["cluster"]
  };
  for (const [input, kinds] of Object.entries(belongs)) {
    if (optional(input) !== void 0 && !kinds.includes(auth)) {
      throw new InputRejected({
        input,
        problem: `is set while redshift-db-auth is '${auth}'`,
        rule: `redshift-db-auth: ${kinds.join(" or ")} to use it${auth === "serverless" && input.startsWith("db-") ? " (redshift-serverless:GetCredentials is authorised on the workgroup alone; the database user follows from the role)" : ""}`
      });
    }
  }
  if (auth === "none") return void 0;
  const need = (input) => {
    const raw = optional(input);
    if (raw === void 0) throw new InputRejected({ input, problem: `is required when redshift-db-auth is '${auth}'`, rule: "a value for this input" });
    return raw;
  };
  const regionRaw = need("redshift-region");
  const region = check("redshift-region", regionRaw, awsRegion(regionRaw));
  if (auth === "serverless") {
    const raw = need("redshift-workgroup");
    return { kind: "serverless", region, workgroupId: check("redshift-workgroup", raw, redshiftWorkgroupId(raw)) };
  }
  const clusterRaw = need("redshift-cluster-id");
  const clusterId = check("redshift-cluster-id", clusterRaw, redshiftClusterId(clusterRaw));
  const userRaw = need("db-user");
  const dbUser = check("db-user", userRaw, redshiftDbIdentifier(userRaw));
  const nameRaw = optional("db-name");
  const dbName = nameRaw === void 0 ? void 0 : check("db-name", nameRaw, redshiftDbIdentifier(nameRaw));
  const groupsRaw = read("db-groups");
  const dbGroups = check("db-groups", groupsRaw, listOf(groupsRaw, redshiftDbIdentifier, 50, "groups"));
  return { kind: "cluster", region, clusterId, dbUser, ...dbName ? { dbName } : {}, dbGroups };
}

// src/core/validate/inputs.ts
var TOGETHER_INPUTS = [
  "account-id",
  "role-name",
  "user-name",
  "user-account-id",
  "trust-principal",
  "principal-role-name",
  "kms-key-arn",
  "external-id",
  "staging-bucket",
  "staging-prefix",
  "redshift-cluster-id",
  "redshift-workgroup",
  "redshift-region",
  "db-user",
  "db-name",
  "db-groups",
  "session-duration"
];
function parseValidateInputs(read) {
  const policyRaw = read("policy-files");
  const policy = checkInput("policy-files", policyRaw, parsePolicyFiles(policyRaw), false);
  if (!policy.ok) return policy;
  const sarifRaw = read("sarif-file");
  const sarif = checkInput("sarif-file", sarifRaw, filePath(sarifRaw));
  if (!sarif.ok) return sarif;
  const failOnRaw = read("fail-on");
  const failOn = checkInput("fail-on", failOnRaw, oneOf(FAIL_ON, failOnRaw.trim() === "" ? "error" : failOnRaw.toLowerCase()));
  if (!failOn.ok) return failOn;
  const kmsRaw = read("kms");
  const kms = checkInput("kms", kmsRaw, booleanFlag(kmsRaw));
  if (!kms.ok) return kms;
  const artifactRaw = read("artifact-name");
  const artifact = checkInput("artifact-name", artifactRaw, artifactName(artifactRaw));
  if (!artifact.ok) return artifact;
  const value = { policyFiles: policy.value, sarifFile: sarif.value, failOn: failOn.value, artifactName: artifact.value };
  if (kms.value || TOGETHER_INPUTS.some((name) => read(name).trim() !== "")) {
    const delivery = ["output-dir", "artifact-name", "formats"];
    const generate = parseGenerateInputs((name) => delivery.includes(name) ? "" : read(name), { roleChainingIsError: false });
    if (!generate.ok) return generate;
    const { outputDir: _dir, artifactName: _artifact, formats: _formats, ...together } = generate.value;
    value.together = together;
  }
  return { ok: true, value };
}

// src/core/iam/arn.ts
function roleArn(partition2, account, path5, name) {
  return `arn:${partition2}:iam::${account}:role${path5}${name}`;
}
function userArn(partition2, account, name) {
  return `arn:${partition2}:iam::${account}:user/${name}`;
}
function accountRootArn(partition2, account) {
  return `arn:${partition2}:iam::${account}:root`;
}
function kmsKeyWildcardArn(partition2, region, account) {
  return `arn:${partition2}:kms:${region}:${account}:key/*`;
}
function s3BucketArn(partition2, bucket) {
  return `arn:${partition2}:s3:::${bucket}`;
}
function s3ObjectsArn(partition2, bucket, prefix) {
  return `arn:${partition2}:s3:::${bucket}/${prefix}*`;
}
function redshiftClusterArn(partition2, region, account, type, cluster, name) {
  return type === "cluster" ? `arn:${partition2}:redshift:${region}:${account}:cluster:${cluster}` : `arn:${partition2}:redshift:${region}:${account}:${type}:${cluster}/${name ?? ""}`;
}
function redshiftWorkgroupArn(partition2, region, account, workgroupId) {
  return `arn:${partition2}:redshift-serverless:${region}:${account}:workgroup/${workgroupId}`;
}

// src/core/iam/policy.ts
var POLICY_VERSION = "2012-10-17";

// src/core/generate/role-policies/kms-policy.ts
var KMS_ACTIONS = ["kms:GenerateDataKey", "kms:DescribeKey", "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*"];
function kmsPolicyFor(inputs) {
  const statement = { Sid: "UseRedshiftStagingKey", Effect: "Allow", Action: [...KMS_ACTIONS], Resource: "*" };
  const key = inputs.kmsKey;
  if (key?.type === "key") statement.Resource = key.arn;
  if (key?.type === "alias") {
    statement.Resource = kmsKeyWildcardArn(inputs.partition, key.region, key.account);
    statement.Condition = { "ForAnyValue:StringEquals": { "kms:ResourceAliases": key.id } };
  }
  return { Version: POLICY_VERSION, Statement: [statement] };
}
var KMS_POLICY = {
  file: "kms-policy.json",
  output: "kms-policy",
  policyName: "redshift-temp-creds-kms",
  purpose: "inline policy for the role (KMS)",
  key: "Kms",
  build: (inputs) => inputs.kms ? kmsPolicyFor(inputs) : void 0
};

// src/core/generate/role-policies/redshift-db-auth-policy.ts
var CLUSTER_CREDENTIALS_ACTION = "redshift:GetClusterCredentials";
var JOIN_GROUP_ACTION = "redshift:JoinGroup";
var SERVERLESS_CREDENTIALS_ACTION = "redshift-serverless:GetCredentials";
function redshiftDbAuthPolicyFor(inputs) {
  const r = inputs.redshift;
  if (!r) return void 0;
  const { partition: partition2, accountId: accountId2 } = inputs;
  if (r.kind === "serverless") {
    return {
      Version: POLICY_VERSION,
      Statement: [
        { Sid: "GetServerlessCredentials", Effect: "Allow", Action: SERVERLESS_CREDENTIALS_ACTION, Resource: redshiftWorkgroupArn(partition2, r.region, accountId2, r.workgroupId) }
      ]
    };
  }
  const arn = (type, name) => redshiftClusterArn(partition2, r.region, accountId2, type, r.clusterId, name);
  const resources = [arn("dbuser", r.dbUser), ...r.dbName ? [arn("dbname", r.dbName)] : []];
  const statements = [
    { Sid: "GetClusterCredentials", Effect: "Allow", Action: CLUSTER_CREDENTIALS_ACTION, Resource: resources.length === 1 ? resources[0] : resources }
  ];
  if (r.dbGroups.length > 0) {
    const groups = r.dbGroups.map((g) => arn("dbgroup", g));
    statements.push({ Sid: "JoinDbGroups", Effect: "Allow", Action: JOIN_GROUP_ACTION, Resource: groups.length === 1 ? groups[0] : groups });
  }
  return { Version: POLICY_VERSION, Statement: statements };
}
var REDSHIFT_DB_AUTH_POLICY = {
  file: "redshift-db-auth-policy.json",
  output: "redshift-db-auth-policy",
  policyName: "redshift-temp-creds-db-auth",
  purpose: "inline policy for the role (Redshift database credentials)",
  key: "RedshiftDbAuth",
  build: redshiftDbAuthPolicyFor
};

// src/core/generate/role-policies/s3-staging-policy.ts
var S3_OBJECT_ACTIONS = ["s3:PutObject", "s3:GetObject", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"];
var S3_LIST_ACTION = "s3:ListBucket";
var S3_UPLOADS_ACTION = "s3:ListBucketMultipartUploads";
var S3_STAGING_ACTIONS = [S3_LIST_ACTION, S3_UPLOADS_ACTION, ...S3_OBJECT_ACTIONS];
function s3StagingPolicyFor(inputs) {
  const bucket = inputs.stagingBucket;
  if (!bucket) return void 0;
  const prefix = inputs.stagingPrefix ?? "";
  const bucketArn = s3BucketArn(inputs.partition, bucket);
  const statements = [];
  if (prefix) {
    statements.push({
      Sid: "ListStagingPrefix",
      Effect: "Allow",
      Action: S3_LIST_ACTION,
      Resource: bucketArn,
      Condition: { StringLike: { "s3:prefix": [prefix, `${prefix}*`] } }
    });
    statements.push({ Sid: "ListStagingUploads", Effect: "Allow", Action: S3_UPLOADS_ACTION, Resource: bucketArn });
  } else {
    statements.push({ Sid: "ListStagingBucket", Effect: "Allow", Action: [S3_LIST_ACTION, S3_UPLOADS_ACTION], Resource: bucketArn });
  }
  statements.push({ Sid: "UseStagingObjects", Effect: "Allow", Action: [...S3_OBJECT_ACTIONS], Resource: s3ObjectsArn(inputs.partition, bucket, prefix) });
  return { Version: POLICY_VERSION, Statement: statements };
}
var S3_STAGING_POLICY = {
  file: "s3-staging-policy.json",
  output: "s3-staging-policy",
  policyName: "redshift-temp-creds-s3-staging",
  purpose: "inline policy for the role (S3 staging)",
  key: "S3Staging",
  build: s3StagingPolicyFor
};

// src/core/generate/role-policies/index.ts
var ROLE_POLICY_MODULES = [KMS_POLICY, S3_STAGING_POLICY, REDSHIFT_DB_AUTH_POLICY];
function rolePoliciesFor(inputs) {
  return ROLE_POLICY_MODULES.flatMap((module) => {
    const document = module.build(inputs);
    return document ? [{ module, document }] : [];
  });
}

// src/core/generate/documents.ts
function roleArnFor(inputs) {
  return roleArn(inputs.partition, inputs.accountId, inputs.rolePath, inputs.roleName);
}
function principalArnFor(inputs) {
  if (inputs.trustPrincipal === "user") return userArn(inputs.partition, inputs.userAccountId, inputs.userName);
  if (inputs.trustPrincipal === "role" && inputs.principalRole) {
    return roleArn(inputs.partition, inputs.userAccountId, inputs.principalRole.path, inputs.principalRole.name);
  }
  return accountRootArn(inputs.partition, inputs.userAccountId);
}
var TRUST_SIDS = { user: "TrustRedshiftConnectorUser", account: "TrustRedshiftConnectorAccount", role: "TrustRedshiftConnectorRole" };
function userPolicyFor(inputs) {
  return {
    Version: POLICY_VERSION,
    Statement: [{ Sid: "AssumeRedshiftTempCredsRole", Effect: "Allow", Action: "sts:AssumeRole", Resource: roleArnFor(inputs) }]
  };
}
function trustPolicyFor(inputs) {
  const statement = {
    Sid: TRUST_SIDS[inputs.trustPrincipal],
    Effect: "Allow",
    Principal: { AWS: principalArnFor(inputs) },
    Action: "sts:AssumeRole"
  };
  if (inputs.externalId !== void 0) statement.Condition = { StringEquals: { "sts:ExternalId": inputs.externalId } };
  return { Version: POLICY_VERSION, Statement: [statement] };
}
function documentsFor(inputs) {
  const docs = {
    roleArn: roleArnFor(inputs),
    principalArn: principalArnFor(inputs),
    userArn: inputs.userName ? userArn(inputs.partition, inputs.userAccountId, inputs.userName) : "",
    userPolicy: userPolicyFor(inputs),
    trustPolicy: trustPolicyFor(inputs),
    rolePolicies: rolePoliciesFor(inputs)
  };
  const s3 = s3StagingPolicyFor(inputs);
  if (s3) docs.s3StagingPolicy = s3;
  const db = redshiftDbAuthPolicyFor(inputs);
  if (db) docs.redshiftDbAuthPolicy = db;
  if (inputs.kms) {
    docs.kmsPolicy = kmsPolicyFor(inputs);
    if (!inputs.kmsKey) {
      docs.kmsWarning = 'The KMS policy allows its five actions on Resource "*" (every key the role can reach), as in the vendor sample. Set kms-key-arn to scope it to the staging key.';
    }
  }
  return docs;
}

// src/core/together/position.ts
var START = { line: 1, column: 1 };
function placeOf(node) {
  return { line: node.span.start.line, column: node.span.start.column, endLine: node.span.end.line, endColumn: node.span.end.column };
}
function statementMember(root) {
  if (!root || root.kind !== "object") return void 0;
  return [...root.members].reverse().find((m) => m.key.value === "Statement");
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

// src/core/together/setup-context.ts
function allowsAction(policy, action) {
  return policy.statements.some(
    (s) => s.effect === "Allow" && (s.action ? s.action.some((p) => actionMatches(p, action)) : !!s.notAction && !s.notAction.some((p) => actionMatches(p, action)))
  );
}
function asRole(ctx, action, resource, extra = {}) {
  return evaluate(
    { principal: ctx.session, action, resource, context: { ...ctx.baseContext(ctx.session), ...extra } },
    { identityPolicies: ctx.roleDocs.map((d) => d.policy), resourceAccount: ctx.session.account ?? "" }
  );
}
function placeOfDecision(docs, decision, fallback) {
  const ref = decision.matched.find((r) => r.source === "identity");
  const doc = ref ? docs[ref.policy] ?? fallback : fallback;
  return { doc, place: ref ? statementPlace(doc.file, ref.statement) : documentPlace(doc.file) };
}
function refusedAsRole(ctx, requests, fallback) {
  const refused = requests.map((r) => ({ r, d: asRole(ctx, r.action, r.resource, r.context) })).filter((x) => x.d.effect !== "Allow");
  if (refused.length === 0) return void 0;
  const deny = refused.find((x) => x.d.effect === "ExplicitDeny");
  const at = deny ? placeOfDecision(ctx.roleDocs, deny.d, fallback) : { doc: fallback, place: documentPlace(fallback.file) };
  return { refused: refused.map((x) => x.r), denied: deny !== void 0, ...at };
}
function concreteOf(pattern) {
  return pattern.replace(/[*?]/g, "x");
}
var DERIVED_PROBE_BUDGET = 50;
function allowedResources(docs) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const doc of docs) {
    for (const statement of doc.policy.statements) {
      if (statement.effect !== "Allow") continue;
      for (const resource of statement.resource ?? []) {
        if (out.length >= DERIVED_PROBE_BUDGET) return out;
        if (seen.has(resource) || !splitArn(resource)) continue;
        seen.add(resource);
        out.push({ doc, statement, resource });
      }
    }
  }
  return out;
}

// src/core/together/staging-access.ts
var STAGED_KEY = "redshift-connector/part-0000.gz";
function checkStagingAccess(ctx) {
  const { inputs } = ctx;
  const bucket = inputs.stagingBucket;
  if (!bucket) return;
  const part = inputs.partition;
  const prefix = inputs.stagingPrefix ?? "";
  const bucketArn = s3BucketArn(part, bucket);
  const s3Docs = ctx.roleDocs.filter((d) => S3_STAGING_ACTIONS.some((a) => allowsAction(d.policy, a)));
  if (s3Docs.length === 0) {
    ctx.report(
      "RTC713",
      ctx.anchor,
      { line: 1, column: 1 },
      `The Redshift connector will get AccessDenied staging data in s3://${bucket}/${prefix}: staging-bucket is set but no identity policy among the files grants the role S3 actions`,
      "Add the S3 staging policy that generate makes (s3-staging-policy.json) to policy-files"
    );
    return;
  }
  const objectArn = `${bucketArn}/${prefix}${STAGED_KEY}`;
  const needs = [
    ...S3_OBJECT_ACTIONS.map((action) => ({ action, resource: objectArn, what: `${action} on ${objectArn}` })),
    { action: S3_LIST_ACTION, resource: bucketArn, context: { "s3:prefix": `${prefix}redshift-connector/` }, what: `${S3_LIST_ACTION} of ${prefix}redshift-connector/ in ${bucket}` },
    { action: S3_UPLOADS_ACTION, resource: bucketArn, what: `${S3_UPLOADS_ACTION} on ${bucketArn}` }
  ];
  const refused = refusedAsRole(ctx, needs, s3Docs[0]);
  if (refused) {
    ctx.report(
      "RTC714",
      refused.doc.file,
      refused.place,
      `The Redshift connector will get AccessDenied staging data: the role is ${refused.denied ? "denied" : "not allowed"} ${refused.refused.map((n) => n.what).join("; ")}`,
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
  for (const { doc, statement, resource } of allowedResources(ctx.roleDocs)) {
    const concrete = concreteOf(resource);
    if (!concrete.includes(":s3:::") || !outside(concrete)) continue;
    const own = { ...doc.policy, statements: [statement] };
    const candidates = concrete.includes("/") ? S3_OBJECT_ACTIONS : [S3_LIST_ACTION, S3_UPLOADS_ACTION];
    const action = candidates.find((a) => allowsAction(own, a));
    if (action) probes.push({ action, resource: concrete, ...action === S3_LIST_ACTION ? { context: { "s3:prefix": prefix } } : {}, what: `${action} on ${concrete}` });
  }
  const reached = probes.map((p) => ({ p, d: asRole(ctx, p.action, p.resource, p.context) })).filter((r) => r.d.effect === "Allow");
  if (reached.length === 0) return;
  const byPlace = /* @__PURE__ */ new Map();
  for (const r of reached) {
    const at = placeOfDecision(ctx.roleDocs, r.d, s3Docs[0]);
    const key = `${at.doc.file.file}|${at.place.line}|${at.place.column}`;
    byPlace.set(key, [...byPlace.get(key) ?? [], r]);
  }
  for (const group of byPlace.values()) {
    const at = placeOfDecision(ctx.roleDocs, group[0].d, s3Docs[0]);
    const examples = [...new Set(group.map((r) => r.p.what))];
    ctx.report(
      "RTC715",
      at.doc.file,
      at.place,
      `${at.doc.file.file} lets the role reach S3 outside s3://${bucket}/${prefix}: ${examples.slice(0, 3).join("; ")}${examples.length > 3 ? `; and ${examples.length - 3} more` : ""}`,
      `Name only ${bucketArn}${prefix ? ` (with the condition StringLike s3:prefix ${prefix}, ${prefix}*)` : ""} and ${bucketArn}/${prefix}*`
    );
  }
}

// src/core/together/db-auth.ts
var DB_AUTH_ACTIONS = [CLUSTER_CREDENTIALS_ACTION, JOIN_GROUP_ACTION, SERVERLESS_CREDENTIALS_ACTION, "redshift:GetClusterCredentialsWithIAM"];
function actionFor(arn) {
  if (/^arn:[^:]+:redshift-serverless:[^:]*:[^:]*:workgroup\//.test(arn)) return SERVERLESS_CREDENTIALS_ACTION;
  if (/^arn:[^:]+:redshift:[^:]*:[^:]*:dbgroup:/.test(arn)) return JOIN_GROUP_ACTION;
  if (/^arn:[^:]+:redshift:[^:]*:[^:]*:(dbuser|dbname):/.test(arn)) return CLUSTER_CREDENTIALS_ACTION;
  return void 0;
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
  let needs;
  let others;
  if (r.kind === "cluster") {
    const arn = (type, cluster, name) => redshiftClusterArn(part, r.region, account, type, cluster, name);
    needs = [
      { action: CLUSTER_CREDENTIALS_ACTION, resource: arn("dbuser", r.clusterId, r.dbUser) },
      ...r.dbName ? [{ action: CLUSTER_CREDENTIALS_ACTION, resource: arn("dbname", r.clusterId, r.dbName) }] : [],
      ...r.dbGroups.map((g) => ({ action: JOIN_GROUP_ACTION, resource: arn("dbgroup", r.clusterId, g) }))
    ];
    others = [
      { action: CLUSTER_CREDENTIALS_ACTION, resource: arn("dbuser", r.clusterId, `${r.dbUser}x`) },
      { action: CLUSTER_CREDENTIALS_ACTION, resource: arn("dbuser", r.clusterId, "admin") },
      { action: CLUSTER_CREDENTIALS_ACTION, resource: arn("dbuser", `${r.clusterId}x`, r.dbUser) },
      ...r.dbName ? [{ action: CLUSTER_CREDENTIALS_ACTION, resource: arn("dbname", r.clusterId, `${r.dbName}x`) }] : [],
      { action: JOIN_GROUP_ACTION, resource: arn("dbgroup", r.clusterId, "admins") }
    ].filter((o) => !needs.some((n) => n.resource === o.resource));
  } else {
    needs = [{ action: SERVERLESS_CREDENTIALS_ACTION, resource: redshiftWorkgroupArn(part, r.region, account, r.workgroupId) }];
    others = [{ action: SERVERLESS_CREDENTIALS_ACTION, resource: redshiftWorkgroupArn(part, r.region, account, "00000000-0000-4000-8000-0000000000ff") }].filter(
      (o) => o.resource !== needs[0].resource
    );
  }
  const wanted = new Set(needs.map((n) => n.resource));
  for (const { resource } of allowedResources(ctx.roleDocs)) {
    const concrete = concreteOf(resource);
    const action = actionFor(concrete);
    if (action && !wanted.has(concrete)) others.push({ action, resource: concrete });
  }
  const refused = refusedAsRole(ctx, needs, dbDocs[0]);
  if (refused) {
    ctx.report(
      "RTC717",
      refused.doc.file,
      refused.place,
      `The Redshift connector will get AccessDenied asking for database credentials: the role is ${refused.denied ? "denied" : "not allowed"} ${refused.refused.map((n) => `${n.action} on ${n.resource}`).join("; ")}`,
      `Allow ${needs.map((n) => `${n.action} on ${n.resource}`).join(", ")}`
    );
  }
  const reached = others.map((o) => ({ o, d: asRole(ctx, o.action, o.resource) })).filter((x) => x.d.effect === "Allow").map((x) => ({ ...x, at: placeOfDecision(ctx.roleDocs, x.d, dbDocs[0]) }));
  const keyOf = (at) => `${at.doc.file.file}|${at.place.line}|${at.place.column}`;
  const byPlace = /* @__PURE__ */ new Map();
  for (const x of reached) byPlace.set(keyOf(x.at), [...byPlace.get(keyOf(x.at)) ?? [], x]);
  for (const group of byPlace.values()) {
    const { at } = group[0];
    const examples = [...new Set(group.map((y) => `${y.o.action} on ${y.o.resource}`))];
    ctx.report(
      "RTC718",
      at.doc.file,
      at.place,
      `${at.doc.file.file} lets the role get database credentials beyond ${target}: ${examples.slice(0, 3).join("; ")}${examples.length > 3 ? `; and ${examples.length - 3} more` : ""}`,
      `Name exactly ${needs.map((n) => n.resource).join(", ")}, with no wildcard`
    );
  }
}

// src/core/together/role-chaining.ts
var EVERYTHING = normalisePolicy({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });
function sessionOf(roleArnValue) {
  const m = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArnValue);
  if (!m) return void 0;
  return { ...principalFromArn(`arn:${m[1]}:sts::${m[2]}:assumed-role/${m[3]}/redshift-connector`), roleArn: roleArnValue };
}
function checkRoleChaining(ctx, roleArn2) {
  const seconds = ctx.inputs.sessionDuration;
  const trust = ctx.trust;
  if (seconds === void 0 || seconds <= ROLE_CHAINING_MAX_SECONDS || !trust || !EVERYTHING) return;
  const roles = /* @__PURE__ */ new Set();
  for (const s of trust.policy.statements) {
    for (const value of s.principal?.AWS ?? []) {
      const p = principalFromArn(value);
      if (p.kind === "role") roles.add(value);
      if (p.kind === "assumed-role" && p.roleArn) roles.add(p.roleArn);
    }
  }
  const reported = /* @__PURE__ */ new Set();
  for (const role of roles) {
    const session = sessionOf(role);
    if (!session) continue;
    const d = evaluate(
      { principal: session, action: "sts:AssumeRole", resource: roleArn2, context: { ...ctx.baseContext(session), ...ctx.inputs.externalId ? { "sts:ExternalId": ctx.inputs.externalId } : {} } },
      { identityPolicies: [EVERYTHING], resourcePolicy: trust.policy }
    );
    const ref = d.matched.find((r) => r.source === "resource");
    if (d.effect !== "Allow" || !ref || reported.has(ref.statement)) continue;
    reported.add(ref.statement);
    ctx.report(
      "RTC719",
      trust.file,
      statementPlace(trust.file, ref.statement),
      `The connector asks for ${seconds}-second credentials (session-duration) but the trust policy lets the role ${role} assume ${roleArn2}: that is role chaining, which AWS caps at one hour whatever MaxSessionDuration says, so the task fails when the credentials expire`,
      `Set the connector's Temporary Credential Duration (session-duration) to ${ROLE_CHAINING_MAX_SECONDS} seconds or less, or let an IAM user assume the role`
    );
  }
}

// src/core/together/requester-scope.ts
var SAMPLE_ACTIONS = ["s3:GetObject", "s3:PutObject", "redshift:GetClusterCredentials", "kms:Decrypt", "iam:PassRole", "ec2:DescribeInstances"];
var PER_PATTERN = 3;
var isAssume = (action) => actionMatches("sts:AssumeRole", action);
function probeActions(pattern) {
  const known = actionsMatching(pattern).map((a) => a.fullName).filter((a) => !isAssume(a));
  if (known.length > 0) return known.slice(0, PER_PATTERN);
  const concrete = concreteOf(pattern);
  return isAssume(concrete) || !actionMatches(pattern, concrete) ? [] : [concrete];
}
var MAX_REPORTED = 10;
function checkRequesterScope(ctx) {
  const doc = ctx.requesterDoc;
  if (!doc) return;
  const context = ctx.baseContext(ctx.caller);
  const ask = (policy, action, resource) => evaluate({ principal: ctx.caller, action, resource, context }, { identityPolicies: [policy], resourceAccount: ctx.caller.account ?? "" });
  const denies = doc.policy.statements.filter((s) => s.effect === "Deny");
  let budget = DERIVED_PROBE_BUDGET * 50;
  let reported = 0;
  for (const s of doc.policy.statements) {
    if (s.effect !== "Allow" || budget <= 0 || reported >= MAX_REPORTED) continue;
    const judged = { ...doc.policy, statements: [s, ...denies] };
    const actions = s.action ? s.action.slice(0, 100).flatMap(probeActions) : SAMPLE_ACTIONS.filter((a) => !(s.notAction ?? []).some((p) => actionMatches(p, a)));
    const resources = s.resource ? [...new Set(s.resource.slice(0, 20).map(concreteOf))] : ["*"];
    const granted = [];
    for (const action of [...new Set(actions)]) {
      for (const resource of resources) {
        budget -= judged.statements.length;
        if (budget < 0) break;
        if (ask(judged, action, resource).effect === "Allow") {
          granted.push(`${action} on ${resource}`);
          break;
        }
      }
      if (granted.length >= PER_PATTERN) break;
    }
    if (granted.length === 0) continue;
    reported++;
    ctx.report(
      "RTC720",
      doc.file,
      statementPlace(doc.file, s.index),
      `${doc.file.file} gives ${ctx.callerText} more than sts:AssumeRole on the role (e.g. ${granted.join("; ")}): the identity that requests the temporary credentials must not have access to any AWS resource (the vendor's rule); the role holds the staging and database permissions`,
      "Keep only the sts:AssumeRole statement in the requester policy; move what the connector needs to the role"
    );
  }
}

// src/core/together/checks.ts
var TOGETHER_CHECKS = [
  {
    code: "RTC701",
    severity: "error",
    name: "trust-policy-missing",
    title: "No trust policy among the checked files",
    help: "A role admits only the principals its own trust policy names, so `sts:AssumeRole` fails without one. Add the role's trust policy to `policy-files` (or mark its glob with the `trust` kind)."
  },
  {
    code: "RTC702",
    severity: "error",
    name: "user-policy-missing",
    title: "No user policy allows sts:AssumeRole, and the trust policy alone is not enough",
    help: "Across accounts, or when the trust policy names the account root, IAM also needs an identity policy on the user that allows `sts:AssumeRole` on the role. Add the user policy `generate` makes to `policy-files`."
  },
  {
    code: "RTC703",
    severity: "error",
    name: "kms-policy-missing",
    title: "kms is true but no policy among the files grants KMS actions",
    help: "With an encrypted staging bucket the role needs `kms:GenerateDataKey`, `kms:DescribeKey`, `kms:Encrypt`, `kms:Decrypt` and `kms:ReEncrypt*` on the key. Add the KMS policy `generate` makes to `policy-files`."
  },
  {
    code: "RTC704",
    severity: "error",
    name: "user-cannot-assume-role",
    title: "The user cannot assume the role",
    help: "Evaluated as IAM does (explicit deny wins; within one account a trust policy naming the user is enough; a trust policy naming the account root, or a role in another account, needs the user policy too), the connector's `sts:AssumeRole` call is denied. The message names the broken link: fix that document."
  },
  {
    code: "RTC705",
    severity: "error",
    name: "trust-admits-anyone",
    title: "The trust policy lets any principal assume the role",
    help: '`Principal: "*"`, `{"AWS": "*"}` or `NotPrincipal` with `Allow` admits every AWS principal, in any account. Name the connector\'s IAM user (or its account) instead.'
  },
  {
    code: "RTC706",
    severity: "error",
    name: "trust-admits-other-account",
    title: "The trust policy admits principals of another account",
    help: "The trust policy names an account, or a principal in an account, that is neither the user's nor the role's. Anyone that account allows can get the role's permissions. Remove it unless it is meant to be there."
  },
  {
    code: "RTC707",
    severity: "warning",
    name: "trust-admits-whole-account",
    title: "The trust policy admits the whole account where one user was expected",
    help: "Naming the account root (or a bare account id) delegates to the account: every user and role there whose IAM policies allow `sts:AssumeRole` can assume the role. Name the user ARN (`trust-principal: user`) for the restricted form."
  },
  {
    code: "RTC708",
    severity: "warning",
    name: "trust-admits-other-principal",
    title: "The trust policy admits another principal besides the connector user",
    help: "Another IAM user, role, service or identity provider can assume the role. Remove it if it is not meant to share the role."
  },
  {
    code: "RTC709",
    severity: "warning",
    name: "user-can-assume-other-roles",
    title: "The user policy allows sts:AssumeRole on other roles too",
    help: "The user policy should name exactly one role ARN, with no wildcard: any other role whose trust policy admits the user's account can otherwise be assumed."
  },
  {
    code: "RTC710",
    severity: "error",
    name: "role-lacks-kms-actions",
    title: "The role does not get the KMS actions the connector needs on the key",
    help: "The connector calls `kms:GenerateDataKey`, `kms:DescribeKey`, `kms:Encrypt`, `kms:Decrypt`, `kms:ReEncryptFrom` and `kms:ReEncryptTo` on the staging key. Allow all of them (`kms:ReEncrypt*` covers the last two) on the key, or on the alias with a `kms:ResourceAliases` condition."
  },
  {
    code: "RTC711",
    severity: "warning",
    name: "kms-allows-more-actions",
    title: "The KMS policy allows actions the connector does not need",
    help: "Key administration (`kms:ScheduleKeyDeletion`, `kms:PutKeyPolicy`, `kms:CreateGrant`...) is not needed to read and write staged data. List the five actions instead of a wildcard."
  },
  {
    code: "RTC712",
    severity: "warning",
    name: "kms-allows-other-keys",
    title: "The KMS policy allows other keys than the one given",
    help: "With `kms-key-arn` set, the policy should name that key (or, for an alias, the account's keys with a `kms:ResourceAliases` condition), not other keys."
  },
  {
    code: "RTC713",
    severity: "error",
    name: "s3-staging-policy-missing",
    title: "staging-bucket is set but no policy among the files grants the role S3 actions",
    help: "The connector stages `COPY`/`UNLOAD` data in the staging bucket with the role's credentials. Add the S3 staging policy `generate` makes (`s3-staging-policy.json`) to `policy-files`."
  },
  {
    code: "RTC714",
    severity: "error",
    name: "role-lacks-staging-access",
    title: "The role cannot do what the connector does in the staging bucket",
    help: "Evaluated for a session of the role: `s3:ListBucket` (with the `s3:prefix` the connector sends) and `s3:ListBucketMultipartUploads` on the bucket, and `s3:PutObject`, `s3:GetObject`, `s3:DeleteObject`, `s3:AbortMultipartUpload`, `s3:ListMultipartUploadParts` on an object under `staging-prefix`. The message lists what is refused."
  },
  {
    code: "RTC715",
    severity: "warning",
    name: "role-reaches-other-s3",
    title: "The role can reach S3 outside the staging bucket and prefix",
    help: "Evaluated, not pattern-matched: the staging actions on another bucket, on a sibling prefix (`data-old/` for `data/`), on the bucket outside the prefix, a listing outside the prefix, and on every S3 resource the role's policies name outside the staging area. The staging credentials should reach exactly `s3://bucket/prefix`."
  },
  {
    code: "RTC716",
    severity: "error",
    name: "db-auth-policy-missing",
    title: "redshift-db-auth is set but no policy among the files grants database credentials",
    help: "With `redshift-db-auth: cluster` the role needs `redshift:GetClusterCredentials`; with `serverless`, `redshift-serverless:GetCredentials`. Add the DB-auth policy `generate` makes (`redshift-db-auth-policy.json`) to `policy-files`."
  },
  {
    code: "RTC717",
    severity: "error",
    name: "role-lacks-db-auth",
    title: "The role cannot get the database credentials the inputs name",
    help: "Evaluated for a session of the role: `redshift:GetClusterCredentials` on the `dbuser` (and `dbname`) resource of the cluster and `redshift:JoinGroup` on each `dbgroup`, or `redshift-serverless:GetCredentials` on the workgroup (by its id). The message lists what is refused."
  },
  {
    code: "RTC718",
    severity: "warning",
    name: "db-auth-allows-other-targets",
    title: "The DB-auth policy gives credentials for other users, databases, groups, clusters or workgroups",
    help: "The role should get database credentials for exactly the database user (database, groups) of that cluster, or that workgroup: a wildcard in the user or cluster lets the connector's credentials log in as anyone."
  },
  {
    code: "RTC719",
    severity: "error",
    name: "role-chaining-over-an-hour",
    title: "A role assumes the role while the connector asks for more than an hour",
    help: "When a role session (the Secure Agent's EC2 instance role) assumes the Redshift role, AWS caps the new session at one hour whatever `MaxSessionDuration` says (role chaining). With `session-duration` over 3600 the task fails when the credentials expire. Lower the connector's Temporary Credential Duration, or let an IAM user assume the role."
  },
  {
    code: "RTC720",
    severity: "error",
    name: "requester-has-other-access",
    title: "The requester's policy grants more than sts:AssumeRole",
    help: "The vendor's rule: the IAM user or role that requests the temporary credentials must not have access to any AWS resource. Each Allow statement of the requester policy is probed with the actions and resources it names and evaluated; anything besides `sts:AssumeRole` is reported (other roles are RTC709's)."
  },
  {
    code: "RTC801",
    severity: "warning",
    name: "user-policy-drift",
    title: "The user policy differs in meaning from what generate makes",
    help: "Compared statement by statement after normalising (Sid, order, single value or list, action case do not count), the committed user policy grants more or less than `generate` makes from the same inputs. Regenerate it, or change the inputs."
  },
  {
    code: "RTC802",
    severity: "warning",
    name: "trust-policy-drift",
    title: "The trust policy differs in meaning from what generate makes",
    help: "The committed trust policy admits other principals, or under other conditions, than the one `generate` makes from the same inputs. Regenerate it, or change the inputs (e.g. `trust-principal`, `external-id`)."
  },
  {
    code: "RTC803",
    severity: "warning",
    name: "kms-policy-drift",
    title: "The KMS policy differs in meaning from what generate makes",
    help: "The committed KMS policy grants other actions or keys than the one `generate` makes from the same inputs. Regenerate it, or change `kms-key-arn`."
  },
  {
    code: "RTC804",
    severity: "warning",
    name: "s3-staging-policy-drift",
    title: "The S3 staging policy differs in meaning from what generate makes",
    help: "The committed S3 staging policy grants other actions, buckets or prefixes than the one `generate` makes from `staging-bucket` and `staging-prefix`. Regenerate it, or change the inputs."
  },
  {
    code: "RTC805",
    severity: "warning",
    name: "db-auth-policy-drift",
    title: "The DB-auth policy differs in meaning from what generate makes",
    help: "The committed DB-auth policy grants other actions or Redshift resources than the one `generate` makes from `redshift-db-auth` and its inputs. Regenerate it, or change the inputs."
  }
];
function togetherCheck(code) {
  const info2 = TOGETHER_CHECKS.find((c) => c.code === code);
  if (!info2) throw new Error(`unknown together check ${code}`);
  return info2;
}

// src/core/together/check-together.ts
var CONNECTOR_KMS_ACTIONS = ["kms:GenerateDataKey", "kms:DescribeKey", "kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo"];
var KMS_ADMIN_ACTIONS = ["kms:ScheduleKeyDeletion", "kms:PutKeyPolicy", "kms:CreateGrant", "kms:DisableKey"];
var NO_KEY_ID = "00000000-0000-4000-8000-000000000000";
var OTHER_KEY_ID = "00000000-0000-4000-8000-0000000000ff";
var ANY_USER = "redshift-connector";
var MUST = (doc) => {
  const p = normalisePolicy(doc);
  if (!p) throw new Error("a generated or built-in policy did not normalise");
  return p;
};
function pick(docs, best) {
  return docs.find(best) ?? docs[0];
}
var EVERYTHING2 = MUST({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });
var delegatingTo = (partition2, account, action) => MUST({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: accountRootArn(partition2, account) }, Action: action, Resource: "*" }] });
var withoutConditions = (policy) => ({
  ...policy,
  statements: policy.statements.map((s) => ({ ...s, condition: {} }))
});
function requestContextOf(p) {
  const ctx = { "aws:SecureTransport": true, "aws:PrincipalArn": p.kind === "assumed-role" && p.roleArn ? p.roleArn : p.arn };
  if (p.account) ctx["aws:PrincipalAccount"] = p.account;
  if (p.kind === "user") ctx["aws:username"] = p.arn.slice(p.arn.lastIndexOf("/") + 1);
  ctx["aws:PrincipalType"] = p.kind === "user" ? "User" : p.kind === "assumed-role" ? "AssumedRole" : p.kind === "root" ? "Account" : "Unknown";
  return ctx;
}
function unusedAccount(taken) {
  for (const d of "987654321") {
    const candidate = d.repeat(12);
    if (!taken.has(candidate)) return candidate;
  }
  return "000000000000";
}
function checkTogether(files, inputs) {
  if (files.length === 0) return [];
  const findings = [];
  const generated = documentsFor(inputs);
  const part = inputs.partition;
  const roleArn2 = generated.roleArn;
  const principalRole = inputs.trustPrincipal === "role" && inputs.principalRole ? generated.principalArn : "";
  const callerArn = principalRole || generated.userArn || userArn(part, inputs.userAccountId, ANY_USER);
  const caller = principalRole ? { ...principalFromArn(`arn:${part}:sts::${inputs.userAccountId}:assumed-role/${inputs.principalRole?.name}/redshift-connector`), roleArn: principalRole } : principalFromArn(callerArn);
  const callerText = principalRole || generated.userArn || `an IAM user of account ${inputs.userAccountId}`;
  const context = { ...requestContextOf(caller), ...inputs.externalId ? { "sts:ExternalId": inputs.externalId } : {} };
  const docs = files.filter((f) => f.policy !== void 0).map((f) => ({ file: f, policy: f.policy }));
  const identities = docs.filter((d) => d.file.kind === "identity");
  const assume = (principal, resource, identity, trustPolicy, ctx = context) => evaluate({ principal, action: "sts:AssumeRole", resource, context: ctx }, { identityPolicies: identity, ...trustPolicy ? { resourcePolicy: trustPolicy } : {} });
  const trust = pick(
    docs.filter((d) => d.file.kind === "trust"),
    (d) => assume(caller, roleArn2, [EVERYTHING2], d.policy).effect === "Allow"
  );
  const userTrustingAccount = delegatingTo(part, inputs.userAccountId, "sts:AssumeRole");
  const userDoc = pick(
    identities.filter((d) => allowsAction(d.policy, "sts:AssumeRole")),
    (d) => assume(caller, roleArn2, [d.policy], userTrustingAccount).effect === "Allow"
  );
  const session = {
    ...principalFromArn(`arn:${part}:sts::${inputs.accountId}:assumed-role/${inputs.roleName}/redshift-connector`),
    roleArn: roleArn2
  };
  const key = inputs.kmsKey;
  const keyRegion = key?.region ?? "us-east-1";
  const keyAccount = key?.account ?? inputs.accountId;
  const stagingKey = key?.type === "key" ? key.arn : `arn:${part}:kms:${keyRegion}:${keyAccount}:key/${NO_KEY_ID}`;
  const keyContext = { ...requestContextOf(session), ...key?.type === "alias" ? { "kms:ResourceAliases": [key.id] } : {} };
  const keyPolicy = delegatingTo(part, inputs.accountId, "kms:*");
  const useKey = (policy, action, resource = stagingKey, ctx = keyContext) => evaluate({ principal: session, action, resource, context: ctx }, { identityPolicies: [policy], resourcePolicy: keyPolicy, resourceAccount: keyAccount });
  const roleIdentities = identities.filter((d) => d !== userDoc);
  const kmsDoc = inputs.kms ? pick(
    roleIdentities.filter((d) => CONNECTOR_KMS_ACTIONS.some((a) => allowsAction(d.policy, a))),
    (d) => CONNECTOR_KMS_ACTIONS.every((a) => useKey(d.policy, a).effect === "Allow")
  ) : void 0;
  const report = (code, file, place, message, hint) => {
    findings.push({ file: file.file, ...place, code, severity: togetherCheck(code).severity, message, hint });
  };
  const anchor = trust?.file ?? userDoc?.file ?? kmsDoc?.file ?? files[0];
  const refPlace = (ref, doc) => ref ? statementPlace(doc.file, ref.statement) : documentPlace(doc.file);
  if (!trust) {
    report(
      "RTC701",
      anchor,
      { line: 1, column: 1 },
      `The Redshift connector will get AccessDenied on sts:AssumeRole: no trust policy for ${roleArn2} is among the checked files`,
      "Add the role trust policy that generate makes (trust-policy.json) to policy-files"
    );
  }
  const trustForNeed = trust?.policy ?? MUST(generated.trustPolicy);
  const userPolicyNeeded = assume(caller, roleArn2, [], trustForNeed).effect !== "Allow";
  if (!userDoc && userPolicyNeeded) {
    const why = inputs.userAccountId !== inputs.accountId ? "the role is in another account" : "the trust policy names the account, which delegates to IAM policies";
    report(
      "RTC702",
      anchor,
      documentPlace(anchor),
      `The Redshift connector will get AccessDenied on sts:AssumeRole: no identity policy among the files allows ${callerText} sts:AssumeRole on ${roleArn2}, and ${why}`,
      "Add the user policy that generate makes (user-policy.json) to policy-files"
    );
  }
  if (inputs.kms && !kmsDoc) {
    report(
      "RTC703",
      anchor,
      { line: 1, column: 1 },
      `The Redshift connector will get AccessDenied from KMS on the staging key: kms is true but no identity policy among the files grants ${CONNECTOR_KMS_ACTIONS.join(", ")}`,
      "Add the KMS policy that generate makes (kms-policy.json) to policy-files"
    );
  }
  if (trust) {
    const decision = assume(caller, roleArn2, userDoc ? [userDoc.policy] : [], trust.policy);
    if (decision.effect === "ExplicitDeny") {
      const ref = decision.matched[0];
      const doc = ref.source === "identity" && userDoc ? userDoc : trust;
      report(
        "RTC704",
        doc.file,
        refPlace(ref, doc),
        `The Redshift connector will get AccessDenied on sts:AssumeRole: statement ${ref.statement}${ref.sid ? ` (${ref.sid})` : ""} of ${doc.file.file} explicitly denies ${callerText} sts:AssumeRole on ${roleArn2}`,
        "Remove the Deny statement or narrow it so that it leaves this user and role out"
      );
    } else if (decision.effect === "ImplicitDeny") {
      const trustAlone = assume(caller, roleArn2, [EVERYTHING2], trust.policy);
      if (trustAlone.effect !== "Allow") {
        const conditionsOnly = assume(caller, roleArn2, [EVERYTHING2], withoutConditions(trust.policy)).effect === "Allow";
        const keys = [...new Set(trust.policy.statements.flatMap((s) => Object.values(s.condition).flatMap((block) => Object.keys(block))))];
        report(
          "RTC704",
          trust.file,
          documentPlace(trust.file),
          conditionsOnly ? `The Redshift connector will get AccessDenied on sts:AssumeRole: the trust policy names ${callerText} but its conditions (${keys.join(", ")}) are not met by the request the connector makes${inputs.externalId ? " with the external-id input" : " (no external-id input is set)"}` : `The Redshift connector will get AccessDenied on sts:AssumeRole: the trust policy does not name ${callerText}`,
          conditionsOnly ? "Make the condition match the connector: e.g. the sts:ExternalId it sends (the external-id input)" : `Add ${generated.principalArn} to the Principal of a statement that allows sts:AssumeRole`
        );
      } else if (userDoc) {
        const why = inputs.userAccountId !== inputs.accountId ? "the role is in another account, so the trust policy alone is not enough" : "the trust policy names the whole account, which hands the decision to IAM policies";
        report(
          "RTC704",
          userDoc.file,
          documentPlace(userDoc.file),
          `The Redshift connector will get AccessDenied on sts:AssumeRole: ${userDoc.file.file} does not allow sts:AssumeRole on ${roleArn2}, and ${why}`,
          `Allow sts:AssumeRole on Resource ${roleArn2} in the user policy`
        );
      }
    }
    checkWhoElse(trust, inputs, roleArn2, callerArn, assume, report);
  }
  if (userDoc) {
    const path5 = inputs.rolePath;
    const strangerAccount = unusedAccount(/* @__PURE__ */ new Set([inputs.accountId, inputs.userAccountId]));
    const others = [
      `arn:${part}:iam::${inputs.accountId}:role${path5}${inputs.roleName}-other`,
      `arn:${part}:iam::${inputs.accountId}:role${path5}AnotherRole`,
      `arn:${part}:iam::${inputs.accountId}:role${path5 === "/" ? "/other/" : "/"}${inputs.roleName}`,
      `arn:${part}:iam::${strangerAccount}:role${path5}${inputs.roleName}`
    ];
    const reachable = others.map((other) => ({ other, decision: assume(caller, other, [userDoc.policy], userTrustingAccount) })).filter((r) => r.decision.effect === "Allow");
    if (reachable.length > 0) {
      const ref = reachable[0].decision.matched.find((r) => r.source === "identity");
      report(
        "RTC709",
        userDoc.file,
        refPlace(ref, userDoc),
        `${userDoc.file.file} lets ${callerText} assume other roles than ${roleArn2} too, e.g. ${reachable.map((r) => r.other).join(", ")}, wherever their trust policy admits the account`,
        `Set Resource to exactly ${roleArn2}, with no wildcard`
      );
    }
  }
  if (kmsDoc) {
    const decisions = CONNECTOR_KMS_ACTIONS.map((action) => ({ action, decision: useKey(kmsDoc.policy, action) }));
    const refused = decisions.filter((d) => d.decision.effect !== "Allow");
    if (refused.length > 0) {
      const denyRef = refused.map((d) => d.decision).find((d) => d.effect === "ExplicitDeny")?.matched[0];
      const keyText = key ? key.arn : "the staging key";
      report(
        "RTC710",
        kmsDoc.file,
        denyRef ? statementPlace(kmsDoc.file, denyRef.statement) : documentPlace(kmsDoc.file),
        `The Redshift connector will get AccessDenied on ${refused.map((d) => d.action).join(", ")} for ${keyText}: ${kmsDoc.file.file} ${denyRef ? "denies them" : "does not allow them for the role on that key"}`,
        `Allow ${CONNECTOR_KMS_ACTIONS.slice(0, 4).join(", ")} and kms:ReEncrypt* on the key`
      );
    }
    const admin = KMS_ADMIN_ACTIONS.map((action) => ({ action, decision: useKey(kmsDoc.policy, action) })).filter((d) => d.decision.effect === "Allow");
    if (admin.length > 0) {
      const ref = admin[0].decision.matched.find((r) => r.source === "identity");
      report(
        "RTC711",
        kmsDoc.file,
        refPlace(ref, kmsDoc),
        `${kmsDoc.file.file} also allows the role ${admin.map((d) => d.action).join(", ")} on the staging key, which the connector never needs`,
        "List the five actions (kms:GenerateDataKey, kms:DescribeKey, kms:Encrypt, kms:Decrypt, kms:ReEncrypt*) instead of a wildcard"
      );
    }
    if (key) {
      const otherKey = `arn:${part}:kms:${key.region}:${key.account}:key/${OTHER_KEY_ID}`;
      const other = useKey(kmsDoc.policy, "kms:Decrypt", otherKey, requestContextOf(session));
      if (other.effect === "Allow") {
        const ref = other.matched.find((r) => r.source === "identity");
        report(
          "RTC712",
          kmsDoc.file,
          refPlace(ref, kmsDoc),
          `${kmsDoc.file.file} lets the role use other KMS keys than ${key.arn} (e.g. kms:Decrypt on ${otherKey})`,
          key.type === "key" ? `Set Resource to ${key.arn}` : `Keep Resource to the account's keys and add the condition ForAnyValue:StringEquals kms:ResourceAliases = ${key.id}`
        );
      }
    }
  }
  const drift = (code, doc, want, name) => {
    if (!doc) return;
    const diff = diffPolicies(want, doc.file.value);
    if (diff.accessChange === "none") return;
    const changes = diff.statements.filter((c) => c.rating !== "neutral");
    const first = changes.find((c) => c.after)?.after;
    const place = first ? statementPlace(doc.file, first.index) : documentPlace(doc.file);
    const how = DRIFT_WORDS[diff.accessChange];
    const listed = changes.slice(0, 3).map((c) => c.summary).join("; ") + (changes.length > 3 ? `; and ${changes.length - 3} more` : "");
    report(code, doc.file, place, hideSecret(`${doc.file.file} ${how} the ${name} generate makes for these inputs: ${listed}`, inputs), "Regenerate it with mode: generate, or change the inputs to match it");
  };
  drift("RTC801", userDoc, userPolicyFor(inputs), "user policy");
  drift("RTC802", trust, trustPolicyFor(inputs), "trust policy");
  if (inputs.kms) drift("RTC803", kmsDoc, kmsPolicyFor(inputs), "KMS policy");
  const setup = {
    inputs,
    anchor,
    ...userDoc ? { requesterDoc: userDoc } : {},
    roleDocs: roleIdentities,
    ...trust ? { trust } : {},
    caller,
    callerText,
    session,
    baseContext: requestContextOf,
    report
  };
  checkStagingAccess(setup);
  checkDbAuth(setup);
  checkRoleChaining(setup, roleArn2);
  checkRequesterScope(setup);
  const s3Want = s3StagingPolicyFor(inputs);
  if (s3Want) drift("RTC804", pickBy(roleIdentities, [...S3_STAGING_ACTIONS]), s3Want, "S3 staging policy");
  const dbWant = redshiftDbAuthPolicyFor(inputs);
  if (dbWant) drift("RTC805", pickBy(roleIdentities, [CLUSTER_CREDENTIALS_ACTION, JOIN_GROUP_ACTION, SERVERLESS_CREDENTIALS_ACTION]), dbWant, "DB-auth policy");
  return findings;
}
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
function checkWhoElse(trust, inputs, roleArn2, callerArn, assume, report) {
  const part = inputs.partition;
  const named = trust.policy.statements.flatMap((s) => Object.entries(s.principal ?? {}).flatMap(([type, values]) => values.map((value) => ({ s, type, value }))));
  const taken = /* @__PURE__ */ new Set([inputs.accountId, inputs.userAccountId, ...named.map((n) => /(\d{12})/.exec(n.value)?.[1] ?? "")]);
  const stranger = unusedAccount(taken);
  const placeOf2 = (d) => {
    const ref = d.matched.find((r) => r.source === "resource");
    return ref ? statementPlace(trust.file, ref.statement) : documentPlace(trust.file);
  };
  for (const probe of [principalFromArn("*"), principalFromArn(userArn(part, stranger, "anyone"))]) {
    const d = assume(probe, roleArn2, [EVERYTHING2], trust.policy);
    if (d.effect === "Allow") {
      report(
        "RTC705",
        trust.file,
        placeOf2(d),
        `Any principal can assume ${roleArn2}: the trust policy admits ${probe.kind === "anonymous" ? "anonymous callers" : `a user of an unrelated account (${stranger})`}`,
        `Name ${callerArn} (or its account) in Principal instead of "*" or NotPrincipal`
      );
      return;
    }
  }
  const seen = /* @__PURE__ */ new Set();
  for (const { s, type, value } of named) {
    if (value === "*" || !appliesToAssume(s)) continue;
    const probe = probeFor(type, value, part);
    if (!probe || probe.arn === callerArn) continue;
    const d = assume(probe, roleArn2, [EVERYTHING2], trust.policy);
    if (d.effect !== "Allow") continue;
    const account = probe.kind === "root" ? probe.account : void 0;
    let code;
    let message;
    let hint;
    if (account) {
      if (account === inputs.userAccountId && inputs.trustPrincipal === "account") continue;
      const own = account === inputs.userAccountId || account === inputs.accountId;
      code = own ? "RTC707" : "RTC706";
      message = own ? `The trust policy admits the whole account ${account}: every user and role there that its IAM policies allow can assume ${roleArn2}, not only ${callerArn}` : `The trust policy admits account ${account}, which is neither the user's nor the role's: anyone it allows can assume ${roleArn2}`;
      hint = own ? `Name ${callerArn} instead of the account root` : `Remove ${value} from Principal unless that account is meant to use the role`;
    } else {
      const other = probe.account !== void 0 && probe.account !== inputs.userAccountId && probe.account !== inputs.accountId;
      code = other ? "RTC706" : "RTC708";
      message = other ? `The trust policy admits ${value} of account ${probe.account}, which is neither the user's nor the role's: it can assume ${roleArn2}` : `The trust policy also admits ${type === "AWS" ? value : `${type} ${value}`}: it can assume ${roleArn2} besides ${callerArn}`;
      hint = `Remove ${value} from Principal unless it is meant to share the role`;
    }
    const key = `${code}|${s.index}|${value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    report(code, trust.file, statementPlace(trust.file, s.index), message, hint);
  }
}
function appliesToAssume(s) {
  return s.effect === "Allow" && (s.action ? s.action.some((a) => actionMatches(a, "sts:AssumeRole")) : !!s.notAction);
}
function probeFor(type, value, partition2) {
  if (type === "AWS") {
    const p = principalFromArn(value);
    if (p.kind === "anonymous" || p.kind === "service" || p.kind === "federated") return void 0;
    return /^\d{12}$/.test(value) ? { ...p, arn: accountRootArn(partition2, value), partition: partition2 } : p;
  }
  if (type === "Service") return { kind: "service", arn: value };
  if (type === "Federated") return { kind: "federated", arn: value };
  return void 0;
}

// src/core/validate/validate.ts
var DEFAULT_DEPS = { lint: lintPolicyText, together: checkTogether };
function validateFiles(inputs, together, deps = DEFAULT_DEPS) {
  const linted = lintFiles(inputs, deps.lint, { keepDocuments: together !== void 0 });
  if (!together) return { files: linted.files, findings: linted.findings, counts: countBySeverity(linted.findings), failures: linted.failures };
  const findings = [...linted.findings];
  const failures = [...linted.failures];
  try {
    findings.push(...deps.together(linted.documents, together));
  } catch (error2) {
    failures.push({ file: "", error: error2 });
  }
  const sorted = sortFindings(findings);
  return { files: linted.files, findings: sorted, counts: countBySeverity(sorted), failures };
}

// src/core/checks.ts
var ALL_CHECKS = [...CHECKS, ...TOGETHER_CHECKS, ...VALIDATE_CHECKS];
var BY_CODE = new Map(ALL_CHECKS.map((c) => [c.code, c]));
function checkFor(code) {
  return BY_CODE.get(code);
}

// src/report/annotations.ts
function annotationOf(finding) {
  const check = checkFor(finding.code);
  const sameLine = finding.endLine === void 0 || finding.endLine === finding.line;
  const endColumn = sameLine && finding.endColumn !== void 0 && finding.endColumn >= finding.column ? finding.endColumn : finding.column;
  return {
    level: finding.severity,
    message: annotationText(finding.hint ? `${finding.message}
Hint: ${finding.hint}` : finding.message),
    properties: {
      title: check ? `${finding.code} ${check.name}` : finding.code,
      file: finding.file,
      startLine: finding.line,
      endLine: finding.line,
      startColumn: finding.column,
      endColumn
    }
  };
}
var ANNOTATE = { error, warning, notice };
var ANNOTATIONS_PER_LEVEL = 10;
var LEVELS = ["error", "warning", "notice"];
function emitAnnotations(findings, elsewhere = [], counts = countBySeverity(findings)) {
  const shown = { error: [], warning: [], notice: [] };
  let wanted = LEVELS.reduce((n, level) => n + Math.min(ANNOTATIONS_PER_LEVEL, counts[level]), 0);
  for (let i = 0; wanted > 0 && i < findings.length; i++) {
    const first = shown[findings[i].severity];
    if (first.length < ANNOTATIONS_PER_LEVEL) {
      first.push(findings[i]);
      wanted--;
    }
  }
  const left = { error: counts.error - shown.error.length, warning: counts.warning - shown.warning.length, notice: counts.notice - shown.notice.length };
  for (const level of LEVELS) {
    for (const finding of shown[level]) {
      const a = annotationOf(finding);
      ANNOTATE[a.level](a.message, a.properties);
    }
  }
  const more = left.error + left.warning + left.notice;
  if (more === 0) return;
  const parts = LEVELS.filter((l) => left[l] > 0).map((l) => `${left[l]} ${l}${left[l] === 1 ? "" : "s"}`);
  info(
    `${more} more finding${more === 1 ? " is" : "s are"} not annotated (${parts.join(", ")}): GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each level per step.` + (elsewhere.length > 0 ? ` Every finding is in ${joinWords(elsewhere)}.` : "")
  );
}
function emitCappedWarnings(messages, title, rest) {
  for (const message of messages.slice(0, ANNOTATIONS_PER_LEVEL)) warning(annotationText(message), { title });
  const more = messages.length - ANNOTATIONS_PER_LEVEL;
  if (more > 0) info(`${more} more warning${more === 1 ? "" : "s"} like these: ${rest}`);
}
function joinWords(words) {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

// src/report/artifact.ts
function artifactServiceMissing() {
  const missing = ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_RESULTS_URL"].filter((v) => !process.env[v]);
  return missing.length ? `the runner's artifact service is not available (${missing.join(" and ")} not set, as in a local run)` : void 0;
}
var GHES_REASON = "artifacts v4 are not supported on GitHub Enterprise Server";
function onEnterpriseServer(serverUrl = process.env.GITHUB_SERVER_URL || "https://github.com") {
  let host;
  try {
    host = new URL(serverUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host !== "github.com" && !host.endsWith(".ghe.com") && !host.endsWith(".localhost");
}
async function uploadArtifact(name, files, rootDir) {
  if (!name) return { name, skipped: "artifact-name is empty" };
  const missing = artifactServiceMissing();
  if (missing) {
    notice(`Artifact not uploaded: ${missing}. The files are in ${rootDir}.`);
    return { name, skipped: missing };
  }
  if (onEnterpriseServer()) {
    warning(`Artifact not uploaded: ${GHES_REASON}. The files are in ${rootDir}.`);
    return { name, skipped: GHES_REASON };
  }
  guardEventPath();
  const { DefaultArtifactClient, GHESNotSupportedError } = await import("./artifact.js");
  try {
    const result2 = await new DefaultArtifactClient().uploadArtifact(name, files, rootDir);
    return { name, id: result2.id };
  } catch (error2) {
    if (error2 instanceof GHESNotSupportedError) {
      warning(`Artifact not uploaded: ${GHES_REASON}. The files are in ${rootDir}.`);
      return { name, skipped: GHES_REASON };
    }
    const message = messageOf(error2).replace(/\s*[\r\n]+\s*/g, " ").replace(/\.\s*$/, "");
    throw new Error(`Artifact '${name}' was not uploaded: ${message}. The files are in ${rootDir}.`, { cause: error2 });
  }
}

// src/report/files.ts
import { closeSync, constants, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
var WRITE_RULE = "a path inside the workspace (GITHUB_WORKSPACE) or RUNNER_TEMP, with no symbolic link among its folders or as the file itself";
function writeRoots() {
  const roots = [];
  for (const root of [process.env.GITHUB_WORKSPACE || process.cwd(), process.env.RUNNER_TEMP]) {
    if (!root) continue;
    const given = path.resolve(root);
    try {
      roots.push({ given, real: realpathSync(given) });
    } catch {
    }
  }
  return roots;
}
function inside(root, target) {
  const rel = path.relative(root, target);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function checkWriteTarget(input, value, kind) {
  const fail = (problem) => ({ ok: false, error: { input, value, problem, rule: WRITE_RULE } });
  const target = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), value);
  let root;
  for (const r of writeRoots()) {
    if (inside(r.given, target)) root = { from: r.given, real: r.real };
    else if (inside(r.real, target)) root = { from: r.real, real: r.real };
    if (root) break;
  }
  if (!root) return fail(`resolves to ${target}, outside the workspace`);
  const rel = path.relative(root.from, target);
  const parts = rel === "" ? [] : rel.split(path.sep);
  let at = root.real;
  for (const [i, part] of parts.entries()) {
    at = path.join(at, part);
    const stat = lstatSync(at, { throwIfNoEntry: false });
    if (!stat) break;
    const last = i === parts.length - 1;
    const shown = path.relative(root.real, at);
    if (stat.isSymbolicLink()) return fail(`${last ? "is" : "goes through"} a symbolic link (${shown}), which the action never follows when writing`);
    if (!last && !stat.isDirectory()) return fail(`goes through ${shown}, which is not a folder`);
    if (last && kind === "folder" && !stat.isDirectory()) return fail("is a file, not a folder");
    if (last && kind === "file" && !stat.isFile()) return fail("is not a regular file");
  }
  return { ok: true, path: target };
}
function makeFoldersNoFollow(dir) {
  const missing = [];
  for (let at = path.resolve(dir); !lstatSync(at, { throwIfNoEntry: false }); ) {
    missing.unshift(at);
    const up = path.dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const folder of missing) mkdirSync(folder);
  return missing.length > 0;
}
function writeFileNoFollow(file, content) {
  const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 420);
  try {
    if (typeof content !== "string") writeChunks(fd, content);
    else {
      const bytes = Buffer.from(content, "utf8");
      writeAll(fd, bytes, bytes.length);
    }
  } finally {
    closeSync(fd);
  }
}
var WRITE_BUFFER_BYTES = 1 << 20;
function writeChunks(fd, chunks) {
  const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  let used = 0;
  for (const chunk of chunks) {
    const most = chunk.length * 3;
    if (used + most > buffer.length) {
      writeAll(fd, buffer, used);
      used = 0;
    }
    if (most > buffer.length) {
      const bytes = Buffer.from(chunk, "utf8");
      writeAll(fd, bytes, bytes.length);
    } else {
      used += buffer.write(chunk, used, "utf8");
    }
  }
  writeAll(fd, buffer, used);
}
function writeAll(fd, bytes, length) {
  let done = 0;
  while (done < length) done += writeSync(fd, bytes, done, length - done);
}
function resolveInWorkspace(p) {
  return path.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), p);
}

// src/report/findings-output.ts
import { closeSync as closeSync2, mkdtempSync, openSync as openSync2 } from "node:fs";
import { tmpdir } from "node:os";
import path2 from "node:path";
var FINDINGS_OUTPUT_BUDGET = 900 * 1e3;
function findingsOutput(findings, findingsFile, budget = FINDINGS_OUTPUT_BUDGET) {
  const texts = [];
  const sizes = [];
  let used = 2;
  for (const f of findings) {
    const text = JSON.stringify(f);
    used += Buffer.byteLength(text, "utf8") + 1;
    if (used > budget) return cutOutput(findings.length, texts, sizes, findingsFile, budget);
    texts.push(text);
    sizes.push(used);
  }
  return `[${texts.join(",")}]`;
}
function cutOutput(count, texts, fitted, findingsFile, budget) {
  const empty = { count, findingsFile, findings: [] };
  const emptyJson = JSON.stringify(empty);
  const overhead = Buffer.byteLength(emptyJson, "utf8");
  let shown = 0;
  while (shown < fitted.length && overhead + fitted[shown] <= budget) shown++;
  const open = emptyJson.slice(0, -2);
  return `${open}${texts.slice(0, shown).join(",")}]}`;
}
function writeFindingsFile(findings, tempRoot = process.env.RUNNER_TEMP || tmpdir()) {
  const dir = mkdtempSync(path2.join(tempRoot, "redshift-temp-creds-"));
  const file = path2.join(dir, "findings.json");
  const fd = openSync2(file, "w", 420);
  try {
    writeChunks(fd, findingsFileText(findings));
  } finally {
    closeSync2(fd);
  }
  return file;
}
function* findingsFileText(findings) {
  const SLICE = 200;
  yield "[";
  for (let i = 0; i < findings.length; i += SLICE) {
    if (i > 0) yield ",";
    yield JSON.stringify(findings.slice(i, i + SLICE)).slice(1, -1);
  }
  yield "]\n";
}

// src/report/sarif.ts
import path3 from "node:path";

// src/core/version.ts
var ACTION_NAME = "redshift-temp-creds-action";
var ACTION_VERSION = "1.0.0";

// src/report/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/org/redshift-temp-creds-action";
var CHECKS_DOC_URI = `${INFORMATION_URI}/blob/v1/docs/checks.md`;
var SARIF_LEVEL = { error: "error", warning: "warning", notice: "note" };
function sarifEnvelopeFor(findings, checks = ALL_CHECKS) {
  const rules = checks.map(ruleOf);
  const known = new Set(rules.map((r) => r.id));
  let lastCode;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.code === lastCode) continue;
    lastCode = f.code;
    if (known.has(f.code)) continue;
    known.add(f.code);
    rules.push(ruleOf({ code: f.code, severity: f.severity, name: f.code.toLowerCase(), title: f.code, help: f.hint }));
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: ACTION_NAME, version: ACTION_VERSION, semanticVersion: ACTION_VERSION, informationUri: INFORMATION_URI, rules } },
        columnKind: "utf16CodeUnits",
        results: []
      }
    ]
  };
}
function* sarifResultTexts(findings, rules) {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const codes = /* @__PURE__ */ new Map();
  const json = new JsonTexts();
  const seen = /* @__PURE__ */ new Map();
  const seenPerFile = sortedByFile(findings);
  let lastFile;
  let fileJson = "";
  let locationHead = "";
  for (let j = 0; j < findings.length; j++) {
    const f = findings[j];
    if (f.file !== lastFile) {
      lastFile = f.file;
      if (seenPerFile) seen.clear();
      fileJson = JSON.stringify(f.file);
      locationHead = `},"locations":[{"physicalLocation":{"artifactLocation":{"uri":${JSON.stringify(sarifUri(f.file))},"uriBaseId":"%SRCROOT%"},"region":{"startLine":`;
    }
    let code = codes.get(f.code);
    if (code === void 0) codes.set(f.code, code = { json: JSON.stringify(f.code), heads: {} });
    const level = SARIF_LEVEL[f.severity];
    let head = code.heads[level];
    if (head === void 0) {
      const ruleIndex = index.get(f.code);
      if (ruleIndex === void 0) throw new Error(`no SARIF rule for the code ${f.code}`);
      head = code.heads[level] = `{"ruleId":${code.json},"ruleIndex":${ruleIndex},"level":${JSON.stringify(level)},"message":{"text":`;
    }
    const messageJson = json.of(f.message);
    const fingerprint = sha256Hex(`[${code.json},${fileJson},${messageJson}]`).slice(0, 32);
    const occurrence = (seen.get(fingerprint) ?? 0) + 1;
    seen.set(fingerprint, occurrence);
    const textJson = f.hint ? messageWithHintJson(messageJson, json.of(f.hint)) : messageJson;
    yield `${head}${textJson}${locationHead}${regionText(f)}}}],"partialFingerprints":{"rtcFinding/v1":"${fingerprint}:${occurrence}"}}`;
  }
}
function messageWithHintJson(messageJson, hintJson) {
  return `${messageJson.slice(0, -1)} Hint: ${hintJson.slice(1)}`;
}
var JSON_TEXTS_KEPT = 8192;
var JsonTexts = class {
  #texts = /* @__PURE__ */ new Map();
  /** How many texts it holds now. */
  get size() {
    return this.#texts.size;
  }
  of(text) {
    let json = this.#texts.get(text);
    if (json === void 0) {
      if (this.#texts.size >= JSON_TEXTS_KEPT) this.#texts.clear();
      json = JSON.stringify(text);
      this.#texts.set(text, json);
    }
    return json;
  }
};
var SARIF_BATCH_CHARS = 64 * 1024;
function sortedByFile(findings) {
  for (let i = 1; i < findings.length; i++) if (findings[i].file < findings[i - 1].file) return false;
  return true;
}
function ruleOf(check) {
  return {
    id: check.code,
    name: pascalCase(check.name),
    shortDescription: { text: check.title },
    fullDescription: { text: plainText(check.help) },
    help: { text: plainText(check.help), markdown: `**${check.code} ${check.title}**

${check.help}` },
    helpUri: `${CHECKS_DOC_URI}#${check.code.toLowerCase()}`,
    defaultConfiguration: { level: SARIF_LEVEL[check.severity] },
    properties: { tags: ["iam", "policy", ...check.severity === "error" ? ["correctness"] : ["security"]], precision: "very-high" }
  };
}
function regionText(f) {
  const endLine = f.endLine ?? f.line;
  const end = f.endColumn !== void 0 && (endLine > f.line || endLine === f.line && f.endColumn >= f.column);
  return end ? `${jsonNumber(f.line)},"startColumn":${jsonNumber(f.column)},"endLine":${jsonNumber(endLine)},"endColumn":${jsonNumber(f.endColumn)}}` : `${jsonNumber(f.line)},"startColumn":${jsonNumber(f.column)}}`;
}
function jsonNumber(n) {
  return Number.isFinite(n) ? `${n}` : "null";
}
function sarifUri(file) {
  if (URI_KEEPS.test(file)) return file;
  return file.split("/").map(encodeURIComponent).join("/");
}
var URI_KEEPS = /^[A-Za-z0-9\-_.!~*'()/]*$/;
function pascalCase(name) {
  return name.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function plainText(markdown) {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/`+/g, "").replace(/\*\*|__/g, "");
}
async function writeSarif(file, log, results) {
  makeFoldersNoFollow(path3.dirname(file));
  writeFileNoFollow(file, sarifText(log, results));
  return file;
}
function* sarifText(log, results) {
  if (log.runs.length !== 1) throw new Error(`a SARIF log of this action has one run, not ${log.runs.length}`);
  const marker = '"results": []';
  const envelope = prettyJson({ ...log, runs: [{ ...log.runs[0], results: [] }] });
  const at = envelope.indexOf(marker);
  yield `${envelope.slice(0, at)}"results": [`;
  let first = true;
  let batch = [];
  let batchChars = 0;
  for (const result2 of results ?? log.runs[0].results.map((r) => JSON.stringify(r))) {
    batch.push(result2);
    batchChars += result2.length;
    if (batchChars >= SARIF_BATCH_CHARS) {
      yield `${first ? "\n" : ",\n"}${batch.join(",\n")}`;
      first = false;
      batch = [];
      batchChars = 0;
    }
  }
  if (batch.length > 0) {
    yield `${first ? "\n" : ",\n"}${batch.join(",\n")}`;
    first = false;
  }
  yield `${first ? "" : "\n"}]${envelope.slice(at + marker.length)}`;
}

// src/report/validate-summary.ts
var SUMMARY_BUDGET_BYTES = 768 * 1024;
var FILES_SHARE = 0.15;
var SKIPPED_SHARE = 0.05;
var SEVERITIES = ["error", "warning", "notice"];
var SEVERITY_LABEL = { error: "\u{1F6D1} error", warning: "\u26A0\uFE0F warning", notice: "\u2139\uFE0F notice" };
function indexFindings(findings) {
  const counts = { error: 0, warning: 0, notice: 0 };
  const byFile = /* @__PURE__ */ new Map();
  let runFile;
  let run = { error: 0, warning: 0, notice: 0 };
  const endRun = () => {
    if (runFile === void 0) return;
    const c = byFile.get(runFile);
    if (c) addCounts(c, run);
    else byFile.set(runFile, run);
    addCounts(counts, run);
  };
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.file !== runFile) {
      endRun();
      runFile = f.file;
      run = { error: 0, warning: 0, notice: 0 };
    }
    run[f.severity]++;
  }
  endRun();
  return { counts, byFile };
}
function addCounts(to, counts) {
  to.error += counts.error;
  to.warning += counts.warning;
  to.notice += counts.notice;
}
function findingsOf(findings, severity) {
  let at = 0;
  return () => {
    while (findings[at].severity !== severity) at++;
    return findings[at++];
  };
}
function validateSummary(input, budgetBytes = SUMMARY_BUDGET_BYTES) {
  const index = indexFindings(input.findings);
  const counts = index.counts;
  const fileCount = input.files.length;
  const head = ["## IAM policy validation\n\n"];
  head.push(
    `${inlineText(describeCounts(counts))} in ${fileCount} file${fileCount === 1 ? "" : "s"}` + (input.failure ? `: the step fails (fail-on: ${input.failOn}).
` : `: the step passes (fail-on: ${input.failOn}).
`)
  );
  if (input.together) {
    const t = input.together;
    const who = t.userName ? `user ${inlineCode(t.userName)} of account ${inlineCode(t.userAccountId)}` : `account ${inlineCode(t.userAccountId)}`;
    head.push(`
Checked together for role ${inlineCode(roleArnFor(t))}, assumed by ${who}${t.kms ? ", with KMS" : ""}.
`);
  }
  if (input.sarifFile) head.push(`
SARIF report: ${inlineCode(input.sarifFile)}.
`);
  const where = whereElse(input);
  if (input.findings.length > 0 && input.elsewhere && input.elsewhere.length > 0) head.push(`
Every finding is in ${where}.
`);
  const overhead = 2048;
  let left = budgetBytes - byteLength(head.join("")) - overhead;
  const filesShare = Math.floor(budgetBytes * FILES_SHARE);
  const skippedShare = Math.floor(budgetBytes * SKIPPED_SHARE);
  const fileRows = filesTableRows(input, index);
  const skippedRows = new TableRows(input.skipped.length, (i) => [cellCode(input.skipped[i].path), cellText(input.skipped[i].reason)]);
  const reserve = Math.min(byteLength(filesSection(input, fileRows, filesShare, where)), filesShare);
  const reserveSkipped = Math.min(byteLength(skippedSection(input, skippedRows, skippedShare)), skippedShare);
  const findings = findingsSection(input, index, left - reserve - reserveSkipped, where);
  left -= byteLength(findings);
  const files = filesSection(input, fileRows, left - reserveSkipped, where);
  left -= byteLength(files);
  const skipped = skippedSection(input, skippedRows, left);
  return head.join("") + findings + files + skipped;
}
function whereElse(input) {
  const places = input.elsewhere && input.elsewhere.length > 0 ? [...input.elsewhere] : ["the `findings` output"];
  return places.length === 1 ? places[0] : `${places.slice(0, -1).join(", ")} and ${places[places.length - 1]}`;
}
var TableRows = class {
  constructor(count, cells) {
    this.count = count;
    this.cells = cells;
  }
  count;
  cells;
  #lines = [];
  #bytes = [];
  line(i) {
    this.#render(i);
    return this.#lines[i];
  }
  /** The row's bytes in the table, its line break included. */
  bytes(i) {
    this.#render(i);
    return this.#bytes[i];
  }
  /** The first `shown` rows' lines. */
  firstLines(shown) {
    const lines = [];
    for (let k = 0; k < shown; k++) lines.push(this.line(k));
    return lines;
  }
  /** How many first rows fit while `used` stays within `budget`; and the bytes used then. */
  fit(used, budget) {
    let shown = 0;
    for (; shown < this.count; shown++) {
      const bytes = this.bytes(shown);
      if (used + bytes > budget) break;
      used += bytes;
    }
    return { shown, used };
  }
  #render(i) {
    for (let k = this.#lines.length; k <= i; k++) {
      const line = tableRow(this.cells(k));
      this.#lines.push(line);
      this.#bytes.push(byteLength(line) + 1);
    }
  }
};
function findingsSection(input, { counts }, budget, where) {
  if (input.findings.length === 0) return "";
  const headers = ["Location", "Severity", "Code", "Message", "Hint"];
  const present = SEVERITIES.filter((s) => counts[s] > 0);
  const cellsOf = findingCells(input.linkBase);
  const rowsOf = new Map(
    present.map((s) => {
      const next = findingsOf(input.findings, s);
      return [s, new TableRows(counts[s], () => cellsOf(next()))];
    })
  );
  const minShare = Math.floor(budget / (2 * present.length));
  const lines = [];
  const left = { error: 0, warning: 0, notice: 0 };
  let used = byteLength(table(headers, [])) + 64;
  for (const [i, severity] of present.entries()) {
    const kept = present.slice(i + 1).reduce((n, s) => n + Math.min(minShare, estimate(rowsOf.get(s), minShare)), 0);
    const rows = rowsOf.get(severity);
    const fitted = rows.fit(used, budget - kept);
    used = fitted.used;
    for (const line of rows.firstLines(fitted.shown)) lines.push(line);
    left[severity] = rows.count - fitted.shown;
  }
  const out = ["\n### Findings\n\n", tableOfLines(headers, lines)];
  const more = left.error + left.warning + left.notice;
  if (more > 0) {
    const parts = SEVERITIES.filter((s) => left[s] > 0).map((s) => `${left[s]} ${s}${left[s] === 1 ? "" : "s"}`);
    out.push(
      `
${more} more finding${more === 1 ? " is" : "s are"} not shown (${parts.join(", ")}): a job summary is limited to 1 MiB. Every finding is in ${where}.
`
    );
  }
  return out.join("");
}
function estimate(rows, cap) {
  let bytes = 0;
  for (let i = 0; i < rows.count; i++) {
    bytes += rows.bytes(i);
    if (bytes >= cap) return cap;
  }
  return bytes;
}
var NO_COUNTS = { error: 0, warning: 0, notice: 0 };
function filesTableRows(input, { byFile }) {
  const groups = [[], [], [], []];
  for (let j = 0, files = input.files; j < files.length; j++) {
    const file = files[j];
    const c = byFile.get(file.file);
    groups[!c ? 3 : c.error > 0 ? 0 : c.warning > 0 ? 1 : c.notice > 0 ? 2 : 3].push(file);
  }
  const ordered = groups.flat();
  return new TableRows(ordered.length, (i) => {
    const file = ordered[i];
    const c = byFile.get(file.file) ?? NO_COUNTS;
    return [cellCode(file.file), file.kind, String(c.error), String(c.warning), String(c.notice)];
  });
}
function filesSection(input, rows, budget, where) {
  const out = ["\n### Files\n\n"];
  if (input.files.length === 0) return `${out[0]}No file was validated.
`;
  const headers = ["File", "Kind", "Errors", "Warnings", "Notices"];
  const { shown } = rows.fit(byteLength(out[0]) + byteLength(table(headers, [])) + 64, budget);
  out.push(tableOfLines(headers, rows.firstLines(shown)));
  const more = input.files.length - shown;
  if (more > 0) {
    out.push(`
${more} more file${more === 1 ? " is" : "s are"} not listed (files with errors come first): a job summary is limited to 1 MiB. Every finding, with its file, is in ${where}.
`);
  }
  return out.join("");
}
function skippedSection(input, rows, budget) {
  if (input.skipped.length === 0) return "";
  const out = ["\n### Skipped\n\n"];
  const headers = ["Path", "Why"];
  const { shown } = rows.fit(byteLength(out[0]) + byteLength(table(headers, [])) + 64, budget);
  out.push(tableOfLines(headers, rows.firstLines(shown)));
  const more = input.skipped.length - shown;
  if (more > 0) out.push(`
${more} more skipped path${more === 1 ? " is" : "s are"} not listed: a job summary is limited to 1 MiB. The first ones are also warnings in the log.
`);
  return out.join("");
}
function findingCells(linkBase2) {
  const codeCells = /* @__PURE__ */ new Map();
  const messageCells = /* @__PURE__ */ new Map();
  const hintCells = /* @__PURE__ */ new Map();
  let lastFile;
  let fileLink = "";
  return (f) => {
    const where = `${f.file}:${f.line}:${f.column}`;
    if (linkBase2 && f.file !== lastFile) {
      lastFile = f.file;
      fileLink = `${linkBase2}${urlPath(f.file)}#L`;
    }
    const location = linkBase2 ? link(where, `${fileLink}${f.line}`) : cellCode(where);
    let code = codeCells.get(f.code);
    if (code === void 0) {
      const check = checkFor(f.code);
      code = check ? `${inlineCode(f.code)} ${inlineText(check.name)}` : inlineCode(f.code);
      codeCells.set(f.code, code);
    }
    let message = messageCells.get(f.message);
    if (message === void 0) messageCells.set(f.message, message = cellText(f.message));
    let hint = hintCells.get(f.hint);
    if (hint === void 0) hintCells.set(f.hint, hint = cellText(f.hint));
    return [location, SEVERITY_LABEL[f.severity], code, message, hint];
  };
}
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}

// src/modes/read-inputs.ts
function readInputs(parse) {
  const parsed = parse((name) => getInput(name));
  if (parsed.ok) return parsed.value;
  setFailed(formatInputError(parsed.error));
  return void 0;
}

// src/modes/validate.ts
var NO_MATCH_RULE = "globs that each match at least one file in the workspace (a dot file only when the glob spells the dot; .git and node_modules are never searched)";
async function runValidate() {
  const inputs = readInputs(parseValidateInputs);
  if (!inputs) return;
  if (inputs.together?.externalId) setSecret(inputs.together.externalId);
  const sarifTarget = inputs.sarifFile ? checkWriteTarget("sarif-file", inputs.sarifFile, "file") : void 0;
  if (sarifTarget && !sarifTarget.ok) {
    setFailed(formatInputError(sarifTarget.error));
    return;
  }
  const review = mayReviewPullRequest() ? await loadReview() : void 0;
  const outcome = await validateWorkspace(inputs, resolveInWorkspace("."), { unmatchedIsError: !review?.reviewsPullRequest() });
  if ("input" in outcome) {
    setFailed(formatInputError(outcome));
    return;
  }
  const failure = failureOf(outcome);
  const reports = await reportOutcome(outcome, failure);
  if (review) await review.runReview(outcome, reports.artifactName ? { artifactName: reports.artifactName } : {});
  decideExit(outcome, failure);
}
async function validateWorkspace(inputs, workspace, options = { unmatchedIsError: true }) {
  const discovery = discoverPolicyFiles(workspace, inputs.policyFiles);
  if (discovery.unmatched.length > 0) {
    const n = discovery.unmatched.length;
    const list = discovery.unmatched.map((g) => `${JSON.stringify(g.pattern)} (line ${g.line})`).join(", ");
    const problem = `${n === 1 ? "the glob" : `${n} globs`} ${list} matched no file`;
    if (options.unmatchedIsError) return { input: "policy-files", problem, rule: NO_MATCH_RULE };
    warning(`Input 'policy-files': ${problem} in the checkout; the pull-request review goes on.`);
  }
  const refused = [];
  const failed = [];
  function* filesToLint() {
    for (const { file, read } of readFoundFilesInBatches(discovery.files)) {
      if (!read.ok) (read.refused ? refused : failed).push({ path: file.path, reason: read.reason });
      else {
        const content = "text" in read ? { text: read.text } : { bytes: read.bytes };
        yield file.kind ? { path: file.path, kind: file.kind, ...content } : { path: file.path, ...content };
      }
    }
  }
  const result2 = validateFiles(filesToLint(), inputs.together);
  const skipped = skippedInOrder(discovery.skipped, refused, failed);
  emitCappedWarnings(
    skipped.map((s) => `Skipped ${s.path}: ${s.reason}.`),
    "Policy file not read",
    "every skipped path is listed in the job summary (as far as it has room)."
  );
  for (const failure of result2.failures) {
    if (failure.error instanceof Error && failure.error.stack) debug(failure.error.stack);
    if (failure.file === "") error(`The check that the documents work together failed: ${messageOf(failure.error)}`);
  }
  return { inputs, workspace, discovery, skipped, files: result2.files, findings: result2.findings, result: result2 };
}
async function reportOutcome(outcome, failure = failureOf(outcome)) {
  const { inputs, findings, result: result2 } = outcome;
  const findingsFile = writeFindingsFile(findings);
  let sarifPath;
  if (inputs.sarifFile) {
    const envelope = sarifEnvelopeFor(findings);
    sarifPath = await writeSarif(resolveInWorkspace(inputs.sarifFile), envelope, sarifResultTexts(findings, envelope.runs[0].tool.driver.rules));
    info(`Wrote the SARIF report to ${sarifPath}`);
  }
  const artifactName2 = await uploadReports(inputs, [findingsFile, ...sarifPath ? [sarifPath] : []]);
  const elsewhere = [
    ...inputs.sarifFile ? [`the SARIF report ${inputs.sarifFile}`] : [],
    `the findings file ${findingsFile} (output findings-file)`,
    ...artifactName2 ? [`the artifact ${artifactName2}`] : []
  ];
  emitAnnotations(findings, elsewhere, result2.counts);
  setOutput("findings", findingsOutput(findings, findingsFile));
  setOutput("findings-file", findingsFile);
  setOutput("errors", String(result2.counts.error));
  setOutput("warnings", String(result2.counts.warning));
  const base = linkBase();
  await writeSummary(
    validateSummary({
      files: outcome.files,
      findings,
      skipped: outcome.skipped,
      failOn: inputs.failOn,
      failure,
      ...inputs.together ? { together: inputs.together } : {},
      ...inputs.sarifFile ? { sarifFile: inputs.sarifFile } : {},
      ...base ? { linkBase: base } : {},
      elsewhere: [
        ...inputs.sarifFile ? [`the SARIF report ${inlineCode(inputs.sarifFile)}`] : [],
        "the file the `findings-file` output names",
        ...artifactName2 ? [`the artifact ${inlineCode(artifactName2)}`] : []
      ]
    })
  );
  return artifactName2 ? { findingsFile, artifactName: artifactName2 } : { findingsFile };
}
async function uploadReports(inputs, files) {
  if (!inputs.artifactName || artifactServiceMissing() || onEnterpriseServer()) return void 0;
  const name = `${inputs.artifactName}-reports`;
  try {
    const uploaded = await uploadArtifact(name, files, commonFolder(files));
    return uploaded.id === void 0 ? void 0 : name;
  } catch (error2) {
    warning(`The reports were not uploaded: ${messageOf(error2)}`);
    return void 0;
  }
}
function commonFolder(files) {
  const split = files.map((f) => path4.dirname(f).split(path4.sep));
  const common = [];
  for (let i = 0; split.every((parts) => i < parts.length && parts[i] === split[0][i]); i++) common.push(split[0][i]);
  return common.join(path4.sep) || path4.sep;
}
function mayReviewPullRequest() {
  return getInput("pr-number").trim() !== "" || PULL_REQUEST_EVENTS.includes(process.env.GITHUB_EVENT_NAME ?? "");
}
async function loadReview() {
  guardEventPath();
  return import("./review-DALKGJNA.js");
}
function decideExit(outcome, failure = failureOf(outcome)) {
  if (failure) setFailed(`IAM policy validation failed: ${failure}`);
  else info(`Validated ${outcome.files.length} file${outcome.files.length === 1 ? "" : "s"}: ${result(outcome)}`);
}
function failureOf(outcome) {
  const reason = failureReason(outcome.findings, outcome.inputs.failOn);
  if (reason) return reason;
  if (outcome.result.failures.some((f) => f.file === "")) return "the check that the documents work together failed (see the error above)";
  return void 0;
}
function result(outcome) {
  return `${describeCounts(outcome.result.counts)} (fail-on: ${outcome.inputs.failOn})`;
}
function linkBase() {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = process.env;
  return server && repo && sha ? `${server}/${repo}/blob/${sha}/` : void 0;
}
export {
  decideExit,
  reportOutcome,
  runValidate,
  validateWorkspace
};
