// A connector setup as validate hands it to the together check: what
// generate makes for some inputs, pretty-printed (so findings have lines),
// with documents replaced or added.
import { checkTogether } from '../../src/core/together/check-together.js'
import { documentsFor } from '../../src/core/generate/documents.js'
import { parseGenerateInputs, type GenerateInputs } from '../../src/core/generate/inputs.js'
import { normalisePolicy } from '../../src/core/iam/normalise.js'
import { parseJson } from '../../src/core/json-ast/parse.js'
import type { LintedFile, PolicyKind } from '../../src/core/lint/lint.js'

export const SETUP_ACCOUNT = '123456789012'
export const SETUP_KEY = `arn:aws:kms:eu-west-1:${SETUP_ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
/** Inputs that ask for everything: a user, S3 staging under a prefix, a KMS key, a cluster's database user. */
export const FULL_SETUP: Readonly<Record<string, string>> = {
  'account-id': SETUP_ACCOUNT,
  'role-name': 'RedshiftTempCreds',
  'user-name': 'etl',
  'staging-bucket': 'etl-staging',
  'staging-prefix': 'data',
  kms: 'true',
  'kms-key-arn': SETUP_KEY,
  'redshift-db-auth': 'cluster',
  'redshift-cluster-id': 'prod',
  'redshift-region': 'eu-west-1',
  'db-user': 'etl_user'
}

export function inputsOf(given: Record<string, string>): GenerateInputs {
  const parsed = parseGenerateInputs((name) => given[name] ?? '', { roleChainingIsError: false })
  if (!parsed.ok) throw new Error(`inputs rejected: ${parsed.error.input} ${parsed.error.problem}`)
  return parsed.value
}

/** A file as validate hands it over: parsed with positions from its pretty-printed text. */
export function lintedAt(file: string, kind: PolicyKind, value: unknown): LintedFile {
  const parsed = parseJson(`${JSON.stringify(value, null, 2)}\n`)
  const policy = normalisePolicy(value)
  return { file, kind, findings: [], value, ...(parsed.ok ? { root: parsed.root } : {}), ...(policy ? { policy } : {}) }
}

export const policyDoc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement })

export interface Setup {
  inputs: GenerateInputs
  files: LintedFile[]
}

/** What generate makes for FULL_SETUP with `given` over it (under iam/), `replace` by file name, `added` as identity policies. */
export function generatedSetup(given: Record<string, string>, replace: Record<string, unknown> = {}, added: Array<[string, unknown]> = []): Setup {
  const inputs = inputsOf({ ...FULL_SETUP, ...given })
  const d = documentsFor(inputs)
  const docs: Array<[string, unknown]> = [['user-policy.json', d.userPolicy], ['trust-policy.json', d.trustPolicy], ...d.rolePolicies.map((p) => [p.module.file, p.document] as [string, unknown])]
  const files = docs.map(([name, value]) => lintedAt(`iam/${name}`, name === 'trust-policy.json' ? 'trust' : 'identity', name in replace ? replace[name] : value))
  for (const [name, value] of added) files.push(lintedAt(`iam/${name}`, 'identity', value))
  return { inputs, files }
}

/** The codes of the together findings, sorted, drift (RTC8xx) left out. */
export function togetherCodes(s: Setup): string[] {
  return checkTogether(s.files, s.inputs)
    .map((f) => f.code)
    .filter((c) => !c.startsWith('RTC8'))
    .sort()
}
