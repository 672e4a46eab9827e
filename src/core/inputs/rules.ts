// One place for every rule an input value must follow. Each rule returns the
// normalised value or a RuleViolation (a value, not an exception), so callers
// can check every input before anything is written.

export interface RuleViolation {
  /** What is wrong with this value, e.g. "has 11 digits". */
  problem: string
  /** The rule the value must follow, stated for the user. */
  rule: string
}

export type RuleResult<T> = { ok: true; value: T } | ({ ok: false } & RuleViolation)

export const accept = <T>(value: T): RuleResult<T> => ({ ok: true, value })
const reject = (problem: string, rule: string): RuleResult<never> => ({ ok: false, problem, rule })

export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'] as const
export type Partition = (typeof PARTITIONS)[number]

const ACCOUNT_RULE = 'an AWS account id is 12 digits, optionally written 1234-5678-9012 as the console shows it'
export function accountId(raw: string): RuleResult<string> {
  const value = raw.trim()
  if (/^\d{12}$/.test(value)) return accept(value)
  if (/^\d{4}-\d{4}-\d{4}$/.test(value)) return accept(value.replaceAll('-', ''))
  const digits = value.replace(/\D/g, '').length
  // Twelve digits grouped otherwise (1234-56789012) must not read "has 12 digits".
  if (/^[\d-]+$/.test(value) && digits === 12) return reject('has its dashes in the wrong places', ACCOUNT_RULE)
  if (/^[\d-]+$/.test(value)) return reject(`has ${digits} digit${digits === 1 ? '' : 's'}`, ACCOUNT_RULE)
  return reject('is not made of digits', ACCOUNT_RULE)
}

const IAM_NAME_RULE = '1 to 64 characters of letters, digits and + = , . @ _ -'
/** IAM user and role names share one rule (IAM API: [\w+=,.@-]{1,64}). */
export function iamName(raw: string): RuleResult<string> {
  const value = raw.trim()
  if (value.length === 0) return reject('is empty', IAM_NAME_RULE)
  if (value.length > 64) return reject(`is ${value.length} characters long`, IAM_NAME_RULE)
  const bad = value.match(/[^\w+=,.@-]/)
  if (bad) return reject(`contains ${describeChar(bad[0])}`, IAM_NAME_RULE)
  return accept(value)
}

const IAM_PATH_RULE =
  "an IAM path is '/' or starts and ends with '/', with segments of letters, digits and + = , . @ _ -, at most 512 characters"
export function iamPath(raw: string): RuleResult<string> {
  const value = raw.trim()
  if (value === '') return accept('/')
  if (value.length > 512) return reject(`is ${value.length} characters long`, IAM_PATH_RULE)
  if (!value.startsWith('/') || !value.endsWith('/')) return reject("does not start and end with '/'", IAM_PATH_RULE)
  if (value.includes('//')) return reject("has an empty segment ('//')", IAM_PATH_RULE)
  // IAM itself allows any printable ASCII in a path, but '*' or '?' would turn
  // the role ARN in the user policy into a wildcard that matches other roles.
  const bad = value.match(/[^\w+=,.@/-]/)
  if (bad) return reject(`contains ${describeChar(bad[0])}`, IAM_PATH_RULE)
  return accept(value)
}

const EXTERNAL_ID_RULE = '2 to 1224 characters of letters, digits and + = , . @ : / _ -'
export function externalId(raw: string): RuleResult<string> {
  const value = raw.trim()
  if (value.length < 2) return reject(`is ${value.length} character${value.length === 1 ? '' : 's'} long`, EXTERNAL_ID_RULE)
  if (value.length > 1224) return reject(`is ${value.length} characters long`, EXTERNAL_ID_RULE)
  const bad = value.match(/[^\w+=,.@:/-]/)
  if (bad) return reject(`contains ${describeChar(bad[0])}`, EXTERNAL_ID_RULE)
  return accept(value)
}

export function partition(raw: string): RuleResult<Partition> {
  const value = raw.trim()
  const found = PARTITIONS.find((p) => p === value)
  return found ? accept(found) : reject('is not an AWS partition', `one of ${PARTITIONS.join(', ')}`)
}

const TRUE_WORDS = ['true', 'yes', 'on', 'y']
const FALSE_WORDS = ['false', 'no', 'off', 'n', '']
/** YAML 1.1 spellings, case-insensitive; empty means false. */
export function booleanFlag(raw: string): RuleResult<boolean> {
  const value = raw.trim().toLowerCase()
  if (TRUE_WORDS.includes(value)) return accept(true)
  if (FALSE_WORDS.includes(value)) return accept(false)
  return reject('is not a boolean', 'true or false (yes/no and on/off are accepted too)')
}

export function oneOf<T extends string>(choices: readonly T[], raw: string): RuleResult<T> {
  const value = raw.trim()
  const found = choices.find((c) => c === value)
  return found ? accept(found) : reject('is not an allowed value', `one of ${choices.join(', ')}`)
}

export interface KmsKeyRef {
  arn: string
  region: string
  account: string
  /** 'key' for a key ARN, 'alias' for an alias ARN. */
  type: 'key' | 'alias'
  /** The key id or the alias name (with its 'alias/' prefix). */
  id: string
}

const KMS_ARN_RULE =
  'a KMS key ARN (arn:PARTITION:kms:REGION:ACCOUNT:key/KEY-ID) or alias ARN (arn:PARTITION:kms:REGION:ACCOUNT:alias/NAME) in the partition input'
export function kmsKeyArn(raw: string, expectedPartition: Partition): RuleResult<KmsKeyRef> {
  const value = raw.trim()
  // Regions: us-east-1, us-gov-west-1, us-isob-east-1, cn-north-1, and the
  // European Sovereign Cloud's eusc-de-east-1 (a four-letter first part).
  const m = /^arn:([a-z-]+):kms:([a-z]{2,4}(?:-[a-z]+)+-\d+):(\d{12}):(key\/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})|alias\/[\w/-]{1,250})$/.exec(
    value
  )
  if (!m) return reject('is not a KMS key or alias ARN', KMS_ARN_RULE)
  const [, part, region, account, resource] = m
  if (part !== expectedPartition) return reject(`is in partition '${part}', not '${expectedPartition}'`, KMS_ARN_RULE)
  if (resource.startsWith('alias/aws/')) {
    return reject('names an AWS managed key alias (alias/aws/...)', 'a customer managed key: IAM policies cannot grant use of AWS managed keys')
  }
  const type = resource.startsWith('key/') ? 'key' : 'alias'
  return accept({ arn: value, region, account, type, id: type === 'key' ? resource.slice(4) : resource })
}

const ARTIFACT_NAME_RULE = 'an artifact name without " : < > | * ? \\ / or line breaks (empty means no upload)'
export function artifactName(raw: string): RuleResult<string> {
  const value = raw.trim()
  const bad = value.match(/[":<>|*?\\/\r\n]/)
  if (bad) return reject(`contains ${describeChar(bad[0])}`, ARTIFACT_NAME_RULE)
  return accept(value)
}

const PATH_RULE = 'a file system path without line breaks or NUL characters'
export function filePath(raw: string): RuleResult<string> {
  const value = raw.trim()
  const bad = value.match(/[\r\n\0]/)
  if (bad) return reject(`contains ${describeChar(bad[0])}`, PATH_RULE)
  return accept(value)
}

/** Names a character so that invisible ones show in an error message. */
export function describeChar(ch: string): string {
  const names: Record<string, string> = {
    '\n': 'a line break',
    '\r': 'a carriage return',
    '\t': 'a tab',
    ' ': 'a space',
    '\0': 'a NUL character',
    '"': 'a double quote (")',
    "'": "a quote (')",
    '*': "a wildcard ('*')",
    '?': "a wildcard ('?')",
    '/': "a slash ('/')",
    '\\': "a backslash ('\\')"
  }
  if (names[ch]) return names[ch]
  const code = ch.codePointAt(0) ?? 0
  return code < 0x20 || code === 0x7f ? `the control character U+${code.toString(16).padStart(4, '0').toUpperCase()}` : `'${ch}'`
}
