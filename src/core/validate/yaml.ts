// A policy file written as YAML (a CloudFormation or Terraform habit), or named
// .yaml/.yml, gets one clear finding (RTC903) instead of a JSON syntax error on
// its first line: IAM reads policy documents as JSON only. Pure and linear: it
// looks at the file name and at the first line that is not blank or a comment.
import type { Finding } from '../lint/finding.js'
import { POLICY_IS_YAML } from './checks.js'

export interface YamlVerdict {
  finding: Finding
  /** The content is JSON (only the name says YAML): lint it as well. */
  lintToo: boolean
}

const YAML_NAME = /\.ya?ml$/i
/** `Key:` with a plain (unquoted) key, then a space or the end of the line: a YAML mapping. */
const PLAIN_KEY = /^([A-Za-z_][\w.-]{0,63})[ \t]*:(?:[ \t]|$)/
const SEQUENCE_ITEM = /^-(?:[ \t]|$)/
const DOCUMENT_MARKER = /^(?:---|%YAML)(?:[ \t]|$)/

// Characters the search for each line's end has covered, ever (added once per line, not per character): a test
// checks a file of blank and comment lines is covered once rather than time it (the machine is shared).
let lineSearch = 0

/** How many characters firstSignificantLine's searches for line ends have covered so far, in all. Only ever grows. */
export function yamlLineSearchCovered(): number {
  return lineSearch
}

/** The first line that is not blank or a `#` comment: its number, indent and text. */
function firstSignificantLine(text: string): { line: number; column: number; text: string } | undefined {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    lineSearch += end + 1 - start
    const raw = text.slice(start, end).replace(/\r$/, '')
    const trimmed = raw.trimStart()
    if (trimmed !== '' && !trimmed.startsWith('#')) return { line, column: raw.length - trimmed.length + 1, text: trimmed.trimEnd() }
    start = end + 1
    line++
  }
  return undefined
}

/** What in the first significant line shows YAML, or undefined. */
function yamlShape(first: { text: string }): string | undefined {
  if (DOCUMENT_MARKER.test(first.text)) return `the document marker '${first.text.slice(0, 3)}'`
  if (SEQUENCE_ITEM.test(first.text)) return "a '- ' list item"
  const key = PLAIN_KEY.exec(first.text)
  if (key) return `the unquoted key '${key[1]}:'`
  return undefined
}

/** RTC903 for this file, or undefined when it is neither YAML nor named as YAML. */
export function yamlPolicyFinding(path: string, text: string): YamlVerdict | undefined {
  // The common case, checked once per file: JSON from the first character (after a BOM) on. No YAML shape starts with '{' or '['.
  const opening = text.charCodeAt(text.charCodeAt(0) === 0xfeff ? 1 : 0)
  if ((opening === 0x7b || opening === 0x5b) && !YAML_NAME.test(path)) return undefined
  const first = firstSignificantLine(text)
  const shape = first ? yamlShape(first) : undefined
  const named = YAML_NAME.test(path)
  if (!shape && !named) return undefined
  const base = { file: path, code: POLICY_IS_YAML.code, severity: POLICY_IS_YAML.severity }
  if (shape && first) {
    return {
      lintToo: false,
      finding: {
        ...base,
        line: first.line,
        column: first.column,
        message: `Policies must be JSON; this looks like YAML (${shape} on line ${first.line}). IAM reads policy documents as JSON only, so the file was not checked further.`,
        hint: 'Write the policy as JSON and commit it as a .json file (for example `yq -o=json . policy.yaml > policy.json`).'
      }
    }
  }
  const jsonContent = first !== undefined && (first.text.startsWith('{') || first.text.startsWith('['))
  return {
    lintToo: jsonContent,
    finding: {
      ...base,
      line: first?.line ?? 1,
      column: first?.column ?? 1,
      message: jsonContent
        ? `Policies must be JSON; this file is named as YAML (${path.slice(path.lastIndexOf('.'))}) though it holds JSON. It was checked as JSON.`
        : `Policies must be JSON; this file is named as YAML (${path.slice(path.lastIndexOf('.'))}), and it does not start with a JSON object. It was not checked further.`,
      hint: 'Keep IAM policy documents as JSON in files named .json, so that editors, tools and reviewers read them as JSON.'
    }
  }
}
