import { applyCommandsFor, shellCommand, shellQuote } from '../core/generate/apply-commands.js'
import type { GeneratedDocuments } from '../core/generate/documents.js'
import type { OutputFile } from '../core/generate/file-set.js'
import type { GenerateInputs } from '../core/generate/inputs.js'
import { prettyJson } from '../core/json.js'
import { codeBlock, details, inlineCode, inlineText, table } from './markdown.js'

export interface ArtifactOutcome {
  name: string
  id?: number
  /** Why nothing was uploaded, when nothing was. */
  skipped?: string
}

const PURPOSE: Record<string, string> = {
  'user-policy.json': 'identity policy for the IAM user',
  'trust-policy.json': "the role's trust policy",
  'kms-policy.json': 'inline policy for the role (KMS)',
  'manifest.json': 'inputs, ARNs and hashes'
}

const REDACTED = '***'

/** A copy of a JSON value with every string equal to `secret` replaced. */
function redact(value: unknown, secret: string): unknown {
  if (value === secret) return REDACTED
  if (Array.isArray(value)) return value.map((v) => redact(v, secret))
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, secret)]))
  return value
}

/** The job summary of a `generate` run, as Markdown. */
export function generateSummary(
  inputs: GenerateInputs,
  docs: GeneratedDocuments,
  files: OutputFile[],
  outputDir: string,
  artifact: ArtifactOutcome
): string {
  const parts: string[] = ['## Redshift temporary-credentials policies\n']
  const rows = [
    ['Role', inlineCode(docs.roleArn)],
    ['Trusted principal', inlineCode(docs.principalArn)]
  ]
  if (docs.userArn) rows.push(['IAM user', inlineCode(docs.userArn)])
  rows.push(['KMS policy', inputs.kms ? (inputs.kmsKey ? inlineCode(inputs.kmsKey.arn) : 'yes, on every key (`*`)') : 'no'])
  rows.push(['External id condition', inputs.externalId === undefined ? 'no' : 'yes'])
  parts.push(table(['', 'ARN'], rows))
  if (docs.kmsWarning) parts.push(`\n> [!WARNING]\n> ${inlineText(docs.kmsWarning)}\n`)
  if (inputs.trustPrincipal === 'account') {
    parts.push(
      `\n> [!NOTE]\n> The trust policy names the account root: every IAM identity of account ${inputs.userAccountId} whose own policies allow sts:AssumeRole on the role can assume it. Set user-name and trust-principal: user to restrict it to one user.\n`
    )
  }

  parts.push('\n### Documents\n')
  if (inputs.externalId !== undefined) parts.push(`The external id is shown as ${inlineCode(REDACTED)}: the summary is readable by anyone who can read the run, and the file holds the real value.\n\n`)
  for (const file of files) {
    const shown = inputs.externalId === undefined ? file.content : prettyJson(redact(JSON.parse(file.content), inputs.externalId))
    parts.push(details(`${file.name} (${PURPOSE[file.name] ?? 'file'})`, codeBlock(shown, 'json')))
  }

  parts.push('\n### Apply them\n')
  const commands = applyCommandsFor(inputs, docs)
  const script = [`cd ${shellQuote(outputDir)}`]
  for (const command of commands) {
    script.push(`# ${command.purpose} (credentials of account ${command.account})`, shellCommand(command.argv))
  }
  parts.push(codeBlock(script.join('\n'), 'sh'))
  if (!inputs.userName) {
    parts.push('\nNo `user-name` was given: attach `user-policy.json` to the IAM user that will request the credentials.\n')
  }

  parts.push('\n### Artifact\n')
  parts.push(
    artifact.id !== undefined
      ? `Uploaded as ${inlineCode(artifact.name)} (id ${artifact.id}).\n`
      : `Not uploaded: ${inlineText(artifact.skipped ?? 'no artifact name')}. The files are in ${inlineCode(outputDir)}.\n`
  )
  return parts.join('')
}
