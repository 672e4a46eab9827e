// One entry per finding code: the single source for SARIF rules, the job
// summary and docs/checks.md (a test keeps the doc and this list in step).
// Rules report a code; the severity always comes from here.
import type { Severity } from './finding.js'

export interface CheckInfo {
  code: string
  severity: Severity
  /** Short name, e.g. "trust-policy-principal-star". */
  name: string
  title: string
  /** Why it matters and how to fix it, Markdown allowed. */
  help: string
}

const check = (code: string, severity: Severity, name: string, title: string, help: string): CheckInfo => ({
  code,
  severity,
  name,
  title,
  help
})

export const CHECKS: CheckInfo[] = [
  // ---- RTC0xx: reading the file ----
  check('RTC001', 'error', 'json-syntax-error', 'The file is not valid JSON',
    'IAM accepts strict JSON only: no comments, no trailing commas, one document per file. The finding points at the first character the parser could not accept; fix it there and validate again. When the mistakes are the usual hand-made ones (comments, trailing commas, a literal `...` in a list, a document followed by more text), the rest of the file is checked too.'),
  check('RTC002', 'error', 'duplicate-key', 'A key appears twice in one object',
    'JSON parsers, IAM included, keep only the last of two equal keys, so the first one silently disappears. Merge the two entries into one.'),
  check('RTC003', 'error', 'not-an-object', 'The document is not a JSON object',
    'A policy is one JSON object with `Version` and `Statement`. Arrays, strings and numbers at the top level are not policies.'),

  // ---- RTC1xx: grammar ----
  check('RTC101', 'warning', 'version-missing', 'The policy has no Version',
    'Without `Version` IAM reads the policy with the 2008-10-17 grammar, in which policy variables such as `${aws:username}` are plain text. Add `"Version": "2012-10-17"`.'),
  check('RTC102', 'warning', 'version-old', 'The policy uses the old Version 2008-10-17',
    'The 2008-10-17 grammar does not support policy variables. Use `"Version": "2012-10-17"`.'),
  check('RTC103', 'error', 'version-invalid', 'Version is not a version IAM knows',
    'IAM accepts only `"2012-10-17"` and `"2008-10-17"`; the Version is a fixed grammar name, not the date the policy was written.'),
  check('RTC104', 'error', 'statement-missing', 'The policy has no Statement',
    'A policy needs a `Statement` element holding one statement or a list of them. A bare statement object must be wrapped: `{"Version": "2012-10-17", "Statement": [ ... ]}`.'),
  check('RTC105', 'error', 'statement-not-object', 'A statement is not a JSON object',
    '`Statement` must be an object or an array of objects.'),
  check('RTC106', 'error', 'sid-invalid-characters', 'The Sid has characters IAM rejects',
    'In identity and trust policies IAM accepts only ASCII letters and digits in `Sid`. Remove spaces, dashes and other characters. (Resource policies such as KMS key policies accept more, so they are not checked.)'),
  check('RTC107', 'error', 'sid-duplicate', 'Two statements have the same Sid',
    'IAM requires every `Sid` to be unique within a policy. Rename one of them.'),
  check('RTC108', 'error', 'effect-invalid', 'The statement has no valid Effect',
    'Every statement needs `"Effect": "Allow"` or `"Effect": "Deny"`, spelled exactly so.'),
  check('RTC109', 'error', 'action-missing', 'The statement has no Action or NotAction',
    'A statement must say which actions it covers with `Action` (or, rarely, `NotAction`).'),
  check('RTC110', 'error', 'exclusive-elements', 'A statement has both elements of an exclusive pair',
    '`Action`/`NotAction`, `Resource`/`NotResource` and `Principal`/`NotPrincipal` cannot appear together in one statement; keep one of each pair.'),
  check('RTC111', 'error', 'resource-missing', 'The statement has no Resource or NotResource',
    'Every kind of policy but a trust policy needs a `Resource` (or `NotResource`) in every statement; in a KMS key policy it must be `"*"` (the key itself).'),
  check('RTC112', 'error', 'resource-in-trust-policy', 'A trust policy statement has a Resource',
    'A role trust policy applies to the role it is attached to; IAM rejects a `Resource` element in it. Remove the element.'),
  check('RTC113', 'error', 'principal-missing', 'The statement has no Principal or NotPrincipal',
    'Trust policies, resource policies, resource control policies and VPC endpoint policies must say who is allowed with `Principal` (`"*"` in an RCP).'),
  check('RTC114', 'error', 'principal-in-identity-policy', 'An identity policy statement has a Principal',
    'An identity policy applies to the user, group or role it is attached to; IAM rejects a `Principal` element in it. Remove the element, or attach the document as a trust or resource policy instead.'),
  check('RTC115', 'error', 'empty-value', 'An element is empty',
    'An empty list or empty string in `Action`, `Resource`, `Principal` or `Condition` matches nothing and IAM rejects most of them. Fill in the value or remove the element.'),
  check('RTC116', 'error', 'unknown-element', 'The document has an element IAM does not know',
    'Top-level elements are `Version`, `Id` and `Statement`; statement elements are `Sid`, `Effect`, `Principal`, `NotPrincipal`, `Action`, `NotAction`, `Resource`, `NotResource` and `Condition`, all case-sensitive. IAM rejects anything else.'),
  check('RTC117', 'error', 'wrong-type', 'An element has the wrong JSON type',
    'For example `Action` must be a string or a list of strings, `Condition` an object of objects, `Principal` `"*"` or an object.'),
  check('RTC118', 'error', 'trust-action-invalid', 'A trust policy allows an action that is not an STS role action',
    'A role trust policy may only name `sts:AssumeRole`, `sts:AssumeRoleWithWebIdentity`, `sts:AssumeRoleWithSAML`, `sts:TagSession`, `sts:SetSourceIdentity` or `sts:SetContext`. Permissions for what the role can do belong in its identity policies.'),
  check('RTC119', 'error', 'key-policy-resource-not-star', 'A KMS key policy statement has a Resource other than "*"',
    'In a key policy `"Resource": "*"` means "this key"; KMS rejects other values. Use `"*"`.'),
  check('RTC120', 'notice', 'redundant-statement', 'A statement grants nothing another statement does not already grant',
    'Another unconditional Allow statement covers every action and resource of this one. Remove it, or narrow the broader statement.'),

  // RTC121-RTC125: the grammar of service control, resource control and VPC endpoint policies (src/core/lint/kinds/).
  check('RTC121', 'error', 'principal-in-scp', 'A service control policy statement has a Principal',
    'An SCP limits the IAM users and roles of the accounts it is attached to; AWS Organizations rejects `Principal` and `NotPrincipal` in it. Remove the element (to exempt principals, use a condition such as `ArnNotLike` on `aws:PrincipalArn`), or declare the file\'s real kind in `policy-files`.'),
  check('RTC122', 'error', 'rcp-effect-not-deny', 'A resource control policy statement allows',
    'Resource control policies accept only `"Effect": "Deny"`; `Allow` is reserved to the AWS-managed `RCPFullAWSAccess`, which AWS attaches by itself. Write the statement as a Deny of what must not happen, with conditions for the exceptions.'),
  check('RTC123', 'error', 'rcp-principal-not-star', 'A resource control policy names principals',
    'In an RCP `Principal` must be `"*"` and `NotPrincipal` is not accepted. Narrow the statement with conditions instead (`aws:PrincipalOrgID`, `aws:PrincipalArn`, `aws:PrincipalIsAWSService`).'),
  check('RTC124', 'error', 'rcp-notaction', 'A resource control policy statement uses NotAction',
    'RCPs accept `Action` only. List the denied actions, or use `"*"` for every action of the services RCPs apply to.'),
  check('RTC125', 'warning', 'rcp-service-unsupported', 'A resource control policy names a service RCPs do not apply to',
    'RCPs apply to the resources of a fixed list of services (Amazon S3, AWS STS, AWS KMS, Amazon SQS, AWS Secrets Manager, Amazon ECR, Amazon OpenSearch Serverless, Amazon Cognito, Amazon CloudWatch Logs, Amazon DynamoDB, as AWS Organizations lists them). An action of another service in an RCP limits nothing. Use an SCP or the resource\'s own policy for it.'),

  // ---- RTC2xx: names ----
  check('RTC201', 'error', 'action-malformed', 'The action is not written as service:Action',
    'Actions are `service:ActionName` with no spaces, e.g. `sts:AssumeRole`. IAM rejects other shapes or never matches them.'),
  check('RTC202', 'error', 'service-unknown', 'The service prefix does not exist',
    'The part before the colon must be an AWS service prefix (e.g. `s3`, `kms`, `sts`). Check the spelling against the Service Authorization Reference.'),
  check('RTC203', 'error', 'action-unknown', 'The action does not exist in that service',
    'No action of the service has this name, or the wildcard pattern matches none of them, so the statement does not grant or deny what it seems to. Names compare without regard to case.'),
  check('RTC204', 'error', 'principal-type-unknown', 'The Principal uses a type IAM does not know',
    'Principal keys are `AWS`, `Service`, `Federated` and `CanonicalUser`, case-sensitive.'),
  check('RTC205', 'warning', 'service-principal-malformed', 'The service principal does not look like a service principal',
    'Service principals are DNS names such as `redshift.amazonaws.com`; an ARN, an account id or a name without a domain does not name a service.'),

  // ---- RTC3xx: ARNs ----
  check('RTC301', 'error', 'arn-malformed', 'The ARN is not well formed',
    'ARNs are `arn:partition:service:region:account:resource`; every `Resource` other than `"*"` must be one.'),
  check('RTC302', 'error', 'arn-partition-unknown', 'The ARN names an unknown partition',
    'Partitions are `aws`, `aws-cn`, `aws-us-gov`, `aws-iso`, `aws-iso-b`, `aws-iso-e`, `aws-iso-f` and `aws-eusc`.'),
  check('RTC303', 'warning', 'arn-service-unknown', 'The ARN names an unknown service',
    'The third part of an ARN is the service namespace (e.g. `iam`, `s3`, `kms`). This one is not a known service, so the ARN matches no resource.'),
  check('RTC304', 'error', 'account-id-invalid', 'The account id is not 12 digits',
    'AWS account ids are exactly 12 digits (keep leading zeros). An ARN with an 11-digit account matches nothing.'),
  check('RTC305', 'error', 'iam-arn-form-invalid', 'The IAM ARN does not have a form IAM knows',
    'IAM ARNs have an empty region and a resource such as `root`, `user/NAME`, `role/NAME`, `role/PATH/NAME`, `group/NAME`, `policy/NAME`, `oidc-provider/HOST` or `saml-provider/NAME`.'),
  check('RTC306', 'error', 'principal-arn-wildcard', 'A Principal ARN contains a wildcard',
    'In `Principal`, a wildcard is only allowed as `"*"` on its own. To allow many principals, name them, or use `"*"` with a condition such as `aws:PrincipalArn` (ArnLike) or `aws:PrincipalOrgID`.'),
  check('RTC307', 'error', 'resource-fits-no-action', 'The resource is not a type any action in the statement acts on',
    'Each action acts on specific resource types (e.g. `sts:AssumeRole` on roles). For this resource none of the statement\'s actions apply, so it grants nothing. Use an ARN of the right type.'),
  check('RTC308', 'warning', 'action-fits-no-resource', 'An action applies to none of the statement\'s resources',
    'The action acts on other resource types than those listed, so the statement grants nothing for it. Move it to a statement with matching resources.'),
  check('RTC310', 'warning', 'resource-type-unknown', 'The resource fits no resource type the reference lists for its service',
    'None of the statement\'s actions act on the ARN, and it matches none of the ARN formats the Service Authorization Reference gives for its service, so it is probably mistyped (a missing `type/` part is the usual slip) and grants nothing. It is a warning, not an error (RTC307), because the reference may lack a resource type the service has.'),
  check('RTC309', 'warning', 'action-authorised-on-star', 'An action the reference authorises only on "*" is given ARNs',
    'The Service Authorization Reference lists no resource type for the action (e.g. `s3:ListAllMyBuckets`), so IAM authorises it on `*`: an ARN in `Resource` may grant nothing. It is a warning, not an error, because the reference can lag behind a service that has added resource-level permissions. Give the action `"Resource": "*"` in a statement of its own.'),

  // ---- RTC4xx: conditions ----
  check('RTC401', 'error', 'condition-operator-unknown', 'The condition operator does not exist',
    'Operators are the String, Numeric, Date, Bool, Binary, IpAddress, Arn and Null families, optionally with `IfExists` and the `ForAllValues:`/`ForAnyValue:` set prefixes.'),
  check('RTC402', 'error', 'condition-value-type', 'The condition value does not fit the operator',
    '`Bool` takes `true`/`false`, Numeric operators numbers, Date operators ISO 8601 dates or epoch seconds, `IpAddress` CIDR ranges, Arn operators ARNs. Other values never match.'),
  check('RTC403', 'error', 'condition-duplicate', 'A condition operator or key appears twice in one block',
    'JSON keeps only the last of two equal keys, so the first operator block (or key) is silently dropped and its test never runs. Merge both into one block.'),
  check('RTC404', 'warning', 'condition-wildcard-needs-like', 'A wildcard is used with an operator that compares literally',
    '`StringEquals`, `StringNotEquals` and `ArnEquals`-style operators treat `*` and `?` as plain characters. Use `StringLike`/`StringNotLike` (or `ArnLike`) for patterns; to test that a key is present use `Null`.'),
  check('RTC405', 'warning', 'condition-key-unknown', 'The condition key is not known',
    'Neither a global `aws:` key nor a key of the named service has this name, so the condition never matches what was intended. Identity-provider keys (e.g. `token.actions.githubusercontent.com:sub`) are not checked.'),
  check('RTC406', 'error', 'condition-key-url-scheme', 'An identity-provider condition key starts with https://',
    'IAM names OIDC provider keys by host and path without the scheme, e.g. `token.actions.githubusercontent.com:sub`. With `https://` the key is never present and the condition never matches.'),
  check('RTC407', 'error', 'condition-account-invalid', 'An account condition value is not a 12-digit account id',
    'Keys such as `aws:SourceAccount`, `aws:PrincipalAccount` and `kms:CallerAccount` hold 12-digit account ids; other values never match.'),
  check('RTC408', 'warning', 'condition-set-operator-mismatch', 'A set operator is used on a single-valued key, or a plain operator on a multivalued key',
    '`ForAllValues:` and `ForAnyValue:` are for multivalued keys such as `aws:TagKeys`. On single-valued keys `ForAllValues:` is true when the key is absent; on multivalued keys a plain operator compares only as a set would not.'),

  check('RTC409', 'error', 'condition-operator-key-type', 'The condition operator cannot compare the key\'s type',
    'Each condition key holds one type of value (the Service Authorization Reference gives it): `IpAddress` compares addresses, Numeric operators numbers, Date operators dates, `Bool` booleans, Arn operators ARNs. `IpAddress` on an ARN key, `NumericLessThan` on a string key or `Bool` on a date key never matches. Use an operator of the key\'s type (String operators and `Null` work on any key).'),
  check('RTC410', 'warning', 'condition-key-not-supported', 'No action of the statement supports the condition key',
    'A service\'s condition key (e.g. `s3:prefix`) is only in that service\'s requests. When none of the statement\'s actions belongs to the service, the key is never present: an operator that needs it never matches, so the statement never applies as written, and an operator that is true when the key is absent (negated operators, `...IfExists`, `ForAllValues:`) always matches, so the condition limits nothing. Use a key of the statement\'s services. Global `aws:` keys, `NotAction`, wildcard services and `Null` are left alone.'),
  check('RTC411', 'warning', 'condition-string-operator-typed-key', 'A String operator compares a key that holds a number, date, boolean or IP address',
    'A String operator reads a typed key\'s value as text, character for character: on a number `2.0` is not `2`, on an address a CIDR block is not a range, on a date only the exact rendering matches, and on a boolean (`StringEquals` on `aws:MultiFactorAuthPresent`) it works only while the text is what IAM sends. IAM Access Analyzer reports it as a type mismatch. Use the key\'s own operator (`Bool`, Numeric, Date, `IpAddress`). ARN keys are left alone: String operators on them are documented.'),

  // ---- RTC5xx: size ----
  check('RTC501', 'error', 'size-over-quota', 'The policy is larger than IAM accepts for its kind',
    'IAM counts characters without white space. Limits: role inline 10,240, managed 6,144, user inline 2,048, trust policy 2,048 by default (can be raised, up to 8,192), KMS key policy 32,768; service control and resource control policies 5,120 and VPC endpoint policies 20,480, where white space counts too (RTC504 when only the white space is too much). Split the policy or remove repetition (wildcards, fewer statements).'),
  check('RTC502', 'warning', 'size-over-default-quota', 'The policy is over a quota most attachments have',
    'An identity policy over 6,144 characters fits only as a role inline policy; a trust policy over 2,048 needs a raised quota. Shorten it or plan for the attachment it needs.'),
  check('RTC503', 'notice', 'size-over-user-inline-quota', 'The identity policy is over 2,048 characters',
    'It cannot be attached inline to an IAM user (2,048 characters). Attach it as a managed policy instead.'),
  // RTC504: quotas that count white space (src/core/lint/kinds/).
  check('RTC504', 'warning', 'size-over-quota-as-written', 'The policy is over its quota as written, white space included',
    'Service control policies and resource control policies (5,120 characters) and VPC endpoint policies (20,480) count every character, white space included. The policy fits only once the white space outside strings is removed: minify it before attaching it, or shorten it.'),

  // ---- RTC6xx: security ----
  check('RTC601', 'error', 'principal-star-no-condition', 'Principal "*" is allowed with no condition',
    'Any principal in any AWS account matches. On a trust policy anyone can assume the role; on a key policy anyone can use the key. Name the principals, or add a condition such as `aws:PrincipalOrgID` or `aws:PrincipalArn`.'),
  check('RTC602', 'error', 'notprincipal-with-allow', 'NotPrincipal is used with Allow',
    'Allow with NotPrincipal grants access to every principal not listed, including anonymous users. Use `Principal` with the principals you mean.'),
  check('RTC603', 'error', 'action-star', 'The statement allows every action',
    '`"Action": "*"` grants full administrator rights on the resources. Name the actions the workload needs.'),
  check('RTC604', 'warning', 'sts-star', 'The statement allows every STS action',
    '`sts:*` includes role assumption with every federation method and session tagging. Name the STS actions needed (usually `sts:AssumeRole`).'),
  check('RTC605', 'warning', 'assume-role-any-resource', 'sts:AssumeRole is allowed on every role',
    'With `Resource "*"` the principal can assume every role whose trust policy lets it in, in any account. Name the role ARNs.'),
  check('RTC606', 'warning', 'privilege-escalation', 'IAM actions that let a principal raise its own privileges are allowed broadly',
    'Actions such as `iam:CreateAccessKey`, `iam:PutRolePolicy`, `iam:AttachUserPolicy`, `iam:CreatePolicyVersion`, `iam:PassRole` or `iam:UpdateAssumeRolePolicy` on `"*"` or on every user or role let the holder give itself (or others) more access. Wildcards (`iam:Put*`) and NotAction count by what they match; an unconditional Deny of the action in the same policy cancels the finding. Scope them to specific ARNs. Paths through other services (passing a role to new compute) are RTC624.'),
  check('RTC607', 'warning', 'kms-any-resource-identity', 'KMS actions are allowed on every key in an identity policy',
    'With `Resource "*"` the principal can use or manage every key whose key policy delegates to the account. Name the key ARNs.'),
  check('RTC608', 'warning', 'cross-account-no-external-id', 'An account is trusted with no sts:ExternalId condition',
    'When a third party assumes the role on your behalf, require `sts:ExternalId` so another customer of that party cannot make it assume your role (the confused-deputy problem).'),
  check('RTC609', 'error', 'oidc-trust-no-sub', 'An OIDC trust has no condition on the subject',
    'Without a `:sub` condition every identity of the provider can assume the role; for GitHub that is every workflow in every repository. Add a `StringEquals`/`StringLike` condition on `<provider>:sub`.'),
  check('RTC610', 'error', 'github-oidc-sub-pattern', 'The GitHub OIDC sub pattern never matches or matches everything',
    'GitHub\'s `sub` claim is `repo:ORG/REPO:ref:refs/heads/BRANCH`, `repo:ORG/REPO:environment:NAME` or `repo:ORG/REPO:pull_request`. A pattern without the `:` after the repository never matches; `*` or `repo:*` matches every repository.'),
  check('RTC611', 'warning', 'service-principal-no-source', 'A service principal is allowed with no aws:SourceAccount or aws:SourceArn condition',
    'A service acting for any AWS customer could use the key (the confused-deputy problem). Add `aws:SourceAccount` or `aws:SourceArn` to the statement.'),
  check('RTC612', 'notice', 'account-root-principal', 'The whole account is trusted',
    'A principal like `arn:aws:iam::111122223333:root` (or the bare account id) delegates to the account: every user and role there that an administrator grants the permission can use it. Name specific roles or users when you can.'),
  check('RTC613', 'warning', 'principal-type-account-condition', 'aws:PrincipalType "Account" limits the statement to the root user',
    'Only the account root user has principal type `Account`; IAM users and roles of that account do not match, so the delegation to the account does not work for them.'),
  check('RTC614', 'warning', 'deny-notprincipal-role', 'Deny with NotPrincipal names a role but not its sessions',
    'Requests made with a role come from its assumed-role session ARN (`arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`), which NotPrincipal does not exempt when only the role ARN is listed. Use a `Principal: "*"` Deny with an `ArnNotLike` condition on `aws:PrincipalArn`.'),
  check('RTC615', 'warning', 'account-wildcard', 'An ARN matches every account',
    'In an Allow of actions that reach resources another account opens to you with a resource policy (`sts:AssumeRole` on roles, KMS keys, buckets, queues, topics, secrets, functions, repositories ...), a `*` in the account part (e.g. `arn:aws:iam::*:role/NAME`) reaches those resources in every AWS account, including other organisations\'. Name the accounts, or pin them with `aws:ResourceAccount`/`aws:ResourceOrgID`. Statements whose actions act only in the caller\'s account (IAM\'s own actions such as `iam:PassRole`, most services) are not reported: there the ARN cannot reach another account.'),
  check('RTC616', 'error', 'placeholder-unresolved', 'A template placeholder was never filled in',
    'The text still holds a placeholder such as `<ACCOUNT_ID>`, `${var}`, `#{AWS::AccountId}` or `...`. Render the template (or replace the placeholder) before committing or validating the policy.'),
  check('RTC617', 'notice', 'write-action-any-resource', 'Write actions that could be limited to specific resources are allowed on every resource',
    'An Allow statement in an identity policy grants Write, Tagging or Permissions-management actions that act on specific resources (the Service Authorization Reference lists resource types for them) on `"Resource": "*"`, so the principal can change every such resource in the account. Name the resources in `Resource`, or limit the statement with an `aws:ResourceTag`-style condition. KMS actions, `sts:AssumeRole` and IAM privilege-escalation actions are reported by RTC607, RTC605 and RTC606 instead.'),
  // RTC618-RTC624: broad grants, federation, public access, escalation paths (issue 8b).
  check('RTC618', 'warning', 'allow-not-action', 'Allow with NotAction grants every action not listed',
    'An Allow statement with `NotAction` on every resource grants every action of every service except those listed, including actions AWS adds later; the finding counts them from the action catalogue. AWS\'s job-function policies (PowerUserAccess) do this on purpose; elsewhere, list the actions the workload needs in `Action`.'),
  check('RTC619', 'warning', 'allow-not-resource', 'Allow with NotResource grants the actions on every other resource',
    'An Allow statement with `NotResource` grants its actions on every resource except those listed, in every account the principal can reach, including resources created later. Name the resources in `Resource` instead.'),
  check('RTC620', 'error', 'saml-trust-principal', 'sts:AssumeRoleWithSAML is trusted to a principal that is not a SAML provider',
    'Only a SAML identity provider (`"Federated": "arn:aws:iam::ACCOUNT:saml-provider/NAME"`) can call `sts:AssumeRoleWithSAML`; naming an IAM user, role, account or service there means the statement never lets anyone in. Name the SAML provider, or use `sts:AssumeRole` for IAM principals.'),
  check('RTC621', 'error', 'web-identity-trust-principal', 'sts:AssumeRoleWithWebIdentity is trusted to a principal that is not an OIDC provider',
    'Only an OIDC identity provider (`"Federated": "arn:aws:iam::ACCOUNT:oidc-provider/HOST"`) or a built-in web identity provider (`cognito-identity.amazonaws.com`, `accounts.google.com`, `graph.facebook.com`, `www.amazon.com`) can call `sts:AssumeRoleWithWebIdentity`; naming an IAM user, role, account, service or SAML provider there means the statement never lets anyone in. Name the provider, or use `sts:AssumeRole` for IAM principals.'),
  check('RTC622', 'error', 'public-function-url', 'A Lambda function URL is open to anyone without authentication',
    '`Principal: "*"` allowed `lambda:InvokeFunctionUrl` with `lambda:FunctionUrlAuthType` `NONE` and no other limit: anyone on the internet can invoke the function, unsigned. Use auth type `AWS_IAM` and name the principals, or add a condition that limits the caller (`aws:SourceAccount`, `aws:PrincipalOrgID`).'),
  check('RTC623', 'error', 'principal-star-condition-not-limiting', 'Principal "*" is allowed with conditions that do not limit who',
    'The statement\'s conditions test only how a request is made (`aws:SecureTransport`, `aws:RequestedRegion`, `aws:UserAgent`, time, encryption headers...), not who makes it, so any principal in any AWS account, or anyone at all, passes them. Name the principals, or add a condition on the caller such as `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:PrincipalArn`, `aws:SourceAccount` or `aws:SourceArn`.'),
  check('RTC624', 'warning', 'privilege-escalation-path', 'Actions that let a principal act with another role\'s permissions are allowed broadly',
    'A known privilege-escalation path through another service is allowed on every resource of its type: passing a role (`iam:PassRole` on `"*"`) to new compute (`lambda:CreateFunction`, `ec2:RunInstances`, `glue:CreateDevEndpoint`, `cloudformation:CreateStack`, SageMaker, ECS, CodeBuild, Data Pipeline), or reaching compute that already holds a role (`lambda:UpdateFunctionCode`, `ssm:SendCommand`, `ssm:StartSession`, `ec2-instance-connect:SendSSHPublicKey`, `glue:UpdateDevEndpoint`, `cloudformation:UpdateStack`, `sagemaker:CreatePresignedNotebookInstanceUrl`). Wildcards and NotAction count by what they match; an unconditional Deny of the path in the same policy cancels the finding. Limit the actions to specific resources and `iam:PassRole` to specific role ARNs (with `iam:PassedToService`).'),
]

export const CHECK_BY_CODE: ReadonlyMap<string, CheckInfo> = new Map(CHECKS.map((c) => [c.code, c]))
