import { sha256Hex } from '../hash.js'
import { prettyJson } from '../json.js'
import { ACTION_NAME, ACTION_VERSION } from '../version.js'
import type { GeneratedDocuments } from './documents.js'
import { FILE_NAMES } from './file-names.js'
import { ALL_FORMAT_FILES, formatsFor } from './formats/index.js'
import type { Format, GenerateInputs } from './inputs.js'

export { FILE_NAMES } from './file-names.js'

/** Every name a run can write: one not written this time is removed, so a stale file cannot be applied by mistake. */
export const ALL_FILE_NAMES: readonly string[] = [...Object.values(FILE_NAMES), ...ALL_FORMAT_FILES]

export interface OutputFile {
  name: string
  content: string
}

/**
 * The files `generate` writes, in a fixed order, with no timestamps: the
 * same inputs give byte-identical files, so a deployment job can hash them.
 */
export function fileSetFor(inputs: GenerateInputs, docs: GeneratedDocuments, formats: readonly Format[] = ['cli']): OutputFile[] {
  const files: OutputFile[] = [
    { name: FILE_NAMES.userPolicy, content: prettyJson(docs.userPolicy) },
    { name: FILE_NAMES.trustPolicy, content: prettyJson(docs.trustPolicy) }
  ]
  for (const p of docs.rolePolicies) files.push({ name: p.module.file, content: prettyJson(p.document) })
  for (const format of formatsFor(formats)) files.push(...format.files(inputs, docs))
  const manifest = {
    generator: { name: ACTION_NAME, version: ACTION_VERSION },
    inputs: {
      partition: inputs.partition,
      'account-id': inputs.accountId,
      'role-name': inputs.roleName,
      'role-path': inputs.rolePath,
      'user-name': inputs.userName,
      'user-path': inputs.userName ? inputs.userPath : '',
      'user-account-id': inputs.userAccountId,
      'trust-principal': inputs.trustPrincipal,
      kms: inputs.kms,
      'kms-key-arn': inputs.kmsKey?.arn ?? '',
      // The external id itself stays out of the manifest, which is uploaded
      // as an artifact; the trust policy holds it where it is needed.
      'external-id-set': inputs.externalId !== undefined,
      'principal-role-name': inputs.principalRole?.name ?? '',
      'principal-role-path': inputs.principalRole?.path ?? '',
      'staging-bucket': inputs.stagingBucket ?? '',
      'staging-prefix': inputs.stagingPrefix ?? '',
      'redshift-db-auth': inputs.redshift?.kind ?? 'none',
      ...redshiftManifest(inputs),
      'session-duration': inputs.sessionDuration ?? null,
      formats: [...formats]
    },
    arns: { role: docs.roleArn, principal: docs.principalArn, user: docs.userArn },
    files: files.map((f) => ({ name: f.name, sha256: sha256Hex(f.content), bytes: Buffer.byteLength(f.content, 'utf8') }))
  }
  files.push({ name: FILE_NAMES.manifest, content: prettyJson(manifest) })
  return files
}

function redshiftManifest(inputs: GenerateInputs): Record<string, string | string[] | boolean> {
  const r = inputs.redshift
  if (!r) return {}
  if (r.kind === 'serverless') return { 'redshift-region': r.region, 'redshift-workgroup': r.workgroupId }
  return { 'redshift-region': r.region, 'redshift-cluster-id': r.clusterId, 'db-user': r.dbUser, 'db-name': r.dbName ?? '', 'db-groups': r.dbGroups, 'db-auto-create': r.autoCreate === true }
}
