// With staging-bucket: can the role's session do exactly the staging
// actions, on exactly the staging bucket and prefix? Evaluated with the
// project's evaluator: the actions the connector needs must be allowed; the
// same actions on another bucket, on a sibling prefix ('data-old/' for
// 'data/'), on the bucket outside the prefix, a listing outside it, and on
// whatever the policies' own S3 resources name outside it must not be.
import { s3BucketArn } from '../iam/arn.js'
import { S3_LIST_ACTION, S3_OBJECT_ACTIONS, S3_STAGING_ACTIONS, S3_UPLOADS_ACTION } from '../generate/role-policies/s3-staging-policy.js'
import type { ContextValue } from '../evaluate/types.js'
import type { GenerateInputs } from '../generate/inputs.js'
import { allowedAsRoleByStatement, allowedResources, allowsAction, refusedAsRole, reportPassedOver, type SetupContext } from './setup-context.js'
import { listText } from '../list-text.js'
import { conditionsText, statementName } from './failing-conditions.js'

const STAGED_KEY = 'redshift-connector/part-0000.gz'

export interface Probe {
  action: string
  resource: string
  context?: Record<string, ContextValue>
  /** How a finding says what was reached. */
  what: string
}

/** What the connector does in the staging bucket: its object calls under the prefix, a listing there, the uploads in progress. None without staging-bucket. */
export function stagingNeeds(inputs: GenerateInputs): Probe[] {
  const bucket = inputs.stagingBucket
  if (!bucket) return []
  const prefix = inputs.stagingPrefix ?? ''
  const bucketArn = s3BucketArn(inputs.partition, bucket)
  const objectArn = `${bucketArn}/${prefix}${STAGED_KEY}`
  return [
    ...S3_OBJECT_ACTIONS.map((action) => ({ action, resource: objectArn, what: `${action} on ${objectArn}` })),
    { action: S3_LIST_ACTION, resource: bucketArn, context: { 's3:prefix': `${prefix}redshift-connector/` }, what: `${S3_LIST_ACTION} of ${prefix}redshift-connector/ in ${bucket}` },
    { action: S3_UPLOADS_ACTION, resource: bucketArn, what: `${S3_UPLOADS_ACTION} on ${bucketArn}` }
  ]
}

export function checkStagingAccess(ctx: SetupContext): void {
  const { inputs } = ctx
  const bucket = inputs.stagingBucket
  if (!bucket) return
  const part = inputs.partition
  const prefix = inputs.stagingPrefix ?? ''
  const bucketArn = s3BucketArn(part, bucket)
  const s3Docs = ctx.roleDocs.filter((d) => S3_STAGING_ACTIONS.some((a) => allowsAction(d.policy, a)))
  const home = s3Docs[0] ?? ctx.bucketPolicy
  if (!home) {
    ctx.report(
      'RTC713',
      ctx.anchor,
      { line: 1, column: 1 },
      `The Redshift connector will get AccessDenied staging data in s3://${bucket}/${prefix}: staging-bucket is set but no identity policy among the files grants the role S3 actions, nor is the bucket's policy among them`,
      'Add the S3 staging policy that generate makes (s3-staging-policy.json) to policy-files'
    )
    return
  }

  // ---- what the connector needs ----
  const needs = stagingNeeds(inputs)
  const refused = refusedAsRole(ctx, needs, home)
  if (refused) {
    ctx.report(
      'RTC714',
      refused.doc.file,
      refused.place,
      `The Redshift connector will get AccessDenied staging data: the role is ${refused.denied ? 'denied' : 'not allowed'} ${refused.refused.map((n) => n.what).join('; ')}${
        refused.blocked ? ` (${statementName(refused.blocked.statement)} of ${refused.doc.file.file} would allow ${refused.blocked.request.what} but for its ${conditionsText(refused.blocked.failing)})` : ''
      }`,
      `Allow ${S3_LIST_ACTION} and ${S3_UPLOADS_ACTION} on ${bucketArn}${prefix ? ` (s3:prefix ${prefix}*)` : ''}, and ${S3_OBJECT_ACTIONS.join(', ')} on ${bucketArn}/${prefix}*`
    )
  }

  // ---- what it must not reach ----
  const outside = (arn: string): boolean => {
    const m = /^arn:[^:]+:s3:::([^/]*)(?:\/(.*))?$/.exec(arn)
    if (!m) return false
    const [, b, key] = m
    return b !== bucket || (key !== undefined && !key.startsWith(prefix))
  }
  const others = [`${bucket}-other`, 'unrelated-bucket'].filter((b) => b !== bucket)
  const probes: Probe[] = []
  const objectProbes = (arn: string) => S3_OBJECT_ACTIONS.map((action) => ({ action, resource: arn, what: `${action} on ${arn}` }))
  for (const other of others) {
    const otherArn = s3BucketArn(part, other)
    probes.push(...objectProbes(`${otherArn}/${prefix}${STAGED_KEY}`))
    probes.push({ action: S3_LIST_ACTION, resource: otherArn, context: { 's3:prefix': prefix }, what: `${S3_LIST_ACTION} on ${otherArn}` })
    probes.push({ action: S3_UPLOADS_ACTION, resource: otherArn, what: `${S3_UPLOADS_ACTION} on ${otherArn}` })
  }
  if (prefix) {
    const sibling = `${prefix.slice(0, -1)}-old/`
    probes.push(...objectProbes(`${bucketArn}/${sibling}${STAGED_KEY}`), ...objectProbes(`${bucketArn}/${STAGED_KEY}`))
    probes.push({ action: S3_LIST_ACTION, resource: bucketArn, context: { 's3:prefix': sibling }, what: `${S3_LIST_ACTION} of ${sibling} in ${bucket}` })
    probes.push({ action: S3_LIST_ACTION, resource: bucketArn, what: `${S3_LIST_ACTION} of the whole bucket ${bucket}` })
  }
  // Whatever the role's own S3 resources name outside the staging area.
  // One probe per named resource, with a staging action its own statement allows.
  const named = allowedResources(ctx.roleDocs, (concrete) => concrete.includes(':s3:::') && outside(concrete))
  for (const { doc, statement, concrete } of named.found) {
    const own = { ...doc.policy, statements: [statement] }
    const candidates = concrete.includes('/') ? S3_OBJECT_ACTIONS : [S3_LIST_ACTION, S3_UPLOADS_ACTION]
    const action = candidates.find((a) => allowsAction(own, a))
    if (action) probes.push({ action, resource: concrete, ...(action === S3_LIST_ACTION ? { context: { 's3:prefix': prefix } } : {}), what: `${action} on ${concrete}` })
  }
  const hint = `Name only ${bucketArn}${prefix ? ` (with the condition StringLike s3:prefix ${prefix}, ${prefix}*)` : ''} and ${bucketArn}/${prefix}*`
  if (named.passedOver) {
    reportPassedOver(ctx.report, 'RTC715', named.passedOver, `let the role reach S3 outside s3://${bucket}/${prefix}`, 'S3 resources outside the staging area', hint)
  }
  // One finding per statement that lets the role out.
  for (const at of allowedAsRoleByStatement(ctx, probes, home)) {
    const examples = [...new Set(at.allowed.map((p) => p.what))]
    ctx.report(
      'RTC715',
      at.doc.file,
      at.place,
      `${at.doc.file.file} lets the role reach S3 outside s3://${bucket}/${prefix}: ${listText(examples, 3, '; ')}`,
      hint
    )
  }
}
