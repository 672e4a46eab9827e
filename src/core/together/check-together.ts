// Do the user policy, the trust policy and the role's policies (KMS, S3
// staging, DB auth) among the linted files work together for these inputs?
// Each is found by what it does (not by its file name), they are evaluated
// together as IAM would, and every broken link becomes a finding that says
// what will fail at run time. Then each is compared in meaning with what
// `generate` makes from the same inputs.
import { accountRootArn, isAccountId, s3BucketArn, userArn, wholeAccountOf } from '../iam/arn.js'
import { keyedByPolicy, normalisePolicy, type NormalPolicy, type NormalStatement } from '../iam/normalise.js'
import { actionMatches, arnMatches, hasWildcard } from '../iam/wildcard.js'
import { documentsFor, kmsPolicyFor, redshiftDbAuthPolicyFor, s3StagingPolicyFor, trustPolicyFor, userPolicyFor } from '../generate/documents.js'
import { S3_STAGING_ACTIONS } from '../generate/role-policies/s3-staging-policy.js'
import { CLUSTER_CREDENTIALS_ACTION, JOIN_GROUP_ACTION, SERVERLESS_CREDENTIALS_ACTION } from '../generate/role-policies/redshift-db-auth-policy.js'
import { checkStagingAccess, stagingNeeds } from './staging-access.js'
import { checkDbAuth, dbAuthKeys, dbAuthNeeds } from './db-auth.js'
import { checkOrgPolicies, type ConnectorCall } from './org-policies.js'
import { checkRoleChaining } from './role-chaining.js'
import { checkRequesterScope } from './requester-scope.js'
import { isRequesterGuard } from './requester-guard.js'
import { allowedResources, allowsAction, asRole, effectiveIdentity, reportPassedOver, type Doc, type Report, type SetupContext } from './setup-context.js'
import { checkBoundaries, type BoundedCall } from './boundaries.js'
import type { GenerateInputs } from '../generate/inputs.js'
import type { Finding } from '../lint/finding.js'
import type { LintedFile } from '../lint/lint.js'
import { evaluateWithDerivedKeys } from './derived-keys.js'
import { blockedByConditions, conditionsText, reducedTo, statementName } from './failing-conditions.js'
import { policyWeight } from '../evaluate/weight.js'
import { principalFromArn } from '../evaluate/principal.js'
import type { ContextValue, Decision, RequestPrincipal, StatementRef } from '../evaluate/types.js'
import { togetherCheck } from './checks.js'
import { diffPolicies } from '../diff/semantic-diff.js'
import { documentPlace, statementPlace, type Place } from './position.js'
import { listText } from '../list-text.js'
import { groupDigits } from '../digits.js'
import { isUnknowableForKms, isUnknowableForKmsWithoutAlias, isUnknowableForOthers, isUnknowableForRoleSession, isUnknowableKey } from './unknowable-keys.js'
import { oncePerObject } from '../once-per-object.js'

/**
 * An IAM role's ARN (a pattern made concrete, its wildcards become 'x'): what RTC709 probes the user policy's own
 * resources for. Only one a role can have: an account of digits (or wildcards) and a path and name of IAM's
 * characters; an unrendered template's `arn:aws:iam::<ACCOUNT-HYPHENS>:role/<ROLE-NAME>` names no role, and was
 * reported as another role the user could assume.
 */
const ROLE_ARN = /^arn:[^:]+:iam::[\dx]*:role\/[\w+=,.@/-]+$/
/** A KMS key's ARN, likewise for RTC712. */
const KEY_ARN = /^arn:[^:]+:kms:[^:]*:[^:]*:key\//

/** The encryption context key S3 sets when it calls KMS for SSE-KMS. */
const S3_ARN_CONTEXT = 'kms:EncryptionContext:aws:s3:arn'
/** A KMS request's unknowable keys but S3_ARN_CONTEXT, whose values the staging bucket gives (useKeyWith). */
const onStaging =
  (unknown: (k: string) => boolean) =>
  (k: string): boolean =>
    unknown(k) && k.toLowerCase() !== S3_ARN_CONTEXT.toLowerCase()

// Whether a policy has a condition on S3_ARN_CONTEXT, worked out once per policy: only then are the KMS calls read
// with each of its values (useKeyWith), and thousands of candidate role policies cost one decision each, as before.
const mentionsS3ArnContext = oncePerObject((policy: NormalPolicy): boolean => {
  const key = S3_ARN_CONTEXT.toLowerCase()
  return policy.statements.some((st) => Object.values(st.condition).some((block) => Object.keys(block).some((k) => k.toLowerCase() === key)))
})

/** The six KMS operations the connector calls; kms:ReEncrypt* covers the last two. */
export const CONNECTOR_KMS_ACTIONS = ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo']
/** Key administration the connector never needs: a KMS policy that allows one is too wide. */
const KMS_ADMIN_ACTIONS = ['kms:ScheduleKeyDeletion', 'kms:PutKeyPolicy', 'kms:CreateGrant', 'kms:DisableKey']
const NO_KEY_ID = '00000000-0000-4000-8000-000000000000'
const OTHER_KEY_ID = '00000000-0000-4000-8000-0000000000ff'
/** A user name for the probe when inputs name no user (trust-principal: account). */
const ANY_USER = 'redshift-connector'

const MUST = (doc: unknown): NormalPolicy => {
  const p = normalisePolicy(doc)
  if (!p) throw new Error('a generated or built-in policy did not normalise')
  return p
}

/** The first document that passes `best`, else the first one. */
function pick(docs: Doc[], best: (d: Doc) => boolean): Doc | undefined {
  return docs.find(best) ?? docs[0]
}

/** An identity policy that allows everything: stands for "whatever the caller's account allows". */
const EVERYTHING = MUST({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })

const delegatingTo = (partition: string, account: string, action: string): NormalPolicy =>
  MUST({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: accountRootArn(partition, account) }, Action: action, Resource: '*' }] })

/**
 * The global condition keys every signed request carries, so a condition on
 * them (aws:SecureTransport, aws:PrincipalArn...) is judged as AWS would.
 * The connector calls AWS over TLS, itself (aws:ViaAWSService, "always
 * included", is false), as an IAM principal (aws:PrincipalIsAWSService, in
 * "all signed API requests", false). A role session signs with temporary
 * credentials, which carry aws:MultiFactorAuthPresent: false, as no MFA made
 * them; a user's long-term keys carry none. Read as absent, a role's
 * `Deny ... Bool aws:MultiFactorAuthPresent false` was passed over.
 * And the time of the request (timeContext).
 */
function requestContextOf(p: RequestPrincipal, now: number): Record<string, ContextValue> {
  const ctx: Record<string, ContextValue> = { 'aws:SecureTransport': true, 'aws:ViaAWSService': false, ...timeContext(now) }
  // Only a signed request by an IAM principal carries aws:PrincipalArn and its kin.
  if (p.kind === 'anonymous') return { ...ctx, 'aws:PrincipalType': 'Anonymous' }
  if (p.kind === 'service') return { ...ctx, 'aws:PrincipalServiceName': p.arn, 'aws:PrincipalIsAWSService': true }
  if (p.kind === 'federated') return ctx
  ctx['aws:PrincipalIsAWSService'] = false
  if (p.kind === 'assumed-role') {
    ctx['aws:MultiFactorAuthPresent'] = false
    // The role's session is made for the connector's calls, so its token was issued at their time. The principal
    // role's EC2 credential was issued earlier, when no input tells: unknowable for it (unknowable-keys.ts).
    ctx['aws:TokenIssueTime'] = new Date(now).toISOString()
  }
  ctx['aws:PrincipalArn'] = p.kind === 'assumed-role' && p.roleArn ? p.roleArn : p.arn
  if (p.account) ctx['aws:PrincipalAccount'] = p.account
  if (p.kind === 'user') ctx['aws:username'] = p.arn.slice(p.arn.lastIndexOf('/') + 1)
  ctx['aws:PrincipalType'] = p.kind === 'user' ? 'User' : p.kind === 'assumed-role' ? 'AssumedRole' : p.kind === 'root' ? 'Account' : 'Unknown'
  return ctx
}

/**
 * aws:CurrentTime and aws:EpochTime, in every request (AWS's global condition keys): the check's run stands for
 * the connector's next call. Read as unknowable, an Allow `DateLessThan aws:CurrentTime` a date long past held, and
 * a trust policy that had expired was said to admit the connector.
 */
function timeContext(now: number): Record<string, ContextValue> {
  return { 'aws:CurrentTime': new Date(now).toISOString(), 'aws:EpochTime': Math.floor(now / 1000) }
}

function unusedAccount(taken: Set<string>): string {
  for (const d of '987654321') {
    const candidate = d.repeat(12)
    if (!taken.has(candidate)) return candidate
  }
  return '000000000000'
}

/** `now`: the time the connector's requests are judged at (aws:CurrentTime), in milliseconds since 1970; tests give it. */
export function checkTogether(files: LintedFile[], inputs: GenerateInputs, now: number = Date.now()): Finding[] {
  if (files.length === 0) return []
  const contextOf = (p: RequestPrincipal): Record<string, ContextValue> => requestContextOf(p, now)
  const findings: Finding[] = []
  const generated = documentsFor(inputs)
  const part = inputs.partition
  const roleArn = generated.roleArn
  // With trust-principal role the caller is a session of the principal role
  // (the Secure Agent's EC2 instance role); the trust policy names the role.
  const principalRole = inputs.trustPrincipal === 'role' && inputs.principalRole ? generated.principalArn : ''
  const docs = files.filter((f): f is LintedFile & { policy: NormalPolicy } => f.policy !== undefined).map((f) => ({ file: f, policy: f.policy }))
  // With trust-principal account no input names the connector's requester, which may be any IAM user or role of its
  // account (the root delegates to the account): a user of it that a trust policy among the files names is read as it,
  // in the connector's favour (as a named session of the principal role is below); else a made-up user stands for it,
  // which no message names (callerText says "an IAM user or role of account ...").
  const namedUser = principalRole || generated.userArn ? undefined : userNamedIn(docs.filter((d) => d.file.kind === 'trust'), part, inputs.userAccountId)
  const callerArn = principalRole || generated.userArn || namedUser || userArn(part, inputs.userAccountId, ANY_USER)
  // The principal role's session: its name is the Secure Agent's choice (an EC2 instance role's is the
  // instance id), which no file or input gives. A trust policy that names one session of that role is read
  // in the connector's favour, as a condition on sts:RoleSessionName is: the caller is that session.
  const sessionPrefix = principalRole ? `arn:${part}:sts::${inputs.userAccountId}:assumed-role/${inputs.principalRole?.name}/` : ''
  const isCaller = (arn: string): boolean => arn === callerArn || (sessionPrefix !== '' && arn.startsWith(sessionPrefix) && arn.length > sessionPrefix.length)
  const namedSession = sessionPrefix ? sessionNamedIn(docs.filter((d) => d.file.kind === 'trust'), isCaller, callerArn) : undefined
  const caller: RequestPrincipal = principalRole
    ? { ...principalFromArn(namedSession ?? `${sessionPrefix}redshift-connector`), roleArn: principalRole }
    : principalFromArn(callerArn)
  const callerText = principalRole || generated.userArn || namedUser || `an IAM user or role of account ${inputs.userAccountId}`
  const context: Record<string, ContextValue> = { ...contextOf(caller), ...(inputs.externalId ? { 'sts:ExternalId': inputs.externalId } : {}) }

  const identities = docs.filter((d) => d.file.kind === 'identity')

  // The principal role's session signs with its EC2 role credential, whose keys no file or input gives.
  const callerUnknown = principalRole ? isUnknowableForRoleSession : isUnknowableKey
  const assume = (principal: RequestPrincipal, resource: string, identity: NormalPolicy[], trustPolicy?: NormalPolicy, ctx = context, unknownKeys = callerUnknown, boundary?: NormalPolicy): Decision =>
    evaluateWithDerivedKeys({ principal, action: 'sts:AssumeRole', resource, context: ctx, unknownKeys }, { identityPolicies: identity, ...(trustPolicy ? { resourcePolicy: trustPolicy } : {}), ...(boundary ? { permissionsBoundary: boundary } : {}) })

  const trust = pick(
    docs.filter((d) => d.file.kind === 'trust'),
    (d) => assume(caller, roleArn, [EVERYTHING], d.policy).effect === 'Allow'
  )
  const userTrustingAccount = delegatingTo(part, inputs.userAccountId, 'sts:AssumeRole')
  const userDoc = pick(
    identities.filter((d) => allowsAction(d.policy, 'sts:AssumeRole')),
    (d) => assume(caller, roleArn, [d.policy], userTrustingAccount).effect === 'Allow'
  )

  // KMS: the role's session calls KMS on the staging key, under the key policy
  // among the files or else the default one, which delegates to the role's account.
  // Its name is the connector's choice (sts:RoleSessionName), which no input gives: one a resource policy among the
  // files names (the session ARN a NotPrincipal lists beside the role's and the account's) is read as the one.
  const sessionBase = `arn:${part}:sts::${inputs.accountId}:assumed-role/${inputs.roleName}/`
  const session: RequestPrincipal = {
    ...principalFromArn(`${sessionBase}${sessionNameIn(docs.filter((d) => d.file.kind === 'resource'), sessionBase) ?? 'redshift-connector'}`),
    roleArn
  }
  const key = inputs.kmsKey
  // Without kms-key-arn no input names the staging key: one a KMS grant among the identity policies names is read as
  // it, in the connector's favour (as a user or session the trust policy names is); else a made-up key stands for it.
  const namedKey = inputs.kms && !key ? keyNamedIn(identities) : undefined
  const keyRegion = key?.region ?? namedKey?.region ?? 'us-east-1'
  const keyAccount = key?.account ?? namedKey?.account ?? inputs.accountId
  const stagingKey = key?.type === 'key' ? key.arn : (namedKey?.arn ?? `arn:${part}:kms:${keyRegion}:${keyAccount}:key/${NO_KEY_ID}`)
  /** The staging key's ARN when an input or a policy names it. */
  const keyArn = key?.arn ?? namedKey?.arn
  // kms:CallerAccount is in every KMS request: the account of the caller.
  const sessionKeyContext = (): Record<string, ContextValue> => ({ ...contextOf(session), 'kms:CallerAccount': inputs.accountId })
  const keyContext: Record<string, ContextValue> = { ...sessionKeyContext(), ...(key?.type === 'alias' ? { 'kms:ResourceAliases': [key.id] } : {}) }
  // The keys of the connector's KMS calls that no input gives: a staging key named by id (or none named) has
  // aliases no input tells, and a condition on them held the calls refused. A made-up other key (RTC712) has none.
  const kmsUnknown = key?.type === 'alias' ? isUnknowableForKms : isUnknowableForKmsWithoutAlias
  const kmsUnknownFor = (resource: string) => (resource === stagingKey ? kmsUnknown : isUnknowableForKms)
  const defaultKeyPolicy = delegatingTo(part, inputs.accountId, 'kms:*')
  // With SSE-KMS, S3 calls KMS for the connector with the encryption context aws:s3:arn: the staging bucket's ARN
  // (with an S3 Bucket Key) or the object's (without); the connector's own calls (kms:DescribeKey) carry none.
  // Each is one reading of the request, and the calls work if one of them is allowed; read as unknowable, a key
  // policy held to another bucket's context was read as met.
  const stagingObject = stagingNeeds(inputs)[0]?.resource
  const s3ArnReadings: Array<string | undefined> = inputs.stagingBucket && stagingObject ? [s3BucketArn(part, inputs.stagingBucket), stagingObject, undefined] : []
  // The requester's guards deny it everything but assuming the role: the requester's too, not the role's.
  const guards = identities.filter((d) => d !== userDoc && isRequesterGuard(d.policy, roleArn))
  const requesterDocs = [...(userDoc ? [userDoc] : []), ...guards]
  const requesterPolicies = requesterDocs.map((d) => d.policy)
  // A set: every identity policy may be a guard (a pull request's thousands), and a list's includes made it quadratic.
  const guarded = new Set<Doc>(guards)
  const roleIdentities = identities.filter((d) => d !== userDoc && !guarded.has(d))
  // The key policy, when it is among the files (a resource policy that grants
  // KMS actions): it decides whether the role's IAM policies count at all (a
  // key policy that does not delegate to the account makes them void) and may
  // name the role itself. Without one, the default key policy is assumed.
  const keyPolicyDoc = inputs.kms
    ? pick(
        docs.filter((d) => d.file.kind === 'resource' && CONNECTOR_KMS_ACTIONS.some((a) => allowsAction(d.policy, a))),
        (d) => CONNECTOR_KMS_ACTIONS.every((a) => useKeyWith([EVERYTHING], d.policy, a, stagingKey, keyContext).effect === 'Allow')
      )
    : undefined
  const keyPolicy = keyPolicyDoc?.policy ?? defaultKeyPolicy
  function useKeyWith(identity: NormalPolicy[], resourcePolicy: NormalPolicy, action: string, resource: string, ctx: Record<string, ContextValue>, boundary?: NormalPolicy): Decision {
    // Without kms-key-arn the staging key is a stand-in in a Region nobody gave: its Region is not known.
    const once = (context: Record<string, ContextValue>, unknownKeys: (k: string) => boolean) =>
      evaluateWithDerivedKeys(
        { principal: session, action, resource, context, unknownKeys },
        { identityPolicies: identity, resourcePolicy, resourceAccount: keyAccount, ...(boundary ? { permissionsBoundary: boundary } : {}) },
        keyArn !== undefined || resource !== stagingKey
      )
    if (s3ArnReadings.length === 0 || !(mentionsS3ArnContext(resourcePolicy) || identity.some(mentionsS3ArnContext))) return once(ctx, kmsUnknownFor(resource))
    let first: Decision | undefined
    for (const s3Arn of s3ArnReadings) {
      const d = once(s3Arn === undefined ? ctx : { ...ctx, [S3_ARN_CONTEXT]: s3Arn }, onStaging(kmsUnknownFor(resource)))
      if (d.effect === 'Allow') return d
      first ??= d
    }
    return first!
  }
  // IAM reads all the role's policies together: KMS actions split over two files still add up.
  const rolePolicies = roleIdentities.map((d) => d.policy)
  const useKey = (action: string, resource = stagingKey, ctx = keyContext): Decision => useKeyWith(rolePolicies, keyPolicy, action, resource, ctx)
  // The role policy that grants the connector's KMS actions on the key, judged under the one-statement key
  // policy that lets IAM policies count: what the key policy among the files adds is the same for every
  // such policy, and reading it once per candidate cost candidates × its size (2,000 of each: 6 s).
  const kmsDoc = inputs.kms
    ? pick(
        roleIdentities.filter((d) => CONNECTOR_KMS_ACTIONS.some((a) => allowsAction(d.policy, a))),
        (d) => CONNECTOR_KMS_ACTIONS.every((a) => useKeyWith([d.policy], defaultKeyPolicy, a, stagingKey, keyContext).effect === 'Allow')
      )
    : undefined
  /** Where a KMS decision points: the statement that decided it, in a role policy or the key policy. */
  const kmsPlaceOf = (decision: Decision, fallback: Doc): { doc: Doc; place: Place } => {
    // A role policy's statement first; in the key policy, one that names more than an account (the root
    // statement only hands the decision on).
    const namesMoreThanAccounts = (index: number) => {
      const st = keyPolicyDoc && statementAt(keyPolicyDoc.policy, index)
      return !!st && (!!st.notPrincipal || Object.values(st.principal ?? {}).some((values) => values.some((v) => wholeAccountOf(v) === undefined)))
    }
    const ref =
      decision.matched.find((r) => r.source === 'identity') ??
      decision.matched.find((r) => r.source === 'resource' && namesMoreThanAccounts(r.statement)) ??
      decision.matched[0]
    const doc = ref?.source === 'resource' ? keyPolicyDoc : ref ? roleIdentities[ref.policy] : undefined
    return doc && ref ? { doc, place: statementPlace(doc.file, ref.statement) } : { doc: fallback, place: documentPlace(fallback.file) }
  }

  const report = (code: string, file: LintedFile, place: Place, message: string, hint: string) => {
    findings.push({ file: file.file, ...place, code, severity: togetherCheck(code).severity, message, hint })
  }
  const anchor = trust?.file ?? userDoc?.file ?? kmsDoc?.file ?? files[0]
  // Deny statements the connector's own allowed calls passed only on keys the check cannot know (its source IP,
  // VPC endpoint, organisation...), by file and statement, with the calls: each becomes one RTC723 notice.
  const undecided = new Map<string, { doc: Doc; index: number; calls: string[] }>()
  const noteAllowed = (decision: Decision, what: string, docOf: (ref: StatementRef) => Doc | undefined): void => {
    if (decision.effect !== 'Allow' && decision.effect !== 'ImplicitDeny') return
    for (const ref of decision.undecided ?? []) {
      const doc = docOf(ref)
      if (!doc) continue
      const id = `${doc.file.file}|${ref.statement}`
      const entry = undecided.get(id)
      if (!entry) undecided.set(id, { doc, index: ref.statement, calls: [what] })
      else if (!entry.calls.includes(what) && entry.calls.length < UNDECIDED_CALLS_SHOWN) entry.calls.push(what)
    }
  }
  const refPlace = (ref: StatementRef | undefined, doc: Doc): Place => (ref ? statementPlace(doc.file, ref.statement) : documentPlace(doc.file))

  // ---- missing documents ---------------------------------------------------
  // A trust policy among the files that did not read as a policy (the vendor's sample ends with an extra '}'): the
  // finding names it, on it, rather than saying none is there.
  const unreadableTrust = trust ? undefined : files.find((f) => f.kind === 'trust' && f.policy === undefined)
  if (!trust && unreadableTrust) {
    report(
      'RTC701',
      unreadableTrust,
      { line: 1, column: 1 },
      `The Redshift connector will get AccessDenied on sts:AssumeRole: ${unreadableTrust.file}, the trust policy among the checked files, is not a policy IAM can read (see its errors), so none can admit the connector to ${roleArn}`,
      `Fix the errors in ${unreadableTrust.file} (or write it anew with generate: trust-policy.json)`
    )
  } else if (!trust) {
    report(
      'RTC701',
      anchor,
      { line: 1, column: 1 },
      `The Redshift connector will get AccessDenied on sts:AssumeRole: no trust policy for ${roleArn} is among the checked files`,
      'Add the role trust policy that generate makes (trust-policy.json) to policy-files'
    )
  }
  const trustForNeed = trust?.policy ?? MUST(generated.trustPolicy)
  const userPolicyNeeded = assume(caller, roleArn, [], trustForNeed).effect !== 'Allow'
  if (!userDoc && userPolicyNeeded) {
    const why = inputs.userAccountId !== inputs.accountId ? 'the role is in another account' : 'the trust policy names the account, which delegates to IAM policies'
    report(
      'RTC702',
      anchor,
      documentPlace(anchor),
      `The Redshift connector will get AccessDenied on sts:AssumeRole: no identity policy among the files allows ${callerText} sts:AssumeRole on ${roleArn}, and ${why}`,
      'Add the user policy that generate makes (user-policy.json) to policy-files'
    )
  }
  if (inputs.kms && !kmsDoc && !keyPolicyDoc) {
    report(
      'RTC703',
      anchor,
      { line: 1, column: 1 },
      `The Redshift connector will get AccessDenied from KMS on the staging key: kms is true but no identity policy among the files grants ${CONNECTOR_KMS_ACTIONS.join(', ')}`,
      'Add the KMS policy that generate makes (kms-policy.json) to policy-files'
    )
  }

  // ---- can the user assume the role? ----------------------------------------
  if (trust) {
    const decision = assume(caller, roleArn, requesterPolicies, trust.policy)
    if (decision.effect === 'Allow') noteAllowed(decision, `sts:AssumeRole on ${roleArn}`, (ref) => (ref.source === 'identity' ? requesterDocs[ref.policy] : trust))
    if (decision.effect === 'ExplicitDeny') {
      const ref = decision.matched[0]
      const doc = (ref.source === 'identity' ? requesterDocs[ref.policy] : undefined) ?? trust
      report(
        'RTC704',
        doc.file,
        refPlace(ref, doc),
        `The Redshift connector will get AccessDenied on sts:AssumeRole: ${statementName({ index: ref.statement, sid: ref.sid })} of ${doc.file.file} explicitly denies ${callerText} sts:AssumeRole on ${roleArn}`,
        'Remove the Deny statement or narrow it so that it leaves this user and role out'
      )
    } else if (decision.effect === 'ImplicitDeny') {
      const trustAlone = assume(caller, roleArn, [EVERYTHING], trust.policy)
      if (trustAlone.effect !== 'Allow') {
        // The Allow statement that would admit the caller but for its conditions, and the conditions it fails.
        const blocked = blockedByConditions(
          [trust.policy],
          (_, s) => assume(caller, roleArn, [EVERYTHING], { ...trust.policy, statements: [{ ...s, condition: keyedByPolicy() }] }).effect === 'Allow',
          (_, s, condition) => assume(caller, roleArn, [EVERYTHING], { ...trust.policy, statements: [reducedTo(s, 'sts:AssumeRole', undefined, condition)] }).effect === 'Allow'
        )
        // IAM reads condition keys in any case.
        const externalIdAsked = !!blocked?.failing.some((f) => f.key.toLowerCase() === 'sts:externalid')
        const named = blocked ? statementName(blocked.statement) : ''
        report(
          'RTC704',
          trust.file,
          blocked ? statementPlace(trust.file, blocked.statement.index) : documentPlace(trust.file),
          blocked
            ? `The Redshift connector will get AccessDenied on sts:AssumeRole: ${named} of the trust policy would admit ${callerText} but for its ${conditionsText(blocked.failing)}, which the request the connector makes does not meet${externalIdAsked ? (inputs.externalId ? ' with the external-id input' : ' (no external-id input is set)') : ''}`
            : `The Redshift connector will get AccessDenied on sts:AssumeRole: the trust policy does not name ${callerText}`,
          blocked
            ? externalIdAsked
              ? 'Make the condition match the connector: e.g. the sts:ExternalId it sends (the external-id input)'
              : `Make the conditions of ${named} admit the connector's request (${callerText})`
            : `Add ${generated.principalArn} to the Principal of a statement that allows sts:AssumeRole`
        )
      } else if (userDoc) {
        const why = inputs.userAccountId !== inputs.accountId ? 'the role is in another account, so the trust policy alone is not enough' : 'the trust policy names the whole account, which hands the decision to IAM policies'
        report(
          'RTC704',
          userDoc.file,
          documentPlace(userDoc.file),
          `The Redshift connector will get AccessDenied on sts:AssumeRole: ${userDoc.file.file} does not allow sts:AssumeRole on ${roleArn}, and ${why}`,
          `Allow sts:AssumeRole on Resource ${roleArn} in the user policy`
        )
      }
    }
    checkWhoElse(trust, inputs, roleArn, callerArn, callerText, isCaller, assume, report, contextOf)
  }

  const kmsHome = kmsDoc ?? keyPolicyDoc
  // ---- the whole setup: staging, database credentials, chaining, requester scope ----
  // The staging bucket's policy: a resource policy among the files (not the
  // key policy) with a statement on the bucket or its objects about S3.
  const bucketArnValue = inputs.stagingBucket ? `arn:${part}:s3:::${inputs.stagingBucket}` : undefined
  const onBucket = (s: NormalStatement): boolean =>
    !!bucketArnValue &&
    (s.action ? s.action.some((a) => a === '*' || a.toLowerCase().startsWith('s3:')) : !!s.notAction) &&
    (s.resource ?? s.notResource ?? []).some((r) => arnMatches(r, bucketArnValue) || arnMatches(r, `${bucketArnValue}/${inputs.stagingPrefix ?? ''}x`))
  const bucketPolicy = bucketArnValue ? docs.find((d) => d.file.kind === 'resource' && d !== keyPolicyDoc && d.policy.statements.some(onBucket)) : undefined
  const setup: SetupContext = {
    inputs,
    anchor,
    ...(bucketPolicy ? { bucketPolicy } : {}),
    ...(userDoc ? { requesterDoc: userDoc } : {}),
    ...(guards.length > 0 ? { requesterGuards: guards } : {}),
    roleDocs: roleIdentities,
    ...(trust ? { trust } : {}),
    caller,
    callerText,
    session,
    baseContext: contextOf,
    report,
    noteAllowed
  }
  // ---- permissions boundaries among the files: the role's or the requester's ----
  // Read before the checks of what the role and the requester must not reach (RTC709, RTC711, RTC712 here; RTC715,
  // RTC718, RTC720 in the whole-setup checks): each judges within the boundary read as that principal's
  // (effectiveIdentity).
  const boundaries = docs.filter((d) => d.file.kind === 'boundary')
  if (boundaries.length > 0) {
    // The role's session as the boundary alone judges it: every identity policy's Allow stood in for by one.
    const sessionByBoundary = (action: string, resource: string, extra: Record<string, ContextValue>, b: NormalPolicy): Decision =>
      evaluateWithDerivedKeys(
        { principal: session, action, resource, context: { ...contextOf(session), ...extra }, unknownKeys: isUnknowableKey },
        { identityPolicies: [EVERYTHING], resourceAccount: session.account ?? '', resourcePolicyKind: 'other', permissionsBoundary: b }
      )
    const roleCall = (n: { action: string; resource: string; context?: Record<string, ContextValue> }, extra: Record<string, ContextValue> = {}): BoundedCall => ({
      whose: 'role',
      what: `${n.action} on ${n.resource}`,
      decide: (b) => asRole(setup, n.action, n.resource, { ...extra, ...n.context }, b),
      byBoundary: (b) => sessionByBoundary(n.action, n.resource, { ...extra, ...n.context }, b)
    })
    const assumeRequest = { principal: caller, action: 'sts:AssumeRole', resource: roleArn, context, unknownKeys: callerUnknown }
    const boundedCalls: BoundedCall[] = [
      ...(trust
        ? [
            {
              whose: 'requester' as const,
              what: `sts:AssumeRole on ${roleArn}`,
              decide: (b?: NormalPolicy) => evaluateWithDerivedKeys(assumeRequest, { identityPolicies: requesterPolicies, resourcePolicy: trust.policy, ...(b ? { permissionsBoundary: b } : {}) }),
              // Judged as within the caller's own account: only the boundary's verdict is asked.
              byBoundary: (b: NormalPolicy) =>
                evaluateWithDerivedKeys(assumeRequest, { identityPolicies: [EVERYTHING], resourceAccount: caller.account ?? '', resourcePolicyKind: 'other', permissionsBoundary: b })
            }
          ]
        : []),
      ...(inputs.kms && kmsHome
        ? CONNECTOR_KMS_ACTIONS.map((action) => ({
            whose: 'role' as const,
            what: `${action} on ${key ? key.arn : 'the staging key'}`,
            decide: (b?: NormalPolicy) => useKeyWith(rolePolicies, keyPolicy, action, stagingKey, keyContext, b),
            byBoundary: (b: NormalPolicy) => useKeyWith([EVERYTHING], defaultKeyPolicy, action, stagingKey, keyContext, b)
          }))
        : []),
      ...stagingNeeds(inputs).map((n) => roleCall(n)),
      ...dbAuthNeeds(inputs).map((n) => roleCall(n, dbAuthKeys(inputs)))
    ]
    const sole = checkBoundaries(boundaries, boundedCalls, { requester: callerText, role: roleArn }, report, noteAllowed)
    if (sole.requester) setup.requesterBoundary = sole.requester
    if (sole.role) setup.roleBoundary = sole.role
  }

  // ---- can the user assume other roles? -------------------------------------
  if (userDoc) {
    const path = inputs.rolePath
    const strangerAccount = unusedAccount(new Set([inputs.accountId, inputs.userAccountId]))
    const others = [
      `arn:${part}:iam::${inputs.accountId}:role${path}${inputs.roleName}-other`,
      `arn:${part}:iam::${inputs.accountId}:role${path}AnotherRole`,
      `arn:${part}:iam::${inputs.accountId}:role${path === '/' ? '/other/' : '/'}${inputs.roleName}`,
      `arn:${part}:iam::${strangerAccount}:role${path}${inputs.roleName}`
    ]
    // And every role the user policy names besides the connector's, probed as written (within the derived budget).
    const named = allowedResources([userDoc], (concrete) => ROLE_ARN.test(concrete) && concrete.toLowerCase() !== roleArn.toLowerCase())
    for (const { concrete } of named.found) if (!others.includes(concrete)) others.push(concrete)
    if (named.passedOver) {
      reportPassedOver(report, 'RTC709', named.passedOver, `let ${callerText} assume other roles than ${roleArn}`, 'role ARNs the user policy names', `Set Resource to exactly ${roleArn}, with no wildcard`)
    }
    // Within the requester's effective permissions: its boundary, when one is read as its, takes back the rest.
    const requester = effectiveIdentity(setup, 'requester')
    const reachable = others
      .map((other) => ({ other, decision: assume(caller, other, requester.identityPolicies, userTrustingAccount, context, callerUnknown, requester.permissionsBoundary) }))
      .filter((r) => r.decision.effect === 'Allow')
    if (reachable.length > 0) {
      const ref = reachable[0].decision.matched.find((r) => r.source === 'identity')
      report(
        'RTC709',
        userDoc.file,
        refPlace(ref, userDoc),
        `${userDoc.file.file} lets ${callerText} assume other roles than ${roleArn} too, e.g. ${listText(reachable.map((r) => r.other), 4)}, wherever their trust policy admits the account`,
        `Set Resource to exactly ${roleArn}, with no wildcard`
      )
    }
  }

  // ---- does the role get what it needs from KMS? ----------------------------
  if (kmsHome) {
    const decisions = CONNECTOR_KMS_ACTIONS.map((action) => ({ action, decision: useKey(action) }))
    for (const d of decisions) {
      if (d.decision.effect === 'Allow') noteAllowed(d.decision, `${d.action} on ${key ? key.arn : 'the staging key'}`, (ref) => (ref.source === 'identity' ? roleIdentities[ref.policy] : keyPolicyDoc))
    }
    const refused = decisions.filter((d) => d.decision.effect !== 'Allow')
    if (refused.length > 0) {
      const denied = refused.map((d) => d.decision).find((d) => d.effect === 'ExplicitDeny')
      const keyText = key ? key.arn : 'the staging key'
      // Refused without a Deny: the key policy does not let IAM policies count, or no role policy allows.
      const keyPolicyShut = keyPolicyDoc && refused.some((d) => useKeyWith([EVERYTHING], keyPolicyDoc.policy, d.action, stagingKey, keyContext).effect !== 'Allow')
      const at = denied ? kmsPlaceOf(denied, kmsHome) : keyPolicyShut ? { doc: keyPolicyDoc, place: documentPlace(keyPolicyDoc.file) } : { doc: kmsHome, place: documentPlace(kmsHome.file) }
      const why = denied
        ? `${at.doc.file.file} denies them`
        : keyPolicyShut
          ? `the key policy ${keyPolicyDoc.file.file} neither names the role nor delegates to account ${inputs.accountId}, so the role's IAM policies do not count`
          : kmsDoc
            ? `${kmsDoc.file.file} does not allow them for the role on that key`
            : keyAccount !== inputs.accountId
              ? `the key policy ${keyPolicyDoc!.file.file} admits the role, but the key is in account ${keyAccount}, not the role's (${inputs.accountId}), so the role's own IAM policies must allow them too, and none among the files does`
              : `neither an identity policy among the files nor the key policy ${keyPolicyDoc!.file.file} allows them for the role on that key`
      report(
        'RTC710',
        at.doc.file,
        at.place,
        `The Redshift connector will get AccessDenied on ${refused.map((d) => d.action).join(', ')} for ${keyText}: ${why}`,
        keyPolicyShut
          ? `Name the role ${roleArn} in the key policy, or let it delegate to the account (Principal arn:${part}:iam::${inputs.accountId}:root)`
          : `Allow ${CONNECTOR_KMS_ACTIONS.slice(0, 4).join(', ')} and kms:ReEncrypt* on the key`
      )
    }
    // What the role must not reach is judged within its effective permissions (its boundary, when one is read as its).
    const role = effectiveIdentity(setup, 'role')
    const reach = (action: string, resource: string, ctx: Record<string, ContextValue>, resourcePolicy = keyPolicy): Decision =>
      useKeyWith(role.identityPolicies, resourcePolicy, action, resource, ctx, role.permissionsBoundary)
    const admin = KMS_ADMIN_ACTIONS.map((action) => ({ action, decision: reach(action, stagingKey, keyContext) })).filter((d) => d.decision.effect === 'Allow')
    if (admin.length > 0) {
      const at = kmsPlaceOf(admin[0].decision, kmsHome)
      report(
        'RTC711',
        at.doc.file,
        at.place,
        `${at.doc.file.file} also allows the role ${admin.map((d) => d.action).join(', ')} on the staging key, which the connector never needs`,
        'List the five actions (kms:GenerateDataKey, kms:DescribeKey, kms:Encrypt, kms:Decrypt, kms:ReEncrypt*) instead of a wildcard'
      )
    }
    if (key && kmsDoc) {
      const hint = key.type === 'key' ? `Set Resource to ${key.arn}` : `Keep Resource to the account's keys and add the condition ForAnyValue:StringEquals kms:ResourceAliases = ${key.id}`
      // A made-up key of the account, then every other key the policies name (within the derived budget).
      // Other keys' policies are not among the files: the default one, which delegates to the account, stands for them.
      const otherKeys = [`arn:${part}:kms:${key.region}:${key.account}:key/${OTHER_KEY_ID}`]
      const named = allowedResources(roleIdentities, (concrete) => KEY_ARN.test(concrete) && concrete !== stagingKey)
      for (const { concrete } of named.found) if (!otherKeys.includes(concrete)) otherKeys.push(concrete)
      if (named.passedOver) reportPassedOver(report, 'RTC712', named.passedOver, `let the role use other KMS keys than ${key.arn}`, 'key ARNs the policy names', hint)
      for (const otherKey of otherKeys) {
        const other = reach('kms:Decrypt', otherKey, sessionKeyContext(), defaultKeyPolicy)
        if (other.effect !== 'Allow') continue
        const at = kmsPlaceOf(other, kmsDoc)
        report('RTC712', at.doc.file, at.place, `${at.doc.file.file} lets the role use other KMS keys than ${key.arn} (e.g. kms:Decrypt on ${otherKey})`, hint)
        break
      }
    }
  }

  // A key of another account: its policy must admit the role (the default one names its own account only), and
  // standing in for it, the one that delegates to the role's account took that for granted.
  if (inputs.kms && keyArn && keyAccount !== inputs.accountId && !keyPolicyDoc) {
    const at = kmsDoc?.file ?? anchor
    report(
      'RTC722',
      at,
      documentPlace(at),
      `Whether the Redshift connector may use ${keyArn} is not checked: the key is in account ${keyAccount}, not the role's (${inputs.accountId}), so its key policy must admit the role or its account, and no key policy among the files is that key's`,
      `Add the key policy of ${keyArn} to policy-files (a resource policy naming ${roleArn} or arn:${part}:iam::${inputs.accountId}:root for ${CONNECTOR_KMS_ACTIONS.slice(0, 4).join(', ')} and kms:ReEncrypt*)`
    )
  }

  // ---- drift: same meaning as what generate makes? --------------------------
  // The semantic diff reads generate's document as the earlier version and the
  // committed one as the later, so "broadens" means the file grants more.
  const drift = (code: string, doc: Doc | undefined, want: unknown, name: string) => {
    if (!doc) return
    const weight = policyWeight(doc.policy)
    if (weight > DRIFT_WEIGHT_LIMIT) {
      report(
        code,
        doc.file,
        documentPlace(doc.file),
        hideSecret(`${doc.file.file} is not the ${name} generate makes for these inputs: it holds ${groupDigits(weight)} patterns, principals and condition values, too many to compare in meaning (at most ${groupDigits(DRIFT_WEIGHT_LIMIT)}), so how it differs is not worked out`, inputs),
        'Regenerate it with mode: generate, or change the inputs to match it'
      )
      return
    }
    const diff = diffPolicies(want, doc.file.policyValue ?? doc.file.value)
    if (diff.accessChange === 'none') return
    const changes = diff.statements.filter((c) => c.rating !== 'neutral')
    const first = changes.find((c) => c.after)?.after
    const place = first ? statementPlace(doc.file, first.index) : documentPlace(doc.file)
    const how = DRIFT_WORDS[diff.accessChange]
    const listed = diff.overBudget ?? listText(changes.map((c) => c.summary), 3, '; ')
    report(code, doc.file, place, hideSecret(`${doc.file.file} ${how} the ${name} generate makes for these inputs: ${listed}`, inputs), 'Regenerate it with mode: generate, or change the inputs to match it')
  }
  drift('RTC801', userDoc, userPolicyFor(inputs), 'user policy')
  drift('RTC802', trust, trustPolicyFor(inputs), 'trust policy')
  if (inputs.kms) drift('RTC803', kmsDoc, kmsPolicyFor(inputs), 'KMS policy')


  checkStagingAccess(setup)
  checkDbAuth(setup)
  checkRoleChaining(setup, roleArn)
  checkRequesterScope(setup)


  // ---- the organisation's policies among the files: SCPs on the callers, RCPs on the resources ----
  const scps = docs.filter((d) => d.file.kind === 'scp')
  const rcps = docs.filter((d) => d.file.kind === 'rcp')
  if (scps.length > 0 || rcps.length > 0) {
    const sessionCalls = (needs: Array<{ action: string; resource: string; context?: Record<string, ContextValue> }>, extra: Record<string, ContextValue> = {}): ConnectorCall[] =>
      needs.map((n) => ({
        request: { principal: session, action: n.action, resource: n.resource, context: { ...contextOf(session), ...extra, ...n.context }, unknownKeys: isUnknowableKey },
        callerAccount: inputs.accountId,
        // The staging bucket is taken to be the role's account's, as asRole takes it.
        resourceAccount: inputs.accountId,
        what: `${n.action} on ${n.resource}`
      }))
    const calls: ConnectorCall[] = [
      { request: { principal: caller, action: 'sts:AssumeRole', resource: roleArn, context, unknownKeys: callerUnknown }, callerAccount: inputs.userAccountId, resourceAccount: inputs.accountId, what: `sts:AssumeRole on ${roleArn}` },
      ...(inputs.kms
        ? CONNECTOR_KMS_ACTIONS.map((action) => ({
            request: { principal: session, action, resource: stagingKey, context: keyContext, unknownKeys: kmsUnknown },
            callerAccount: inputs.accountId,
            resourceAccount: keyAccount,
            regionKnown: key !== undefined,
            what: `${action} on ${key ? key.arn : 'the staging key'}`
          }))
        : []),
      ...sessionCalls(stagingNeeds(inputs)),
      ...sessionCalls(dbAuthNeeds(inputs), dbAuthKeys(inputs))
    ]
    checkOrgPolicies(scps, rcps, calls, report, (decision, what, doc) => noteAllowed(decision, what, () => doc))
  }
  for (const { doc, index, calls } of undecided.values()) {
    const st = statementAt(doc.policy, index)
    const keys = st ? [...new Set(Object.values(st.condition).flatMap((block) => Object.keys(block)).filter((k) => isUnknowableForOthers(k) || kmsUnknown(k)))] : []
    report(
      'RTC723',
      doc.file,
      statementPlace(doc.file, index),
      `Whether the Redshift connector may make ${listText(calls, 3, '; ')} is not checked: ${statementName(st ?? { index })} of ${doc.file.file} denies it if its conditions on ${listText(keys, 3)} hold for the connector's requests, and the check cannot know their values (where the Secure Agent runs, its network, its organisation...): they were read in the connector's favour`,
      `Make sure the Secure Agent's requests meet the conditions on ${listText(keys, 3)} (or leave the connector's principal out of the Deny)`
    )
  }
  const s3Want = s3StagingPolicyFor(inputs)
  if (s3Want) drift('RTC804', pickBy(roleIdentities, [...S3_STAGING_ACTIONS]), s3Want, 'S3 staging policy')
  const dbWant = redshiftDbAuthPolicyFor(inputs)
  if (dbWant) drift('RTC805', pickBy(roleIdentities, [CLUSTER_CREDENTIALS_ACTION, JOIN_GROUP_ACTION, SERVERLESS_CREDENTIALS_ACTION]), dbWant, 'DB-auth policy')

  return findings
}

/**
 * The most patterns, principals and condition values (policyWeight) a
 * committed document may hold for the drift comparison. The semantic diff
 * compares the values of a document's Allow and Deny statements with one
 * another, so a document of N of them costs up to N × N: 1,000 took up to
 * 0.8 s, 2,000 up to 1.8 s, 8,000 over 20 s, and five documents are compared.
 * What generate makes holds a few dozen, and none of the corpora's policies
 * over 200. Past the limit the document is reported as not what generate
 * makes, without the list of differences.
 */
export const DRIFT_WEIGHT_LIMIT = 500

/** The calls an RTC723 notice names at most (it says "and N more" past three). */
const UNDECIDED_CALLS_SHOWN = 8

/** The role policy that grants the most of these actions (the first on a tie), for the drift comparison. */
function pickBy(docs: Doc[], actions: string[]): Doc | undefined {
  let best: Doc | undefined
  let bestCount = 0
  for (const d of docs) {
    const count = actions.filter((a) => allowsAction(d.policy, a)).length
    if (count > bestCount) {
      best = d
      bestCount = count
    }
  }
  return best
}

const DRIFT_WORDS: Record<'broadens' | 'narrows' | 'mixed', string> = {
  broadens: 'grants more than',
  narrows: 'grants less than',
  mixed: 'grants more in some ways and less in others than'
}

/** The external id is a shared secret of sorts: a message never carries it. */
function hideSecret(message: string, inputs: GenerateInputs): string {
  return inputs.externalId ? message.split(inputs.externalId).join('(the external-id input)') : message
}

type Assume = (
  principal: RequestPrincipal,
  resource: string,
  identity: NormalPolicy[],
  trustPolicy?: NormalPolicy,
  ctx?: Record<string, ContextValue>,
  unknownKeys?: (key: string) => boolean
) => Decision

/**
 * Who else can assume the role? Anyone at all (a user of an account nobody
 * named), then every principal the trust policy names,
 * each given every IAM permission in its own account, with the context the
 * connector sends (so a known external id does not hide a wide principal).
 */
function checkWhoElse(
  trust: Doc,
  inputs: GenerateInputs,
  roleArn: string,
  callerArn: string,
  callerText: string,
  isCaller: (arn: string) => boolean,
  assume: Assume,
  report: Report,
  contextOf: (p: RequestPrincipal) => Record<string, ContextValue>
): void {
  const part = inputs.partition
  const named = trust.policy.statements.flatMap((s) => Object.entries(s.principal ?? {}).flatMap(([type, values]) => values.map((value) => ({ s, type, value }))))
  const taken = new Set([inputs.accountId, inputs.userAccountId, ...named.map((n) => /(\d{12})/.exec(n.value)?.[1] ?? '')])
  const stranger = unusedAccount(taken)
  // Each probe signs its own request (its own aws:PrincipalArn...), with the external id the connector sends.
  const probeContext = (probe: RequestPrincipal): Record<string, ContextValue> => ({
    ...contextOf(probe),
    ...(inputs.externalId ? { 'sts:ExternalId': inputs.externalId } : {})
  })
  // What a hint tells to name: the connector's principal, never the made-up user that stands for an unnamed one.
  const nameIt = callerText === callerArn ? callerArn : `the connector's user or role of account ${inputs.userAccountId}`
  const placeOf = (d: Decision) => {
    const ref = d.matched.find((r) => r.source === 'resource')
    return ref ? statementPlace(trust.file, ref.statement) : documentPlace(trust.file)
  }

  // No anonymous caller: sts:AssumeRole is called with an IAM user's or role's credentials only ("Compare AWS STS
  // credentials", IAM User Guide), so "*" admits every principal of every account, as a user of one nobody named.
  const anyone = principalFromArn(userArn(part, stranger, 'anyone'))
  const open = assume(anyone, roleArn, [EVERYTHING], trust.policy, probeContext(anyone), isUnknowableForOthers)
  if (open.effect === 'Allow') {
    report(
      'RTC705',
      trust.file,
      placeOf(open),
      `Any principal can assume ${roleArn}: the trust policy admits every IAM user and role of every account, such as a user of an unrelated account (${stranger})${unknowableNote(statementAt(trust.policy, open.matched.find((r) => r.source === 'resource')?.statement))}`,
      `Name ${nameIt} (or its account) in Principal instead of "*" or NotPrincipal`
    )
    return
  }

  // Principal "*" held to an account by a condition (aws:PrincipalAccount,
  // aws:PrincipalOrgID...) names no one the loop below can probe, yet admits
  // every principal there: probe another user of each account involved.
  for (const account of new Set([inputs.userAccountId, inputs.accountId])) {
    if (account === inputs.userAccountId && inputs.trustPrincipal === 'account') continue
    const probe = principalFromArn(userArn(part, account, 'another-user'))
    if (isCaller(probe.arn)) continue
    const d = assume(probe, roleArn, [EVERYTHING], trust.policy, probeContext(probe), isUnknowableForOthers)
    const ref = d.matched.find((r) => r.source === 'resource' && r.effect === 'Allow')
    const s = statementAt(trust.policy, ref?.statement)
    if (d.effect !== 'Allow' || !ref || !s || !(s.notPrincipal || s.principal?.AWS?.includes('*'))) continue
    report(
      'RTC707',
      trust.file,
      statementPlace(trust.file, ref.statement),
      `The trust policy admits every principal of account ${account} through Principal "*" and its conditions (e.g. ${probe.arn}): any of them can assume ${roleArn}, not only ${callerText}${unknowableNote(s)}`,
      `Name ${nameIt} in Principal instead of "*"`
    )
  }

  const seen = new Set<string>()
  // One decision per principal, however many statements name it; and a budget
  // of what the decisions read (each reads the whole trust policy, principals
  // and all: a policy naming N principals would cost N × N). Past it a
  // principal is not judged but reported as admitted, saying so: a principal
  // padded behind thousands of others is never passed over.
  const decided = new Map<string, boolean>()
  let budget = WHO_ELSE_BUDGET
  const cost = policyWeight(trust.policy) + 1
  for (const { s, type, value } of named) {
    if (value === '*' || !appliesToAssume(s)) continue
    const probe = probeFor(type, value, part)
    if (!probe || isCaller(probe.arn)) continue
    const probeKey = `${type}|${value}`
    let admitted = decided.get(probeKey)
    let judged = true
    if (admitted === undefined) {
      if (budget < cost) judged = false
      else {
        budget -= cost
        admitted = assume(probe, roleArn, [EVERYTHING], trust.policy, probeContext(probe), isUnknowableForOthers).effect === 'Allow'
        decided.set(probeKey, admitted)
      }
    }
    if (judged && !admitted) continue
    const unjudged = judged ? '' : ` (not evaluated: the trust policy names more principals than the check judges one by one, so its conditions and Denies were not applied to this one)`
    const account = probe.kind === 'root' ? probe.account : undefined
    let code: string
    let message: string
    let hint: string
    if (account) {
      if (account === inputs.userAccountId && inputs.trustPrincipal === 'account') continue
      const own = account === inputs.userAccountId || account === inputs.accountId
      code = own ? 'RTC707' : 'RTC706'
      message = own
        ? `The trust policy admits the whole account ${account}: every user and role there that its IAM policies allow can assume ${roleArn}, not only ${callerText}`
        : `The trust policy admits account ${account}, which is neither the user's nor the role's: anyone it allows can assume ${roleArn}`
      hint = own ? `Name ${nameIt} instead of the account root` : `Remove ${value} from Principal unless that account is meant to use the role`
    } else {
      const other = probe.account !== undefined && probe.account !== inputs.userAccountId && probe.account !== inputs.accountId
      code = other ? 'RTC706' : 'RTC708'
      message = other
        ? `The trust policy admits ${value} of account ${probe.account}, which is neither the user's nor the role's: it can assume ${roleArn}`
        : `The trust policy also admits ${type === 'AWS' ? value : `${type} ${value}`}: it can assume ${roleArn} besides ${callerText}`
      hint = `Remove ${value} from Principal unless it is meant to share the role`
    }
    const key = `${code}|${s.index}|${value}`
    if (seen.has(key)) continue
    seen.add(key)
    report(code, trust.file, statementPlace(trust.file, s.index), `${message}${unjudged || unknowableNote(s)}`, hint)
  }
}

/**
 * The first value `pick` gives for a statement of these policies (files in order, then statements in order), if any:
 * the one walk that finds the user, session or key a policy names, which the check reads as the connector's.
 * Linear in the statements, times what `pick` costs for one.
 */
function firstNamedIn<T>(docs: readonly Doc[], pick: (s: NormalStatement) => T | undefined): T | undefined {
  for (const { policy } of docs) {
    for (const s of policy.statements) {
      const named = pick(s)
      if (named !== undefined) return named
    }
  }
  return undefined
}

/** The first of these principal values that passes `test` and has no wildcard (a pattern names no one principal). */
function firstConcrete(values: readonly string[] | undefined, test: (value: string) => boolean): string | undefined {
  return values?.find((v) => test(v) && !hasWildcard(v))
}

/**
 * The first session ARN of the principal role (isCaller, other than the role's own ARN) that an AWS
 * principal of these trust policies names, if any; not a pattern, which IAM refuses in a Principal.
 * Linear in the principals.
 */
function sessionNamedIn(trusts: Doc[], isCaller: (arn: string) => boolean, roleArn: string): string | undefined {
  return firstNamedIn(trusts, (s) => firstConcrete(s.principal?.AWS, (v) => v !== roleArn && isCaller(v)))
}

/** A KMS key's ARN with no wildcard: its Region and account. */
const CONCRETE_KEY_ARN = /^arn:[^:*?]+:kms:([a-z0-9-]+):(\d{12}):key\/[^*?]+$/

/**
 * The first KMS key an Allow of these identity policies names for one of the connector's KMS actions (no wildcard):
 * without kms-key-arn, the staging key, read in the connector's favour. Linear in the statements and their lists.
 */
function keyNamedIn(identities: Doc[]): { arn: string; region: string; account: string } | undefined {
  return firstNamedIn(identities, (s) => {
    if (s.effect !== 'Allow' || !s.action?.some((p) => CONNECTOR_KMS_ACTIONS.some((a) => actionMatches(p, a)))) return undefined
    for (const r of s.resource ?? []) {
      const m = CONCRETE_KEY_ARN.exec(r)
      if (m) return { arn: r, region: m[1], account: m[2] }
    }
    return undefined
  })
}

/**
 * The first IAM user of `account` that an Allow of a trust policy names (no wildcard): with trust-principal account,
 * the connector's user, read in its favour. Linear in the principals.
 */
function userNamedIn(trusts: Doc[], part: string, account: string): string | undefined {
  const prefix = `arn:${part}:iam::${account}:user/`
  return firstNamedIn(trusts, (s) => (s.effect === 'Allow' ? firstConcrete(s.principal?.AWS, (v) => v.startsWith(prefix) && v.length > prefix.length) : undefined))
}

/**
 * The name of the first session ARN under `base` (the connector's role's sessions) that a resource policy grants to
 * (an Allow's Principal) or spares (a Deny's NotPrincipal): in the connector's favour, as the name is its own choice.
 * Linear in the principals.
 */
function sessionNameIn(resourceDocs: Doc[], base: string): string | undefined {
  const named = firstNamedIn(resourceDocs, (s) =>
    firstConcrete(s.effect === 'Allow' ? s.principal?.AWS : s.notPrincipal?.AWS, (v) => v.startsWith(base) && v.length > base.length && !v.includes('/', base.length))
  )
  return named?.slice(base.length)
}

/** The statement a decision's reference points at. */
function statementAt(policy: NormalPolicy, index: number | undefined): NormalStatement | undefined {
  return index === undefined ? undefined : policy.statements.find((st) => st.index === index)
}

/**
 * What a finding about an admitting statement adds when its conditions rest on
 * keys the check cannot know (unknowable-keys.ts): they were read as holding.
 */
function unknowableNote(s: NormalStatement | undefined): string {
  const keys = s ? [...new Set(Object.values(s.condition).flatMap((block) => Object.keys(block)).filter(isUnknowableForOthers))] : []
  return keys.length === 0 ? '' : ` (if its conditions on ${listText(keys, 3)} hold for them: the check cannot know those values)`
}

/**
 * What the "who else" check reads, at most, counted as policyWeight counts it
 * (a principal's decision reads the whole trust policy): about a quarter of a
 * second. A trust policy names a few principals; one that names thousands
 * has the rest reported unjudged (see checkWhoElse).
 */
export const WHO_ELSE_BUDGET = 4_000_000

function appliesToAssume(s: NormalStatement): boolean {
  return s.effect === 'Allow' && (s.action ? s.action.some((a) => actionMatches(a, 'sts:AssumeRole')) : !!s.notAction)
}

function probeFor(type: string, value: string, partition: string): RequestPrincipal | undefined {
  if (type === 'AWS') {
    const p = principalFromArn(value)
    if (p.kind === 'anonymous' || p.kind === 'service' || p.kind === 'federated') return undefined
    // A bare account id stands for the account root in this partition.
    return isAccountId(value) ? { ...p, arn: accountRootArn(partition, value), partition } : p
  }
  if (type === 'Service') return { kind: 'service', arn: value }
  if (type === 'Federated') return { kind: 'federated', arn: value }
  return undefined
}
