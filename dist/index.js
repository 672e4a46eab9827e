import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  startedAsAnalysisWorker
} from "./chunk-ZXQRQL2U.js";
import {
  ACTION_NAME,
  ACTION_VERSION,
  KMS_POLICY,
  ROLE_CHAINING_MAX_SECONDS,
  ROLE_POLICY_MODULES,
  checkInput,
  checkWriteTarget,
  documentsFor,
  formatInputError,
  parseGenerateInputs,
  readInputs,
  uploadArtifact,
  writeFileSet
} from "./chunk-2DVSNIDT.js";
import {
  codeBlock,
  compactJson,
  details,
  inlineCode,
  inlineText,
  oneOf,
  prettyJson,
  table,
  writeSummary
} from "./chunk-JN56CKVE.js";
import {
  debug,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  warning
} from "./chunk-6VFWW3VB.js";
import {
  messageOf
} from "./chunk-H7DTXNPN.js";
import "./chunk-XFGV3SBV.js";

// src/core/generate/file-set.ts
import { createHash } from "node:crypto";

// src/core/generate/file-names.ts
var FILE_NAMES = {
  userPolicy: "user-policy.json",
  trustPolicy: "trust-policy.json",
  kmsPolicy: "kms-policy.json",
  s3StagingPolicy: "s3-staging-policy.json",
  redshiftDbAuthPolicy: "redshift-db-auth-policy.json",
  manifest: "manifest.json"
};
var ROLE_POLICY_FILES = ROLE_POLICY_MODULES.map((m) => m.file);

// src/core/generate/deploy-target.ts
var REQUESTER_POLICY_NAME = "redshift-temp-creds-assume-role";
function requesterOf(inputs) {
  const crossAccount = inputs.userAccountId !== inputs.accountId;
  if (inputs.trustPrincipal === "role" && inputs.principalRole) return { kind: "role", name: inputs.principalRole.name, account: inputs.userAccountId, crossAccount };
  if (inputs.userName) return { kind: "user", name: inputs.userName, account: inputs.userAccountId, crossAccount };
  return void 0;
}
var MIN_MAX_SESSION = 3600;
function maxSessionDurationFor(inputs) {
  return inputs.sessionDuration === void 0 ? void 0 : Math.max(MIN_MAX_SESSION, inputs.sessionDuration);
}

// src/core/generate/apply-commands.ts
var POLICY_NAMES = { user: REQUESTER_POLICY_NAME, kms: KMS_POLICY.policyName };
function applyCommandsFor(inputs, docs) {
  const commands = [];
  const requester = requesterOf(inputs);
  const requesterPolicy = ["--policy-name", REQUESTER_POLICY_NAME, "--policy-document", `file://${FILE_NAMES.userPolicy}`];
  if (requester?.kind === "user") {
    commands.push({
      purpose: `Allow ${docs.userArn} to assume the role`,
      account: requester.account,
      argv: ["aws", "iam", "put-user-policy", "--user-name", requester.name, ...requesterPolicy]
    });
  }
  if (requester?.kind === "role") {
    commands.push({
      purpose: `Allow ${docs.principalArn} to assume the role`,
      account: requester.account,
      argv: ["aws", "iam", "put-role-policy", "--role-name", requester.name, ...requesterPolicy]
    });
  }
  commands.push({
    purpose: `Let ${docs.principalArn} assume ${docs.roleArn}`,
    account: inputs.accountId,
    argv: ["aws", "iam", "update-assume-role-policy", "--role-name", inputs.roleName, "--policy-document", `file://${FILE_NAMES.trustPolicy}`]
  });
  for (const { module } of docs.rolePolicies) {
    commands.push({
      purpose: `Give the role its ${module.purpose.replace(/^inline policy for the role \((.*)\)$/, "$1")} permissions`,
      account: inputs.accountId,
      argv: ["aws", "iam", "put-role-policy", "--role-name", inputs.roleName, "--policy-name", module.policyName, "--policy-document", `file://${module.file}`]
    });
  }
  const maxSession = maxSessionDurationFor(inputs);
  if (maxSession !== void 0) {
    commands.push({
      purpose: `Let the role's sessions last ${maxSession} seconds (MaxSessionDuration)`,
      account: inputs.accountId,
      argv: ["aws", "iam", "update-role", "--role-name", inputs.roleName, "--max-session-duration", String(maxSession)]
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
function shellQuote(arg) {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}
function shellCommand(argv) {
  return argv.map(shellQuote).join(" ");
}

// src/core/generate/formats/cloudformation.ts
var CLOUDFORMATION_FILES = { role: "cloudformation-template.json", requester: "cloudformation-requester-template.json" };
var ROLE_RESOURCE = "RedshiftTempCredsRole";
var REQUESTER_RESOURCE = "RedshiftTempCredsRequesterPolicy";
function requesterPolicyResource(requester, document) {
  return {
    Type: "AWS::IAM::Policy",
    Properties: {
      PolicyName: REQUESTER_POLICY_NAME,
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
function stackNameFor(roleName, suffix = "") {
  return `redshift-temp-creds-${roleName.replace(/[^A-Za-z0-9-]/g, "-")}${suffix}`.slice(0, 128);
}
function deploy(template, stack) {
  return ["aws", "cloudformation", "deploy", "--template-file", template, "--stack-name", stack, "--capabilities", "CAPABILITY_NAMED_IAM"];
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
        argv: deploy(CLOUDFORMATION_FILES.requester, stackNameFor(inputs.roleName, "-requester"))
      });
    }
    commands.push({
      purpose: `Create or update ${docs.roleArn} with its trust policy and inline policies${requester && !requester.crossAccount ? ", and the requester policy" : ""}`,
      account: inputs.accountId,
      argv: deploy(CLOUDFORMATION_FILES.role, stackNameFor(inputs.roleName))
    });
    return commands;
  }
};

// src/core/generate/formats/terraform.ts
var TERRAFORM_FILES = { role: "redshift-temp-creds.tf.json", requester: "redshift-temp-creds-requester.tf.json" };
var TERRAFORM_REQUESTER_DIR = "requester-account";
var ROLE = "redshift_temp_creds";
var PROVIDERS = { required_providers: { aws: { source: "hashicorp/aws" } } };
var snake = (key) => key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
function requesterResources(requester, policy) {
  const name = REQUESTER_POLICY_NAME;
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
        ...maxSession !== void 0 ? { max_session_duration: maxSession } : {}
      }
    }
  };
  if (requester && !requester.crossAccount && requester.kind === "role") {
    rolePolicies.requester_assume_role = { name: REQUESTER_POLICY_NAME, role: requester.name, policy: compactJson(docs.userPolicy) };
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
      { purpose: `Create or update ${docs.roleArn} with its trust policy and inline policies`, account: inputs.accountId, argv: ["terraform", "apply"] }
    );
    return commands;
  }
};

// src/core/generate/formats/index.ts
var DEPLOY_FORMATS = { cli: CLI_FORMAT, cloudformation: CLOUDFORMATION_FORMAT, terraform: TERRAFORM_FORMAT };
function formatsFor(names) {
  return names.map((name) => DEPLOY_FORMATS[name]);
}
var ALL_FORMAT_FILES = Object.values(DEPLOY_FORMATS).flatMap((f) => f.fileNames);

// src/core/generate/file-set.ts
var ALL_FILE_NAMES = [...Object.values(FILE_NAMES), ...ALL_FORMAT_FILES];
function sha256(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
function fileSetFor(inputs, docs, formats = ["cli"]) {
  const files = [
    { name: FILE_NAMES.userPolicy, content: prettyJson(docs.userPolicy) },
    { name: FILE_NAMES.trustPolicy, content: prettyJson(docs.trustPolicy) }
  ];
  for (const p of docs.rolePolicies) files.push({ name: p.module.file, content: prettyJson(p.document) });
  for (const format of formatsFor(formats)) files.push(...format.files(inputs, docs));
  const manifest = {
    generator: { name: ACTION_NAME, version: ACTION_VERSION },
    inputs: {
      partition: inputs.partition,
      "account-id": inputs.accountId,
      "role-name": inputs.roleName,
      "role-path": inputs.rolePath,
      "user-name": inputs.userName,
      "user-account-id": inputs.userAccountId,
      "trust-principal": inputs.trustPrincipal,
      kms: inputs.kms,
      "kms-key-arn": inputs.kmsKey?.arn ?? "",
      // The external id itself stays out of the manifest, which is uploaded
      // as an artifact; the trust policy holds it where it is needed.
      "external-id-set": inputs.externalId !== void 0,
      "principal-role-name": inputs.principalRole?.name ?? "",
      "principal-role-path": inputs.principalRole?.path ?? "",
      "staging-bucket": inputs.stagingBucket ?? "",
      "staging-prefix": inputs.stagingPrefix ?? "",
      "redshift-db-auth": inputs.redshift?.kind ?? "none",
      ...redshiftManifest(inputs),
      "session-duration": inputs.sessionDuration ?? null,
      formats: [...formats]
    },
    arns: { role: docs.roleArn, principal: docs.principalArn, user: docs.userArn },
    files: files.map((f) => ({ name: f.name, sha256: sha256(f.content), bytes: Buffer.byteLength(f.content, "utf8") }))
  };
  files.push({ name: FILE_NAMES.manifest, content: prettyJson(manifest) });
  return files;
}
function redshiftManifest(inputs) {
  const r = inputs.redshift;
  if (!r) return {};
  if (r.kind === "serverless") return { "redshift-region": r.region, "redshift-workgroup": r.workgroupId };
  return { "redshift-region": r.region, "redshift-cluster-id": r.clusterId, "db-user": r.dbUser, "db-name": r.dbName ?? "", "db-groups": r.dbGroups };
}

// src/report/generate-summary.ts
var PURPOSE = {
  "user-policy.json": "identity policy for the IAM user",
  "trust-policy.json": "the role's trust policy",
  ...Object.fromEntries(ROLE_POLICY_MODULES.map((m) => [m.file, m.purpose])),
  "cloudformation-template.json": "CloudFormation template",
  "cloudformation-requester-template.json": "CloudFormation template for the requester's account",
  "redshift-temp-creds.tf.json": "Terraform configuration",
  "redshift-temp-creds-requester.tf.json": "Terraform configuration for the requester's account",
  "manifest.json": "inputs, ARNs and hashes"
};
var REDACTED = "***";
function redact(value, secret) {
  if (typeof value === "string") return value.includes(secret) ? value.split(secret).join(REDACTED) : value;
  if (Array.isArray(value)) return value.map((v) => redact(v, secret));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, secret)]));
  return value;
}
function redshiftRow(inputs) {
  const r = inputs.redshift;
  if (!r) return "no";
  return r.kind === "serverless" ? `serverless workgroup ${inlineCode(r.workgroupId)} in ${inlineCode(r.region)}` : `cluster ${inlineCode(r.clusterId)} in ${inlineCode(r.region)}, database user ${inlineCode(r.dbUser)}`;
}
function generateSummary(inputs, docs, files, outputDir, artifact) {
  const parts = ["## Redshift temporary-credentials policies\n"];
  const rows = [
    ["Role", inlineCode(docs.roleArn)],
    ["Trusted principal", inlineCode(docs.principalArn)]
  ];
  if (docs.userArn) rows.push(["IAM user", inlineCode(docs.userArn)]);
  rows.push(["KMS policy", inputs.kms ? inputs.kmsKey ? inlineCode(inputs.kmsKey.arn) : "yes, on every key (`*`)" : "no"]);
  rows.push(["S3 staging", inputs.stagingBucket ? inlineCode(`s3://${inputs.stagingBucket}/${inputs.stagingPrefix ?? ""}`) : "no"]);
  rows.push(["Redshift database credentials", redshiftRow(inputs)]);
  if (inputs.sessionDuration !== void 0) rows.push(["Session duration", `${inputs.sessionDuration} seconds`]);
  rows.push(["External id condition", inputs.externalId === void 0 ? "no" : "yes"]);
  parts.push(table(["", "ARN"], rows));
  if (docs.kmsWarning) parts.push(`
> [!WARNING]
> ${inlineText(docs.kmsWarning)}
`);
  if (inputs.trustPrincipal === "role") {
    parts.push(
      `
> [!NOTE]
> The trust policy names a role: a role session that assumes another role is role chaining, which AWS caps at one hour whatever MaxSessionDuration says. Keep the connector's Temporary Credential Duration at ${ROLE_CHAINING_MAX_SECONDS} seconds or less.
`
    );
  }
  if (inputs.trustPrincipal === "account") {
    parts.push(
      `
> [!NOTE]
> The trust policy names the account root: every IAM identity of account ${inputs.userAccountId} whose own policies allow sts:AssumeRole on the role can assume it. Set user-name and trust-principal: user to restrict it to one user.
`
    );
  }
  parts.push("\n### Documents\n");
  if (inputs.externalId !== void 0) parts.push(`The external id is shown as ${inlineCode(REDACTED)}: the summary is readable by anyone who can read the run, and the file holds the real value.

`);
  for (const file of files) {
    const shown = inputs.externalId === void 0 ? file.content : prettyJson(redact(JSON.parse(file.content), inputs.externalId));
    parts.push(details(`${file.name} (${PURPOSE[file.name] ?? "file"})`, codeBlock(shown, "json")));
  }
  parts.push("\n### Apply them\n");
  const formats = formatsFor(inputs.formats ?? ["cli"]);
  for (const format of formats) {
    if (formats.length > 1) parts.push(`
#### ${format.title}

`);
    const script = [`cd ${shellQuote(outputDir)}`];
    for (const command of format.commands(inputs, docs)) {
      script.push(`# ${command.purpose} (credentials of account ${command.account})`, shellCommand(command.argv));
    }
    parts.push(codeBlock(script.join("\n"), "sh"));
  }
  if (!requesterOf(inputs)) {
    parts.push("\nNo `user-name` was given: attach `user-policy.json` to the IAM user that will request the credentials.\n");
  }
  parts.push("\n### Artifact\n");
  parts.push(
    artifact.id !== void 0 ? `Uploaded as ${inlineCode(artifact.name)} (id ${artifact.id}).
` : `Not uploaded: ${inlineText(artifact.skipped ?? "no artifact name")}. The files are in ${inlineCode(outputDir)}.
`
  );
  return parts.join("");
}

// src/modes/generate.ts
async function runGenerate() {
  const inputs = readInputs(parseGenerateInputs);
  if (!inputs) return;
  if (inputs.externalId) setSecret(inputs.externalId);
  const target = checkWriteTarget("output-dir", inputs.outputDir, "folder");
  if (!target.ok) {
    setFailed(formatInputError(target.error));
    return;
  }
  const docs = documentsFor(inputs);
  if (docs.kmsWarning) warning(docs.kmsWarning, { title: "KMS policy is not least privilege" });
  const files = fileSetFor(inputs, docs, inputs.formats);
  const dir = target.path;
  const written = writeFileSet(dir, files, ALL_FILE_NAMES);
  const artifact = await uploadArtifact(inputs.artifactName, written, dir);
  setOutput("user-policy", compactJson(docs.userPolicy));
  setOutput("trust-policy", compactJson(docs.trustPolicy));
  setOutput("kms-policy", docs.kmsPolicy ? compactJson(docs.kmsPolicy) : "");
  setOutput("s3-staging-policy", docs.s3StagingPolicy ? compactJson(docs.s3StagingPolicy) : "");
  setOutput("redshift-db-auth-policy", docs.redshiftDbAuthPolicy ? compactJson(docs.redshiftDbAuthPolicy) : "");
  setOutput("role-arn", docs.roleArn);
  setOutput("principal-arn", docs.principalArn);
  setOutput("output-dir", dir);
  setOutput("files", compactJson(written));
  setOutput("artifact-id", artifact.id === void 0 ? "" : String(artifact.id));
  await writeSummary(generateSummary(inputs, docs, files, dir, artifact));
  info(`Wrote ${written.length} files to ${dir}`);
}

// src/main.ts
var MODES = ["generate", "validate"];
async function run() {
  try {
    const raw = getInput("mode") || "generate";
    const mode = checkInput("mode", raw, oneOf(MODES, raw));
    if (!mode.ok) {
      setFailed(formatInputError(mode.error));
      return;
    }
    if (mode.value === "generate") await runGenerate();
    else {
      const { runValidate } = await import("./validate-SEWAPIFH.js");
      await runValidate();
    }
  } catch (error) {
    if (error instanceof Error && error.stack) debug(error.stack);
    setFailed(messageOf(error));
  }
}

// src/index.ts
var worker = startedAsAnalysisWorker() ? await import("./review-worker-HX2QAWJN.js") : void 0;
if (worker?.isAnalysisWorker()) worker.serveAnalyses();
else await run();
