// Findings the validate mode itself makes, about a file as a whole rather
// than its policy: the codes are in the RTC9xx range, apart from the linter's.
import type { CheckInfo } from '../lint/checks.js'
import type { Finding } from '../lint/finding.js'

export const NOT_UTF8: CheckInfo = {
  code: 'RTC901',
  severity: 'error',
  name: 'file-not-utf8',
  title: 'The file is not UTF-8',
  help:
    'IAM reads policy documents as UTF-8. The file holds a byte sequence that is not UTF-8 (often a file saved as Latin-1 by an editor); ' +
    'the validator read it with that character replaced, so other findings may point at the wrong text. A UTF-16 file with its byte order mark ' +
    '(what PowerShell\'s Out-File writes) is read as the text it holds and checked as usual, with this one finding. Save the file as UTF-8.'
}

export const VALIDATOR_FAILED: CheckInfo = {
  code: 'RTC902',
  severity: 'error',
  name: 'validator-failed',
  title: 'The validator failed on this file',
  help:
    'The validator met something it did not expect in this file and could not finish checking it. This is a bug in the action, not necessarily in the file: ' +
    'the message names the failure; please report it with the file. The other files were checked.'
}

export const POLICY_IS_YAML: CheckInfo = {
  code: 'RTC903',
  severity: 'error',
  name: 'policy-is-yaml',
  title: 'The policy file is YAML, not JSON',
  help:
    'IAM reads policy documents as JSON only. The file is written as YAML (a key like `Version:` without quotes or braces, a `- ` list, a `---` marker) ' +
    'or is named .yaml/.yml. Write the policy as JSON in a .json file. A YAML file is not checked further; a JSON file named .yaml is checked as JSON.'
}

export const FINDINGS_NOT_LISTED: CheckInfo = {
  code: 'RTC904',
  severity: 'notice',
  name: 'findings-not-listed',
  title: 'The file has more findings than are listed',
  help:
    'A file lists at most 1,000 findings, and a run at most 500,000 in all (then each further file lists its most severe one), the most severe first; ' +
    'this notice counts the others by code. A file with that many is most often generated ' +
    'wrongly or not a policy (one key repeated thousands of times). Fix the findings listed and validate again to see the others.'
}

export const FILE_NOT_CHECKED: CheckInfo = {
  code: 'RTC905',
  severity: 'error',
  name: 'file-not-checked',
  title: 'A path policy-files matches was not checked',
  help:
    'policy-files matches this path, but the validator did not read it: a file over 1 MiB (no AWS policy comes near: ' +
    "IAM's API takes a policy document of at most 131,072 characters, a KMS key policy 32 KB), a symbolic link out of the workspace, into .git or node_modules, or leading nowhere, " +
    'a name that is not UTF-8, or a file or folder that cannot be read. A policy nobody checked does not pass: a pull request could otherwise add one ' +
    'past the limit to keep it from the checks. Make it a file the validator reads, or, when it is not a policy, leave it out of policy-files with a ' +
    "'!' line that names it."
}

export const VALIDATE_CHECKS: CheckInfo[] = [NOT_UTF8, VALIDATOR_FAILED, POLICY_IS_YAML, FINDINGS_NOT_LISTED, FILE_NOT_CHECKED]

/** A finding of one of these checks on a file, at a line and column (1, 1 for the file as a whole). */
export function fileFinding(check: CheckInfo, file: string, at: { line: number; column: number }, message: string, hint: string): Finding {
  return { file, line: at.line, column: at.column, code: check.code, severity: check.severity, message, hint }
}
