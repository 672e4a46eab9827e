// Condition keys whose value the connector's real request carries but this
// check cannot know from the files and inputs: where the Secure Agent runs
// (source IP, VPC, the VPC endpoint and who owns it), its organisation, tags, the session name it
// picks, the headers it sends. The check reads a condition on one in the
// connector's favour (evaluate's unknownKeys): it never says "will get
// AccessDenied" on a guess about them, and a wide principal or resource
// behind one is still reported.
//
// Keys whose value is known are not here: the inputs give sts:ExternalId and
// the principal keys; the connector calls AWS over TLS (aws:SecureTransport
// true), directly (aws:ViaAWSService false, no aws:CalledVia), as an IAM
// principal (aws:PrincipalIsAWSService false), the user with long-term keys
// (no aws:MultiFactorAuthPresent) and a role session with temporary ones made
// without MFA (aws:MultiFactorAuthPresent false), and it sets no source
// identity or request tags. The time (aws:CurrentTime, aws:EpochTime) is the
// check's own: the requests are judged as made when it runs, so a DateLessThan
// whose date has passed fails (and will at every later call).
import { memorable } from '../memo-key.js'

const EXACT = new Set([
  'aws:sourceip',
  'aws:sourcevpc',
  'aws:sourcevpcarn',
  'aws:sourcevpce',
  'aws:vpcsourceip',
  // the account, organisation and organisation path that own the VPC endpoint a request comes through
  'aws:vpceaccount',
  'aws:vpceorgid',
  'aws:vpceorgpaths',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:userid',
  'aws:useragent',
  'aws:referer',
  'aws:requestedregion',
  'sts:rolesessionname',
  'kms:viaservice',
  'kms:encryptionalgorithm',
  'kms:encryptioncontextkeys',
  // What the KMS key is (AWS KMS condition keys, "Conditions for KMS keys used in API operations") and the alias
  // the request names it by: no input says, kms-key-arn names the key only.
  'kms:keyorigin',
  'kms:keyspec',
  'kms:keyusage',
  'kms:customermasterkeyspec',
  'kms:customermasterkeyusage',
  'kms:multiregion',
  'kms:multiregionkeytype',
  'kms:requestalias',
  'redshift:durationseconds',
  's3:authtype',
  's3:signatureage',
  's3:signatureversion',
  's3:tlsversion',
  's3:delimiter',
  's3:max-keys'
])

const PREFIXES = ['aws:principaltag/', 'aws:resourcetag/', 'iam:resourcetag/', 'kms:encryptioncontext:', 's3:x-amz-']

/** What a key is, as bits: unknowable for the connector, for the principal role's session, for others, for KMS. */
const CONNECTOR = 1
const ROLE_SESSION = 2
const OTHERS = 4
const KMS = 8

/**
 * Keys an Amazon EC2 role credential adds to each request it signs (AWS's global condition keys: "included in the
 * request context whenever the requester is signing requests with an Amazon EC2 role credential"): the Secure
 * Agent's instance or worker node, which no file or input names; and when the credential was issued
 * (aws:TokenIssueTime: EC2 rotates it, at times no input tells). Unknowable for the principal role's session
 * (trust-principal: role); a user's request never carries them.
 */
const EC2_ROLE_CREDENTIAL = new Set(['ec2:sourceinstancearn', 'aws:ec2instancesourcevpc', 'aws:ec2instancesourceprivateipv4', 'aws:tokenissuetime'])

/**
 * What another principal than the connector may carry that the connector does not: MFA, a token's age, a source
 * identity, session tags, an EC2 role credential. The "who else" and chaining probes stand for every principal of
 * an ARN, so a condition on these holds for some of them: it is read in their favour, and a trust policy that
 * admits them with MFA (`Principal "*"` with `aws:MultiFactorAuthPresent` true) is reported, not passed over.
 */
const CHOSEN_BY_OTHERS = new Set(['aws:multifactorauthpresent', 'aws:multifactorauthage', 'aws:tokenissuetime', 'aws:sourceidentity', 'sts:sourceidentity', 'aws:tagkeys', 'sts:transitivetagkeys'])

function classify(key: string): number {
  const k = key.toLowerCase()
  if (EXACT.has(k) || PREFIXES.some((p) => k.startsWith(p))) return CONNECTOR | ROLE_SESSION | OTHERS | KMS
  let kind = 0
  if (EC2_ROLE_CREDENTIAL.has(k)) kind |= ROLE_SESSION | OTHERS
  if (CHOSEN_BY_OTHERS.has(k) || k.startsWith('aws:requesttag/')) kind |= OTHERS
  // With SSE-KMS, S3 calls KMS for the connector (aws:ViaAWSService true, like kms:ViaService); with
  // client-side encryption the connector calls it itself.
  if (k === 'aws:viaawsservice') kind |= KMS
  return kind
}

// Each key classified once: the evaluator asks for every condition key of every statement it reads, and a
// trust policy's thousands of statements are read again for each principal probed. Bounded: a hostile
// policy can hold any number of distinct keys.
const MAX_CLASSIFIED = 10_000
const classified = new Map<string, number>()

function kindOf(key: string): number {
  let kind = classified.get(key)
  if (kind === undefined) {
    if (classified.size >= MAX_CLASSIFIED) classified.clear()
    kind = classify(key)
    if (memorable(key)) classified.set(key, kind)
  }
  return kind
}

/** Is this condition key one whose value the check cannot know (case-insensitive, as IAM reads keys)? */
export const isUnknowableKey = (key: string): boolean => (kindOf(key) & CONNECTOR) !== 0

/** isUnknowableKey for the principal role's session as it assumes the role: the EC2 role credential's keys too. */
export const isUnknowableForRoleSession = (key: string): boolean => (kindOf(key) & ROLE_SESSION) !== 0

/** For the probes that stand for other principals (CHOSEN_BY_OTHERS), read in their favour. */
export const isUnknowableForOthers = (key: string): boolean => (kindOf(key) & OTHERS) !== 0

/** isUnknowableKey for the role session's KMS requests: aws:ViaAWSService too (classify). */
export const isUnknowableForKms = (key: string): boolean => (kindOf(key) & KMS) !== 0

/**
 * isUnknowableForKms when no alias of the key is known (kms-key-arn names the key by id, or is not set): its
 * aliases (kms:ResourceAliases) are then unknowable too. Given an alias, the check puts it in the request instead.
 */
export const isUnknowableForKmsWithoutAlias = (key: string): boolean => isUnknowableForKms(key) || key.toLowerCase() === 'kms:resourcealiases'
