import { parseGenerateInputs, type GenerateInputs } from '../generate/inputs.js'
import { checkInput, type InputReader, type Parsed } from '../inputs/input-error.js'
import { artifactName, booleanFlag, commentTag, filePath, oneOf, pullRequestNumber } from '../inputs/rules.js'
import { parsePolicyFiles, type PolicyGlob } from './policy-files.js'
import { FAIL_ON, type FailOn } from './fail-on.js'

/** The normalised inputs of `validate`. */
export interface ValidateInputs {
  policyFiles: PolicyGlob[]
  /** Where to write the SARIF report, as given (relative to the workspace); '' for none. */
  sarifFile: string
  failOn: FailOn
  /**
   * The pull request to review when the event is not one (`pr-number`, the workflow_run pattern); undefined when
   * empty. Checked with the other inputs: a bad one found only by the review came after every report was written.
   */
  prNumber?: number
  /** The review comment's tag (`comment-tag`); '' for the default, the workflow and job. */
  commentTag: string
  /** The reports (findings file, SARIF) are uploaded as `<artifact-name>-reports`; '' for none. */
  artifactName: string
  /** Present when the inputs name a role: then the documents are also checked together. */
  together?: GenerateInputs
}

/**
 * The generate inputs that name who and what: setting any of them asks for the
 * "work together" check (and then account-id and role-name are required, by
 * generate's own rules). partition, role-path, user-path and kms have defaults in
 * action.yml, so they alone never ask for it; kms, redshift-db-auth and
 * db-auto-create ask for it when set to anything but their defaults (see
 * parseValidateInputs).
 */
export const TOGETHER_INPUTS = [
  'account-id',
  'role-name',
  'user-name',
  'user-account-id',
  'trust-principal',
  'principal-role-name',
  'kms-key-arn',
  'external-id',
  'staging-bucket',
  'staging-prefix',
  'redshift-cluster-id',
  'redshift-workgroup',
  'redshift-region',
  'db-user',
  'db-name',
  'db-groups',
  'session-duration'
] as const

export function parseValidateInputs(read: InputReader): Parsed<ValidateInputs> {
  const policyRaw = read('policy-files')
  // The globs are not echoed: the problem names the line.
  const policy = checkInput('policy-files', policyRaw, parsePolicyFiles(policyRaw), false)
  if (!policy.ok) return policy

  const sarifRaw = read('sarif-file')
  const sarif = checkInput('sarif-file', sarifRaw, filePath(sarifRaw))
  if (!sarif.ok) return sarif

  const failOnRaw = read('fail-on')
  const failOn = checkInput('fail-on', failOnRaw, oneOf(FAIL_ON, failOnRaw.trim() === '' ? 'error' : failOnRaw.toLowerCase()))
  if (!failOn.ok) return failOn

  const kmsRaw = read('kms')
  const kms = checkInput('kms', kmsRaw, booleanFlag(kmsRaw))
  if (!kms.ok) return kms

  const artifactRaw = read('artifact-name')
  const artifact = checkInput('artifact-name', artifactRaw, artifactName(artifactRaw))
  if (!artifact.ok) return artifact

  const prRaw = read('pr-number')
  const prNumber = checkInput('pr-number', prRaw, pullRequestNumber(prRaw))
  if (!prNumber.ok) return prNumber

  const tagRaw = read('comment-tag')
  const tag = checkInput('comment-tag', tagRaw, commentTag(tagRaw), false)
  if (!tag.ok) return tag

  const value: ValidateInputs = { policyFiles: policy.value, sarifFile: sarif.value, failOn: failOn.value, commentTag: tag.value, artifactName: artifact.value }
  if (prNumber.value !== undefined) value.prNumber = prNumber.value
  // kms: true with nothing else still asks for the check, so that the missing
  // account-id and role-name are reported rather than silently ignored; so
  // does redshift-db-auth set to anything but its default (none), checked by
  // generate's rules below (a bad value is reported there, not ignored).
  const dbAuth = read('redshift-db-auth').trim().toLowerCase()
  // db-auto-create likewise: unset or false asks for nothing; true (or a bad value) is checked, not ignored.
  const autoCreate = read('db-auto-create').trim().toLowerCase()
  if (kms.value || (dbAuth !== '' && dbAuth !== 'none') || (autoCreate !== '' && autoCreate !== 'false') || TOGETHER_INPUTS.some((name) => read(name).trim() !== '')) {
    // output-dir and artifact-name say where generate delivers; validate
    // writes no documents (artifact-name was read above for the reports), so
    // their values (even bad ones) do not matter here. Role chaining over an
    // hour is a finding on the trust policy here, not an input error.
    const delivery = ['output-dir', 'artifact-name', 'formats']
    const generate = parseGenerateInputs((name) => (delivery.includes(name) ? '' : read(name)), { roleChainingIsError: false })
    if (!generate.ok) return generate
    const { outputDir: _dir, artifactName: _artifact, formats: _formats, ...together } = generate.value
    value.together = together
  }
  return { ok: true, value }
}
