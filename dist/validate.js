import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  KMS_POLICY,
  ROLE_POLICY_MODULES,
  RefusedInput,
  SHOWN_CHARACTERS,
  TOGETHER_CHECKS,
  checkInput,
  compactJson,
  externalIdMasking,
  formatInputError,
  parseGenerateInputs,
  prettyJson,
  principalArnFor,
  roleArnFor
} from "./chunk-DWOYCL7I.js";
import {
  MIN_MAX_SESSION,
  maxSessionDurationFor,
  requesterOf
} from "./chunk-DVC4BPCO.js";
import {
  ANNOTATIONS_PER_JOB,
  ANNOTATIONS_PER_LEVEL,
  FAIL_ON,
  LIST_OUTPUT_BUDGET,
  PULL_REQUEST_EVENTS,
  annotate,
  annotationText,
  annotationsLeft,
  cellCode,
  cellText,
  countBySeverity,
  countingAnnotationsOf,
  describeCounts,
  discoverPolicyFiles,
  failStep,
  failureReason,
  globsInWorkspace,
  guardEventPath,
  inlineCode,
  inlineText,
  isTogetherCheckFailure,
  jobAnnotationsLeft,
  jobMadeEarlier,
  jsonListWithin,
  link,
  logInfo,
  parsePolicyFiles,
  quotingText,
  readFoundFilesInBatches,
  readRunEvent,
  reviewSkipped,
  sha256Hex,
  skippedInOrder,
  table,
  tableOfLines,
  tableRow,
  togetherCheckFailed,
  urlPath,
  validateFiles,
  writeSummary
} from "./chunk-KWJIESL6.js";
import {
  ACTION_NAME,
  ACTION_VERSION,
  CHECKS,
  CLOUDFORMATION_FILES,
  FILE_NOT_CHECKED,
  GENERATED_FILE_CODE,
  MANIFEST_FILE,
  TERRAFORM_FILES,
  VALIDATE_CHECKS,
  clipText,
  fileFinding,
  messageOf,
  oneLine,
  sortFindings
} from "./chunk-NY7RZOUY.js";
import {
  debug,
  getInput,
  info,
  setOutput,
  setSecret
} from "./chunk-2HGR6NR5.js";
import {
  artifactName,
  booleanFlag,
  cliOption,
  commentTag,
  filePath,
  groupDigits,
  oneOf,
  pathFitsFileSystem,
  pullRequestNumber,
  quotedText,
  roleArnCommand,
  shellCommand,
  visibleText
} from "./chunk-4P27VZC6.js";
import "./chunk-WK53RSOG.js";
import "./chunk-XFGV3SBV.js";

// src/modes/validate.ts
import { realpathSync as realpathSync2 } from "node:fs";
import path4 from "node:path";

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
  const prRaw = read("pr-number");
  const prNumber = checkInput("pr-number", prRaw, pullRequestNumber(prRaw));
  if (!prNumber.ok) return prNumber;
  const tagRaw = read("comment-tag");
  const tag = checkInput("comment-tag", tagRaw, commentTag(tagRaw), false);
  if (!tag.ok) return tag;
  const value = { policyFiles: policy.value, sarifFile: sarif.value, failOn: failOn.value, commentTag: tag.value, artifactName: artifact.value };
  if (prNumber.value !== void 0) value.prNumber = prNumber.value;
  const dbAuth = read("redshift-db-auth").trim().toLowerCase();
  const autoCreate = read("db-auto-create").trim().toLowerCase();
  if (kms.value || dbAuth !== "" && dbAuth !== "none" || autoCreate !== "" && autoCreate !== "false" || TOGETHER_INPUTS.some((name) => read(name).trim() !== "")) {
    const delivery = ["output-dir", "artifact-name", "formats"];
    const generate = parseGenerateInputs((name) => delivery.includes(name) ? "" : read(name), { roleChainingIsError: false });
    if (!generate.ok) return generate;
    const { outputDir: _dir, artifactName: _artifact, formats: _formats, ...together } = generate.value;
    value.together = together;
  }
  return { ok: true, value };
}

// src/core/checks.ts
var ALL_CHECKS = [...CHECKS, ...TOGETHER_CHECKS, ...VALIDATE_CHECKS];
var BY_CODE = new Map(ALL_CHECKS.map((c) => [c.code, c]));
function checkFor(code) {
  return BY_CODE.get(code);
}

// src/report/annotations.ts
var ANNOTATION_TEXT_LIMIT = 4e3;
function annotationOf(finding) {
  const check = checkFor(finding.code);
  const sameLine = finding.endLine === void 0 || finding.endLine === finding.line;
  const endColumn = sameLine && finding.endColumn !== void 0 && finding.endColumn >= finding.column ? finding.endColumn : finding.column;
  return {
    level: finding.severity,
    message: clipShown(annotationText(finding.hint ? `${finding.message}
Hint: ${finding.hint}` : finding.message), ANNOTATION_TEXT_LIMIT),
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
function clipShown(shown, limit) {
  if (shown.length <= limit) return shown;
  const partial = /\\(?:u(?:\{[0-9A-F]{0,6})?)?$/.exec(shown.slice(Math.max(0, limit - 10), limit));
  return clipText(shown, limit - (partial ? partial[0].length : 0));
}
var LEVELS = ["error", "warning", "notice"];
function emitAnnotations(findings, elsewhere = [], counts = countBySeverity(findings), keep = {}) {
  let jobLeft = Math.max(0, jobAnnotationsLeft() - (keep.error ?? 0) - (keep.warning ?? 0) - (keep.notice ?? 0));
  const room = { error: 0, warning: 0, notice: 0 };
  let byJob = false;
  for (const level of LEVELS) {
    room[level] = Math.min(roomFor(level, keep), jobLeft);
    if (room[level] < roomFor(level, keep) && room[level] < counts[level]) byJob = true;
    jobLeft -= Math.min(room[level], counts[level]);
  }
  const shown = { error: [], warning: [], notice: [] };
  let wanted = LEVELS.reduce((n, level) => n + Math.min(room[level], counts[level]), 0);
  for (let i = 0; wanted > 0 && i < findings.length; i++) {
    const severity = findings[i].severity;
    const first = shown[severity];
    if (first.length < room[severity]) {
      first.push(findings[i]);
      wanted--;
    }
  }
  const left = { error: counts.error - shown.error.length, warning: counts.warning - shown.warning.length, notice: counts.notice - shown.notice.length };
  for (const level of LEVELS) {
    for (const finding of shown[level]) {
      const a = annotationOf(finding);
      annotate(a.level, a.message, a.properties);
    }
  }
  const more = left.error + left.warning + left.notice;
  if (more === 0) return;
  const parts = LEVELS.filter((l) => left[l] > 0).map((l) => `${left[l]} ${l}${left[l] === 1 ? "" : "s"}`);
  logInfo(
    `${more} more finding${more === 1 ? " is" : "s are"} not annotated (${parts.join(", ")}): GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each level per step${byJob ? ` and ${ANNOTATIONS_PER_JOB} per job, and earlier steps of this action in the job made ${jobMadeEarlier()}` : ""}.` + (elsewhere.length > 0 ? ` Every finding is in ${joinWords(elsewhere)}.` : "")
  );
}
function roomFor(level, keep) {
  return Math.max(0, annotationsLeft(level) - (keep[level] ?? 0));
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
var ALREADY_EXISTS = /Failed request: \(409\)/;
var NotReplaced = class extends Error {
  constructor(conflict, reason) {
    super(messageOf(conflict), { cause: conflict });
    this.conflict = conflict;
    this.reason = reason;
  }
  conflict;
  reason;
};
function oneLine2(message) {
  return message.replace(/\s*[\r\n]+\s*/g, " ").replace(/\.\s*$/, "");
}
function runAttempt() {
  const attempt = Number(process.env.GITHUB_RUN_ATTEMPT);
  return Number.isInteger(attempt) && attempt > 0 ? attempt : 1;
}
function onEnterpriseServer(serverUrl = process.env.GITHUB_SERVER_URL || "https://github.com") {
  let host;
  try {
    host = new URL(serverUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host !== "github.com" && !host.endsWith(".ghe.com") && !host.endsWith(".localhost");
}
async function uploadArtifact(name, files, rootDir, inputValue = name) {
  if (!name) return { name, skipped: "artifact-name is empty" };
  const missing = artifactServiceMissing();
  if (missing) {
    annotate("notice", `Artifact not uploaded: ${missing}. The files are in ${rootDir}.`);
    return { name, skipped: missing };
  }
  if (onEnterpriseServer()) {
    annotate("warning", `Artifact not uploaded: ${GHES_REASON}. The files are in ${rootDir}.`);
    return { name, skipped: GHES_REASON };
  }
  guardEventPath();
  const { DefaultArtifactClient, GHESNotSupportedError } = await import("./artifact.js");
  const client = new DefaultArtifactClient();
  const upload = () => countingAnnotationsOf(() => client.uploadArtifact(name, files, rootDir));
  const attempt = runAttempt();
  try {
    try {
      return { name, id: (await upload()).id };
    } catch (error) {
      if (!ALREADY_EXISTS.test(messageOf(error)) || attempt < 2) throw error;
      let deleted;
      let uploaded;
      try {
        deleted = await countingAnnotationsOf(() => client.deleteArtifact(name));
        uploaded = await upload();
      } catch (replacing) {
        throw new NotReplaced(error, messageOf(replacing));
      }
      logInfo(`Artifact '${name}' (id ${deleted.id}) was already in this workflow run, from an earlier attempt (this is attempt ${attempt}) or another job: replaced with this attempt's files (id ${uploaded.id}).`);
      return { name, id: uploaded.id };
    }
  } catch (error) {
    if (error instanceof GHESNotSupportedError) {
      annotate("warning", `Artifact not uploaded: ${GHES_REASON}. The files are in ${rootDir}.`);
      return { name, skipped: GHES_REASON };
    }
    if (error instanceof NotReplaced || ALREADY_EXISTS.test(messageOf(error))) {
      throw new RefusedInput({
        input: "artifact-name",
        value: inputValue,
        problem: `${name === inputValue ? "names" : `gives the name '${name}' to`} an artifact this workflow run already has (GitHub answered 409 Conflict): another job of a matrix, or another step, uploaded one under that name${error instanceof NotReplaced ? `, or an earlier attempt of this job, which could not be replaced (${oneLine2(error.reason)})` : ""}. The files are in ${rootDir}`,
        rule: "a name no other upload of the workflow run uses: give each job of a matrix and each step its own (for example with ${{ matrix.\u2026 }} in it), or empty for no upload"
      });
    }
    throw new Error(`Artifact '${name}' was not uploaded: ${oneLine2(messageOf(error))}. The files are in ${rootDir}.`, { cause: error });
  }
}

// src/report/files.ts
import { closeSync, constants, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmdirSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

// src/core/generate/file-names.ts
var FILE_NAMES = {
  userPolicy: "user-policy.json",
  trustPolicy: "trust-policy.json",
  kmsPolicy: "kms-policy.json",
  s3StagingPolicy: "s3-staging-policy.json",
  redshiftDbAuthPolicy: "redshift-db-auth-policy.json",
  manifest: MANIFEST_FILE
};
var ROLE_POLICY_FILES = ROLE_POLICY_MODULES.map((m) => m.file);

// src/core/generate/apply-commands.ts
var POLICY_NAMES = { kms: KMS_POLICY.policyName };
var purposeName = (purpose) => purpose.replace(/^inline policy for the role \((.*)\)$/, "$1");
function applyCommandsFor(inputs, docs) {
  const commands = [];
  const requester = requesterOf(inputs);
  if (requester) {
    const user = requester.kind === "user";
    commands.push({
      purpose: `Allow ${user ? docs.userArn : docs.principalArn} to assume the role`,
      account: requester.account,
      argv: [
        "aws",
        "iam",
        user ? "put-user-policy" : "put-role-policy",
        ...cliOption(user ? "--user-name" : "--role-name", requester.name),
        "--policy-name",
        requester.policyName,
        "--policy-document",
        `file://${FILE_NAMES.userPolicy}`
      ]
    });
  }
  const maxSession = maxSessionDurationFor(inputs);
  commands.push({
    purpose: `Create ${docs.roleArn} with its trust policy, when get-role finds no role of that name (a role that exists is left to update-assume-role-policy below, which sets its trust policy)`,
    account: inputs.accountId,
    argv: [
      "aws",
      "iam",
      "create-role",
      ...cliOption("--role-name", inputs.roleName),
      ...cliOption("--path", inputs.rolePath),
      "--assume-role-policy-document",
      `file://${FILE_NAMES.trustPolicy}`,
      ...maxSession !== void 0 ? ["--max-session-duration", String(maxSession)] : []
    ],
    onlyIf: { argv: ["aws", "iam", "get-role", ...cliOption("--role-name", inputs.roleName)], when: "fails" }
  });
  commands.push({
    purpose: `Check that this prints ${docs.roleArn}: a role that already exists keeps the path it was made with (IAM cannot change a role's path), and user-policy.json names the role by this ARN, so with another path sts:AssumeRole is refused. If it prints another, set role-path to the path it shows and generate again`,
    account: inputs.accountId,
    argv: roleArnCommand(inputs.roleName)
  });
  commands.push({
    purpose: `Let ${docs.principalArn} assume ${docs.roleArn}`,
    account: inputs.accountId,
    argv: ["aws", "iam", "update-assume-role-policy", ...cliOption("--role-name", inputs.roleName), "--policy-document", `file://${FILE_NAMES.trustPolicy}`]
  });
  for (const { module } of docs.rolePolicies) {
    commands.push({
      purpose: `Give the role its ${purposeName(module.purpose)} permissions`,
      account: inputs.accountId,
      argv: ["aws", "iam", "put-role-policy", ...cliOption("--role-name", inputs.roleName), "--policy-name", module.policyName, "--policy-document", `file://${module.file}`]
    });
  }
  const made = new Set(docs.rolePolicies.map((p) => p.module));
  for (const module of ROLE_POLICY_MODULES) {
    if (made.has(module)) continue;
    commands.push({
      purpose: `Remove the role's ${purposeName(module.purpose)} permissions, which these inputs no longer ask for, when get-role-policy finds that an earlier deploy put them`,
      account: inputs.accountId,
      argv: ["aws", "iam", "delete-role-policy", ...cliOption("--role-name", inputs.roleName), "--policy-name", module.policyName],
      onlyIf: { argv: ["aws", "iam", "get-role-policy", ...cliOption("--role-name", inputs.roleName), "--policy-name", module.policyName], when: "succeeds" }
    });
  }
  if (maxSession !== void 0) {
    commands.push({
      purpose: `Let the role's sessions last ${maxSession} seconds (MaxSessionDuration)`,
      account: inputs.accountId,
      argv: ["aws", "iam", "update-role", ...cliOption("--role-name", inputs.roleName), "--max-session-duration", String(maxSession)]
    });
  }
  return commands;
}
var CLI_FORMAT = {
  name: "cli",
  title: "AWS CLI",
  fileNames: [],
  files: () => [],
  commands: applyCommandsFor
};

// src/core/generate/formats/cloudformation.ts
var ROLE_RESOURCE = "RedshiftTempCredsRole";
var REQUESTER_RESOURCE = "RedshiftTempCredsRequesterPolicy";
function requesterPolicyResource(requester, document) {
  return {
    Type: "AWS::IAM::Policy",
    Properties: {
      PolicyName: requester.policyName,
      PolicyDocument: document,
      ...requester.kind === "user" ? { Users: [requester.name] } : { Roles: [requester.name] }
    }
  };
}
function cloudFormationTemplates(inputs, docs) {
  const requester = requesterOf(inputs);
  const maxSession = maxSessionDurationFor(inputs);
  const role = {
    Type: "AWS::IAM::Role",
    // Deleting the stack (or replacing the resource) leaves the role the connector uses in place; resource
    // import, which brings an existing role into the stack, also requires a DeletionPolicy.
    DeletionPolicy: "Retain",
    UpdateReplacePolicy: "Retain",
    Properties: {
      RoleName: inputs.roleName,
      Path: inputs.rolePath,
      Description: "Informatica Amazon Redshift V2 connector: temporary security credentials",
      AssumeRolePolicyDocument: docs.trustPolicy,
      ...maxSession !== void 0 ? { MaxSessionDuration: maxSession } : {},
      ...docs.rolePolicies.length > 0 ? { Policies: docs.rolePolicies.map((p) => ({ PolicyName: p.module.policyName, PolicyDocument: p.document })) } : {}
    }
  };
  const resources = { [ROLE_RESOURCE]: role };
  if (requester && !requester.crossAccount) resources[REQUESTER_RESOURCE] = requesterPolicyResource(requester, docs.userPolicy);
  const files = [
    {
      name: CLOUDFORMATION_FILES.role,
      content: prettyJson({
        AWSTemplateFormatVersion: "2010-09-09",
        Description: "IAM role for the Informatica Amazon Redshift V2 connector (made by redshift-temp-creds-action)",
        Resources: resources,
        Outputs: { RoleArn: { Description: "The role the connector assumes", Value: { "Fn::GetAtt": [ROLE_RESOURCE, "Arn"] } } }
      })
    }
  ];
  if (requester?.crossAccount) {
    files.push({
      name: CLOUDFORMATION_FILES.requester,
      content: prettyJson({
        AWSTemplateFormatVersion: "2010-09-09",
        Description: "Lets the Redshift connector identity assume the role in the other account (made by redshift-temp-creds-action)",
        Resources: { [REQUESTER_RESOURCE]: requesterPolicyResource(requester, docs.userPolicy) }
      })
    });
  }
  return files;
}
var MAX_SESSION_LEFT_OUT = `The template does not set MaxSessionDuration (no session-duration): if an earlier deploy of this stack set it, this one takes it off and IAM puts the role's sessions back to ${MIN_MAX_SESSION} seconds (UpdateRole applies its default of one hour), so the connector's AssumeRole for a longer Temporary Credential Duration is refused; give session-duration as before to keep it`;
var STACK_PREFIX = "redshift-temp-creds-";
var REQUESTER_STACK_SUFFIX = "-requester";
var STACK_NAME_MAX = 128;
var STACK_HASH_DIGITS = 8;
function stackNameFor(roleName, requesterOfRoleIn) {
  const suffix = requesterOfRoleIn === void 0 ? "" : REQUESTER_STACK_SUFFIX;
  const account = requesterOfRoleIn === void 0 ? "" : `${requesterOfRoleIn}-`;
  const kept = /^[A-Za-z0-9-]+$/.test(roleName) && !/-[0-9a-f]{8}$/i.test(roleName) && !/-requester$/i.test(roleName);
  if (kept && STACK_PREFIX.length + account.length + roleName.length + suffix.length <= STACK_NAME_MAX) return `${STACK_PREFIX}${account}${roleName}${suffix}`;
  const hash = `-${sha256Hex(roleName).slice(0, STACK_HASH_DIGITS)}`;
  const room = STACK_NAME_MAX - STACK_PREFIX.length - account.length - hash.length - suffix.length;
  return `${STACK_PREFIX}${account}${roleName.replace(/[^A-Za-z0-9-]/g, "-").slice(0, room)}${hash}${suffix}`;
}
function deploy(template, stack) {
  return ["aws", "cloudformation", "deploy", "--template-file", template, "--stack-name", stack, "--capabilities", "CAPABILITY_NAMED_IAM", "--no-fail-on-empty-changeset"];
}
var CLOUDFORMATION_FORMAT = {
  name: "cloudformation",
  title: "CloudFormation",
  fileNames: Object.values(CLOUDFORMATION_FILES),
  files: cloudFormationTemplates,
  commands(inputs, docs) {
    const requester = requesterOf(inputs);
    const commands = [];
    if (requester?.crossAccount) {
      commands.push({
        purpose: `Deploy the policy that lets ${docs.principalArn} assume the role`,
        account: requester.account,
        argv: deploy(CLOUDFORMATION_FILES.requester, stackNameFor(inputs.roleName, inputs.accountId))
      });
    }
    commands.push({
      // With RoleName set, CloudFormation's CreateRole fails on a role made before (by hand, by the CLI commands),
      // and the failed stack must be deleted before the next deploy. Import takes a template of imported resources
      // only, and the requester's AWS::IAM::Policy cannot be imported: a template of the role resource alone.
      purpose: `Create or update ${docs.roleArn} with its trust policy and inline policies${requester && !requester.crossAccount ? ", and the requester policy" : ""} (a role that already exists outside this stack makes the deploy fail with "already exists": bring it into the stack first, once, with a change set of type IMPORT of a template that holds only the ${ROLE_RESOURCE} resource; its path must be role-path (${inputs.rolePath}), since IAM cannot change a role's path and the policies name the role by its ARN, path included: check with ${shellCommand(roleArnCommand(inputs.roleName))})` + (maxSessionDurationFor(inputs) === void 0 ? `. ${MAX_SESSION_LEFT_OUT}` : ""),
      account: inputs.accountId,
      argv: deploy(CLOUDFORMATION_FILES.role, stackNameFor(inputs.roleName))
    });
    return commands;
  }
};

// src/core/generate/formats/terraform.ts
var TERRAFORM_REQUESTER_DIR = "requester-account";
var ROLE = "redshift_temp_creds";
var PROVIDERS = { required_providers: { aws: { source: "hashicorp/aws" } } };
var snake = (key) => key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
function requesterResources(requester, policy) {
  const name = requester.policyName;
  return requester.kind === "user" ? { aws_iam_user_policy: { requester_assume_role: { name, user: requester.name, policy } } } : { aws_iam_role_policy: { requester_assume_role: { name, role: requester.name, policy } } };
}
function terraformFiles(inputs, docs) {
  const requester = requesterOf(inputs);
  const maxSession = maxSessionDurationFor(inputs);
  const rolePolicies = {};
  for (const p of docs.rolePolicies) {
    rolePolicies[snake(p.module.key)] = { name: p.module.policyName, role: `\${aws_iam_role.${ROLE}.name}`, policy: compactJson(p.document) };
  }
  const resource = {
    aws_iam_role: {
      [ROLE]: {
        name: inputs.roleName,
        path: inputs.rolePath,
        description: "Informatica Amazon Redshift V2 connector: temporary security credentials",
        assume_role_policy: compactJson(docs.trustPolicy),
        // Without session-duration the role's MaxSessionDuration is not ours to set, as the CLI commands and
        // CloudFormation leave it. The provider gives max_session_duration a default of 3600: an imported role
        // whose sessions last longer would be cut back to an hour, and the connector's AssumeRole for its longer
        // Temporary Credential Duration refused. ignore_changes keeps IAM's value; a new role still gets 3600.
        ...maxSession !== void 0 ? { max_session_duration: maxSession } : { lifecycle: { ignore_changes: ["max_session_duration"] } }
      }
    }
  };
  if (requester && !requester.crossAccount && requester.kind === "role") {
    rolePolicies.requester_assume_role = { name: requester.policyName, role: requester.name, policy: compactJson(docs.userPolicy) };
  }
  if (Object.keys(rolePolicies).length > 0) resource.aws_iam_role_policy = rolePolicies;
  if (requester && !requester.crossAccount && requester.kind === "user") Object.assign(resource, requesterResources(requester, compactJson(docs.userPolicy)));
  const files = [
    { name: TERRAFORM_FILES.role, content: prettyJson({ terraform: PROVIDERS, resource, output: { role_arn: { value: `\${aws_iam_role.${ROLE}.arn}` } } }) }
  ];
  if (requester?.crossAccount) {
    files.push({ name: TERRAFORM_FILES.requester, content: prettyJson({ terraform: PROVIDERS, resource: requesterResources(requester, compactJson(docs.userPolicy)) }) });
  }
  return files;
}
var TERRAFORM_FORMAT = {
  name: "terraform",
  title: "Terraform",
  fileNames: Object.values(TERRAFORM_FILES),
  files: terraformFiles,
  commands(inputs, docs) {
    const requester = requesterOf(inputs);
    const commands = [];
    if (requester?.crossAccount) {
      const chdir = `-chdir=${TERRAFORM_REQUESTER_DIR}`;
      commands.push(
        { purpose: "Give the requester policy a folder (a Terraform root module) of its own", account: requester.account, argv: ["mkdir", "-p", TERRAFORM_REQUESTER_DIR] },
        { purpose: "Move the requester policy there", account: requester.account, argv: ["mv", TERRAFORM_FILES.requester, `${TERRAFORM_REQUESTER_DIR}/`] },
        { purpose: "Initialise it", account: requester.account, argv: ["terraform", chdir, "init"] },
        { purpose: `Apply the policy that lets ${docs.principalArn} assume the role`, account: requester.account, argv: ["terraform", chdir, "apply"] }
      );
    }
    commands.push(
      { purpose: "Initialise the role module", account: inputs.accountId, argv: ["terraform", "init"] },
      {
        // Terraform creates what its state does not hold: a role made before (by hand, by the CLI commands) makes
        // apply fail with EntityAlreadyExists until it is imported. Its inline policies need no import (a put replaces).
        // The import command is quoted as the commands are: it is meant to be pasted (a name '=etl' in zsh).
        // The provider's aws_iam_role has path ForceNew: an imported role made with another path is planned for
        // replacement, which deletes the role and makes another (a new role id, which key policies and trusts naming
        // the old one no longer match). apply shows that plan and asks before it acts: no -auto-approve here.
        purpose: `Create ${docs.roleArn} with its trust policy and inline policies, or update it once this state holds it (a role that already exists: ${shellCommand(["terraform", "import", `aws_iam_role.${ROLE}`, inputs.roleName])} first). Read the plan before answering yes: if it would replace aws_iam_role.${ROLE}, the existing role's path is not role-path (${inputs.rolePath}), and replacing it deletes the role and makes a new one; answer no, set role-path to its path (IAM cannot change a role's path) and generate again`,
        account: inputs.accountId,
        argv: ["terraform", "apply"]
      }
    );
    return commands;
  }
};

// src/core/generate/formats/index.ts
var DEPLOY_FORMATS = { cli: CLI_FORMAT, cloudformation: CLOUDFORMATION_FORMAT, terraform: TERRAFORM_FORMAT };
var ALL_FORMAT_FILES = Object.values(DEPLOY_FORMATS).flatMap((f) => f.fileNames);

// src/core/generate/file-set.ts
var ALL_FILE_NAMES = [...Object.values(FILE_NAMES), ...ALL_FORMAT_FILES];

// src/report/files.ts
var WRITE_RULE = "a path inside the workspace (GITHUB_WORKSPACE) or RUNNER_TEMP, with no symbolic link among its folders or as the file itself";
var SEPARATOR_RULE = `a path with '/' between folders, as on every runner: ${WRITE_RULE}`;
var NOT_IN_GIT_RULE = `a path outside any .git folder: ${WRITE_RULE}`;
var KIND_RULE = {
  folder: `a folder, or a path not there yet, whose every part is a folder: ${WRITE_RULE}`,
  file: `a regular file, or a path not there yet, whose every folder is a folder: ${WRITE_RULE}`
};
function* writeRoots() {
  for (const root of [process.env.GITHUB_WORKSPACE || process.cwd(), process.env.RUNNER_TEMP]) {
    if (!root) continue;
    const given = path.resolve(root);
    let real;
    try {
      real = realpathSync.native(given);
    } catch {
      continue;
    }
    yield { given, real };
  }
}
function inside(root, target) {
  const rel = path.relative(root, target);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function checkWriteTarget(input, value, kind, namesInside = []) {
  const fail = (problem, rule = WRITE_RULE) => ({ ok: false, error: { input, value, problem, rule } });
  if (path.sep === "/" && value.includes("\\")) return fail("contains '\\', which separates folders only on Windows (here it would be part of a folder's name)", SEPARATOR_RULE);
  const target = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), value);
  let root;
  for (const r of writeRoots()) {
    if (inside(r.given, target)) root = { from: r.given, real: r.real };
    else if (inside(r.real, target)) root = { from: r.real, real: r.real };
    if (root) break;
  }
  if (!root) return fail(`resolves to ${quotedText(target, SHOWN_CHARACTERS)}, outside the workspace`);
  const longestInside = namesInside.map(temporaryNameFor).reduce((a, b) => Buffer.byteLength(b) > Buffer.byteLength(a) ? b : a, "");
  const rel = path.relative(root.from, target);
  const fits = pathFitsFileSystem(path.join(root.real, rel), longestInside);
  if (!fits.ok) return fail(fits.problem, fits.rule);
  if (rel === "" && kind === "file") return fail("is the workspace (or RUNNER_TEMP) folder itself, not a file", KIND_RULE.file);
  const parts = rel === "" ? [] : rel.split(path.sep);
  if (parts.some((part) => part.toLowerCase() === ".git")) return fail("is inside a .git folder, git's own store (the files would not be committed, and could overwrite git's)", NOT_IN_GIT_RULE);
  let at = root.real;
  let exists = true;
  for (const [i, part] of parts.entries()) {
    at = path.join(at, part);
    const stat = lstatSync(at, { throwIfNoEntry: false });
    if (!stat) {
      exists = false;
      break;
    }
    const last = i === parts.length - 1;
    const shown = quotedText(path.relative(root.real, at), SHOWN_CHARACTERS);
    if (stat.isSymbolicLink()) return fail(`${last ? "is" : "goes through"} a symbolic link (${shown}), which the action never follows when writing`);
    if (!last && !stat.isDirectory()) return fail(`goes through ${shown}, which is not a folder`, KIND_RULE[kind]);
    if (last && kind === "folder" && !stat.isDirectory()) return fail("is a file, not a folder", KIND_RULE.folder);
    if (last && kind === "file" && !stat.isFile()) return fail("is not a regular file", KIND_RULE.file);
  }
  if (exists && kind === "folder") {
    const inTheWay = nonFileAmong(at, namesInside);
    if (inTheWay) return fail(inTheWay, FILE_SET_RULE);
  }
  return { ok: true, input, value, path: target };
}
var FILE_SET_RULE = "a folder in which each name the action writes or removes (its policy, template and manifest files, and their temporary names) is a file, a symbolic link (replaced, never followed) or absent";
function temporaryNameFor(name) {
  return `.${name}.${process.pid}.tmp`;
}
function nonFileAmong(dir, names) {
  if (!lstatSync(dir, { throwIfNoEntry: false })) return void 0;
  for (const name of names) {
    for (const entry of [name, temporaryNameFor(name)]) {
      const stat = lstatSync(path.join(dir, entry), { throwIfNoEntry: false });
      if (!stat || stat.isFile() || stat.isSymbolicLink()) continue;
      return `holds ${stat.isDirectory() ? "a folder" : "something that is not a file"} named ${entry}, where the action writes or removes a file`;
    }
  }
  return void 0;
}
function makeFoldersNoFollow(dir) {
  const missing = [];
  for (let at = path.resolve(dir); !lstatSync(at, { throwIfNoEntry: false }); ) {
    missing.unshift(at);
    const up = path.dirname(at);
    if (up === at) break;
    at = up;
  }
  const made = [];
  try {
    for (const folder of missing) {
      mkdirSync(folder);
      made.push(folder);
    }
  } catch (error) {
    removeFolders(made);
    throw error;
  }
  return made;
}
function removeFolders(made) {
  for (const folder of [...made].reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      return;
    }
  }
}
function writeOpened(file, flags, content) {
  const fd = openSync(file, flags, 420);
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
function writeFileWhole(file, content) {
  const temp = path.join(path.dirname(file), `.redshift-temp-creds-${process.pid}.tmp`);
  try {
    rmSync(temp, { force: true });
    writeOpened(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, content);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    rmSync(file, { force: true });
    throw error;
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
var SMALL_FILE_BYTES = 1024 * 1024;
function resolveInWorkspace(p) {
  return path.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), p);
}

// src/report/findings-output.ts
import { closeSync as closeSync2, mkdtempSync, openSync as openSync2 } from "node:fs";
import { tmpdir } from "node:os";
import path2 from "node:path";
var FINDINGS_OUTPUT_BUDGET = LIST_OUTPUT_BUDGET;
function findingsOutput(findings, findingsFile, budget = FINDINGS_OUTPUT_BUDGET) {
  const cut = { count: findings.length, findingsFile, findings: [] };
  return jsonListWithin(findings, cut, budget);
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
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/org/redshift-temp-creds-action";
var CHECKS_DOC_URI = `${INFORMATION_URI}/blob/v1/docs/checks.md`;
var CODE_SCANNING_MAX_RESULTS = 25e3;
var CODE_SCANNING_SHOWN_RESULTS = 5e3;
function codeScanningLimitNote(results) {
  if (results <= CODE_SCANNING_MAX_RESULTS) return void 0;
  const most = groupDigits(CODE_SCANNING_MAX_RESULTS);
  const shown = groupDigits(CODE_SCANNING_SHOWN_RESULTS);
  return `The SARIF report holds ${results} results: GitHub code scanning refuses an upload of more than ${most} (upload-sarif fails) and shows at most ${shown}. To upload every finding, split policy-files over several validate steps, each with its own sarif-file uploaded under its own category; every finding is also in the findings file.`;
}
var NEWLINE_SEQUENCES = ["\r\n", "\n", "\r"];
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
        newlineSequences: [...NEWLINE_SEQUENCES],
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
    const plainMessageJson = holdsLinkSyntax(f.message) ? json.of(sarifPlainText(f.message)) : messageJson;
    const textJson = f.hint ? messageWithHintJson(plainMessageJson, json.of(sarifPlainText(f.hint))) : plainMessageJson;
    yield `${head}${textJson}${locationHead}${regionText(f)}}}],"partialFingerprints":{"rtcFinding/v1":"${fingerprint}:${occurrence}"}}`;
  }
}
function sarifPlainText(text) {
  return holdsLinkSyntax(text) ? text.replace(SARIF_ESCAPED, "\\$&") : text;
}
var SARIF_ESCAPED = /[[\]]|\\(?=[[\]\\])/g;
function holdsLinkSyntax(text) {
  return text.includes("[") || text.includes("]") || text.includes("\\\\");
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
  writeFileWhole(file, sarifText(log, results));
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
var NOT_A_POLICY = /* @__PURE__ */ new Map([
  ["RTC003", "not a policy"],
  ["RTC004", "not a policy"],
  [GENERATED_FILE_CODE, "generated file, not a policy"]
]);
function indexFindings(findings) {
  const counts = { error: 0, warning: 0, notice: 0 };
  const byFile = /* @__PURE__ */ new Map();
  const notPolicies = /* @__PURE__ */ new Map();
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
    const notPolicy = NOT_A_POLICY.get(f.code);
    if (notPolicy !== void 0) notPolicies.set(f.file, notPolicy);
  }
  endRun();
  return { counts, byFile, notPolicies };
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
  const described = describeCounts(counts);
  const skippedCount = input.skipped.length;
  head.push(
    `${inlineText(described.charAt(0).toUpperCase() + described.slice(1))}; ${fileCount} file${fileCount === 1 ? "" : "s"} checked` + (skippedCount > 0 ? `, ${skippedCount} path${skippedCount === 1 ? "" : "s"} skipped (not checked)` : "") + (input.failure ? `: the step fails (${failOnFails(input) ? `fail-on: ${input.failOn}` : "the check that the documents work together could not run"}).
` : `: the step passes (fail-on: ${input.failOn}).
`)
  );
  if (input.together) {
    const t = input.together;
    const who = t.trustPrincipal === "role" && t.principalRole ? `role ${inlineCode(principalArnFor(t))}` : t.userName ? `user ${inlineCode(t.userName)} of account ${inlineCode(t.userAccountId)}` : `an IAM user or role of account ${inlineCode(t.userAccountId)}`;
    const what = [
      ...t.kms ? ["KMS"] : [],
      ...t.stagingBucket ? [`S3 staging ${inlineCode(`s3://${t.stagingBucket}/${t.stagingPrefix ?? ""}`)}`] : [],
      ...t.redshift ? [t.redshift.kind === "cluster" ? `database credentials for cluster ${inlineCode(t.redshift.clusterId)}` : `database credentials for workgroup ${inlineCode(t.redshift.workgroupId)}`] : []
    ];
    const setup = `role ${inlineCode(roleArnFor(t))}, assumed by ${who}${what.length > 0 ? `, with ${what.join(", ")}` : ""}`;
    head.push(
      input.togetherFailed ? `
> [!CAUTION]
> The check that the documents work together could not run for ${setup}: the action met an error it did not expect (a bug in the action, not a finding about the files), so the step fails. The error is in this step's log; please report it.
` : `
Checked together for ${setup}.
`
    );
  }
  if (input.sarifFile) {
    head.push(`
SARIF report: ${inlineCode(input.sarifFile)}.
`);
    const limit = codeScanningLimitNote(input.findings.length);
    if (limit) head.push(`
> [!WARNING]
> ${inlineText(limit)}
`);
  }
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
function failOnFails(input) {
  return !input.togetherFailed || failureReason(input.findings, input.failOn) !== void 0;
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
function filesTableRows(input, { byFile, notPolicies }) {
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
    return [cellCode(file.file), notPolicies.get(file.file) ?? file.notRead ?? file.kind, String(c.error), String(c.warning), String(c.notice)];
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
${more} more skipped path${more === 1 ? " is" : "s are"} not listed: a job summary is limited to 1 MiB. Each is an RTC905 error among the findings (every one in the findings file).
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
    if (message === void 0) messageCells.set(f.message, message = quotingText(f.message));
    let hint = hintCells.get(f.hint);
    if (hint === void 0) hintCells.set(f.hint, hint = quotingText(f.hint));
    return [location, SEVERITY_LABEL[f.severity], code, message, hint];
  };
}
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}

// src/modes/read-inputs.ts
function readInputs(parse) {
  const read = /* @__PURE__ */ new Set();
  const parsed = parse((name) => {
    read.add(name);
    return getInput(name);
  });
  if (!parsed.ok) {
    failStep(formatInputError(withMisspellingNamed(parsed.error)));
    return void 0;
  }
  for (const input of read) {
    const given = misspellingGiven(input);
    if (given !== void 0) {
      const problem = `is read under that name, and the step gives '${given}' instead, which is not an input of this action (the runner passes it on, unread, and '${input}' has no value or its default)`;
      failStep(formatInputError({ input, problem, rule: `the name '${input}' in the step's with:` }));
      return void 0;
    }
  }
  return parsed.value;
}
function misspellingGiven(input) {
  return [input.replaceAll("-", "_"), input.replaceAll("-", "")].find(
    (spelling) => spelling !== input && (process.env[`INPUT_${spelling.toUpperCase()}`] ?? "").trim() !== ""
  );
}
var misspeltProblem = (given, input, problem) => `${problem} (the step gives '${given}', which is not an input of this action: the input is '${input}')`;
function withMisspellingNamed(error) {
  if (error.value !== void 0 && error.value.trim() !== "") return error;
  if (getInput(error.input).trim() !== "") return error;
  const given = misspellingGiven(error.input);
  if (given === void 0) return error;
  return { ...error, problem: misspeltProblem(given, error.input, error.problem) };
}

// src/top-tier-compiles.ts
import { setFlagsFromString } from "node:v8";
var TURBOFAN_AFTER_CALLS = 3e5;
function deferTopTierCompiles(v8Version = process.versions.v8, setFlags = setFlagsFromString) {
  if (!(Number.parseInt(v8Version, 10) >= 12)) return false;
  setFlags(`--invocation-count-for-turbofan=${TURBOFAN_AFTER_CALLS}`);
  return true;
}

// src/modes/validate.ts
var NO_MATCH_RULE = "globs that each match at least one file in the workspace (a dot file only when the glob spells the dot; .git and node_modules are never searched)";
function globsListed(globs, reasonOf) {
  const list = globs.map((g) => {
    const reason = reasonOf?.(g) ?? "";
    return `${quotedText(g.pattern)} (line ${g.line})${reason ? ` ${reason}` : ""}`;
  }).join(", ");
  return `${globs.length === 1 ? "the glob" : `${globs.length} globs`} ${list}`;
}
function globsThat(globs, what) {
  return `${globsListed(globs, windowsSeparatorNote)} ${what}`;
}
function windowsSeparatorNote(glob) {
  return glob.pattern.includes("\\") ? "(a '\\' in a glob escapes the character after it: separate folders with '/')" : "";
}
function outsideGlobs(globs) {
  return `${globsListed(globs, (g) => g.outside ?? "")}: only files inside the workspace are read`;
}
async function runValidate() {
  const inputs = readInputs(parseValidateInputs);
  if (!inputs) return;
  if (inputs.together?.externalId) {
    const masking = externalIdMasking(inputs.together.externalId, {});
    if (masking.mask) setSecret(inputs.together.externalId);
    if (masking.warning) annotate("warning", masking.warning, { title: "External id not masked" });
  }
  deferTopTierCompiles();
  const sarifTarget = inputs.sarifFile ? checkWriteTarget("sarif-file", inputs.sarifFile, "file") : void 0;
  if (sarifTarget && !sarifTarget.ok) {
    failStep(formatInputError(sarifTarget.error));
    return;
  }
  const review = mayReviewPullRequest(inputs.prNumber) ? await loadReview() : void 0;
  const outcome = await validateWorkspace(inputs, resolveInWorkspace("."), { unmatchedIsError: !review?.reviewsPullRequest(inputs.prNumber) });
  if ("input" in outcome) {
    failStep(formatInputError(outcome));
    return;
  }
  const failure = failureOf(outcome);
  const reports = await reportOutcome(outcome, failure);
  if (review) await review.runReview(outcome, reports.artifactName ? { artifactName: reports.artifactName } : {});
  else if (process.env.GITHUB_EVENT_NAME === "workflow_run") sayWhyNoReview();
  annotateLists(outcome, reports.elsewhere, failure);
  decideExit(outcome, failure);
}
function annotateLists(outcome, elsewhere, failure) {
  emitAnnotations(outcome.findings, elsewhere, outcome.result.counts, { error: failure ? 1 : 0 });
}
function workspaceSpellings(workspace) {
  try {
    return [workspace, realpathSync2(workspace)];
  } catch {
    return [workspace];
  }
}
async function validateWorkspace(inputs, workspace, options = { unmatchedIsError: true }) {
  inputs = { ...inputs, policyFiles: globsInWorkspace(inputs.policyFiles, workspaceSpellings(workspace)) };
  const outside = inputs.policyFiles.filter((g) => g.outside !== void 0 && !g.exclude);
  const discovery = discoverPolicyFiles(workspace, outside.length ? inputs.policyFiles.filter((g) => !outside.includes(g)) : inputs.policyFiles);
  const problems = [
    ...outside.length ? [outsideGlobs(outside)] : [],
    ...discovery.unmatched.length ? [globsThat(discovery.unmatched, options.unmatchedIsError ? "matched no file" : "matched no file in the checkout")] : []
  ];
  if (problems.length > 0) {
    const problem = problems.join("; ");
    if (options.unmatchedIsError) return { input: "policy-files", problem, rule: NO_MATCH_RULE };
    annotate("warning", `Input 'policy-files': ${problem}; the pull-request review goes on.`);
  }
  if (inputs.together && discovery.files.length === 0 && discovery.skipped.length === 0 && discovery.allLeftOut.length > 0) {
    const problem = `${globsThat(discovery.allLeftOut, "matched only files that a '!' line leaves out")}, so no file is left to check that the documents work together (account-id and role-name ask for it)`;
    if (options.unmatchedIsError) return { input: "policy-files", problem, rule: "at least one file left to check (the trust policy first) when the inputs name a role" };
    annotate("warning", `Input 'policy-files': ${problem}; the pull-request review goes on.`);
  } else if (discovery.allLeftOut.length > 0) {
    annotate("warning", `Input 'policy-files': ${globsThat(discovery.allLeftOut, "matched only files that a '!' line leaves out")}, so no file of ${discovery.allLeftOut.length === 1 ? "it" : "theirs"} is checked (an exclusion removes a file whatever other line names it).`);
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
  const together = inputs.together && {
    inputs: inputs.together,
    check: (await import("./check-together-3I22XGXO.js")).checkTogether,
    settled: (await import("./settled-findings-S5EGOQZQ.js")).settledLintFindings
  };
  const validated = validateFiles(filesToLint(), together);
  const skipped = skippedInOrder(discovery.skipped, refused, failed);
  const result2 = withNotChecked(validated, skipped);
  for (const failure of result2.failures) {
    if (failure.error instanceof Error && failure.error.stack) debug(failure.error.stack);
    if (isTogetherCheckFailure(failure)) annotate("error", `The check that the documents work together failed: ${messageOf(failure.error)}`);
  }
  return { inputs, workspace, discovery, skipped, files: result2.files, findings: result2.findings, result: result2 };
}
function withNotChecked(result2, skipped) {
  if (skipped.length === 0) return result2;
  const notChecked = skipped.map(
    (s) => fileFinding(
      FILE_NOT_CHECKED,
      s.path,
      { line: 1, column: 1 },
      oneLine(`Not checked: the path ${s.reason}.`),
      "Make it a file the validator reads (a policy under 1 MiB, inside the workspace), or, when it is not a policy, leave it out of policy-files with a '!' line that names it."
    )
  );
  const findings = sortFindings([...result2.findings, ...notChecked]);
  return { ...result2, findings, counts: countBySeverity(findings) };
}
async function reportOutcome(outcome, failure = failureOf(outcome)) {
  const { inputs, findings, result: result2 } = outcome;
  const findingsFile = writeFindingsFile(findings);
  let sarifPath;
  if (inputs.sarifFile) {
    const envelope = sarifEnvelopeFor(findings);
    sarifPath = await writeSarif(resolveInWorkspace(inputs.sarifFile), envelope, sarifResultTexts(findings, envelope.runs[0].tool.driver.rules));
    logInfo(`Wrote the SARIF report to ${sarifPath}`);
    const limit = codeScanningLimitNote(findings.length);
    if (limit) annotate("warning", limit, { title: "SARIF report over code scanning's limit" });
  }
  const artifactName2 = await uploadReports(inputs, [findingsFile, ...sarifPath ? [sarifPath] : []]);
  const elsewhere = [
    ...inputs.sarifFile ? [`the SARIF report ${inputs.sarifFile}`] : [],
    `the findings file ${findingsFile} (output findings-file)`,
    ...artifactName2 ? [`the artifact ${artifactName2}`] : []
  ];
  setOutput("findings", findingsOutput(findings, findingsFile));
  setOutput("findings-file", findingsFile);
  setOutput("errors", String(result2.counts.error));
  setOutput("warnings", String(result2.counts.warning));
  const base = linkBase();
  writeSummary(
    validateSummary({
      files: outcome.files,
      findings,
      skipped: outcome.skipped,
      failOn: inputs.failOn,
      failure,
      ...inputs.together ? { together: inputs.together } : {},
      ...togetherCheckFailed(outcome.result.failures) ? { togetherFailed: true } : {},
      ...inputs.sarifFile ? { sarifFile: inputs.sarifFile } : {},
      ...base ? { linkBase: base } : {},
      elsewhere: [
        ...inputs.sarifFile ? [`the SARIF report ${inlineCode(inputs.sarifFile)}`] : [],
        "the file the `findings-file` output names",
        ...artifactName2 ? [`the artifact ${inlineCode(artifactName2)}`] : []
      ]
    })
  );
  return artifactName2 ? { findingsFile, artifactName: artifactName2, elsewhere } : { findingsFile, elsewhere };
}
async function uploadReports(inputs, files) {
  if (!inputs.artifactName || artifactServiceMissing() || onEnterpriseServer()) return void 0;
  const name = `${inputs.artifactName}-reports`;
  try {
    const uploaded = await uploadArtifact(name, files, commonFolder(files), inputs.artifactName);
    return uploaded.id === void 0 ? void 0 : name;
  } catch (error) {
    annotate("warning", `The reports were not uploaded: ${messageOf(error)}`);
    return void 0;
  }
}
function commonFolder(files) {
  const split = files.map((f) => path4.dirname(f).split(path4.sep));
  const common = [];
  for (let i = 0; split.every((parts) => i < parts.length && parts[i] === split[0][i]); i++) common.push(split[0][i]);
  return common.join(path4.sep) || path4.sep;
}
function mayReviewPullRequest(prNumber) {
  return prNumber !== void 0 || PULL_REQUEST_EVENTS.includes(process.env.GITHUB_EVENT_NAME ?? "");
}
async function loadReview() {
  guardEventPath();
  return import("./review-55K46DBZ.js");
}
function sayWhyNoReview() {
  const event = readRunEvent();
  if (event.problem) {
    reviewSkipped(`Pull-request review skipped: ${event.problem}, so whether the workflow_run that started this one was a pull request's is not known.`);
    return;
  }
  const run = event.payload.workflow_run;
  const triggeredBy = typeof run?.event === "string" ? run.event : void 0;
  const how = "Pass the pull request's number as pr-number (the README's two-workflow pattern saves it as an artifact in the first workflow).";
  if (triggeredBy !== void 0 && PULL_REQUEST_EVENTS.includes(triggeredBy)) {
    reviewSkipped(`Pull-request review skipped: the pr-number input is empty, and this workflow_run event was started by a ${visibleText(clipText(triggeredBy, 100))} run, which is a pull request's. ${how}`);
    return;
  }
  annotate(
    "notice",
    `No pull-request review: the pr-number input is empty, and this workflow_run event was started by ${triggeredBy === void 0 ? "a run whose event is not named" : `a ${visibleText(clipText(triggeredBy, 100))} run`}, not a pull request's. Only the files were validated. ${how}`
  );
}
function decideExit(outcome, failure = failureOf(outcome)) {
  if (failure) failStep(`IAM policy validation failed: ${failure}`);
  else info(`Validated ${outcome.files.length} file${outcome.files.length === 1 ? "" : "s"}: ${result(outcome)}`);
}
function failureOf(outcome) {
  const reason = failureReason(outcome.findings, outcome.inputs.failOn);
  if (reason) return reason;
  if (togetherCheckFailed(outcome.result.failures)) return "the check that the documents work together failed (see the error above)";
  return void 0;
}
function result(outcome) {
  const skipped = outcome.skipped.length;
  return `${describeCounts(outcome.result.counts)}${skipped > 0 ? `, ${skipped} skipped` : ""} (fail-on: ${outcome.inputs.failOn})`;
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
