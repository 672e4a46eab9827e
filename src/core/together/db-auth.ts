// With redshift-db-auth: does the role get database credentials for exactly
// that cluster user (database, groups) or that serverless workgroup?
// Evaluated: the needed requests must be allowed; another user, database,
// group, cluster or workgroup, and whatever the policies' own Redshift
// resources name besides the wanted ones, must not be.
import { redshiftClusterArn, redshiftWorkgroupArn } from '../iam/arn.js'
import {
  CLUSTER_CREDENTIALS_ACTION,
  CREATE_USER_ACTION,
  JOIN_GROUP_ACTION,
  SERVERLESS_CREDENTIALS_ACTION
} from '../generate/role-policies/redshift-db-auth-policy.js'
import { allowedAsRoleByStatement, allowedResources, allowsAction, asRole, concreteOf, refusedAsRole, reportPassedOver, type SetupContext } from './setup-context.js'
import { conditionsText, statementName } from './failing-conditions.js'
import { listText } from '../list-text.js'
import type { ContextValue } from '../evaluate/types.js'
import type { GenerateInputs } from '../generate/inputs.js'

const DB_AUTH_ACTIONS = [CLUSTER_CREDENTIALS_ACTION, JOIN_GROUP_ACTION, SERVERLESS_CREDENTIALS_ACTION, 'redshift:GetClusterCredentialsWithIAM']

export interface Probe {
  action: string
  resource: string
  context?: Record<string, ContextValue>
  /** How a message names what is probed, when the resource stands for more than itself. */
  shown?: string
}

/** Databases of a cluster probed at most, of those the policies name. */
const DATABASES_PROBED = 16

/**
 * The databases of the cluster probed for "some database" (without db-name), dev first (Redshift's first
 * database, for what only a wildcard names), then those the role policies name, at most DATABASES_PROBED: by
 * the name a `dbname` resource gives (whatever its ARN's other parts: `dbname:*\/analytics` or a Region `*`
 * names analytics of this cluster too), and by a `redshift:DbName` condition's values (a policy may allow
 * `dbname:CLUSTER/*` and pin the database there). Linear in the policies.
 */
function databasesNamed(ctx: SetupContext): string[] {
  const names = new Set(['dev'])
  const add = (name: string | undefined) => {
    if (name && names.size < DATABASES_PROBED && !name.includes('${')) names.add(concreteOf(name))
  }
  for (const { concrete } of allowedResources(ctx.roleDocs, (concrete) => typedName(concrete)?.type === 'dbname').found) add(typedName(concrete)?.name)
  for (const { policy } of ctx.roleDocs) {
    for (const s of policy.statements) {
      if (names.size >= DATABASES_PROBED) return [...names]
      if (s.effect !== 'Allow') continue
      for (const [operator, block] of Object.entries(s.condition)) {
        if (!operator.includes('String') || operator.includes('Not')) continue
        for (const [key, values] of Object.entries(block)) if (key.toLowerCase() === 'redshift:dbname') for (const v of values.slice(0, DATABASES_PROBED)) add(v)
      }
    }
  }
  return [...names]
}

/** The action a Redshift resource ARN is probed with. */
function actionFor(arn: string): string | undefined {
  if (/^arn:[^:]+:redshift-serverless:[^:]*:[^:]*:workgroup\//.test(arn)) return SERVERLESS_CREDENTIALS_ACTION
  if (/^arn:[^:]+:redshift:[^:]*:[^:]*:dbgroup:/.test(arn)) return JOIN_GROUP_ACTION
  if (/^arn:[^:]+:redshift:[^:]*:[^:]*:(dbuser|dbname):/.test(arn)) return CLUSTER_CREDENTIALS_ACTION
  return undefined
}

// Characters the search for each ':type:'s '/' has passed over, ever (added once per search, not per character):
// tests check it stays within the resource's length rather than time the hostile case.
let slashSearch = 0

/** How many characters typedName's searches for a '/' have covered so far, in all. Only ever grows. */
export function typedNameSearched(): number {
  return slashSearch
}

/**
 * The resource type and name of a Redshift ARN, as `/:(dbuser|dbname|dbgroup):[^/]*\/(.*)$/` read them: the
 * first ':type:' whose name (after the first '/' past it) holds no line break. Found in one pass: that
 * expression, unanchored, tried every ':dbuser:' of a resource a pull request wrote (quadratic: 320 KB, 32 s).
 */
export function typedName(resource: string): { type: string; name: string } | undefined {
  const lastBreak = Math.max(resource.lastIndexOf('\n'), resource.lastIndexOf('\r'), resource.lastIndexOf('\u2028'), resource.lastIndexOf('\u2029'))
  const typed = /:(dbuser|dbname|dbgroup):/g
  // The first '/' at or after the place searched from (-1: none): the same for every later ':type:' until passed.
  let slash = -2
  for (let m = typed.exec(resource); m !== null; m = typed.exec(resource)) {
    const after = m.index + m[0].length
    if (slash !== -1 && slash < after) {
      slash = resource.indexOf('/', after)
      slashSearch += (slash === -1 ? resource.length : slash + 1) - after
    }
    if (slash === -1) return undefined
    if (slash > lastBreak) return { type: m[1], name: resource.slice(slash + 1) }
    // A line break after the '/': this ':type:' does not count; the next may start within it.
    typed.lastIndex = m.index + 1
  }
  return undefined
}

/**
 * The requests the connector's database credentials are authorised on, without their condition keys: the cluster's
 * dbuser, the dbname of db-name (when given) and each dbgroup; or the serverless workgroup. None without
 * redshift-db-auth.
 */
export function dbAuthNeeds(inputs: GenerateInputs): Probe[] {
  const r = inputs.redshift
  if (!r) return []
  const part = inputs.partition
  const account = inputs.accountId
  if (r.kind !== 'cluster') return [{ action: SERVERLESS_CREDENTIALS_ACTION, resource: redshiftWorkgroupArn(part, r.region, account, r.workgroupId) }]
  const arn = (type: 'dbuser' | 'dbname' | 'dbgroup', name: string) => redshiftClusterArn(part, r.region, account, type, r.clusterId, name)
  return [
    { action: CLUSTER_CREDENTIALS_ACTION, resource: arn('dbuser', r.dbUser) },
    ...(r.dbName ? [{ action: CLUSTER_CREDENTIALS_ACTION, resource: arn('dbname', r.dbName) }] : []),
    // AutoCreate: the API reference requires redshift:CreateClusterUser as well, on the dbuser.
    ...(r.autoCreate ? [{ action: CREATE_USER_ACTION, resource: arn('dbuser', r.dbUser) }] : []),
    ...r.dbGroups.map((g) => ({ action: JOIN_GROUP_ACTION, resource: arn('dbgroup', g) }))
  ]
}

/** The condition keys a GetClusterCredentials call carries (redshift:DbUser, and redshift:DbName when db-name is given). */
export function dbAuthKeys(inputs: GenerateInputs): Record<string, ContextValue> {
  const r = inputs.redshift
  return r?.kind === 'cluster' ? { 'redshift:DbUser': r.dbUser, ...(r.dbName ? { 'redshift:DbName': r.dbName } : {}) } : {}
}

export function checkDbAuth(ctx: SetupContext): void {
  const { inputs } = ctx
  const r = inputs.redshift
  if (!r) return
  const part = inputs.partition
  const account = inputs.accountId
  const target = r.kind === 'cluster' ? `database user ${r.dbUser} of cluster ${r.clusterId}` : `workgroup ${r.workgroupId}`
  const dbDocs = ctx.roleDocs.filter((d) => DB_AUTH_ACTIONS.some((a) => allowsAction(d.policy, a)))
  if (dbDocs.length === 0) {
    ctx.report(
      'RTC716',
      ctx.anchor,
      { line: 1, column: 1 },
      `The Redshift connector will get AccessDenied asking for database credentials (${target}): redshift-db-auth is ${r.kind} but no identity policy among the files grants the role ${r.kind === 'cluster' ? CLUSTER_CREDENTIALS_ACTION : SERVERLESS_CREDENTIALS_ACTION}`,
      'Add the DB-auth policy that generate makes (redshift-db-auth-policy.json) to policy-files'
    )
    return
  }

  let needs: Probe[] = dbAuthNeeds(inputs)
  let others: Probe[]
  if (r.kind === 'cluster') {
    const arn = (type: 'dbuser' | 'dbname' | 'dbgroup', cluster: string, name: string) => redshiftClusterArn(part, r.region, account, type, cluster, name)
    others = [
      { action: CLUSTER_CREDENTIALS_ACTION, resource: arn('dbuser', r.clusterId, `${r.dbUser}x`) },
      { action: CLUSTER_CREDENTIALS_ACTION, resource: arn('dbuser', r.clusterId, 'admin') },
      { action: CLUSTER_CREDENTIALS_ACTION, resource: arn('dbuser', `${r.clusterId}x`, r.dbUser) },
      ...(r.dbName ? [{ action: CLUSTER_CREDENTIALS_ACTION, resource: arn('dbname', r.clusterId, `${r.dbName}x`) }] : []),
      { action: JOIN_GROUP_ACTION, resource: arn('dbgroup', r.clusterId, 'admins') }
    ].filter((o) => !needs.some((n) => n.resource === o.resource))
  } else {
    others = [{ action: SERVERLESS_CREDENTIALS_ACTION, resource: redshiftWorkgroupArn(part, r.region, account, '00000000-0000-4000-8000-0000000000ff') }].filter(
      (o) => o.resource !== needs[0].resource
    )
  }
  // Without db-name, any database of the cluster is the connector's to name (generate allows dbname/*).
  const anyDatabase = r.kind === 'cluster' && r.dbName === undefined ? redshiftClusterArn(part, r.region, account, 'dbname', r.clusterId, '') : undefined
  // One GetClusterCredentials call carries its DbUser and DbName as condition
  // keys (redshift:DbUser, redshift:DbName), for each resource it is
  // authorised on (dbuser, dbname, dbgroup): a policy may pin them there.
  // `database`: the one the connection names (db-name, or without it the one of the cluster's probed).
  const withKeys = (p: Probe, database: string | undefined): Probe => {
    if (r.kind !== 'cluster') return p
    const m = typedName(p.resource)
    const user = m?.type === 'dbuser' ? m.name : r.dbUser
    const db = m?.type === 'dbname' ? m.name : database
    return { ...p, context: { 'redshift:DbUser': user, ...(db !== undefined ? { 'redshift:DbName': db } : {}) } }
  }
  const wanted = new Set(needs.map((n) => n.resource))
  const isWanted = (concrete: string) => wanted.has(concrete) || (anyDatabase !== undefined && concrete.startsWith(anyDatabase))
  const named = allowedResources(ctx.roleDocs, (concrete) => actionFor(concrete) !== undefined && !isWanted(concrete))
  const nameExactly = `Name exactly ${needs.map((n) => n.resource).join(', ')}${anyDatabase ? ` and, for any database, ${anyDatabase}*` : ''}, with no other wildcard`
  for (const { concrete } of named.found) others.push({ action: actionFor(concrete)!, resource: concrete })
  if (named.passedOver) {
    reportPassedOver(ctx.report, 'RTC718', named.passedOver, `let the role get database credentials beyond ${target}`, 'Redshift resources', nameExactly)
  }

  // The connector names a database in its connection URL, and GetClusterCredentials then needs the dbname
  // resource of it (the API reference: "If the DbName parameter is specified, the IAM policy must allow
  // access to the resource dbname"). Without db-name the database is not known here: the role must be
  // allowed the whole call (user, database, groups, each with that database as redshift:DbName) for one of
  // the cluster's databases (databasesNamed); when none is, dev stands for any.
  const shown = `${anyDatabase}* (the database the connection names)`
  const callNaming = (database: string | undefined): Probe[] => [
    ...needs.map((n) => withKeys(n, database)),
    ...(anyDatabase === undefined ? [] : [withKeys({ action: CLUSTER_CREDENTIALS_ACTION, resource: `${anyDatabase}${database}`, shown }, database)])
  ]
  const database = anyDatabase === undefined ? (r.kind === 'cluster' ? r.dbName : undefined) : (databasesNamed(ctx).find((name) => callNaming(name).every((p) => asRole(ctx, p.action, p.resource, p.context).effect === 'Allow')) ?? 'dev')
  needs = callNaming(database)
  others = others.map((o) => withKeys(o, database))
  const refused = refusedAsRole(ctx, needs, dbDocs[0])
  if (refused) {
    ctx.report(
      'RTC717',
      refused.doc.file,
      refused.place,
      `The Redshift connector will get AccessDenied asking for database credentials: the role is ${refused.denied ? 'denied' : 'not allowed'} ${refused.refused.map((n) => `${n.action} on ${n.shown ?? n.resource}`).join('; ')}${
        refused.blocked ? ` (${statementName(refused.blocked.statement)} of ${refused.doc.file.file} would allow ${refused.blocked.request.action} on ${refused.blocked.request.shown ?? refused.blocked.request.resource} but for its ${conditionsText(refused.blocked.failing)})` : ''
      }`,
      `Allow ${needs.map((n) => `${n.action} on ${n.shown ?? n.resource}`).join(', ')}`
    )
  }

  for (const at of allowedAsRoleByStatement(ctx, others, dbDocs[0])) {
    const examples = [...new Set(at.allowed.map((o) => `${o.action} on ${o.resource}`))]
    ctx.report(
      'RTC718',
      at.doc.file,
      at.place,
      `${at.doc.file.file} lets the role get database credentials beyond ${target}: ${listText(examples, 3, '; ')}`,
      nameExactly
    )
  }
}
