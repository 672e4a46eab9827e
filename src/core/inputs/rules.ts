// One place for every rule an input value must follow. Each rule returns the
// normalised value or a RuleViolation (a value, not an exception), so callers
// can check every input before anything is written.
import { quotedText, visibleText } from '../visible-text.js'
import { REDSHIFT_RESERVED_WORDS } from './redshift-reserved-words.js'
import { isAccountId } from '../iam/arn.js'
import { groupDigits } from '../digits.js'
import { cliOption, roleArnCommand, shellCommand } from '../shell-quote.js'

export interface RuleViolation {
  /** What is wrong with this value, e.g. "has 11 digits". */
  problem: string
  /** The rule the value must follow, stated for the user. */
  rule: string
}

export type RuleResult<T> = { ok: true; value: T } | ({ ok: false } & RuleViolation)

export const accept = <T>(value: T): RuleResult<T> => ({ ok: true, value })
const reject = (problem: string, rule: string): RuleResult<never> => ({ ok: false, problem, rule })

/** "is 1 character long", "is 200 characters long". */
const lengthProblem = (value: string): string => `is ${value.length} character${value.length === 1 ? '' : 's'} long`

/**
 * For a value that is ASCII by nature (a choice word, a number, an id, an
 * ARN): its first character past ASCII, named, or undefined. A look-alike
 * (a Cyrillic 'а', a fullwidth '１') reads as the letter the rule wants, so
 * "\"аws\" is not an AWS partition" would not say what is wrong.
 */
function nonAsciiProblem(value: string): string | undefined {
  const found = value.match(/[^\x00-\x7f]/u)
  return found ? `contains ${describeChar(found[0])}` : undefined
}

/**
 * Every AWS partition with the Region codes that belong to it: a Region of
 * another partition would make ARNs that match nothing. The patterns are the
 * `regionRegex` of each partition in the SDKs' endpoint data,
 * aws/aws-sdk-js-v3 packages/util-endpoints/src/lib/aws/partitions.json (read
 * at commit 685ff5d0, which has il- and mx- in aws, and aws-eusc); `shape`
 * says the same for an error message.
 */
const PARTITION_REGIONS = {
  aws: { regions: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/, shape: 'us-, eu-, ap-, sa-, ca-, me-, af-, il- or mx-, such as us-east-1' },
  'aws-cn': { regions: /^cn-\w+-\d+$/, shape: 'cn-, such as cn-north-1' },
  'aws-us-gov': { regions: /^us-gov-\w+-\d+$/, shape: 'us-gov-, such as us-gov-west-1' },
  'aws-iso': { regions: /^us-iso-\w+-\d+$/, shape: 'us-iso-, such as us-iso-east-1' },
  'aws-iso-b': { regions: /^us-isob-\w+-\d+$/, shape: 'us-isob-, such as us-isob-east-1' },
  'aws-iso-e': { regions: /^eu-isoe-\w+-\d+$/, shape: 'eu-isoe-, such as eu-isoe-west-1' },
  'aws-iso-f': { regions: /^us-isof-\w+-\d+$/, shape: 'us-isof-, such as us-isof-south-1' },
  'aws-eusc': { regions: /^eusc-(de)-\w+-\d+$/, shape: 'eusc-de-, such as eusc-de-east-1' }
} as const satisfies Record<string, { regions: RegExp; shape: string }>

export type Partition = keyof typeof PARTITION_REGIONS
export const PARTITIONS = Object.keys(PARTITION_REGIONS) as readonly Partition[]

/** A rule's text: "a Region of partition aws-cn, the partition input (cn-, such as cn-north-1)". */
const regionsOf = (p: Partition): string => `a Region of partition ${p}, the partition input (${PARTITION_REGIONS[p].shape})`

/** The partition the Region code belongs to, or undefined (a code of no known partition). */
/** How the partition's Regions are named, for a message: `cn-, such as cn-north-1`. */
export function regionShapeOf(p: Partition): string {
  return PARTITION_REGIONS[p].shape
}

export function partitionOfRegion(region: string): Partition | undefined {
  return PARTITIONS.find((p) => PARTITION_REGIONS[p].regions.test(region))
}

/** A Region code (already of Region shape, see awsRegion) that must be in `expected`. */
export function regionInPartition(region: string, expected: Partition): RuleResult<string> {
  if (PARTITION_REGIONS[expected].regions.test(region)) return accept(region)
  const actual = partitionOfRegion(region)
  return reject(actual ? `is a Region of partition ${actual}, not ${expected}` : `is not a Region of partition ${expected}`, regionsOf(expected))
}

const ACCOUNT_RULE = 'an AWS account id: 12 digits, optionally written 1234-5678-9012 as the console shows it'
export function accountId(raw: string): RuleResult<string> {
  const value = raw.trim()
  const nonAscii = nonAsciiProblem(value)
  if (nonAscii) return reject(nonAscii, ACCOUNT_RULE)
  if (isAccountId(value)) return accept(value)
  if (/^\d{4}-\d{4}-\d{4}$/.test(value)) return accept(value.replaceAll('-', ''))
  const digits = value.replace(/\D/g, '').length
  // Twelve digits grouped otherwise (1234-56789012) must not read "has 12 digits".
  if (/^[\d-]+$/.test(value) && digits === 12) return reject('has its dashes in the wrong places', ACCOUNT_RULE)
  if (/^[\d-]+$/.test(value)) return reject(`has ${digits} digit${digits === 1 ? '' : 's'}`, ACCOUNT_RULE)
  // Digits grouped with spaces, dots or underscores (1234 5678 9012, pasted from a table) are made of digits: name
  // the separator the rule does not take.
  const separator = /^[\d\-. _]+$/.test(value) && digits > 0 ? /[. _]/.exec(value)?.[0] : undefined
  if (separator !== undefined) return reject(`contains ${describeChar(separator)}`, ACCOUNT_RULE)
  return reject('is not made of digits', ACCOUNT_RULE)
}

const IAM_NAME_RULE = '1 to 64 characters of letters, digits and + = , . @ _ -'
/** The inputs that take an IAM user or role name: user-name a user's, the others a role's. */
export type IamNameInput = 'role-name' | 'user-name' | 'principal-role-name'
/**
 * IAM user and role names share one rule (IAM API: [\w+=,.@-]{1,64}).
 * `input`, when given, is the input the name is for: an ARN of the other
 * kind pasted there is named with the inputs that take it. `account` is the
 * account the name is read in (account-id's for role-name, user-account-id's
 * for the requester): an ARN of another account names that account's input.
 */
export function iamName(raw: string, input?: IamNameInput, account?: string): RuleResult<string> {
  const value = raw.trim()
  if (value.length === 0) return reject('is empty', IAM_NAME_RULE)
  const arnProblem = iamArnGivenAsName(value, input, account) ?? roleHolderArnGivenAsName(value, input)
  if (arnProblem) return reject(arnProblem, IAM_NAME_RULE)
  if (value.length > 64) return reject(lengthProblem(value), IAM_NAME_RULE)
  const bad = value.match(/[^\w+=,.@-]/u)
  if (bad) return reject(`contains ${describeChar(bad[0])}`, IAM_NAME_RULE)
  return accept(value)
}

/**
 * A role or user ARN pasted where its name goes (the console shows the ARN first): the problem names the name and
 * the path in it, which each have an input, or undefined. "contains ':'" would not say what to give instead.
 * An ARN of the other kind than `input` takes (the Secure Agent's role ARN in user-name) names the inputs that take
 * it: its name in this input would make a trust policy name a user or role that does not exist, or another one.
 */
function iamArnGivenAsName(value: string, input: IamNameInput | undefined, account: string | undefined): string | undefined {
  const arn = /^arn:[^:]*:iam::([^:]*):(role|user)(\/(?:[^/]*\/)*)([^/]+)$/.exec(value)
  if (!arn) return undefined
  const [, arnAccount, kind, path, name] = arn
  const problem = arnOfKindProblem(kind, path, name, input)
  // The name alone would be read in `account`: a user of that name there does not exist, or is another one. (A
  // user's ARN in role-name is sent to user-name, whose account is not role-name's to say.)
  if (input === undefined || account === undefined || !/^\d{12}$/.test(arnAccount) || arnAccount === account) return problem
  if (input === 'role-name' && kind !== 'role') return problem
  return `${problem}; and its account, ${arnAccount}, in ${input === 'role-name' ? 'account-id' : 'user-account-id'} (the name is read in account ${account})`
}

/**
 * An ARN that stands for a role without being the role's, pasted where a name goes: a role session's
 * (arn:PARTITION:sts::ACCOUNT:assumed-role/NAME/SESSION, which `aws sts get-caller-identity` prints on the Secure
 * Agent's host) and an instance profile's (which the EC2 console shows beside the role). "contains ':'" would not say
 * that the session's ARN leaves out the role's path, which the trust policy's and user policy's role ARN needs, nor
 * that a profile may hold a role of another name. Undefined for any other value.
 */
function roleHolderArnGivenAsName(value: string, input: IamNameInput | undefined): string | undefined {
  // The name in it is shown, and put in a command, only when it is a name IAM allows: else the plain rule speaks.
  const session = /^arn:[^:]*:sts::[^:]*:assumed-role\/([\w+=,.@-]{1,64})\/[^/]+$/.exec(value)
  if (session) {
    const role = quotedText(session[1])
    const lookUp = `the command ${shellCommand(roleArnCommand(session[1]))} prints the role's ARN with it`
    if (input === 'user-name') {
      return `is a role session's ARN, not a user name: a role that requests the credentials (the Secure Agent's EC2 instance role or the worker-node role) is given as trust-principal: role with principal-role-name ${role} and its path in principal-role-path, which a session's ARN leaves out (${lookUp}), and no user-name`
    }
    const pathInput = input === 'principal-role-name' ? 'principal-role-path' : input === 'role-name' ? 'role-path' : 'the -path input beside this one'
    return `is a role session's ARN (as aws sts get-caller-identity prints it), not a role name: the role is ${role}, and its path, which a session's ARN leaves out, goes in ${pathInput} (${lookUp})`
  }
  const profile = /^arn:[^:]*:iam::[^:]*:instance-profile\/(?:[^/]*\/)*([\w+=,.@-]{1,128})$/.exec(value)
  if (profile) {
    const lookUp = shellCommand(['aws', 'iam', 'get-instance-profile', ...cliOption('--instance-profile-name', profile[1]), '--query', 'InstanceProfile.Roles[0].Arn', '--output', 'text'])
    return `is an instance profile's ARN, not a role name: the trust policy names the role the profile holds, whose name can differ from the profile's (the command ${lookUp} prints the role's ARN, with its name and path)`
  }
  return undefined
}

function arnOfKindProblem(kind: string, path: string, name: string, input: IamNameInput | undefined): string {
  const expected = input === undefined ? kind : input === 'user-name' ? 'user' : 'role'
  if (kind === expected) {
    const pathNote = path === '/' ? '' : `, and its path ${quotedText(path)} in the -path input beside this one`
    return `is ${kind === 'role' ? 'a role' : 'a user'} ARN, not a name: give the name in it, ${quotedText(name)}${pathNote}`
  }
  if (input === 'user-name') {
    const pathNote = path === '/' ? '' : ` and principal-role-path ${quotedText(path)}`
    return `is a role ARN, not a user name: a role that requests the credentials (the Secure Agent's EC2 instance role or the worker-node role) is given as trust-principal: role with principal-role-name ${quotedText(name)}${pathNote}, and no user-name`
  }
  if (input === 'principal-role-name') {
    const pathNote = path === '/' ? '' : ` with user-path ${quotedText(path)}`
    return `is a user ARN, not a role name: a user that requests the credentials is given as user-name ${quotedText(name)}${pathNote} (trust-principal: user), not as principal-role-name`
  }
  return `is a user ARN, not a role name: role-name is the role the connector assumes, which the documents are made for; the user ${quotedText(name)} that requests the credentials goes in user-name`
}

const IAM_PATH_RULE =
  "an IAM path: '/', or one that starts and ends with '/' with segments of letters, digits and + = , . @ _ - between, at most 512 characters"
export function iamPath(raw: string): RuleResult<string> {
  const value = raw.trim()
  if (value === '') return accept('/')
  if (value.length > 512) return reject(lengthProblem(value), IAM_PATH_RULE)
  if (!value.startsWith('/') || !value.endsWith('/')) return reject("does not start and end with '/'", IAM_PATH_RULE)
  if (value.includes('//')) return reject("has an empty segment ('//')", IAM_PATH_RULE)
  // IAM itself allows any printable ASCII in a path, but '*' or '?' would turn
  // the role ARN in the user policy into a wildcard that matches other roles.
  const bad = value.match(/[^\w+=,.@/-]/u)
  if (bad) return reject(`contains ${describeChar(bad[0])}`, IAM_PATH_RULE)
  return accept(value)
}

const EXTERNAL_ID_RULE = '2 to 1224 characters of letters, digits and + = , . @ : / _ -'
export function externalId(raw: string): RuleResult<string> {
  const value = raw.trim()
  if (value.length < 2) return reject(`is ${value.length} character${value.length === 1 ? '' : 's'} long`, EXTERNAL_ID_RULE)
  if (value.length > 1224) return reject(lengthProblem(value), EXTERNAL_ID_RULE)
  const bad = value.match(/[^\w+=,.@:/-]/u)
  if (bad) return reject(`contains ${describeChar(bad[0])}`, EXTERNAL_ID_RULE)
  return accept(value)
}

/** A partition's name, in any case (ARNs carry it in lower case). */
export function partition(raw: string): RuleResult<Partition> {
  const value = raw.trim().toLowerCase()
  const found = PARTITIONS.find((p) => p === value)
  return found ? accept(found) : reject(nonAsciiProblem(raw.trim()) ?? 'is not an AWS partition', `one of ${PARTITIONS.join(', ')}`)
}

const TRUE_WORDS = ['true', 'yes', 'on', 'y']
const FALSE_WORDS = ['false', 'no', 'off', 'n', '']
/** YAML 1.1 spellings, case-insensitive; empty means false. */
export function booleanFlag(raw: string): RuleResult<boolean> {
  const value = raw.trim().toLowerCase()
  if (TRUE_WORDS.includes(value)) return accept(true)
  if (FALSE_WORDS.includes(value)) return accept(false)
  return reject(nonAsciiProblem(raw.trim()) ?? 'is not a boolean', 'true or false (yes/no and on/off are accepted too)')
}

/**
 * One of `choices` (all lower case), in any case: every choice input reads
 * alike (`Validate`, `USER`, `Never`), as the boolean ones do.
 */
export function oneOf<T extends string>(choices: readonly T[], raw: string): RuleResult<T> {
  const value = raw.trim().toLowerCase()
  const found = choices.find((c) => c === value)
  if (found) return accept(found)
  // `fail-on: warnings`, `trust-principal: roles`: the plural of a choice, which reads as English but is not the word.
  const singular = value.endsWith('s') ? choices.find((c) => c === value.slice(0, -1)) : undefined
  const problem = singular ? `is not an allowed value: the word is ${quotedText(singular)}, without the 's'` : 'is not an allowed value'
  return reject(nonAsciiProblem(raw.trim()) ?? problem, `one of ${choices.join(', ')}`)
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
  if (!m) return reject(nonAsciiProblem(value) ?? kmsArnProblem(value), KMS_ARN_RULE)
  const [, part, region, account, resource] = m
  if (part !== expectedPartition) return reject(`is in partition '${part}', not '${expectedPartition}'`, KMS_ARN_RULE)
  const inPartition = regionInPartition(region, expectedPartition)
  if (!inPartition.ok) return reject(`names Region ${region}, which ${inPartition.problem}`, `${KMS_ARN_RULE}, with ${inPartition.rule}`)
  if (resource.startsWith('alias/aws/')) {
    return reject('names an AWS managed key alias (alias/aws/...)', 'a customer managed key: IAM policies cannot grant use of AWS managed keys')
  }
  const type = resource.startsWith('key/') ? 'key' : 'alias'
  return accept({ arn: value, region, account, type, id: type === 'key' ? resource.slice(4) : resource })
}

const KMS_KEY_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/i
/**
 * Why a value is not a KMS key or alias ARN, for the mistakes the rule alone
 * does not explain: a key id or alias name where the policy needs the ARN, and
 * a key id in upper case (KMS writes key ids in lower case, and IAM compares
 * the Resource ARN case-sensitively, so the policy would match no key).
 */
function kmsArnProblem(value: string): string {
  if (KMS_KEY_ID.test(value)) return 'is a key id, not the key ARN the policy names it by'
  if (value.startsWith('alias/')) return 'is an alias name, not the alias ARN the policy names it by'
  const keyId = /:key\/([^/:]+)$/.exec(value)?.[1]
  if (keyId !== undefined && KMS_KEY_ID.test(keyId) && keyId !== keyId.toLowerCase()) {
    return `has upper-case letters in its key id (KMS key ids are lower case: ${keyId.toLowerCase()})`
  }
  return 'is not a KMS key or alias ARN'
}

const ARTIFACT_NAME_RULE = "an artifact name without \" : < > | * ? \\ / or line breaks, nor '##[' (empty means no upload)"
export function artifactName(raw: string): RuleResult<string> {
  const value = raw.trim()
  const bad = value.match(/[":<>|*?\\/\r\n]/)
  if (bad) return reject(`contains ${describeChar(bad[0])}`, ARTIFACT_NAME_RULE)
  // @actions/artifact logs the name as it is ("Uploading artifact: <name>.zip"), and the runner reads '##[' anywhere
  // in a log line as a command (stop-commands, add-mask...): the action escapes it in its own lines, not the library's.
  if (value.includes('##[')) return reject("contains '##[', which the runner reads as a command in the log lines that name the artifact", ARTIFACT_NAME_RULE)
  return accept(value)
}

const PULL_REQUEST_NUMBER_RULE = 'empty, or the number of a pull request: a whole number from 1 with no sign, # or leading zero, such as 42'
/** The pull request to review (`pr-number`): undefined when empty. */
export function pullRequestNumber(raw: string): RuleResult<number | undefined> {
  const value = raw.trim()
  if (value === '') return accept(undefined)
  if (!/^[1-9]\d{0,9}$/.test(value)) return reject('is not a pull request number', PULL_REQUEST_NUMBER_RULE)
  return accept(Number(value))
}

/** The longest `comment-tag`: it goes, URI-encoded, into every review comment's hidden marker, which takes room from the comment's 65,536 characters. */
export const COMMENT_TAG_MAX = 256
const COMMENT_TAG_RULE = `empty (for the workflow and job), or a tag of at most ${COMMENT_TAG_MAX} characters`
/** The review comment's tag (`comment-tag`): '' for the default. Any text will do in the marker; only its length can be wrong. */
export function commentTag(raw: string): RuleResult<string> {
  const value = raw.trim()
  if (value.length > COMMENT_TAG_MAX) return reject(`is ${groupDigits(value.length)} characters long`, COMMENT_TAG_RULE)
  return accept(value)
}

const PATH_RULE = 'a file system path without line breaks or NUL characters'
export function filePath(raw: string): RuleResult<string> {
  const value = raw.trim()
  const bad = value.match(/[\r\n\0]/)
  if (bad) return reject(`contains ${describeChar(bad[0])}`, PATH_RULE)
  return accept(value)
}

/** Linux's limits (linux/limits.h): NAME_MAX bytes in one folder or file name, PATH_MAX bytes in a path with its closing NUL. */
export const NAME_MAX_BYTES = 255
export const PATH_MAX_BYTES = 4096
const PATH_LENGTH_RULE = `a path whose folder and file names are at most ${NAME_MAX_BYTES} bytes each and whose whole length, with the files the action writes in it, is at most ${PATH_MAX_BYTES - 1} bytes (Linux's NAME_MAX and PATH_MAX)`
/**
 * An absolute path the action will make and write in, checked against the
 * file system's limits before anything is made: past them, mkdir fails
 * half-way with ENAMETOOLONG and leaves the folders it made. `longestInside`
 * is the longest name the action writes in the folder ('' for a file).
 */
export function pathFitsFileSystem(absolutePath: string, longestInside = ''): RuleResult<string> {
  for (const name of absolutePath.split('/')) {
    const bytes = Buffer.byteLength(name, 'utf8')
    if (bytes > NAME_MAX_BYTES) return reject(`has a folder or file name of ${bytes} bytes`, PATH_LENGTH_RULE)
  }
  const bytes = Buffer.byteLength(absolutePath, 'utf8') + (longestInside === '' ? 0 : 1 + Buffer.byteLength(longestInside, 'utf8'))
  if (bytes > PATH_MAX_BYTES - 1) return reject(`makes a path of ${bytes} bytes${longestInside === '' ? '' : ' with the files written in it'}`, PATH_LENGTH_RULE)
  return accept(absolutePath)
}

/**
 * Names a character so that invisible ones show in an error message. `ch` is
 * one code point: the rules match with the `u` flag, so a character past
 * U+FFFF is not cut in half.
 */
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
  const hex = `U+${code.toString(16).padStart(4, '0').toUpperCase()}`
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `the control character ${hex}`
  if (code < 0x7f) return `'${ch}'`
  // Past ASCII a character is named by its code point: shown alone, a zero-width one reads as '', a no-break
  // space as a space and a Cyrillic 'о' as the 'o' the rules allow.
  if (code === 0xa0) return `a no-break space (${hex})`
  if (visibleText(ch) !== ch) return `the invisible character ${hex}`
  return `'${ch}' (${hex}, not ASCII)`
}

// ---- The whole connector setup: role principals, staging, Redshift, session, formats ----

const REGION_RULE = 'an AWS Region code such as us-east-1, eu-central-2, us-gov-west-1 or cn-north-1'
/** Region codes: us-east-1, us-gov-west-1, us-isob-east-1, cn-north-1, eusc-de-east-1; in `expected` when given. */
export function awsRegion(raw: string, expected?: Partition): RuleResult<string> {
  const value = raw.trim()
  if (!/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/.test(value)) {
    const nonAscii = nonAsciiProblem(value)
    if (nonAscii) return reject(nonAscii, REGION_RULE)
    // The shape in the wrong case ("US-EAST-1", as some consoles and tables print it) is named as such.
    const lower = value.toLowerCase()
    if (lower !== value && /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/.test(lower)) return reject(`has upper-case letters (Region codes are lower case: ${lower})`, REGION_RULE)
    return reject('is not an AWS Region code', REGION_RULE)
  }
  return expected === undefined ? accept(value) : regionInPartition(value, expected)
}

const BUCKET_RULE =
  'an S3 bucket name: 3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit, not an IP address, no ".." (the name only, not s3://... or an ARN)'
/** Where an S3 URI (s3://bucket/key) or an S3 ARN (arn:PARTITION:s3:::bucket/key) points: its bucket and key part. */
interface S3Location {
  form: 'an S3 URI' | 'a bucket ARN' | 'an S3 object ARN'
  bucket: string
  /** The key part, '' for none; an object ARN's closing '*' dropped (arn:aws:s3:::b/data/* is the folder data/). */
  key: string
}

function s3LocationIn(value: string): S3Location | undefined {
  const uri = /^s3:\/\/([^/]+)(?:\/(.*))?$/is.exec(value)
  if (uri) return { form: 'an S3 URI', bucket: uri[1], key: uri[2] ?? '' }
  const arn = /^arn:[^:]*:s3:::([^/]+)(?:\/(.*))?$/s.exec(value)
  if (!arn) return undefined
  const key = (arn[2] ?? '').replace(/\*$/, '')
  return { form: arn[2] === undefined ? 'a bucket ARN' : 'an S3 object ARN', bucket: arn[1], key }
}

/** The key part of a location as a staging-prefix value, when it is one: what the error tells to give there. */
function prefixIn(location: S3Location): string | undefined {
  // A key that is itself a location (s3://a/s3://b/...) is not followed: one level, whatever the input.
  if (location.key === '' || s3LocationIn(location.key)) return undefined
  const prefix = s3KeyPrefix(location.key)
  return prefix.ok && prefix.value !== '' ? prefix.value : undefined
}

/** General purpose bucket names (S3 User Guide, "Bucket naming rules"). */
export function s3BucketName(raw: string): RuleResult<string> {
  const value = raw.trim()
  // The console's "Copy S3 URI" and "Copy ARN" give the bucket with more around it: name the bucket (and the prefix)
  // in it, when they are valid, rather than the characters the rule refuses.
  const location = s3LocationIn(value)
  if (location && s3BucketName(location.bucket).ok) {
    const prefix = prefixIn(location)
    return reject(
      `is ${location.form}, not a bucket name: the bucket is ${quotedText(location.bucket)}${prefix === undefined ? '' : `, and ${quotedText(prefix)} goes in staging-prefix`}`,
      BUCKET_RULE
    )
  }
  if (/^(s3:\/\/|arn:)/i.test(value)) return reject('is a URL or an ARN, not a bucket name', BUCKET_RULE)
  if (value.length < 3 || value.length > 63) return reject(lengthProblem(value), BUCKET_RULE)
  const bad = value.match(/[^a-z0-9.-]/u)
  if (bad) return reject(`contains ${describeChar(bad[0])}`, BUCKET_RULE)
  if (!/^[a-z0-9]/.test(value) || !/[a-z0-9]$/.test(value)) return reject('does not start and end with a letter or digit', BUCKET_RULE)
  if (value.includes('..')) return reject("has two dots in a row ('..')", BUCKET_RULE)
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(value)) return reject('is formatted as an IP address', BUCKET_RULE)
  if (/^(xn--|sthree-|amzn-s3-demo-)/.test(value) || /(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(value)) {
    return reject('uses a prefix or suffix S3 reserves', BUCKET_RULE)
  }
  return accept(value)
}

const PREFIX_RULE =
  "a key prefix of segments made of letters, digits and ! - _ . ' ( ) = + @ , separated by '/', at most 512 characters, with no wildcard; it is normalised to end with '/'"
/**
 * A staging key prefix, normalised to `a/b/`: leading slashes dropped and a
 * trailing one added, so `data` cannot admit `data-old/...`. '*', '?' and
 * '$' are refused: in an ARN or an s3:prefix StringLike value they would be
 * wildcards or policy variables (and '${' would be interpolated by Terraform).
 */
export function s3KeyPrefix(raw: string, bucket?: string): RuleResult<string> {
  const location = s3LocationIn(raw.trim())
  if (location) return reject(locationAsPrefixProblem(location, bucket), PREFIX_RULE)
  const value = raw.trim().replace(/^\/+/, '')
  if (value === '') return accept('')
  if (value.length > 512) return reject(lengthProblem(value), PREFIX_RULE)
  const bad = value.match(/[^\w!.'()=+@,/-]/u)
  if (bad) return reject(`contains ${describeChar(bad[0])}`, PREFIX_RULE)
  if (value.includes('//')) return reject("has an empty segment ('//')", PREFIX_RULE)
  if (value.split('/').some((segment) => segment === '.' || segment === '..')) return reject("has a '.' or '..' segment", PREFIX_RULE)
  return accept(value.endsWith('/') ? value : `${value}/`)
}

/** Why an S3 URI or ARN is not a staging-prefix: the prefix in it to give, or the bucket it names when that is another. */
function locationAsPrefixProblem(location: S3Location, bucket: string | undefined): string {
  const form = location.form === 'a bucket ARN' ? 'an S3 ARN' : location.form
  if (bucket !== undefined && location.bucket !== bucket) {
    return `is ${form} of the bucket ${quotedText(location.bucket)}, not staging-bucket's ${quotedText(bucket)}`
  }
  const prefix = prefixIn(location)
  if (location.key === '') return `is ${form} of the whole bucket, not a key prefix: leave staging-prefix empty for the whole bucket`
  return prefix === undefined ? `is ${form}, not a key prefix` : `is ${form}, not a key prefix: the prefix in it is ${quotedText(prefix)}`
}

const CLUSTER_ID_RULE =
  'a Redshift cluster identifier: 1 to 63 lowercase letters, digits and hyphens, starting with a letter, with no "--" and no trailing hyphen'
/** Redshift stores identifiers in lower case; the ARN carries that form. */
/**
 * The cluster's endpoint (what the connector's JDBC URL holds: CLUSTER.UNIQUE.REGION.redshift.amazonaws.com, with a
 * port and database after it) or its ARN, pasted for the identifier: the problem names the identifier in it, where
 * "contains '.'" would not say what to give. Undefined for anything else.
 */
function clusterIdentifierInside(value: string, where: RedshiftPlace | undefined): string | undefined {
  const endpoint = /^(?:[a-z]+:(?:[a-z]+:)?\/\/)?([a-z][a-z0-9-]*)\.[a-z0-9]+\.([a-z0-9-]+)\.redshift\.amazonaws\.com(?:\.cn)?(?::\d+)?(?:\/.*)?$/.exec(value)
  if (endpoint) return `is the cluster's endpoint, not its identifier: the identifier is its first part, ${quotedText(endpoint[1])}${placeNote(where, endpoint[2])}`
  const arn = /^arn:[^:]*:redshift:([^:]*):([^:]*):cluster:([^:/]+)$/.exec(value)
  if (arn) return `is the cluster's ARN, not its identifier: the identifier is its last part, ${quotedText(arn[3])}${placeNote(where, arn[1], arn[2])}`
  return undefined
}

/** Where the policy names the cluster or workgroup: redshift-region, and account-id (the role's account). */
export interface RedshiftPlace {
  region: string
  account: string
}

/**
 * What a pasted endpoint or ARN says of the Region and account that the inputs say otherwise: the identifier
 * alone, in the inputs' Region and account, would name a cluster or workgroup that is not this one.
 */
function placeNote(where: RedshiftPlace | undefined, region: string, account?: string): string {
  if (where === undefined) return ''
  const regionNote = region !== where.region && /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/.test(region) ? `; and its Region, ${region}, in redshift-region (now ${where.region})` : ''
  const accountNote =
    account !== undefined && account !== where.account && /^\d{12}$/.test(account)
      ? `; and its account, ${account}, in account-id (now ${where.account}: the policy names the cluster or workgroup in the role's account)`
      : ''
  return regionNote + accountNote
}

/** `where`: the Region and account the inputs name it in, which an endpoint or ARN pasted here is compared with. */
export function redshiftClusterId(raw: string, where?: RedshiftPlace): RuleResult<string> {
  const value = raw.trim().toLowerCase()
  const identifierInside = clusterIdentifierInside(value, where)
  if (identifierInside) return reject(identifierInside, CLUSTER_ID_RULE)
  if (value.length === 0 || value.length > 63) return reject(lengthProblem(value), CLUSTER_ID_RULE)
  const bad = value.match(/[^a-z0-9-]/u)
  if (bad) return reject(`contains ${describeChar(bad[0])}`, CLUSTER_ID_RULE)
  if (!/^[a-z]/.test(value)) return reject('does not start with a letter', CLUSTER_ID_RULE)
  if (value.includes('--') || value.endsWith('-')) return reject('has "--" or ends with a hyphen', CLUSTER_ID_RULE)
  return accept(value)
}

const WORKGROUP_RULE =
  'a Redshift Serverless workgroup id (a UUID such as 8f9d3c1e-0a4b-4c2d-9e8f-1a2b3c4d5e6f): IAM names a workgroup by its id, which `aws redshift-serverless get-workgroup --workgroup-name NAME --query workgroup.workgroupId` prints'
const WORKGROUP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
/** `where`: as redshiftClusterId's. */
export function redshiftWorkgroupId(raw: string, where?: RedshiftPlace): RuleResult<string> {
  const value = raw.trim().toLowerCase()
  if (WORKGROUP_ID.test(value)) return accept(value)
  // The workgroup's ARN (the console shows it) ends in its id; its endpoint (the connector's JDBC URL holds it,
  // WORKGROUP.ACCOUNT.REGION.redshift-serverless.amazonaws.com) names the workgroup by name, which IAM does not use.
  const arn = /^arn:[^:]*:redshift-serverless:([^:]*):([^:]*):workgroup\/([^/]+)$/.exec(value)
  if (arn && WORKGROUP_ID.test(arn[3])) {
    return reject(`is the workgroup's ARN, not its id: the id is its last part, ${quotedText(arn[3])}${placeNote(where, arn[1], arn[2])}`, WORKGROUP_RULE)
  }
  const endpointName = /^(?:[a-z]+:(?:[a-z]+:)?\/\/)?([a-z0-9-]+)\.\d{12}\.[a-z0-9-]+\.redshift-serverless\.amazonaws\.com(?:\.cn)?(?::\d+)?(?:\/.*)?$/s.exec(value)?.[1]
  if (endpointName !== undefined) return reject(`is the workgroup's endpoint, which names the workgroup ${quotedText(endpointName)}, not its id`, WORKGROUP_RULE)
  const nonAscii = nonAsciiProblem(value)
  if (nonAscii) return reject(nonAscii, WORKGROUP_RULE)
  if (/^[a-z0-9-]{3,64}$/.test(value)) return reject('looks like a workgroup name, not its id', WORKGROUP_RULE)
  return reject('is not a workgroup id', WORKGROUP_RULE)
}

const DB_USER_RULE =
  'a Redshift database user for GetClusterCredentials: 1 to 64 letters, digits and _ + . @ -, starting with a letter, not PUBLIC and not a reserved word (USER, SYSTEM, DEFAULT, ...)'
const DB_NAME_RULE =
  'a Redshift name for GetClusterCredentials: 1 to 64 lowercase letters, digits and _ + . @ -, starting with a letter, not a reserved word (USER, GROUP, TABLE, ...)'

/**
 * The shape DbUser, DbName and DbGroups share (Redshift API reference,
 * GetClusterCredentials), reserved words included: the API refuses them, so
 * a policy naming one would name a resource no request can reach.
 */
function redshiftName(raw: string, rule: string): RuleResult<string> {
  const value = raw.trim()
  if (value.length === 0 || value.length > 64) return reject(lengthProblem(value), rule)
  const bad = value.match(/[^\w+.@-]/u)
  if (bad) return reject(`contains ${describeChar(bad[0])}`, rule)
  if (!/^[A-Za-z]/.test(value)) return reject('does not start with a letter', rule)
  const upper = value.toUpperCase()
  if (REDSHIFT_RESERVED_WORDS.has(upper)) return reject(`is ${upper}, a Redshift reserved word`, rule)
  return accept(value)
}

/**
 * The name Redshift shows for a user who logged on with GetClusterCredentials ("the database user name prefixed
 * with IAM: if AutoCreate is False or IAMA: if AutoCreate is True", Redshift API reference), pasted from the
 * console or a system table: the problem names the DbUser in it, where "contains ':'" would not say what to give.
 * Undefined when the value is not such a name or what follows the prefix is no DbUser either.
 */
function dbUserInsideLogOnName(value: string): string | undefined {
  const prefixed = /^(IAMA?):(.*)$/is.exec(value)
  // The rest is checked by the plain rule, not redshiftDbUser: IAM:IAM:... is refused at once, with no recursion.
  if (!prefixed || !plainDbUser(prefixed[2]).ok) return undefined
  return `is the name Redshift shows for a user who logged on with GetClusterCredentials (IAM: or IAMA: before the DbUser), not the DbUser the connector asks for: give the name after it, ${quotedText(prefixed[2].trim())}`
}

/** DbUser: either case; "The user name can't be PUBLIC" (the group every user is in). */
export function redshiftDbUser(raw: string): RuleResult<string> {
  const logOnName = dbUserInsideLogOnName(raw.trim())
  return logOnName ? reject(logOnName, DB_USER_RULE) : plainDbUser(raw)
}

function plainDbUser(raw: string): RuleResult<string> {
  const name = redshiftName(raw, DB_USER_RULE)
  if (name.ok && name.value.toLowerCase() === 'public') return reject('is PUBLIC, the group every database user belongs to', DB_USER_RULE)
  return name
}

/** DbName and each of DbGroups: "Must contain only lowercase letters, numbers, underscore, plus sign, period (dot), at symbol (@), or hyphen". */
export function redshiftDbIdentifier(raw: string): RuleResult<string> {
  const name = redshiftName(raw, DB_NAME_RULE)
  if (name.ok && name.value !== name.value.toLowerCase()) return reject(`has upper-case letters (the API takes ${name.value.toLowerCase()})`, DB_NAME_RULE)
  return name
}

/**
 * A list input: items separated by commas or line breaks; blanks dropped,
 * duplicates kept once, order kept. `maxItems` counts different items: a
 * repeated one (`cli,cli`) is the same request, not a longer one.
 */
export function listOf<T>(raw: string, item: (raw: string) => RuleResult<T>, maxItems: number, what: string): RuleResult<T[]> {
  const parts = raw.split(/[,\n]/).map((p) => p.trim()).filter((p) => p !== '')
  const seen = new Set<T>()
  for (const [i, part] of parts.entries()) {
    const r = item(part)
    if (!r.ok) return reject(`item ${i + 1} ${r.problem}`, r.rule)
    seen.add(r.value)
  }
  if (seen.size > maxItems) return reject(`lists ${seen.size} different ${what}`, `at most ${maxItems} ${what}, separated by commas or line breaks`)
  return accept([...seen])
}

export const SESSION_MIN = 900
export const SESSION_MAX = 43200
const SESSION_RULE = `whole seconds from ${SESSION_MIN} (15 minutes) to ${SESSION_MAX} (12 hours), the connector's Temporary Credential Duration`
export function sessionDuration(raw: string): RuleResult<number> {
  const value = raw.trim()
  if (!/^\d{1,6}$/.test(value)) return reject(nonAsciiProblem(value) ?? 'is not a whole number of seconds', SESSION_RULE)
  const seconds = Number(value)
  if (seconds < SESSION_MIN || seconds > SESSION_MAX) return reject(`is ${seconds} seconds`, SESSION_RULE)
  return accept(seconds)
}
