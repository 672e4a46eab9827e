// A document that is not a policy at all: a JSON value other than an object
// (RTC003), or an object with none of a policy's elements (RTC004): a
// package manifest, a CloudFormation or Terraform template, a settings file
// that a broad glob (`**/*.json`) picked up. Each gets one finding, not the
// dozen the grammar rules would make of every key it has. The files this
// action's own `generate` writes beside the policies (its manifest, the
// deploy templates) are known for what they are: a notice (RTC005), so that
// validating the folder generate wrote passes.
import { MANIFEST_FILE, TEMPLATE_KINDS } from '../generate/output-names.js'
import { memberNamed } from '../json-ast/parse.js'
import type { JsonNode, JsonObject } from '../json-ast/types.js'
import { ACTION_NAME } from '../version.js'
import { openingOf, STATEMENT_ELEMENTS, type FindingDraft } from './context.js'

/** The code of a file generate writes beside the policies: no policy, and none that is broken either. */
export const GENERATED_FILE_CODE = 'RTC005'

/** The elements of a policy and of a statement, as IAM spells them. */
const POLICY_ELEMENTS: ReadonlySet<string> = new Set(['Statement', ...STATEMENT_ELEMENTS])
/** The statement's elements in lower case: a mis-cased statement ("effect", "action") is still one. */
const STATEMENT_ELEMENTS_LOWER: ReadonlySet<string> = new Set(STATEMENT_ELEMENTS.map((e) => e.toLowerCase()))

/** The two Version values IAM knows: a `version` key makes a policy only with one of them (a manifest has "1.0.0"). */
const POLICY_VERSIONS = new Set(['2012-10-17', '2008-10-17'])

/** How many of the object's keys the message names, and how much of each. */
const KEYS_SHOWN = 5
const KEY_CHARS = 40

export function notAnObject(root: JsonNode): FindingDraft {
  return {
    code: 'RTC003',
    span: root.span,
    message: `The document is a JSON ${root.kind}, not an object with Version and Statement.`,
    hint: 'Write the policy as one object: {"Version": "2012-10-17", "Statement": [ ... ]}.'
  }
}

/**
 * Does the object read as a policy or a bare statement, however broken? Any
 * element spelled as IAM spells it, a Statement in any case, a Version IAM
 * knows, or two of a statement's elements in another case ("effect" and
 * "action"); one lower-case word alone does not make a policy (a Terraform
 * file's "resource"). An empty object counts: a policy with nothing in it.
 */
function hasPolicyElement(root: JsonObject): boolean {
  const members = root.members
  if (members.length === 0) return true
  let misCased = 0
  for (let i = 0; i < members.length; i++) {
    const { key, value } = members[i]
    // Spelled right, as nearly every policy's are: settled without lower-casing a key.
    if (POLICY_ELEMENTS.has(key.value)) return true
    if (key.value === 'Version' && isPolicyVersion(value)) return true
    const name = key.value.toLowerCase()
    if (name === 'statement' || nearStatement(name)) return true
    if (name === 'version' && isPolicyVersion(value)) return true
    if (STATEMENT_ELEMENTS_LOWER.has(name) && ++misCased === 2) return true
  }
  return false
}

function isPolicyVersion(value: JsonNode): boolean {
  return value.kind === 'string' && POLICY_VERSIONS.has(value.value)
}

/**
 * A key within two edits of "statement" ("Statment", "Statements"): a
 * policy whose one required element is misspelt, which the grammar rules
 * then name, not a file that is no policy. Compared only when the lengths
 * allow it, in at most 11 x 9 steps.
 */
function nearStatement(name: string): boolean {
  const target = 'statement'
  if (Math.abs(name.length - target.length) > 2) return false
  let previous = Array.from({ length: target.length + 1 }, (_, j) => j)
  for (let i = 1; i <= name.length; i++) {
    const current = [i]
    for (let j = 1; j <= target.length; j++) {
      const substitution = previous[j - 1] + (name.charCodeAt(i - 1) === target.charCodeAt(j - 1) ? 0 : 1)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution)
    }
    previous = current
  }
  return previous[target.length] <= 2
}

/** A key as the message shows it: quoted, and cut when long (a hostile file's key can be a megabyte). */
function shownKey(key: string): string {
  return JSON.stringify(key.length > KEY_CHARS ? `${key.slice(0, KEY_CHARS)}…` : key)
}

/**
 * What generate wrote, when the object is one of its files that are not
 * policies: the manifest by the `generator` it names (whatever the file is
 * called; a manifest.json of another tool is not ours), a deploy template by
 * its file name.
 */
function generatedFile(root: JsonObject, file: string): { what: string; name: string } | undefined {
  const generator = memberNamed(root, 'generator')?.value
  const tool = generator?.kind === 'object' ? memberNamed(generator, 'name')?.value : undefined
  if (tool?.kind === 'string' && tool.value === ACTION_NAME) return { what: `the manifest (${MANIFEST_FILE})`, name: MANIFEST_FILE }
  const name = file.slice(file.lastIndexOf('/') + 1)
  const what = TEMPLATE_KINDS.get(name)
  return what === undefined ? undefined : { what, name }
}

/**
 * RTC004 when the object has none of a policy's elements (RTC005 when it is
 * a file generate writes beside the policies); undefined when it is a policy
 * (the other rules take it).
 */
export function notAPolicy(root: JsonObject, file: string): FindingDraft | undefined {
  if (hasPolicyElement(root)) return undefined
  const generated = generatedFile(root, file)
  if (generated) {
    return {
      code: GENERATED_FILE_CODE,
      span: openingOf(root),
      message: `This is ${generated.what} that ${ACTION_NAME}'s generate mode writes beside the policies, not a policy: it is not checked.`,
      // The name is one of generate's own (output-names.ts), never the repository's.
      hint: `Nothing to fix; to leave it out of the step, add a '!' line to policy-files (e.g. !**/${generated.name}).`
    }
  }
  const keys = root.members.slice(0, KEYS_SHOWN).map((m) => shownKey(m.key.value))
  const more = root.members.length - keys.length
  return {
    code: 'RTC004',
    span: openingOf(root),
    message: `This JSON object is not an IAM policy: it has no Statement and none of a statement's elements (its keys: ${keys.join(', ')}${more > 0 ? ` and ${more} more` : ''}).`,
    hint: "Leave the file out of policy-files (a '!' line), or, for a template that holds policies, check each policy as a file of its own."
  }
}
