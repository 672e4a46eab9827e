// The CloudFormation template against the CloudFormation resource
// specification for AWS::IAM::Role and AWS::IAM::Policy, and the Terraform
// JSON against the aws provider's schema for aws_iam_role,
// aws_iam_role_policy and aws_iam_user_policy (both vendored as test data,
// sources named in their _source field). Byte-identical for identical inputs.
import { readFileSync } from 'node:fs'
import { documentsFor } from '../../src/core/generate/documents.js'
import { fileSetFor } from '../../src/core/generate/file-set.js'
import { parseGenerateInputs, type GenerateDelivery, type GenerateInputs } from '../../src/core/generate/inputs.js'
import { applyCommandsFor } from '../../src/core/generate/apply-commands.js'
import { CLOUDFORMATION_FORMAT } from '../../src/core/generate/formats/cloudformation.js'
import { TERRAFORM_FORMAT } from '../../src/core/generate/formats/terraform.js'
import { sha256Hex } from '../../src/core/hash.js'
import { CLUSTER, ROLE, SERVERLESS } from './setup-cases.js'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
interface CfnProperty {
  PrimitiveType?: string
  Type?: string
  ItemType?: string
  PrimitiveItemType?: string
  Required: boolean
}
const CFN = JSON.parse(readFileSync(new URL('./fixtures/cfn-spec-iam.json', import.meta.url), 'utf8')) as {
  ResourceTypes: Record<string, { Properties: Record<string, CfnProperty>; Attributes?: Record<string, unknown> }>
  PropertyTypes: Record<string, { Properties: Record<string, CfnProperty> }>
}
interface TfAttribute {
  type: string | [string, string]
  required?: boolean
  optional?: boolean
  computed?: boolean
}
const TF = (
  JSON.parse(readFileSync(new URL('./fixtures/terraform-aws-iam-schema.json', import.meta.url), 'utf8')) as {
    provider_schemas: Record<string, { resource_schemas: Record<string, { block: { attributes: Record<string, TfAttribute> } }> }>
  }
).provider_schemas['registry.terraform.io/hashicorp/aws'].resource_schemas

const BASE = { 'account-id': '123456789012', 'role-name': 'RedshiftTempCreds', 'user-name': 'etl', formats: 'cli,cloudformation,terraform' }
const SETUPS: Array<[string, Record<string, string>]> = [
  ['user, nothing else', {}],
  ['user, everything', { 'staging-bucket': 'etl-staging', 'staging-prefix': 'data', kms: 'true', ...CLUSTER, 'db-groups': 'loaders', 'session-duration': '7200', 'external-id': 'ext-4711', 'role-path': '/etl/' }],
  ['cross-account user, serverless', { 'user-account-id': '210987654321', ...SERVERLESS }],
  ['role principal, staging, 900 seconds', { ...ROLE, 'staging-bucket': 'etl-staging', 'session-duration': '900' }],
  ['cross-account role principal', { ...ROLE, 'user-account-id': '210987654321', 'principal-role-path': '/agents/' }],
  ['account root, no requester', { 'user-name': '', 'trust-principal': 'account' }]
]

function inputsOf(given: Record<string, string>): GenerateInputs & GenerateDelivery {
  const parsed = parseGenerateInputs((name) => given[name] ?? '')
  if (!parsed.ok) throw new Error(`inputs rejected: ${parsed.error.input} ${parsed.error.problem}`)
  return parsed.value
}
function filesOf(given: Record<string, string>): Map<string, string> {
  const i = inputsOf(given)
  return new Map(fileSetFor(i, documentsFor(i), i.formats).map((f) => [f.name, f.content]))
}

// ---- CloudFormation ----------------------------------------------------------

function cfnValueProblems(where: string, spec: CfnProperty, value: Json, owner: string): string[] {
  const primitive = (type: string, v: Json, at: string): string[] => {
    if (type === 'String') return typeof v === 'string' ? [] : [`${at}: not a String`]
    if (type === 'Integer') return Number.isInteger(v) ? [] : [`${at}: not an Integer`]
    if (type === 'Boolean') return typeof v === 'boolean' ? [] : [`${at}: not a Boolean`]
    if (type === 'Json') return v !== null && typeof v === 'object' && !Array.isArray(v) ? [] : [`${at}: not a Json object`]
    return [`${at}: primitive type ${type} not handled by this test`]
  }
  if (spec.PrimitiveType) return primitive(spec.PrimitiveType, value, where)
  if (spec.Type === 'List') {
    if (!Array.isArray(value)) return [`${where}: not a List`]
    return value.flatMap((item, n) =>
      spec.PrimitiveItemType ? primitive(spec.PrimitiveItemType, item, `${where}[${n}]`) : cfnObjectProblems(`${where}[${n}]`, `${owner}.${spec.ItemType}`, item)
    )
  }
  return [`${where}: type ${spec.Type} not handled by this test`]
}

function cfnObjectProblems(where: string, typeName: string, value: Json): string[] {
  const spec = CFN.PropertyTypes[typeName] ?? CFN.ResourceTypes[typeName]
  if (!spec) return [`${where}: ${typeName} is not in the specification`]
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${where}: not an object`]
  const owner = typeName.split('.')[0]
  const problems: string[] = []
  for (const [name, property] of Object.entries(spec.Properties)) if (property.Required && !(name in value)) problems.push(`${where}: required ${name} missing`)
  for (const [name, v] of Object.entries(value)) {
    const property = spec.Properties[name]
    if (!property) problems.push(`${where}: ${name} is not a property of ${typeName}`)
    else problems.push(...cfnValueProblems(`${where}.${name}`, property, v, owner))
  }
  return problems
}

function cfnTemplateProblems(text: string): string[] {
  const template = JSON.parse(text) as { AWSTemplateFormatVersion: string; Resources: Record<string, { Type: string; Properties: Json }>; Outputs?: Record<string, { Value: Json }> }
  const problems: string[] = []
  if (template.AWSTemplateFormatVersion !== '2010-09-09') problems.push('AWSTemplateFormatVersion')
  for (const key of Object.keys(template)) if (!['AWSTemplateFormatVersion', 'Description', 'Resources', 'Outputs'].includes(key)) problems.push(`unknown section ${key}`)
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    if (!/^[A-Za-z0-9]+$/.test(logicalId)) problems.push(`${logicalId}: logical ids are alphanumeric`)
    // The template anatomy's resource attributes, and the values its deletion policies take.
    for (const key of Object.keys(resource)) if (!['Type', 'Properties', 'DeletionPolicy', 'UpdateReplacePolicy', 'DependsOn', 'Condition', 'Metadata'].includes(key)) problems.push(`${logicalId}: unknown resource attribute ${key}`)
    for (const key of ['DeletionPolicy', 'UpdateReplacePolicy'] as const) {
      const value = (resource as Record<string, unknown>)[key]
      if (value !== undefined && !['Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot'].includes(value as string)) problems.push(`${logicalId}: ${key} ${String(value)}`)
    }
    if (!CFN.ResourceTypes[resource.Type]) problems.push(`${logicalId}: ${resource.Type} is not in the specification subset`)
    else problems.push(...cfnObjectProblems(logicalId, resource.Type, resource.Properties))
  }
  for (const [name, output] of Object.entries(template.Outputs ?? {})) {
    const getAtt = (output.Value as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt']
    if (!getAtt) continue
    const [logicalId, attribute] = getAtt
    const resource = template.Resources[logicalId]
    if (!resource) problems.push(`output ${name}: no resource ${logicalId}`)
    else if (!(attribute in (CFN.ResourceTypes[resource.Type]?.Attributes ?? {}))) problems.push(`output ${name}: ${resource.Type} has no attribute ${attribute}`)
  }
  return problems
}

describe.each(SETUPS)('CloudFormation: %s', (_, extra) => {
  const files = filesOf({ ...BASE, ...extra })
  const templates = [...files.keys()].filter((n) => n.startsWith('cloudformation-'))

  test('every template passes the structural check against the resource specification', () => {
    expect(templates.length).toBeGreaterThanOrEqual(1)
    for (const name of templates) expect({ name, problems: cfnTemplateProblems(files.get(name) as string) }).toEqual({ name, problems: [] })
  })

  test('the role carries the trust policy, the inline policies and MaxSessionDuration (3600 to 43200)', () => {
    const i = inputsOf({ ...BASE, ...extra })
    const d = documentsFor(i)
    const template = JSON.parse(files.get('cloudformation-template.json') as string)
    const role = template.Resources.RedshiftTempCredsRole
    expect(role.Type).toBe('AWS::IAM::Role')
    // Kept when the stack goes; resource import requires a DeletionPolicy.
    expect([role.DeletionPolicy, role.UpdateReplacePolicy]).toEqual(['Retain', 'Retain'])
    expect(role.Properties.RoleName).toBe(i.roleName)
    expect(role.Properties.Path).toBe(i.rolePath)
    expect(role.Properties.AssumeRolePolicyDocument).toEqual(d.trustPolicy)
    expect(role.Properties.Policies ?? []).toEqual(d.rolePolicies.map((p) => ({ PolicyName: p.module.policyName, PolicyDocument: p.document })))
    if (i.sessionDuration === undefined) expect(role.Properties.MaxSessionDuration).toBeUndefined()
    else {
      expect(role.Properties.MaxSessionDuration).toBe(Math.max(3600, i.sessionDuration))
      // The AWS::IAM::Role page: MaxSessionDuration is 3600 to 43200.
      expect(role.Properties.MaxSessionDuration).toBeGreaterThanOrEqual(3600)
      expect(role.Properties.MaxSessionDuration).toBeLessThanOrEqual(43200)
    }
    // The requester's policy: in this template within one account, in a second one across accounts.
    const requesterTemplate = files.get('cloudformation-requester-template.json')
    const requester = template.Resources.RedshiftTempCredsRequesterPolicy ?? (requesterTemplate ? JSON.parse(requesterTemplate).Resources.RedshiftTempCredsRequesterPolicy : undefined)
    if (i.trustPrincipal === 'account' && !i.userName) expect(requester).toBeUndefined()
    else {
      expect(requester.Properties.PolicyDocument).toEqual(d.userPolicy)
      expect(requester.Properties.Users ?? requester.Properties.Roles).toEqual([i.userName || i.principalRole?.name])
      expect(requesterTemplate !== undefined).toBe(i.userAccountId !== i.accountId)
    }
  })
})

test('the structural check catches a misspelt property, a wrong type and a missing required one', () => {
  const template = JSON.parse(filesOf(BASE).get('cloudformation-template.json') as string)
  const role = template.Resources.RedshiftTempCredsRole.Properties
  const broken = { ...template, Resources: { R: { Type: 'AWS::IAM::Role', Properties: { ...role, MaxSessionDurations: 3600, Path: 1, AssumeRolePolicyDocument: undefined } } } }
  expect(cfnTemplateProblems(JSON.stringify(broken)).sort()).toEqual(
    ['R: MaxSessionDurations is not a property of AWS::IAM::Role', 'R: required AssumeRolePolicyDocument missing', 'R.Path: not a String', 'output RoleArn: no resource RedshiftTempCredsRole'].sort()
  )
})

// ---- Terraform -------------------------------------------------------------

const REFERENCE = /\$\{([a-z_]+)\.([a-z_]+)\.([a-z_]+)\}/g

function terraformProblems(text: string): string[] {
  const config = JSON.parse(text) as { terraform?: unknown; resource: Record<string, Record<string, Record<string, Json>>>; output?: Record<string, { value: string }> }
  const problems: string[] = []
  for (const key of Object.keys(config)) if (!['terraform', 'resource', 'output'].includes(key)) problems.push(`unknown top-level block ${key}`)
  const declared = new Set<string>()
  for (const [type, byName] of Object.entries(config.resource)) for (const name of Object.keys(byName)) declared.add(`${type}.${name}`)
  const checkReferences = (where: string, value: string) => {
    for (const m of value.matchAll(REFERENCE)) {
      const [, type, name, attribute] = m
      if (!declared.has(`${type}.${name}`)) problems.push(`${where}: ${type}.${name} is not declared`)
      else if (!TF[type]?.block.attributes[attribute]) problems.push(`${where}: ${type} has no attribute ${attribute}`)
    }
    // Any other template sequence would be read by Terraform as an expression.
    if (value.replace(REFERENCE, '').includes('${') || value.includes('%{')) problems.push(`${where}: a template sequence Terraform would interpolate`)
  }
  for (const [type, byName] of Object.entries(config.resource)) {
    const schema = TF[type]
    if (!schema) {
      problems.push(`${type} is not in the schema subset`)
      continue
    }
    for (const [name, body] of Object.entries(byName)) {
      const where = `${type}.${name}`
      if (!/^[a-zA-Z_][a-zA-Z0-9_-]*$/.test(name)) problems.push(`${where}: invalid resource name`)
      for (const [attr, spec] of Object.entries(schema.block.attributes)) if (spec.required && !(attr in body)) problems.push(`${where}: required ${attr} missing`)
      for (const [attr, value] of Object.entries(body)) {
        // The lifecycle meta-argument: in JSON, ignore_changes lists attribute names as strings (static references).
        if (attr === 'lifecycle') {
          const lifecycle = value as Record<string, Json>
          for (const [key, names] of Object.entries(lifecycle)) {
            if (key !== 'ignore_changes' || !Array.isArray(names)) problems.push(`${where}.lifecycle: ${key} is not checked here`)
            else for (const n of names) if (typeof n !== 'string' || !schema.block.attributes[n]) problems.push(`${where}.lifecycle.ignore_changes: ${String(n)} is not an attribute of ${type}`)
          }
          continue
        }
        const spec = schema.block.attributes[attr]
        if (!spec) problems.push(`${where}: ${attr} is not an argument of ${type}`)
        else if (spec.computed && !spec.optional && !spec.required) problems.push(`${where}: ${attr} is read-only`)
        else if (spec.type === 'string' && typeof value !== 'string') problems.push(`${where}.${attr}: not a string`)
        else if (spec.type === 'number' && typeof value !== 'number') problems.push(`${where}.${attr}: not a number`)
        if (typeof value === 'string') checkReferences(`${where}.${attr}`, value)
      }
    }
  }
  for (const [name, output] of Object.entries(config.output ?? {})) checkReferences(`output ${name}`, output.value)
  return problems
}

describe.each(SETUPS)('Terraform: %s', (_, extra) => {
  const files = filesOf({ ...BASE, ...extra })
  const tf = [...files.keys()].filter((n) => n.endsWith('.tf.json'))

  test('every *.tf.json passes the check against the provider schema', () => {
    expect(tf.length).toBeGreaterThanOrEqual(1)
    for (const name of tf) expect({ name, problems: terraformProblems(files.get(name) as string) }).toEqual({ name, problems: [] })
  })

  test('the resources carry the generated documents (policy strings parse back to them)', () => {
    const i = inputsOf({ ...BASE, ...extra })
    const d = documentsFor(i)
    const config = JSON.parse(files.get('redshift-temp-creds.tf.json') as string)
    const role = config.resource.aws_iam_role.redshift_temp_creds
    expect(JSON.parse(role.assume_role_policy)).toEqual(d.trustPolicy)
    expect(role.max_session_duration).toBe(i.sessionDuration === undefined ? undefined : Math.max(3600, i.sessionDuration))
    // Without session-duration, MaxSessionDuration is left as IAM has it (the provider's default would set 3600).
    expect(role.lifecycle).toEqual(i.sessionDuration === undefined ? { ignore_changes: ['max_session_duration'] } : undefined)
    const inline = Object.values(config.resource.aws_iam_role_policy ?? {}) as Array<{ name: string; role: string; policy: string }>
    const own = inline.filter((p) => p.role === '${aws_iam_role.redshift_temp_creds.name}')
    expect(own.map((p) => [p.name, JSON.parse(p.policy)])).toEqual(d.rolePolicies.map((p) => [p.module.policyName, p.document]))
    const all = [...files.entries()].filter(([n]) => n.endsWith('.tf.json')).map(([, t]) => JSON.parse(t).resource)
    const requester = all.flatMap((r) => [r.aws_iam_user_policy?.requester_assume_role, r.aws_iam_role_policy?.requester_assume_role]).filter(Boolean) as Array<{ name: string; policy: string; user?: string; role?: string }>
    if (!i.userName && i.trustPrincipal !== 'role') expect(requester).toEqual([])
    else {
      expect(requester).toHaveLength(1)
      expect(requester[0].name).toBe(`redshift-temp-creds-assume-${i.accountId}-${i.roleName}`)
      expect(JSON.parse(requester[0].policy)).toEqual(d.userPolicy)
      expect(requester[0].user ?? requester[0].role).toBe(i.userName || i.principalRole?.name)
      expect(files.has('redshift-temp-creds-requester.tf.json')).toBe(i.userAccountId !== i.accountId)
    }
  })
})

test('the schema check catches an unknown argument, a read-only one, a wrong type and a dangling reference', () => {
  const config = JSON.parse(filesOf(BASE).get('redshift-temp-creds.tf.json') as string)
  config.resource.aws_iam_role.redshift_temp_creds.inline_policies = '[]'
  config.resource.aws_iam_role.redshift_temp_creds.arn = 'x'
  config.resource.aws_iam_role.redshift_temp_creds.max_session_duration = '3600'
  config.resource.aws_iam_role.redshift_temp_creds.lifecycle = { ignore_changes: ['max_session'] }
  config.output.role_arn.value = '${aws_iam_role.other.arn}'
  expect(terraformProblems(JSON.stringify(config)).sort()).toEqual(
    [
      'aws_iam_role.redshift_temp_creds.lifecycle.ignore_changes: max_session is not an attribute of aws_iam_role',
      'aws_iam_role.redshift_temp_creds: inline_policies is not an argument of aws_iam_role',
      'aws_iam_role.redshift_temp_creds: arn is read-only',
      'aws_iam_role.redshift_temp_creds.max_session_duration: not a number',
      'output role_arn: aws_iam_role.other is not declared'
    ].sort()
  )
})

test('identical inputs give byte-identical CloudFormation and Terraform files', () => {
  for (const [, extra] of SETUPS) {
    const a = filesOf({ ...BASE, ...extra })
    const b = filesOf({ ...BASE, ...extra })
    expect([...b.entries()]).toEqual([...a.entries()])
    for (const text of a.values()) {
      expect(text.endsWith('}\n')).toBe(true)
      expect(text.endsWith('\n\n')).toBe(false)
    }
  }
})

describe('CloudFormation stack names', () => {
  /** The `--stack-name` of each deploy command, requester stack first when there is one. */
  function stackNames(extra: Record<string, string>): string[] {
    const parsed = parseGenerateInputs((name) => ({ ...BASE, formats: 'cloudformation', ...extra })[name] ?? '')
    if (!parsed.ok) throw new Error(parsed.error.problem)
    return CLOUDFORMATION_FORMAT.commands(parsed.value, documentsFor(parsed.value)).map((c) => c.argv[c.argv.indexOf('--stack-name') + 1])
  }
  const STACK_NAME = /^[A-Za-z][-A-Za-z0-9]*$/

  test('a role name that is already a stack name is kept as it is', () => {
    expect(stackNames({})).toEqual(['redshift-temp-creds-RedshiftTempCreds'])
    expect(stackNames({ 'user-account-id': '210987654321' })).toEqual(['redshift-temp-creds-123456789012-RedshiftTempCreds-requester', 'redshift-temp-creds-RedshiftTempCreds'])
  })

  test('etl.role, etl_role, etl@role and etl-role get four different stacks', () => {
    const names = ['etl.role', 'etl_role', 'etl@role', 'etl-role', 'etl+role', 'etl=role', 'etl,role'].map((r) => stackNames({ 'role-name': r })[0])
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(STACK_NAME)
    // The readable part stays; the hash is of the exact role name.
    expect(names[0]).toBe(`redshift-temp-creds-etl-role-${sha256Hex('etl.role').slice(0, 8)}`)
    expect(names[3]).toBe('redshift-temp-creds-etl-role')
  })

  test('a kept name never equals a hashed one or a requester stack', () => {
    const hashed = stackNames({ 'role-name': 'etl.role' })[0]
    // The role named like the hashed stack's tail is hashed itself, not kept.
    const lookalike = hashed.slice('redshift-temp-creds-'.length)
    expect(stackNames({ 'role-name': lookalike })[0]).not.toBe(hashed)
    // A role named x-requester does not take role x's requester stack.
    const requesterOfX = stackNames({ 'role-name': 'x', 'user-account-id': '210987654321' })[0]
    expect(requesterOfX).toBe('redshift-temp-creds-123456789012-x-requester')
    expect(stackNames({ 'role-name': 'x-requester' })[0]).not.toBe(requesterOfX)
  })

  // One user assumes roles of one name in two accounts (dev and prod): both requester stacks are deployed in the
  // user's account. Sharing a stack, the second deploy would replace the first's policy (its PolicyName names the
  // role's account) and delete it: the user could no longer assume the first role.
  test("roles of one name in two accounts get two requester stacks in the requester's account", () => {
    const dev = stackNames({ 'account-id': '111111111111', 'user-account-id': '210987654321' })[0]
    const prod = stackNames({ 'account-id': '222222222222', 'user-account-id': '210987654321' })[0]
    expect(dev).not.toBe(prod)
    expect(dev).toBe('redshift-temp-creds-111111111111-RedshiftTempCreds-requester')
    const hashed = ['111111111111', '222222222222'].map((account) => stackNames({ 'account-id': account, 'role-name': 'etl.role', 'user-account-id': '210987654321' })[0])
    expect(new Set(hashed).size).toBe(2)
    for (const name of hashed) expect(name).toMatch(/-requester$/)
  })

  test('a 64-character role name with every kind of character fits the 128-character limit', () => {
    for (const role of ['a'.repeat(64), `${'.'.repeat(63)}a`, `${'b'.repeat(55)}-deadbeef`]) {
      for (const name of stackNames({ 'role-name': role, 'user-account-id': '210987654321' })) {
        expect(name).toMatch(STACK_NAME)
        expect(name.length).toBeLessThanOrEqual(128)
      }
    }
  })
})

// ---- AWS CLI commands ----------------------------------------------------------

describe('AWS CLI commands', () => {
  const argvs = (extra: Record<string, string>) => {
    const i = inputsOf({ ...BASE, ...extra })
    return applyCommandsFor(i, documentsFor(i)).map((c) => c.argv)
  }

  test('a new role is created first, with its path, trust policy and session length; the rest change a role that exists', () => {
    const all = argvs({ 'role-path': '/etl/', 'session-duration': '7200' })
    const create = all.findIndex((a) => a[2] === 'create-role')
    expect(create).toBeGreaterThanOrEqual(0)
    expect(all[create]).toEqual(['aws', 'iam', 'create-role', '--role-name', BASE['role-name'], '--path', '/etl/', '--assume-role-policy-document', 'file://trust-policy.json', '--max-session-duration', '7200'])
    // Before any command on the role: the requester's own policy may come first.
    expect(all.slice(0, create).every((a) => !a.includes(BASE['role-name']))).toBe(true)
    expect(all[create + 2].slice(0, 3)).toEqual(['aws', 'iam', 'update-assume-role-policy'])
  })

  test("create-role's note sends an existing role to the command that sets its trust policy, by name", () => {
    const i = inputsOf(BASE)
    const commands = applyCommandsFor(i, documentsFor(i))
    const create = commands.find((c) => c.argv[2] === 'create-role')
    expect(create?.purpose).toContain('update-assume-role-policy below, which sets its trust policy')
    // Run only where get-role finds no role: create-role on one that exists fails (EntityAlreadyExists) on every re-run.
    expect(create?.onlyIf).toEqual({ argv: ['aws', 'iam', 'get-role', '--role-name', BASE['role-name']], when: 'fails' })
  })

  // IAM cannot change a role's path (UpdateRole takes a description and MaxSessionDuration only), and the commands
  // after create-role address the role by name, so they succeed on a role made earlier with another path. But
  // user-policy.json names the role by its ARN, which holds role-path: sts:AssumeRole would then be refused, with
  // every command of the deploy having succeeded. The step after create-role shows the role's real ARN to compare.
  test("right after create-role, the role's ARN is printed to check against the one the documents name", () => {
    for (const [rolePath, roleName] of [['/etl/', 'RedshiftTempCreds'], ['/', '-etl']]) {
      const i = inputsOf({ ...BASE, 'role-path': rolePath, 'role-name': roleName })
      const docs = documentsFor(i)
      const commands = applyCommandsFor(i, docs)
      const create = commands.findIndex((c) => c.argv[2] === 'create-role')
      const check = commands[create + 1]
      const nameArgs = roleName.startsWith('-') ? [`--role-name=${roleName}`] : ['--role-name', roleName]
      expect(check.argv).toEqual(['aws', 'iam', 'get-role', ...nameArgs, '--query', 'Role.Arn', '--output', 'text'])
      expect(check.account).toBe(i.accountId)
      expect(check.purpose).toContain(`prints ${docs.roleArn}`)
      expect(check.purpose).toContain('role-path')
    }
  })

  // A re-run with fewer role policies (kms turned off, no staging-bucket, redshift-db-auth none) must take the
  // dropped permissions away, as CloudFormation (the Policies list) and Terraform (a removed aws_iam_role_policy) do:
  // put-role-policy only adds and replaces, so the role kept the inline policy an earlier deploy gave it.
  test('each role policy these inputs do not make is removed from the role, if an earlier deploy put it there', () => {
    const deletes = (extra: Record<string, string>) => {
      const i = inputsOf({ ...BASE, ...extra })
      return applyCommandsFor(i, documentsFor(i)).filter((c) => c.argv[2] === 'delete-role-policy')
    }
    const none = deletes({})
    expect(none.map((c) => c.argv)).toEqual(
      ['redshift-temp-creds-kms', 'redshift-temp-creds-s3-staging', 'redshift-temp-creds-db-auth'].map((name) => ['aws', 'iam', 'delete-role-policy', '--role-name', BASE['role-name'], '--policy-name', name])
    )
    // Run only where the policy is there: delete-role-policy on a first deploy would fail (NoSuchEntity).
    for (const c of none) expect(c.onlyIf).toEqual({ argv: ['aws', 'iam', 'get-role-policy', ...c.argv.slice(3)], when: 'succeeds' })
    const all = { kms: 'true', 'staging-bucket': 'etl-staging', 'redshift-db-auth': 'serverless', 'redshift-workgroup': '8f9d3c1e-0a4b-4c2d-9e8f-1a2b3c4d5e6f', 'redshift-region': 'us-east-1' }
    expect(deletes(all)).toEqual([])
    expect(deletes({ ...all, kms: 'false' }).map((c) => c.argv.at(-1))).toEqual(['redshift-temp-creds-kms'])
    expect(deletes({ 'role-name': '-etl' })[0].argv).toContain('--role-name=-etl')
  })

  // The CLI reads "--role-name -etl" as an option without its value.
  test('a name that starts with a hyphen is passed as --name=value', () => {
    const all = argvs({ 'role-name': '-etl', 'user-name': '--help' })
    expect(all.flat().filter((arg) => arg.startsWith('-') && !arg.startsWith('--')).length).toBe(0)
    expect(all.some((a) => a.includes('--role-name=-etl'))).toBe(true)
    expect(all.some((a) => a.includes('--user-name=--help'))).toBe(true)
    expect(all.flat()).not.toContain('-etl')
    expect(all.flat()).not.toContain('--help')
  })
})

// ---- The requester's policy, one per role -----------------------------------------

// One user (or Secure Agent role) may assume several roles: a dev and a prod
// staging role, or roles of the same name in two accounts. Its policy for each
// must have a name of its own, or applying the second replaces the first
// (put-user-policy and put-role-policy overwrite a policy of the same name) and
// the first role can no longer be assumed.
describe('the requester policy name', () => {
  const namesOf = (extra: Record<string, string>): string[] => {
    const i = inputsOf({ ...BASE, ...extra })
    const d = documentsFor(i)
    const cli = applyCommandsFor(i, d)
      .map((c) => c.argv)
      .filter((a) => a[2] === 'put-user-policy' || (a[2] === 'put-role-policy' && a.at(-1) === 'file://user-policy.json'))
      .map((a) => a[a.indexOf('--policy-name') + 1])
    const files = filesOf({ ...BASE, ...extra })
    const cfn = [...files.entries()]
      .filter(([n]) => n.startsWith('cloudformation'))
      .flatMap(([, t]) => Object.values(JSON.parse(t).Resources as Record<string, { Type: string; Properties: { PolicyName?: string } }>))
      .filter((r) => r.Type === 'AWS::IAM::Policy')
      .map((r) => r.Properties.PolicyName as string)
    const tf = [...files.entries()]
      .filter(([n]) => n.endsWith('.tf.json'))
      .flatMap(([, t]) => {
        const r = JSON.parse(t).resource
        return [r.aws_iam_user_policy?.requester_assume_role, r.aws_iam_role_policy?.requester_assume_role].filter(Boolean) as Array<{ name: string }>
      })
      .map((p) => p.name)
    const names = [...new Set([...cli, ...cfn, ...tf])]
    expect(names).toHaveLength(1)
    return names
  }

  test('differs between two roles the same user assumes, in the CLI commands, CloudFormation and Terraform', () => {
    expect(namesOf({ 'role-name': 'redshift-dev' })[0]).not.toBe(namesOf({ 'role-name': 'redshift-prod' })[0])
  })

  test('differs between roles of the same name in two accounts, for a user and for a principal role', () => {
    const other = { 'user-account-id': '999988887777' }
    expect(namesOf({ ...other, 'account-id': '123456789012' })[0]).not.toBe(namesOf({ ...other, 'account-id': '210987654321' })[0])
    expect(namesOf({ ...ROLE, 'account-id': '123456789012' })[0]).not.toBe(namesOf({ ...ROLE, 'account-id': '210987654321', 'user-account-id': '123456789012' })[0])
  })

  test('is a valid IAM policy name for the longest role name', () => {
    const [name] = namesOf({ 'role-name': `${'a'.repeat(60)}+=,.` })
    expect(name).toMatch(/^[\w+=,.@-]{1,128}$/)
  })
})

describe('Terraform apply on a role that already exists', () => {
  test("the apply step names the import its role needs: the configuration's own resource address and the role's name", () => {
    const parsed = parseGenerateInputs((name) => ({ ...BASE, formats: 'terraform', 'role-name': 'etl.role@x' })[name] ?? '')
    if (!parsed.ok) throw new Error(parsed.error.problem)
    const docs = documentsFor(parsed.value)
    const apply = TERRAFORM_FORMAT.commands(parsed.value, docs).find((c) => c.argv.join(' ') === 'terraform apply')
    const config = JSON.parse(TERRAFORM_FORMAT.files(parsed.value, docs).find((f) => f.name === 'redshift-temp-creds.tf.json')!.content)
    const [address] = Object.keys(config.resource.aws_iam_role)
    expect(apply?.purpose).toContain(`terraform import aws_iam_role.${address} etl.role@x first`)
    expect(config.resource.aws_iam_role[address].name).toBe('etl.role@x')
  })

  test('the import is quoted as the commands are: a role named =etl would be expanded by zsh as a command path', () => {
    const parsed = parseGenerateInputs((name) => ({ ...BASE, formats: 'terraform', 'role-name': '=etl' })[name] ?? '')
    if (!parsed.ok) throw new Error(parsed.error.problem)
    const apply = TERRAFORM_FORMAT.commands(parsed.value, documentsFor(parsed.value)).find((c) => c.argv.join(' ') === 'terraform apply')
    expect(apply?.purpose).toContain("terraform import aws_iam_role.redshift_temp_creds '=etl' first")
  })

  // The aws provider's aws_iam_role has path ForceNew (internal/service/iam/role.go): an imported role made with
  // another path is planned for replacement, and applying that deletes the role and makes a new one (a new role id,
  // which key policies and trusts that named the old role no longer match). The apply step says to read the plan.
  test('the apply step says that a plan replacing the role means its path is not role-path, and not to apply it', () => {
    const parsed = parseGenerateInputs((name) => ({ ...BASE, formats: 'terraform', 'role-path': '/etl/' })[name] ?? '')
    if (!parsed.ok) throw new Error(parsed.error.problem)
    const commands = TERRAFORM_FORMAT.commands(parsed.value, documentsFor(parsed.value))
    const apply = commands.find((c) => c.argv.join(' ') === 'terraform apply')
    expect(apply?.purpose).toContain('replace')
    expect(apply?.purpose).toContain('role-path (/etl/)')
    // A person answers apply's prompt after reading that plan: no -auto-approve in the summary.
    for (const c of commands) expect(c.argv).not.toContain('-auto-approve')
  })
})

// The deploy job runs again on every generate run, mostly with nothing changed: an empty change set must not fail it
// (aws cloudformation deploy: "--no-fail-on-empty-changeset: Causes the CLI to return an exit code of 0 if there are
// no changes to be made to the stack"; without it, CLI versions that default to --fail-on-empty-changeset exit 255 with
// "No changes to deploy").
test('every CloudFormation deploy succeeds on a stack that has nothing to change', () => {
  for (const extra of [{}, { 'user-account-id': '210987654321' }] as Array<Record<string, string>>) {
    const parsed = parseGenerateInputs((name) => ({ ...BASE, formats: 'cloudformation', ...extra })[name] ?? '')
    if (!parsed.ok) throw new Error(parsed.error.problem)
    const commands = CLOUDFORMATION_FORMAT.commands(parsed.value, documentsFor(parsed.value))
    expect(commands.length).toBeGreaterThan(0)
    for (const c of commands) expect(c.argv).toContain('--no-fail-on-empty-changeset')
  }
})

// CloudFormation creates a role the stack does not hold: with RoleName set, a role made before (by hand, by the CLI
// commands) fails the deploy with "already exists", as Terraform's apply does; the summary says so for Terraform.
describe('CloudFormation deploy on a role that already exists', () => {
  test("the deploy step says the role must be imported first, naming the template's logical id for it", () => {
    const parsed = parseGenerateInputs((name) => ({ ...BASE, formats: 'cloudformation' })[name] ?? '')
    if (!parsed.ok) throw new Error(parsed.error.problem)
    const docs = documentsFor(parsed.value)
    const template = JSON.parse(CLOUDFORMATION_FORMAT.files(parsed.value, docs).find((f) => f.name === 'cloudformation-template.json')!.content)
    const [logicalId] = Object.keys(template.Resources).filter((id) => template.Resources[id].Type === 'AWS::IAM::Role')
    const deploy = CLOUDFORMATION_FORMAT.commands(parsed.value, docs).find((c) => c.argv.includes('cloudformation-template.json'))
    expect(deploy?.purpose).toContain('a role that already exists outside this stack')
    expect(deploy?.purpose).toContain('change set of type IMPORT')
    expect(deploy?.purpose).toContain(`only the ${logicalId} resource`)
  })

  // Import takes the role as it is; a role made with another path keeps it (IAM cannot change a path), while
  // user-policy.json and the template's requester policy name the role by its ARN with role-path in it.
  test("the import hint says the existing role's path must be role-path", () => {
    const parsed = parseGenerateInputs((name) => ({ ...BASE, formats: 'cloudformation', 'role-path': '/etl/' })[name] ?? '')
    if (!parsed.ok) throw new Error(parsed.error.problem)
    const deploy = CLOUDFORMATION_FORMAT.commands(parsed.value, documentsFor(parsed.value)).find((c) => c.argv.includes('cloudformation-template.json'))
    expect(deploy?.purpose).toContain('role-path (/etl/)')
  })
})

// The template holds MaxSessionDuration only with session-duration. CloudFormation makes the stack's role what the
// template says: a property an earlier template set and this one leaves out is taken off, and IAM's UpdateRole applies
// "the default value of one hour" when MaxSessionDuration is not given. So dropping session-duration after a deploy
// that set it cuts the role's sessions back to an hour, and the connector's longer AssumeRole is refused; the deploy
// step says so, where the CLI commands and Terraform (ignore_changes) leave IAM's value alone.
describe('CloudFormation without session-duration', () => {
  const deployOf = (given: Record<string, string>) => {
    const parsed = parseGenerateInputs((name) => ({ ...BASE, formats: 'cloudformation', ...given })[name] ?? '')
    if (!parsed.ok) throw new Error(parsed.error.problem)
    return CLOUDFORMATION_FORMAT.commands(parsed.value, documentsFor(parsed.value)).find((c) => c.argv.includes('cloudformation-template.json'))
  }
  test('the deploy step says a MaxSessionDuration an earlier template of the stack set goes back to one hour', () => {
    const purpose = deployOf({})?.purpose ?? ''
    expect(purpose).toContain('MaxSessionDuration')
    expect(purpose).toContain('back to 3600 seconds')
    expect(purpose).toContain('session-duration')
  })
  test('with session-duration the template sets it: nothing to say', () => {
    expect(deployOf({ 'session-duration': '7200' })?.purpose).not.toContain('MaxSessionDuration')
  })
})
