// Condition keys whose value the connector's real request carries but this
// check cannot know from the files and inputs: where the Secure Agent runs
// (source IP, VPC), its organisation, tags, the time, the session name it
// picks, the headers it sends. The check reads a condition on one in the
// connector's favour (evaluate's unknownKeys): it never says "will get
// AccessDenied" on a guess about them, and a wide principal or resource
// behind one is still reported.
//
// Keys whose value is known are not here: the inputs give sts:ExternalId and
// the principal keys; the connector signs with long-term keys over TLS
// (no aws:MultiFactorAuthPresent, aws:SecureTransport true), calls AWS
// directly (no aws:CalledVia) and sets no source identity or request tags.

const EXACT = new Set([
  'aws:sourceip',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:vpcsourceip',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:userid',
  'aws:currenttime',
  'aws:epochtime',
  'aws:useragent',
  'aws:referer',
  'aws:requestedregion',
  'sts:rolesessionname',
  'kms:viaservice',
  'kms:encryptionalgorithm',
  'kms:encryptioncontextkeys',
  'redshift:durationseconds',
  's3:authtype',
  's3:signatureage',
  's3:signatureversion',
  's3:tlsversion',
  's3:delimiter',
  's3:max-keys'
])

const PREFIXES = ['aws:principaltag/', 'aws:resourcetag/', 'iam:resourcetag/', 'kms:encryptioncontext:', 's3:x-amz-']

/** Is this condition key one whose value the check cannot know (case-insensitive, as IAM reads keys)? */
export function isUnknowableKey(key: string): boolean {
  const k = key.toLowerCase()
  return EXACT.has(k) || PREFIXES.some((p) => k.startsWith(p))
}
