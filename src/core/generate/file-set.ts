import { createHash } from 'node:crypto'
import { prettyJson } from '../json.js'
import { ACTION_NAME, ACTION_VERSION } from '../version.js'
import type { GeneratedDocuments } from './documents.js'
import type { GenerateInputs } from './inputs.js'

export const FILE_NAMES = {
  userPolicy: 'user-policy.json',
  trustPolicy: 'trust-policy.json',
  kmsPolicy: 'kms-policy.json',
  manifest: 'manifest.json'
} as const

export interface OutputFile {
  name: string
  content: string
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/**
 * The files `generate` writes, in a fixed order, with no timestamps: the
 * same inputs give byte-identical files, so a deployment job can hash them.
 */
export function fileSetFor(inputs: GenerateInputs, docs: GeneratedDocuments): OutputFile[] {
  const files: OutputFile[] = [
    { name: FILE_NAMES.userPolicy, content: prettyJson(docs.userPolicy) },
    { name: FILE_NAMES.trustPolicy, content: prettyJson(docs.trustPolicy) }
  ]
  if (docs.kmsPolicy) files.push({ name: FILE_NAMES.kmsPolicy, content: prettyJson(docs.kmsPolicy) })
  const manifest = {
    generator: { name: ACTION_NAME, version: ACTION_VERSION },
    inputs: {
      partition: inputs.partition,
      'account-id': inputs.accountId,
      'role-name': inputs.roleName,
      'role-path': inputs.rolePath,
      'user-name': inputs.userName,
      'user-account-id': inputs.userAccountId,
      'trust-principal': inputs.trustPrincipal,
      kms: inputs.kms,
      'kms-key-arn': inputs.kmsKey?.arn ?? '',
      // The external id itself stays out of the manifest, which is uploaded
      // as an artifact; the trust policy holds it where it is needed.
      'external-id-set': inputs.externalId !== undefined
    },
    arns: { role: docs.roleArn, principal: docs.principalArn, user: docs.userArn },
    files: files.map((f) => ({ name: f.name, sha256: sha256(f.content), bytes: Buffer.byteLength(f.content, 'utf8') }))
  }
  files.push({ name: FILE_NAMES.manifest, content: prettyJson(manifest) })
  return files
}
