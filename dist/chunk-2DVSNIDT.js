import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  accountId,
  artifactName,
  awsRegion,
  booleanFlag,
  externalId,
  filePath,
  guardEventPath,
  iamName,
  iamPath,
  kmsKeyArn,
  listOf,
  oneOf,
  partition,
  redshiftClusterId,
  redshiftDbIdentifier,
  redshiftWorkgroupId,
  s3BucketName,
  s3KeyPrefix,
  sessionDuration
} from "./chunk-JN56CKVE.js";
import {
  getInput,
  notice,
  setFailed,
  warning
} from "./chunk-6VFWW3VB.js";
import {
  messageOf
} from "./chunk-H7DTXNPN.js";

// src/core/inputs/input-error.ts
function formatInputError(error) {
  const shown = error.value === void 0 ? "" : ` ${JSON.stringify(truncate(error.value, 80))}`;
  return `Input '${error.input}':${shown} ${error.problem}. Expected ${error.rule}.`;
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max)}\u2026`;
}
function checkInput(input, raw, result, echo = true) {
  if (result.ok) return result;
  return { ok: false, error: { input, ...echo ? { value: raw } : {}, problem: result.problem, rule: result.rule } };
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
  const { DefaultArtifactClient, GHESNotSupportedError } = await import("./artifact-U2IHYZWK.js");
  try {
    const result = await new DefaultArtifactClient().uploadArtifact(name, files, rootDir);
    return { name, id: result.id };
  } catch (error) {
    if (error instanceof GHESNotSupportedError) {
      warning(`Artifact not uploaded: ${GHES_REASON}. The files are in ${rootDir}.`);
      return { name, skipped: GHES_REASON };
    }
    const message = messageOf(error).replace(/\s*[\r\n]+\s*/g, " ").replace(/\.\s*$/, "");
    throw new Error(`Artifact '${name}' was not uploaded: ${message}. The files are in ${rootDir}.`, { cause: error });
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
    let stat;
    try {
      stat = lstatSync(at);
    } catch {
      break;
    }
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
  for (let at = path.resolve(dir); ; ) {
    try {
      lstatSync(at);
      break;
    } catch {
      missing.unshift(at);
      const up = path.dirname(at);
      if (up === at) break;
      at = up;
    }
  }
  for (const folder of missing) mkdirSync(folder);
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
function writeFileSet(dir, files, staleNames = []) {
  makeFoldersNoFollow(dir);
  const staged = [];
  try {
    for (const file of files) {
      const final = path.join(dir, file.name);
      const temp = path.join(dir, `.${file.name}.${process.pid}.tmp`);
      staged.push({ temp, final });
      rmSync(temp, { force: true });
      writeFileNoFollow(temp, file.content);
    }
  } catch (error) {
    for (const s of staged) rmSync(s.temp, { force: true });
    throw error;
  }
  for (const s of staged) renameSync(s.temp, s.final);
  const names = new Set(files.map((f) => f.name));
  for (const stale of staleNames) if (!names.has(stale)) rmSync(path.join(dir, stale), { force: true });
  return staged.map((s) => s.final);
}
function resolveInWorkspace(p) {
  return path.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), p);
}

// src/modes/read-inputs.ts
function readInputs(parse) {
  const parsed = parse((name) => getInput(name));
  if (parsed.ok) return parsed.value;
  setFailed(formatInputError(parsed.error));
  return void 0;
}

// src/core/iam/arn.ts
function roleArn(partition2, account, path2, name) {
  return `arn:${partition2}:iam::${account}:role${path2}${name}`;
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

// src/core/version.ts
var ACTION_NAME = "redshift-temp-creds-action";
var ACTION_VERSION = "1.0.0";

// src/core/generate/inputs.ts
var TRUST_PRINCIPALS = ["user", "account", "role"];
var REDSHIFT_DB_AUTH = ["none", "cluster", "serverless"];
var FORMATS = ["cli", "cloudformation", "terraform"];
var ROLE_CHAINING_MAX_SECONDS = 3600;
var InputRejected = class {
  constructor(error) {
    this.error = error;
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
  const check = (input, raw, result, echo = true) => {
    const checked = checkInput(input, raw, result, echo);
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

export {
  formatInputError,
  checkInput,
  userArn,
  accountRootArn,
  s3BucketArn,
  redshiftClusterArn,
  redshiftWorkgroupArn,
  kmsPolicyFor,
  KMS_POLICY,
  CLUSTER_CREDENTIALS_ACTION,
  JOIN_GROUP_ACTION,
  SERVERLESS_CREDENTIALS_ACTION,
  redshiftDbAuthPolicyFor,
  S3_OBJECT_ACTIONS,
  S3_LIST_ACTION,
  S3_UPLOADS_ACTION,
  S3_STAGING_ACTIONS,
  s3StagingPolicyFor,
  ROLE_POLICY_MODULES,
  roleArnFor,
  userPolicyFor,
  trustPolicyFor,
  documentsFor,
  ACTION_NAME,
  ACTION_VERSION,
  ROLE_CHAINING_MAX_SECONDS,
  parseGenerateInputs,
  artifactServiceMissing,
  onEnterpriseServer,
  uploadArtifact,
  checkWriteTarget,
  makeFoldersNoFollow,
  writeFileNoFollow,
  writeChunks,
  writeFileSet,
  resolveInWorkspace,
  readInputs
};
