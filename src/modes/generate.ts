import * as core from '@actions/core'
import path from 'node:path'
import { documentsFor, externalIdMasking } from '../core/generate/documents.js'
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
  const files = fileSetFor(inputs, docs, inputs.formats)
  const dir = target.path
  // Every output but artifact-id (a number) and files, in the order they are set; the trust policy holds the id.
  const outputs: Record<string, string> = {
    'user-policy': compactJson(docs.userPolicy),
    'trust-policy': compactJson(docs.trustPolicy),
    'kms-policy': docs.kmsPolicy ? compactJson(docs.kmsPolicy) : '',
    's3-staging-policy': docs.s3StagingPolicy ? compactJson(docs.s3StagingPolicy) : '',
    'redshift-db-auth-policy': docs.redshiftDbAuthPolicy ? compactJson(docs.redshiftDbAuthPolicy) : '',
    'role-arn': docs.roleArn,
    'principal-arn': docs.principalArn,
    'output-dir': dir
  }
  // Before the annotations and log lines below. The paths are the ones writeFileSet writes (and returns).
  if (inputs.externalId !== undefined) {
    const others = Object.fromEntries(Object.entries(outputs).filter(([name]) => name !== 'trust-policy'))
    const masking = externalIdMasking(inputs.externalId, { ...others, files: compactJson(files.map((f) => path.join(dir, f.name))) })
    if (masking.mask) core.setSecret(inputs.externalId)
    if (masking.warning) annotate('warning', masking.warning, { title: 'External id not masked' })
  }
  if (docs.kmsWarning) annotate('warning', docs.kmsWarning, { title: 'KMS policy is not least privilege' })
  if (docs.kmsNotice) annotate('notice', docs.kmsNotice, { title: 'KMS key in another account' })
  const { written, keptStale } = writeFileSet(target, files, ALL_FILE_NAMES)
  if (keptStale.length > 0) {
    annotate('warning', `${listText(keptStale, 5)} in ${dir} ${keptStale.length === 1 ? 'is' : 'are'} not written by this run and not the unchanged output of an earlier one, so left in place: do not apply ${keptStale.length === 1 ? 'it' : 'them'} as this run's`, { title: 'Files left in the output folder' })
  }
  const artifact = await uploadArtifact(inputs.artifactName, written, dir)

  // Outputs last: a run that failed above leaves none behind.
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  core.setOutput('files', compactJson(written))
  core.setOutput('artifact-id', artifact.id === undefined ? '' : String(artifact.id))

  writeSummary(generateSummary(inputs, docs, files, dir, artifact))
  logInfo(`Wrote ${written.length} files to ${dir}`)
}
