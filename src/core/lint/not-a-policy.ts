// A document that is not a policy at all: a JSON value other than an object
// (RTC003), or an object with none of a policy's elements (RTC004): a
// package manifest, a CloudFormation or Terraform template, a settings file
// that a broad glob (`**/*.json`) picked up. Each gets one finding, not the
// dozen the grammar rules would make of every key it has.
import type { JsonNode, JsonObject } from '../json-ast/types.js'
import { openingOf, type FindingDraft } from './context.js'

/** Keys (any case) that only a policy or a statement has. */
const POLICY_KEYS = new Set(['statement', 'effect', 'action', 'notaction', 'resource', 'notresource', 'principal', 'notprincipal', 'condition', 'sid'])

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

/** Does any member make the object a policy (or a bare statement), however broken? An empty object counts: it is a policy with nothing in it. */
function hasPolicyElement(root: JsonObject): boolean {
  const members = root.members
  if (members.length === 0) return true
  // Nearly every file is a policy with its Statement spelled right: settled without lower-casing a key.
  for (let i = 0; i < members.length; i++) if (members[i].key.value === 'Statement') return true
  for (const { key, value } of members) {
    const name = key.value.toLowerCase()
    if (POLICY_KEYS.has(name)) return true
    if (name === 'version' && value.kind === 'string' && POLICY_VERSIONS.has(value.value)) return true
  }
  return false
}

/** A key as the message shows it: quoted, and cut when long (a hostile file's key can be a megabyte). */
function shownKey(key: string): string {
  return JSON.stringify(key.length > KEY_CHARS ? `${key.slice(0, KEY_CHARS)}…` : key)
}

/** RTC004 when the object has none of a policy's elements; undefined when it is a policy (the other rules take it). */
export function notAPolicy(root: JsonObject): FindingDraft | undefined {
  if (hasPolicyElement(root)) return undefined
  const keys = root.members.slice(0, KEYS_SHOWN).map((m) => shownKey(m.key.value))
  const more = root.members.length - keys.length
  return {
    code: 'RTC004',
    span: openingOf(root),
    message: `This JSON object is not an IAM policy: it has no Statement and none of a statement's elements (its keys: ${keys.join(', ')}${more > 0 ? ` and ${more} more` : ''}).`,
    hint: "Leave the file out of policy-files (a '!' line), or, for a template that holds policies, check each policy as a file of its own."
  }
}
