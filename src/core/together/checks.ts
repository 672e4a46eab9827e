// The "work together" (RTC7xx) and drift (RTC8xx) checks: one entry per code,
// the single source for SARIF rules, the job summary and docs/checks.md.
import type { CheckInfo } from '../lint/checks.js'

export const TOGETHER_CHECKS: CheckInfo[] = [
  {
    code: 'RTC701',
    severity: 'error',
    name: 'trust-policy-missing',
    title: 'No trust policy among the checked files',
    help: 'A role admits only the principals its own trust policy names, so `sts:AssumeRole` fails without one. Add the role\'s trust policy to `policy-files` (or mark its glob with the `trust` kind).'
  },
  {
    code: 'RTC702',
    severity: 'error',
    name: 'user-policy-missing',
    title: 'No user policy allows sts:AssumeRole, and the trust policy alone is not enough',
    help: 'Across accounts, or when the trust policy names the account root, IAM also needs an identity policy on the user that allows `sts:AssumeRole` on the role. Add the user policy `generate` makes to `policy-files`.'
  },
  {
    code: 'RTC703',
    severity: 'error',
    name: 'kms-policy-missing',
    title: 'kms is true but no policy among the files grants KMS actions',
    help: 'With an encrypted staging bucket the role needs `kms:GenerateDataKey`, `kms:DescribeKey`, `kms:Encrypt`, `kms:Decrypt` and `kms:ReEncrypt*` on the key. Add the KMS policy `generate` makes to `policy-files`.'
  },
  {
    code: 'RTC704',
    severity: 'error',
    name: 'user-cannot-assume-role',
    title: 'The user cannot assume the role',
    help: 'Evaluated as IAM does (explicit deny wins; within one account a trust policy naming the user is enough; a trust policy naming the account root, or a role in another account, needs the user policy too), the connector\'s `sts:AssumeRole` call is denied. The message names the broken link: fix that document.'
  },
  {
    code: 'RTC705',
    severity: 'error',
    name: 'trust-admits-anyone',
    title: 'The trust policy lets any principal assume the role',
    help: '`Principal: "*"`, `{"AWS": "*"}` or `NotPrincipal` with `Allow` admits every AWS principal, in any account. Name the connector\'s IAM user (or its account) instead.'
  },
  {
    code: 'RTC706',
    severity: 'error',
    name: 'trust-admits-other-account',
    title: 'The trust policy admits principals of another account',
    help: 'The trust policy names an account, or a principal in an account, that is neither the user\'s nor the role\'s. Anyone that account allows can get the role\'s permissions. Remove it unless it is meant to be there.'
  },
  {
    code: 'RTC707',
    severity: 'warning',
    name: 'trust-admits-whole-account',
    title: 'The trust policy admits the whole account where one user was expected',
    help: 'Naming the account root (or a bare account id) delegates to the account: every user and role there whose IAM policies allow `sts:AssumeRole` can assume the role. Name the user ARN (`trust-principal: user`) for the restricted form.'
  },
  {
    code: 'RTC708',
    severity: 'warning',
    name: 'trust-admits-other-principal',
    title: 'The trust policy admits another principal besides the connector user',
    help: 'Another IAM user, role, service or identity provider can assume the role. Remove it if it is not meant to share the role.'
  },
  {
    code: 'RTC709',
    severity: 'warning',
    name: 'user-can-assume-other-roles',
    title: 'The user policy allows sts:AssumeRole on other roles too',
    help: 'The user policy should name exactly one role ARN, with no wildcard: any other role whose trust policy admits the user\'s account can otherwise be assumed.'
  },
  {
    code: 'RTC710',
    severity: 'error',
    name: 'role-lacks-kms-actions',
    title: 'The role does not get the KMS actions the connector needs on the key',
    help: 'The connector calls `kms:GenerateDataKey`, `kms:DescribeKey`, `kms:Encrypt`, `kms:Decrypt`, `kms:ReEncryptFrom` and `kms:ReEncryptTo` on the staging key. Allow all of them (`kms:ReEncrypt*` covers the last two) on the key, or on the alias with a `kms:ResourceAliases` condition. A key policy among the files counts: one that neither names the role nor delegates to the account makes the role\'s IAM policies void.'
  },
  {
    code: 'RTC711',
    severity: 'warning',
    name: 'kms-allows-more-actions',
    title: 'The KMS policy allows actions the connector does not need',
    help: 'Key administration (`kms:ScheduleKeyDeletion`, `kms:PutKeyPolicy`, `kms:CreateGrant`...) is not needed to read and write staged data. List the five actions instead of a wildcard.'
  },
  {
    code: 'RTC712',
    severity: 'warning',
    name: 'kms-allows-other-keys',
    title: 'The KMS policy allows other keys than the one given',
    help: 'With `kms-key-arn` set, the policy should name that key (or, for an alias, the account\'s keys with a `kms:ResourceAliases` condition), not other keys.'
  },
  {
    code: 'RTC713',
    severity: 'error',
    name: 's3-staging-policy-missing',
    title: 'staging-bucket is set but no policy among the files grants the role S3 actions',
    help: 'The connector stages `COPY`/`UNLOAD` data in the staging bucket with the role\'s credentials. Add the S3 staging policy `generate` makes (`s3-staging-policy.json`) to `policy-files`.'
  },
  {
    code: 'RTC714',
    severity: 'error',
    name: 'role-lacks-staging-access',
    title: 'The role cannot do what the connector does in the staging bucket',
    help: 'Evaluated for a session of the role: `s3:ListBucket` (with the `s3:prefix` the connector sends) and `s3:ListBucketMultipartUploads` on the bucket, and `s3:PutObject`, `s3:GetObject`, `s3:DeleteObject`, `s3:AbortMultipartUpload`, `s3:ListMultipartUploadParts` on an object under `staging-prefix`, with the bucket\'s policy when it is among the files. The message lists what is refused.'
  },
  {
    code: 'RTC715',
    severity: 'warning',
    name: 'role-reaches-other-s3',
    title: 'The role can reach S3 outside the staging bucket and prefix',
    help: 'Evaluated, not pattern-matched: the staging actions on another bucket, on a sibling prefix (`data-old/` for `data/`), on the bucket outside the prefix, a listing outside the prefix, and on every S3 resource the role\'s policies name outside the staging area. The staging credentials should reach exactly `s3://bucket/prefix`.'
  },
  {
    code: 'RTC716',
    severity: 'error',
    name: 'db-auth-policy-missing',
    title: 'redshift-db-auth is set but no policy among the files grants database credentials',
    help: 'With `redshift-db-auth: cluster` the role needs `redshift:GetClusterCredentials`; with `serverless`, `redshift-serverless:GetCredentials`. Add the DB-auth policy `generate` makes (`redshift-db-auth-policy.json`) to `policy-files`.'
  },
  {
    code: 'RTC717',
    severity: 'error',
    name: 'role-lacks-db-auth',
    title: 'The role cannot get the database credentials the inputs name',
    help: 'Evaluated for a session of the role: `redshift:GetClusterCredentials` on the `dbuser` resource of the cluster and on the `dbname` resource of the database `db-name` names (without it, of some database of the cluster: the connection names one, and IAM checks it), `redshift:JoinGroup` on each `dbgroup`, and with `db-auto-create` `redshift:CreateClusterUser` on the `dbuser`; or `redshift-serverless:GetCredentials` on the workgroup (by its id). The message lists what is refused.'
  },
  {
    code: 'RTC718',
    severity: 'warning',
    name: 'db-auth-allows-other-targets',
    title: 'The DB-auth policy gives credentials for other users, databases, groups, clusters or workgroups',
    help: 'The role should get database credentials for exactly the database user (database, groups) of that cluster, or that workgroup: a wildcard in the user or cluster lets the connector\'s credentials log in as anyone.'
  },
  {
    code: 'RTC719',
    severity: 'error',
    name: 'role-chaining-over-an-hour',
    title: 'A role assumes the role while the connector asks for more than an hour',
    help: 'When a role session (the Secure Agent\'s EC2 instance role) assumes the Redshift role, AWS caps the new session at one hour whatever `MaxSessionDuration` says (role chaining). With `session-duration` over 3600 the task fails when the credentials expire. Lower the connector\'s Temporary Credential Duration, or let an IAM user assume the role.'
  },
  {
    code: 'RTC720',
    severity: 'error',
    name: 'requester-has-other-access',
    title: 'The requester\'s policy grants more than sts:AssumeRole',
    help: 'The vendor\'s rule: the IAM user or role that requests the temporary credentials must not have access to any AWS resource. Each Allow statement of the requester policy is probed with the actions and resources it names and evaluated; anything besides `sts:AssumeRole` and what assuming the role is made of (`sts:TagSession`, `sts:SetSourceIdentity`, `sts:SetContext`, the unsigned federated forms) or `sts:GetCallerIdentity` and `sts:GetSessionToken`, which need no permission, is reported (other roles are RTC709\'s).'
  },
  {
    code: 'RTC721',
    severity: 'error',
    name: 'org-policy-refuses-connector',
    title: 'A service or resource control policy among the files refuses the connector',
    help: 'A service control policy limits every IAM user and role of the member accounts it is attached to, and a resource control policy every request on their S3, STS and KMS resources: the account\'s own policies may all allow the connector, and a Deny there still refuses it. Each of the connector\'s calls (`sts:AssumeRole`, the KMS actions on the key, the S3 staging calls, the database credentials) is evaluated against each SCP and RCP among the files (a file of the `scp` or `rcp` kind), with the same request as the other checks. An SCP that allows some actions (an allow list) must allow the calls too; one that only denies stands beside `FullAWSAccess`. Where a file is attached is not in it: the message says the call is refused wherever the file applies (not in the management account, which SCPs and RCPs do not affect).'
  },
  {
    code: 'RTC722',
    severity: 'notice',
    name: 'key-policy-not-checked',
    title: 'The KMS key is in another account and its key policy is not among the files',
    help: 'A KMS key admits only the principals its key policy names, and the default key policy names the key\'s own account: a key in another account than the role\'s must have had its policy changed to admit the role (or its account), and the role\'s policies must allow the actions too. Without that key policy among the files, whether the connector\'s KMS calls work is not checked. Add the key\'s policy to `policy-files`.'
  },
  {
    code: 'RTC723',
    severity: 'notice',
    name: 'deny-rests-on-unknown-keys',
    title: 'A Deny would refuse the connector if its conditions on unknown keys hold',
    help: 'A condition on a key whose value the files and inputs cannot tell (`aws:SourceIp`, `aws:SourceVpce`, `aws:PrincipalOrgID`, tags, request headers...) is read in the connector\'s favour, so a Deny held to one does not make the check say "will get AccessDenied". It is not passed over in silence either: each Deny statement that would refuse one of the connector\'s own calls (`sts:AssumeRole`, the KMS actions, the S3 staging calls, the database credentials) were its conditions on those keys to hold is named, with the calls and the keys. Check that the Secure Agent\'s requests meet them: its public IP address or VPC endpoint, its organisation.'
  },
  {
    code: 'RTC724',
    severity: 'error',
    name: 'boundary-refuses-connector',
    title: 'A permissions boundary among the files refuses the connector',
    help: 'A permissions boundary set on an IAM user or role caps what its identity policies grant: the entity may do only what both allow, and a Deny in the boundary wins. The role\'s policies may allow the KMS, S3 and database calls and still not work outside the role\'s boundary. Each of the connector\'s calls that works without it is evaluated with each file of the `boundary` kind (declare it: `boundary: iam/boundaries/*.json`); within one account a trust or resource policy that names the user\'s own ARN grants without the boundary, one that names the role\'s ARN does not, nor one to `Principal "*"` or with `NotPrincipal` (AWS does not say they stand without it), and a resource policy\'s Deny with `NotPrincipal` applies to every principal with a boundary whatever it lists. The file does not say whose boundary it is: one that lets some of the role\'s calls through is read as the role\'s, one that lets only the requester\'s `sts:AssumeRole` through as the requester\'s, and the message says the calls are refused if the file is that principal\'s boundary. When exactly one file is read as the requester\'s alone, or as the role\'s alone, the checks of what that principal must not reach (RTC709, RTC711, RTC712, RTC715, RTC718, RTC720) read it too.'
  },
  {
    code: 'RTC801',
    severity: 'warning',
    name: 'user-policy-drift',
    title: 'The user policy differs in meaning from what generate makes',
    help: 'Compared statement by statement after normalising (Sid, order, single value or list, action case do not count), the committed user policy grants more or less than `generate` makes from the same inputs. Regenerate it, or change the inputs.'
  },
  {
    code: 'RTC802',
    severity: 'warning',
    name: 'trust-policy-drift',
    title: 'The trust policy differs in meaning from what generate makes',
    help: 'The committed trust policy admits other principals, or under other conditions, than the one `generate` makes from the same inputs. Regenerate it, or change the inputs (e.g. `trust-principal`, `external-id`).'
  },
  {
    code: 'RTC803',
    severity: 'warning',
    name: 'kms-policy-drift',
    title: 'The KMS policy differs in meaning from what generate makes',
    help: 'The committed KMS policy grants other actions or keys than the one `generate` makes from the same inputs. Regenerate it, or change `kms-key-arn`.'
  },
  {
    code: 'RTC804',
    severity: 'warning',
    name: 's3-staging-policy-drift',
    title: 'The S3 staging policy differs in meaning from what generate makes',
    help: 'The committed S3 staging policy grants other actions, buckets or prefixes than the one `generate` makes from `staging-bucket` and `staging-prefix`. Regenerate it, or change the inputs.'
  },
  {
    code: 'RTC805',
    severity: 'warning',
    name: 'db-auth-policy-drift',
    title: 'The DB-auth policy differs in meaning from what generate makes',
    help: 'The committed DB-auth policy grants other actions or Redshift resources than the one `generate` makes from `redshift-db-auth` and its inputs. Regenerate it, or change the inputs.'
  }
]

export function togetherCheck(code: string): CheckInfo {
  const info = TOGETHER_CHECKS.find((c) => c.code === code)
  if (!info) throw new Error(`unknown together check ${code}`)
  return info
}
