import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  accountId,
  artifactName,
  awsRegion,
  booleanFlag,
  externalId,
  filePath,
  iamName,
  iamPath,
  kmsKeyArn,
  listOf,
  oneOf,
  partition,
  quotedText,
  redshiftClusterId,
  redshiftDbIdentifier,
  redshiftDbUser,
  redshiftWorkgroupId,
  s3BucketName,
  s3KeyPrefix,
  sessionDuration
} from "./chunk-4P27VZC6.js";
import {
  POLICY_VERSION,
  accountRootArn,
  kmsKeyWildcardArn,
  redshiftClusterArn,
  redshiftWorkgroupArn,
  roleArn,
  s3BucketArn,
  s3ObjectsArn,
  userArn
} from "./chunk-WK53RSOG.js";

// src/core/inputs/input-error.ts
function formatInputError(error) {
  const shown = error.value === void 0 ? "" : ` ${quotedText(error.value, SHOWN_CHARACTERS)}`;
  return `Input '${error.input}':${shown} ${error.problem}. Expected ${error.rule}.`;
}
var SHOWN_CHARACTERS = 80;
function checkInput(input, raw, result, echo = true) {
  if (result.ok) return result;
  return { ok: false, error: { input, ...echo ? { value: raw } : {}, problem: result.problem, rule: result.rule } };
}
var RefusedInput = class extends Error {
  constructor(inputError) {
    super(formatInputError(inputError));
    this.inputError = inputError;
    this.name = "RefusedInput";
  }
  inputError;
};

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
    help: "The connector calls `kms:GenerateDataKey`, `kms:DescribeKey`, `kms:Encrypt`, `kms:Decrypt`, `kms:ReEncryptFrom` and `kms:ReEncryptTo` on the staging key. Allow all of them (`kms:ReEncrypt*` covers the last two) on the key, or on the alias with a `kms:ResourceAliases` condition. A key policy among the files counts: one that neither names the role nor delegates to the account makes the role's IAM policies void."
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
    help: "Evaluated for a session of the role: `s3:ListBucket` (with the `s3:prefix` the connector sends) and `s3:ListBucketMultipartUploads` on the bucket, and `s3:PutObject`, `s3:GetObject`, `s3:DeleteObject`, `s3:AbortMultipartUpload`, `s3:ListMultipartUploadParts` on an object under `staging-prefix`, with the bucket's policy when it is among the files. The message lists what is refused."
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
    help: "Evaluated for a session of the role: `redshift:GetClusterCredentials` on the `dbuser` resource of the cluster and on the `dbname` resource of the database `db-name` names (without it, of some database of the cluster: the connection names one, and IAM checks it), `redshift:JoinGroup` on each `dbgroup`, and with `db-auto-create` `redshift:CreateClusterUser` on the `dbuser`; or `redshift-serverless:GetCredentials` on the workgroup (by its id). The message lists what is refused."
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
    help: "The vendor's rule: the IAM user or role that requests the temporary credentials must not have access to any AWS resource. Each Allow statement of the requester policy is probed with the actions and resources it names and evaluated; anything besides `sts:AssumeRole` and what assuming the role is made of (`sts:TagSession`, `sts:SetSourceIdentity`, `sts:SetContext`, the unsigned federated forms) or `sts:GetCallerIdentity` and `sts:GetSessionToken`, which need no permission, is reported (other roles are RTC709's)."
  },
  {
    code: "RTC721",
    severity: "error",
    name: "org-policy-refuses-connector",
    title: "A service or resource control policy among the files refuses the connector",
    help: "A service control policy limits every IAM user and role of the member accounts it is attached to, and a resource control policy every request on their S3, STS and KMS resources: the account's own policies may all allow the connector, and a Deny there still refuses it. Each of the connector's calls (`sts:AssumeRole`, the KMS actions on the key, the S3 staging calls, the database credentials) is evaluated against each SCP and RCP among the files (a file of the `scp` or `rcp` kind), with the same request as the other checks. An SCP that allows some actions (an allow list) must allow the calls too; one that only denies stands beside `FullAWSAccess`. Where a file is attached is not in it: the message says the call is refused wherever the file applies (not in the management account, which SCPs and RCPs do not affect)."
  },
  {
    code: "RTC722",
    severity: "notice",
    name: "key-policy-not-checked",
    title: "The KMS key is in another account and its key policy is not among the files",
    help: "A KMS key admits only the principals its key policy names, and the default key policy names the key's own account: a key in another account than the role's must have had its policy changed to admit the role (or its account), and the role's policies must allow the actions too. Without that key policy among the files, whether the connector's KMS calls work is not checked. Add the key's policy to `policy-files`."
  },
  {
    code: "RTC723",
    severity: "notice",
    name: "deny-rests-on-unknown-keys",
    title: "A Deny would refuse the connector if its conditions on unknown keys hold",
    help: "A condition on a key whose value the files and inputs cannot tell (`aws:SourceIp`, `aws:SourceVpce`, `aws:PrincipalOrgID`, tags, request headers...) is read in the connector's favour, so a Deny held to one does not make the check say \"will get AccessDenied\". It is not passed over in silence either: each Deny statement that would refuse one of the connector's own calls (`sts:AssumeRole`, the KMS actions, the S3 staging calls, the database credentials) were its conditions on those keys to hold is named, with the calls and the keys. Check that the Secure Agent's requests meet them: its public IP address or VPC endpoint, its organisation."
  },
  {
    code: "RTC724",
    severity: "error",
    name: "boundary-refuses-connector",
    title: "A permissions boundary among the files refuses the connector",
    help: "A permissions boundary set on an IAM user or role caps what its identity policies grant: the entity may do only what both allow, and a Deny in the boundary wins. The role's policies may allow the KMS, S3 and database calls and still not work outside the role's boundary. Each of the connector's calls that works without it is evaluated with each file of the `boundary` kind (declare it: `boundary: iam/boundaries/*.json`); within one account a trust or resource policy that names the user's own ARN grants without the boundary, one that names the role's ARN does not, nor one to `Principal \"*\"` or with `NotPrincipal` (AWS does not say they stand without it), and a resource policy's Deny with `NotPrincipal` applies to every principal with a boundary whatever it lists. The file does not say whose boundary it is: one that lets some of the role's calls through is read as the role's, one that lets only the requester's `sts:AssumeRole` through as the requester's, and the message says the calls are refused if the file is that principal's boundary. When exactly one file is read as the requester's alone, or as the role's alone, the checks of what that principal must not reach (RTC709, RTC711, RTC712, RTC715, RTC718, RTC720) read it too."
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
  const info = TOGETHER_CHECKS.find((c) => c.code === code);
  if (!info) throw new Error(`unknown together check ${code}`);
  return info;
}

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
var DB_NAME_KEY = "redshift:DbName";
var CREATE_USER_ACTION = "redshift:CreateClusterUser";
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
  const resources = [arn("dbuser", r.dbUser), arn("dbname", r.dbName ?? "*")];
  const credentials = { Sid: "GetClusterCredentials", Effect: "Allow", Action: CLUSTER_CREDENTIALS_ACTION, Resource: resources };
  if (r.dbName) credentials.Condition = { StringEquals: { [DB_NAME_KEY]: r.dbName } };
  const statements = [credentials];
  if (r.autoCreate) statements.push({ Sid: "CreateDbUser", Effect: "Allow", Action: CREATE_USER_ACTION, Resource: arn("dbuser", r.dbUser) });
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

// src/core/json.ts
function prettyJson(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}
function compactJson(value) {
  return JSON.stringify(value);
}

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
  if (inputs.trustPrincipal === "user") return userArn(inputs.partition, inputs.userAccountId, inputs.userName, inputs.userPath);
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
    userArn: inputs.userName ? userArn(inputs.partition, inputs.userAccountId, inputs.userName, inputs.userPath) : "",
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
    docs.kmsKeyPolicyStatement = kmsKeyPolicyStatementFor(docs.roleArn);
    if (!inputs.kmsKey) {
      docs.kmsWarning = 'The KMS policy allows its five actions on Resource "*" (every key the role can reach), as in the vendor sample. Set kms-key-arn to scope it to the staging key.';
    } else if (inputs.kmsKey.account !== inputs.accountId) {
      docs.kmsNotice = `The key is in account ${inputs.kmsKey.account}, not the role's (${inputs.accountId}): its key policy must also allow ${docs.roleArn} these actions, or KMS refuses them whatever kms-policy.json allows. Change it with account ${inputs.kmsKey.account}'s credentials after the apply commands have made the role: KMS refuses a key policy that names a role it cannot see yet (MalformedPolicyDocumentException), and a new role can take a few seconds to become visible. The job summary shows the statement to add to the key policy's Statement list${inputs.kmsKey.type === "alias" ? ` of the key that ${inputs.kmsKey.id} points to` : ""} (PutKeyPolicy replaces the whole policy: add it to the one get-key-policy prints).`;
    }
  }
  return docs;
}
function kmsKeyPolicyStatementFor(roleArn2) {
  return { Sid: "AllowRedshiftConnectorRoleUseOfTheKey", Effect: "Allow", Principal: { AWS: roleArn2 }, Action: [...KMS_ACTIONS], Resource: "*" };
}
var EXTERNAL_ID_MASK_MIN = 8;
function externalIdMasking(externalId2, outputs) {
  const holders = Object.keys(outputs).filter((name) => outputs[name].includes(externalId2));
  const short = externalId2.length < EXTERNAL_ID_MASK_MIN;
  if (!short && holders.length === 0) return { mask: true };
  const why = [];
  if (short) {
    why.push(
      `external-id is ${externalId2.length} characters long, fewer than ${EXTERNAL_ID_MASK_MIN}: GitHub masks every occurrence of a masked value in the log of this step and of every later step in the job, so masking it would hide ordinary text throughout`
    );
  }
  if (holders.length > 0) {
    why.push(
      `${short ? "its text is" : "external-id is"} also in the outputs ${holders.join(", ")}, which GitHub would drop from the job's outputs if it were masked ("Skip output ... since it may contain secret"), and which the job summary shows in full`
    );
  }
  return {
    mask: false,
    warning: `The action does not mask the external id in the log (GitHub masks a value passed from the secrets context all the same): ${why.join("; ")}. AWS does not treat the external ID as a secret (anyone who can read the role sees it in its trust policy), but an id that is short or found in names is easy to guess: a long random one that no ARN, policy or path holds (a UUID) is masked.`
  };
}

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
  const roleName = check("role-name", read("role-name"), iamName(required("role-name"), "role-name", account));
  const rolePath = check("role-path", read("role-path"), iamPath(read("role-path")));
  const userAccountRaw = optional("user-account-id");
  const userAccountId = userAccountRaw === void 0 ? account : check("user-account-id", userAccountRaw, accountId(userAccountRaw));
  const userRaw = optional("user-name");
  const userName = userRaw === void 0 ? "" : check("user-name", userRaw, iamName(userRaw, "user-name", userAccountId));
  const userPathRaw = optional("user-path");
  const userPath = check("user-path", userPathRaw ?? "", iamPath(userPathRaw ?? ""));
  const trustRaw = optional("trust-principal");
  const trustPrincipal = trustRaw === void 0 ? userName ? "user" : "account" : check("trust-principal", trustRaw, oneOf(TRUST_PRINCIPALS, trustRaw));
  if (userPathRaw !== void 0 && userPathRaw.trim() !== "/" && !userName) {
    const roleMeant = trustPrincipal === "role" || optional("principal-role-name") !== void 0;
    throw new InputRejected(
      roleMeant ? {
        input: "user-path",
        problem: trustPrincipal === "role" ? "is set while trust-principal is 'role'" : "is set beside principal-role-name, without user-name",
        rule: "principal-role-path for the path of the role principal-role-name names, with trust-principal: role (user-path is the path of user-name's user, which trust-principal role does not take), or no user-path"
      } : { input: "user-path", problem: "is set without user-name", rule: "user-name for the user the path belongs to, or no user-path" }
    );
  }
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
      name: check("principal-role-name", principalRoleRaw, iamName(principalRoleRaw, "principal-role-name", userAccountId)),
      path: check("principal-role-path", principalPathRaw ?? "", iamPath(principalPathRaw ?? ""))
    };
    if (userAccountId === account && principalRole.name.toLowerCase() === roleName.toLowerCase()) {
      throw new InputRejected({
        input: "principal-role-name",
        value: principalRoleRaw,
        problem: `names the role itself (role-name ${roleName} in account ${account}; IAM role names are unique in an account whatever their case or path)`,
        rule: "the role that requests the credentials (the Secure Agent's EC2 instance role or the worker-node role), not the role it assumes: the vendor's rule is that the requester has no access of its own"
      });
    }
  } else {
    for (const [input, raw] of [["principal-role-name", principalRoleRaw], ["principal-role-path", principalPathRaw]]) {
      if (raw !== void 0 && !(input === "principal-role-path" && raw.trim() === "/")) {
        const userPathNote = input === "principal-role-path" && trustPrincipal === "user" ? " (the path of user-name's user goes in user-path)" : "";
        throw new InputRejected({
          input,
          problem: `is set while trust-principal is '${trustPrincipal}'`,
          rule: `trust-principal: role to make the trust policy name that role, or no principal-role-name/principal-role-path${userPathNote}`
        });
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
  const stagingPrefix = prefixRaw === void 0 ? "" : check("staging-prefix", prefixRaw, s3KeyPrefix(prefixRaw, stagingBucket));
  if (prefixRaw !== void 0 && stagingBucket === void 0) {
    throw new InputRejected({ input: "staging-prefix", problem: "is set without staging-bucket", rule: "staging-bucket set to the bucket the prefix is in, or no staging-prefix" });
  }
  const redshift = readRedshift(read, optional, check, part, account);
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
  const formatList = check("formats", formatsRaw, listOf(formatsRaw.trim() === "" ? "cli" : formatsRaw, (f) => oneOf(FORMATS, f.toLowerCase()), FORMATS.length, "formats"));
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
    userPath,
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
function readRedshift(read, optional, check, part, roleAccount) {
  const authRaw = read("redshift-db-auth");
  const auth = check("redshift-db-auth", authRaw, oneOf(REDSHIFT_DB_AUTH, authRaw.trim() === "" ? "none" : authRaw.toLowerCase()));
  const belongs = {
    "redshift-cluster-id": ["cluster"],
    "redshift-workgroup": ["serverless"],
    "redshift-region": ["cluster", "serverless"],
    "db-user": ["cluster"],
    "db-name": ["cluster"],
    "db-groups": ["cluster"],
    "db-auto-create": ["cluster"]
  };
  const autoCreateRaw = read("db-auto-create");
  const autoCreate = check("db-auto-create", autoCreateRaw, booleanFlag(autoCreateRaw));
  for (const [input, kinds] of Object.entries(belongs)) {
    const set = input === "db-auto-create" ? autoCreate : optional(input) !== void 0;
    if (set && !kinds.includes(auth)) {
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
  const region = check("redshift-region", regionRaw, awsRegion(regionRaw, part));
  if (auth === "serverless") {
    const raw = need("redshift-workgroup");
    return { kind: "serverless", region, workgroupId: check("redshift-workgroup", raw, redshiftWorkgroupId(raw, { region, account: roleAccount })) };
  }
  const clusterRaw = need("redshift-cluster-id");
  const clusterId = check("redshift-cluster-id", clusterRaw, redshiftClusterId(clusterRaw, { region, account: roleAccount }));
  const userRaw = need("db-user");
  const dbUser = check("db-user", userRaw, redshiftDbUser(userRaw));
  const nameRaw = optional("db-name");
  const dbName = nameRaw === void 0 ? void 0 : check("db-name", nameRaw, redshiftDbIdentifier(nameRaw));
  const groupsRaw = read("db-groups");
  const dbGroups = check("db-groups", groupsRaw, listOf(groupsRaw, redshiftDbIdentifier, 50, "groups"));
  return { kind: "cluster", region, clusterId, dbUser, ...dbName ? { dbName } : {}, dbGroups, ...autoCreate ? { autoCreate } : {} };
}

export {
  formatInputError,
  SHOWN_CHARACTERS,
  checkInput,
  RefusedInput,
  ROLE_CHAINING_MAX_SECONDS,
  parseGenerateInputs,
  TOGETHER_CHECKS,
  togetherCheck,
  prettyJson,
  compactJson,
  kmsPolicyFor,
  KMS_POLICY,
  CLUSTER_CREDENTIALS_ACTION,
  JOIN_GROUP_ACTION,
  SERVERLESS_CREDENTIALS_ACTION,
  CREATE_USER_ACTION,
  redshiftDbAuthPolicyFor,
  S3_OBJECT_ACTIONS,
  S3_LIST_ACTION,
  S3_UPLOADS_ACTION,
  S3_STAGING_ACTIONS,
  s3StagingPolicyFor,
  ROLE_POLICY_MODULES,
  roleArnFor,
  principalArnFor,
  userPolicyFor,
  trustPolicyFor,
  documentsFor,
  externalIdMasking
};
