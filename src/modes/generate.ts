import * as core from '@actions/core'
import { documentsFor } from '../core/generate/documents.js'
import { rolePoliciesOverQuota } from '../core/generate/role-policies/index.js'
import { ALL_FILE_NAMES, fileSetFor } from '../core/generate/file-set.js'
import { parseGenerateInputs } from '../core/generate/inputs.js'
import { compactJson } from '../core/json.js'
import { uploadArtifact } from '../report/artifact.js'
import { checkWriteTarget, writeFileSet } from '../report/files.js'
import { formatInputError } from '../core/inputs/input-error.js'
import { generateSummary } from '../report/generate-summary.js'
import { writeSummary } from '../report/summary.js'
import { readInputs } from './read-inputs.js'
import { annotate, failStep, logInfo } from '../report/step-annotations.js'
import { listText } from '../core/list-text.js'

export async function runGenerate(): Promise<void> {
  const inputs = readInputs(parseGenerateInputs)
  if (!inputs) return
  if (inputs.externalId) core.setSecret(inputs.externalId)
  const target = checkWriteTarget('output-dir', inputs.outputDir, 'folder', ALL_FILE_NAMES)
  if (!target.ok) {
    failStep(formatInputError(target.error))
    return
  }

  const docs = documentsFor(inputs)
  // Documents IAM would refuse are a bad input too: one error, nothing written.
  const overQuota = rolePoliciesOverQuota(inputs, docs.rolePolicies)
  if (overQuota) {
    failStep(formatInputError(overQuota))
    return
  }
  if (docs.kmsWarning) annotate('warning', docs.kmsWarning, { title: 'KMS policy is not least privilege' })
  if (docs.kmsNotice) annotate('notice', docs.kmsNotice, { title: 'KMS key in another account' })
  const files = fileSetFor(inputs, docs, inputs.formats)
  const dir = target.path
  const { written, keptStale } = writeFileSet(target, files, ALL_FILE_NAMES)
  if (keptStale.length > 0) {
    annotate('warning', `${listText(keptStale, 5)} in ${dir} ${keptStale.length === 1 ? 'is' : 'are'} not written by this run and not the unchanged output of an earlier one, so left in place: do not apply ${keptStale.length === 1 ? 'it' : 'them'} as this run's`, { title: 'Files left in the output folder' })
  }
  const artifact = await uploadArtifact(inputs.artifactName, written, dir)

  // Outputs last: a run that failed above leaves none behind.
  core.setOutput('user-policy', compactJson(docs.userPolicy))
  core.setOutput('trust-policy', compactJson(docs.trustPolicy))
  core.setOutput('kms-policy', docs.kmsPolicy ? compactJson(docs.kmsPolicy) : '')
  core.setOutput('s3-staging-policy', docs.s3StagingPolicy ? compactJson(docs.s3StagingPolicy) : '')
  core.setOutput('redshift-db-auth-policy', docs.redshiftDbAuthPolicy ? compactJson(docs.redshiftDbAuthPolicy) : '')
  core.setOutput('role-arn', docs.roleArn)
  core.setOutput('principal-arn', docs.principalArn)
  core.setOutput('output-dir', dir)
  core.setOutput('files', compactJson(written))
  core.setOutput('artifact-id', artifact.id === undefined ? '' : String(artifact.id))

  writeSummary(generateSummary(inputs, docs, files, dir, artifact))
  logInfo(`Wrote ${written.length} files to ${dir}`)
}
