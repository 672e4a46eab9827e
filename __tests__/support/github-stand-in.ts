// A loopback stand-in for the part of GitHub's REST API the review uses.
// Every request it receives and every response it sends is checked against
// GitHub's published OpenAPI description (@octokit/openapi), so the stand-in
// cannot drift from the real API unnoticed: a test reads `violations` and
// fails when there are any.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

const require = createRequire(import.meta.url)

/**
 * GitHub's GraphQL schema's validator (@octokit/graphql-schema, ES module only), imported on the first GraphQL
 * request: the package reads its schema.json beside itself, so a bundle of the stand-in (the benchmarks build one)
 * must resolve it from node_modules at run time, as it resolves the OpenAPI description. A name in a constant keeps
 * esbuild from bundling it.
 */
const GRAPHQL_SCHEMA = '@octokit/graphql-schema'
type GraphQLValidate = (query: string) => ReadonlyArray<{ message: string }>
let graphQLValidate: Promise<GraphQLValidate> | undefined
function validateGraphQL(query: string): Promise<ReadonlyArray<{ message: string }>> {
  graphQLValidate ??= (import(GRAPHQL_SCHEMA) as Promise<{ validate: GraphQLValidate }>).then((m) => m.validate)
  return graphQLValidate.then((validate) => validate(query))
}

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv

type Json = Record<string, unknown>

interface OpenApi {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Json; parameters: Record<string, Parameter>; responses: Record<string, ResponseSpec>; examples: Record<string, { value: unknown }> }
}
interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  schema: Json
  $ref?: string
}
interface ResponseSpec {
  description: string
  content?: Record<string, { schema: Json }>
  $ref?: string
}
interface Operation {
  operationId: string
  parameters?: Array<Parameter>
  requestBody?: { required?: boolean; content: Record<string, { schema: Json }> }
  responses: Record<string, ResponseSpec>
}

let cachedSpec: OpenApi | undefined
/** GitHub's description of api.github.com (not the dereferenced copy: $refs keep it small). */
export function githubOpenApi(): OpenApi {
  if (!cachedSpec) {
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
    cachedSpec = JSON.parse(readFileSync(file, 'utf8')) as OpenApi
  }
  return cachedSpec
}

/** The spec's own example of a component, deep-copied, for building valid responses. */
export function specExample<T = Json>(name: string): T {
  return structuredClone(githubOpenApi().components.examples[name].value) as T
}

/** The operations the stand-in answers: [method, OpenAPI path]. */
export const IMPLEMENTED: ReadonlyArray<readonly [string, string]> = [
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['get', '/repos/{owner}/{repo}/contents/{path}'],
  ['get', '/repos/{owner}/{repo}/compare/{basehead}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/user']
]

/** Checks requests and responses of one operation against the description. */
class OperationCheck {
  private readonly responseValidators = new Map<string, ValidateFunction | null>()
  private bodyValidator?: ValidateFunction
  private readonly paramValidators = new Map<string, ValidateFunction>()
  readonly parameters: Parameter[]
  readonly pattern: RegExp
  readonly pathNames: string[]

  constructor(
    private readonly ajv: Ajv,
    readonly method: string,
    readonly path: string,
    readonly op: Operation
  ) {
    const spec = githubOpenApi()
    this.parameters = (op.parameters ?? []).map((p) => (p.$ref ? spec.components.parameters[p.$ref.split('/').pop()!] : p))
    this.pathNames = []
    const source = path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      this.pathNames.push(name)
      const multi = this.parameters.find((p) => p.name === name) as Json | undefined
      return multi?.['x-multi-segment'] ? '(.+)' : '([^/]+)'
    })
    this.pattern = new RegExp(`^${source}$`)
  }

  private compile(schema: Json): ValidateFunction {
    return this.ajv.compile(rebase(schema) as Json)
  }

  checkRequest(pathParams: Record<string, string>, query: URLSearchParams, body: unknown, hasBody: boolean): string[] {
    const problems: string[] = []
    const where = `${this.method.toUpperCase()} ${this.path}`
    for (const p of this.parameters.filter((x) => x.in === 'path' || x.in === 'query')) {
      const raw = p.in === 'path' ? pathParams[p.name] : query.get(p.name)
      if (raw === null || raw === undefined) {
        if (p.required) problems.push(`${where}: required ${p.in} parameter ${p.name} missing`)
        continue
      }
      const value = coerce(raw, p.schema)
      const key = `${p.in}:${p.name}`
      if (!this.paramValidators.has(key)) this.paramValidators.set(key, this.compile(p.schema))
      const validate = this.paramValidators.get(key)!
      if (!validate(value)) problems.push(`${where}: ${p.in} parameter ${p.name}=${raw}: ${this.ajv.errorsText(validate.errors)}`)
    }
    for (const name of query.keys()) {
      if (!this.parameters.some((p) => p.in === 'query' && p.name === name)) problems.push(`${where}: undocumented query parameter ${name}`)
    }
    const bodySpec = this.op.requestBody
    if (bodySpec) {
      if (!hasBody) {
        if (bodySpec.required) problems.push(`${where}: request body required`)
      } else {
        this.bodyValidator ??= this.compile(bodySpec.content['application/json'].schema)
        if (!this.bodyValidator(body)) problems.push(`${where}: request body: ${this.ajv.errorsText(this.bodyValidator.errors)}`)
      }
    } else if (hasBody) {
      problems.push(`${where}: takes no request body`)
    }
    return problems
  }

  /** Whether the description lists this status for the operation. */
  documents(status: number): boolean {
    return this.op.responses[String(status)] !== undefined
  }

  /** `raw`: the body is a file sent with the raw media type, which has no schema. */
  checkResponse(status: number, body: unknown, raw: boolean): string[] {
    const where = `${this.method.toUpperCase()} ${this.path} -> ${status}`
    let response = this.op.responses[String(status)]
    if (!response) return [`${where}: status not documented (documented: ${Object.keys(this.op.responses).join(', ')})`]
    if (response.$ref) response = githubOpenApi().components.responses[response.$ref.split('/').pop()!]
    if (raw) return []
    const content = response.content
    if (!content) return body === undefined ? [] : [`${where}: documented without a body, but one was sent`]
    const media = content['application/json'] ?? Object.values(content)[0]
    const key = String(status)
    if (!this.responseValidators.has(key)) this.responseValidators.set(key, media?.schema ? this.compile(media.schema) : null)
    const validate = this.responseValidators.get(key)
    if (validate && !validate(body)) return [`${where}: response body: ${this.ajv.errorsText(validate.errors, { separator: '; ' })}`]
    return []
  }
}

/** $refs of an operation point into the spec document, registered under the id "gh". */
function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase)
  if (node && typeof node === 'object') {
    const out: Json = {}
    for (const [k, v] of Object.entries(node)) out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `gh${v}` : rebase(v)
    return out
  }
  return node
}

/**
 * OpenAPI 3.0's `nullable: true` beside `oneOf`/`anyOf`/`allOf` and no
 * `type` (the compare endpoint's commit author, for one), which Ajv refuses
 * to compile, as the JSON Schema it means: the schema, or null.
 */
function nullableWithoutType(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableWithoutType)
  if (!node || typeof node !== 'object') return node
  const out: Json = {}
  for (const [k, v] of Object.entries(node)) out[k] = nullableWithoutType(v)
  if (typeof out.nullable !== 'boolean' || 'type' in out) return out
  const { nullable, ...rest } = out
  return nullable ? { anyOf: [rest, { type: 'null' }] } : rest
}

function coerce(raw: string, schema: Json): unknown {
  if ((schema.type === 'integer' || schema.type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw)
  if (schema.type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true'
  return raw
}

let cachedChecks: OperationCheck[] | undefined
function operationChecks(): OperationCheck[] {
  if (!cachedChecks) {
    const spec = githubOpenApi()
    // OpenAPI 3.0 schemas: `nullable`, `example`, `discriminator` and x-
    // keywords are not JSON Schema; strict mode off lets Ajv pass over them.
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false })
    addFormats(ajv)
    ajv.addSchema({ components: { schemas: nullableWithoutType(spec.components.schemas) } }, 'gh')
    cachedChecks = IMPLEMENTED.map(([method, path]) => new OperationCheck(ajv, method, path, spec.paths[path][method]))
  }
  return cachedChecks
}

// ---------------------------------------------------------------------------

export interface StandInUser {
  login: string
  id: number
  type: 'User' | 'Bot'
}

export interface TokenGrant {
  user: StandInUser
  /** false: a fork's read-only GITHUB_TOKEN, or no pull-requests: write. */
  canWrite: boolean
  /** Installation tokens (ghs_) may not call GET /user. */
  installation: boolean
}

export const ACTIONS_BOT: StandInUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
export const OTHER_USER: StandInUser = { login: 'mallory', id: 31337, type: 'User' }

export interface PullFile {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed'
  previous_filename?: string
}

export interface StandInPull {
  number: number
  baseSha: string
  headSha: string
  files: PullFile[]
  /** 'open' by default; a merged PR is 'closed'. */
  state?: 'open' | 'closed'
  /** false by default. */
  locked?: boolean
}

export interface StoredComment {
  id: number
  issue: number
  body: string
  user: StandInUser
  viaApp: boolean
  created_at: string
  updated_at: string
}

export interface RequestRecord {
  method: string
  /** Path and query as sent. */
  url: string
  /** The operation matched, e.g. "GET /repos/{owner}/{repo}/pulls/{pull_number}/files". */
  operation?: string
  status: number
}

export interface Fault {
  method: string
  /** An OpenAPI path of IMPLEMENTED. */
  path: string
  status: number
  /** How many matching requests fail; 1 by default. */
  times?: number
  /**
   * An answer GitHub gives on any endpoint, which the description does not
   * list per operation: a 502 from its frontend, a rate limit. Not checked.
   */
  generic?: boolean
  message?: string
  headers?: Record<string, string>
  /** With `generic`: the body sent as it is (an HTML page a proxy answers with), instead of GitHub's error object. */
  body?: string
  /** With `body`: its content type; text/html by default. */
  contentType?: string
}

/**
 * The Link header of a page of a list (changed files, comments), as the
 * stand-in would send it, given to a test to replace: a broken or hostile
 * one. Return undefined to send none.
 */
export type LinkRewrite = (operation: string, page: number, link: string | undefined) => string | undefined

export interface Hold {
  method: string
  path: string
  /** Requests are held until this many have arrived, then all go on. */
  until: number
}

/**
 * A request GitHub does not answer as it should, as a broken network or a
 * stalled GitHub leaves it: `silent` accepts it and never answers; `dribble`
 * sends the headers of a 200 and then a space of body now and then, never the
 * end; `cut` sends the headers and half the body, then resets the connection;
 * `lost` does what the request asks (a comment is created) and never answers;
 * `slow` answers as usual, `ms` later.
 */
export interface Stall {
  method: string
  path: string
  mode: 'silent' | 'dribble' | 'cut' | 'lost' | 'slow'
  /** How late a `slow` answer comes; 1,000 by default. */
  ms?: number
  /** How many matching requests stall; every one by default. */
  times?: number
}

const DOCS = 'https://docs.github.com/rest'

export class GitHubStandIn {
  readonly owner: string
  readonly repo: string
  readonly pulls = new Map<number, StandInPull>()
  /** sha -> path -> text */
  readonly trees = new Map<string, Map<string, string>>()
  /** sha -> parent shas: the history the compare endpoint walks (addCommit). */
  readonly commits = new Map<string, string[]>()
  readonly comments: StoredComment[] = []
  readonly tokens = new Map<string, TokenGrant>()
  readonly requests: RequestRecord[] = []
  readonly violations: string[] = []
  private readonly faults: Fault[] = []
  private readonly holds: Array<Hold & { waiting: Array<() => void> }> = []
  private readonly stalls: Stall[] = []
  private nextCommentId = 2_000_000_001
  /** Replaces the Link header of list pages (see LinkRewrite). */
  rewriteLink?: LinkRewrite
  /** Serves the API under this path (GitHub Enterprise Server's '/api/v3'); '' for api.github.com's root. */
  pathPrefix = ''
  private server?: Server
  url = ''

  constructor(fullName = 'octo-org/data-platform') {
    ;[this.owner, this.repo] = fullName.split('/')
    this.tokens.set('ghs_standInInstallationToken', { user: ACTIONS_BOT, canWrite: true, installation: true })
    this.tokens.set('ghs_standInForkReadOnlyToken', { user: ACTIONS_BOT, canWrite: false, installation: true })
    this.tokens.set('ghp_standInPersonalToken', { user: { login: 'octo-reviewer', id: 583231, type: 'User' }, canWrite: true, installation: false })
  }

  async start(): Promise<this> {
    operationChecks()
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.violations.push(`stand-in crashed: ${error instanceof Error ? error.stack : String(error)}`)
        if (!res.headersSent) res.writeHead(500).end()
      })
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
    // A stalled answer is never ended: its connection is, or close() would wait for it.
    this.server?.closeAllConnections()
    await closed
  }

  setFile(sha: string, path: string, text: string): void {
    if (!this.trees.has(sha)) this.trees.set(sha, new Map())
    this.trees.get(sha)!.set(path, text)
  }

  /** sha -> path -> size: files GitHub says are this big, whose content the stand-in does not hold. */
  readonly hugeFiles = new Map<string, Map<string, number>>()

  /**
   * A file of `size` bytes, known only by its size (a 200 MB file without
   * 200 MB in memory). The JSON form reports the size; downloading it raw is
   * recorded as a violation, since the action must never do that.
   */
  setFileSize(sha: string, path: string, size: number): void {
    if (!this.hugeFiles.has(sha)) this.hugeFiles.set(sha, new Map())
    this.hugeFiles.get(sha)!.set(path, size)
  }

  /** A commit of the history, for the compare endpoint; its parents must be added before it. */
  addCommit(sha: string, parents: string[] = []): void {
    for (const parent of parents) if (!this.commits.has(parent)) throw new Error(`addCommit ${sha}: parent ${parent} is not a known commit`)
    this.commits.set(sha, parents)
  }

  /** `sha` and every commit it descends from. */
  ancestorsOf(sha: string): Set<string> {
    const seen = new Set<string>([sha])
    const queue = [sha]
    for (let i = 0; i < queue.length; i++) {
      for (const parent of this.commits.get(queue[i]) ?? []) {
        if (!seen.has(parent)) {
          seen.add(parent)
          queue.push(parent)
        }
      }
    }
    return seen
  }

  /** As git's merge-base: a common ancestor that no other common ancestor descends from; undefined when there is none. */
  mergeBaseOf(base: string, head: string): string | undefined {
    const fromHead = this.ancestorsOf(head)
    const common = [...this.ancestorsOf(base)].filter((sha) => fromHead.has(sha))
    return common.find((c) => !common.some((d) => d !== c && this.ancestorsOf(d).has(c)))
  }

  addPull(pull: StandInPull): void {
    this.pulls.set(pull.number, pull)
  }

  fail(fault: Fault): void {
    this.faults.push({ times: 1, ...fault })
  }

  stall(stall: Stall): void {
    this.stalls.push({ times: Infinity, ...stall })
  }

  hold(hold: Hold): void {
    this.holds.push({ ...hold, waiting: [] })
  }

  /** A comment somebody else wrote (e.g. with our marker pasted in). */
  addComment(issue: number, body: string, user: StandInUser, viaApp = false): StoredComment {
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    const comment = { id: this.nextCommentId++, issue, body, user, viaApp, created_at: now, updated_at: now }
    this.comments.push(comment)
    return comment
  }

  commentsOn(issue: number): StoredComment[] {
    return this.comments.filter((c) => c.issue === issue)
  }

  /** Requests per operation, e.g. { "GET /repos/{owner}/{repo}/pulls/{pull_number}/files": 3 }. */
  requestCounts(): Record<string, number> {
    const counts: Record<string, number> = {}
    for (const r of this.requests) counts[r.operation ?? `${r.method} ${r.url}`] = (counts[r.operation ?? `${r.method} ${r.url}`] ?? 0) + 1
    return counts
  }

  /** The API's root URL: `url` and the path prefix. */
  get apiUrl(): string {
    return `${this.url}${this.pathPrefix}`
  }

  private pageLink(operation: string, page: number, link: string | undefined): string | undefined {
    return this.rewriteLink ? this.rewriteLink(operation, page, link) : link
  }

  resetLog(): void {
    this.requests.length = 0
  }

  // -------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const sent = `${url.pathname}${url.search}`
    if (this.pathPrefix) {
      if (!url.pathname.startsWith(`${this.pathPrefix}/`)) this.violations.push(`${req.method} ${url.pathname}: outside ${this.pathPrefix}`)
      else url.pathname = url.pathname.slice(this.pathPrefix.length)
    }
    const method = (req.method ?? 'GET').toLowerCase()
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const rawBody = Buffer.concat(chunks).toString('utf8')
    const record: RequestRecord = { method: method.toUpperCase(), url: sent, status: 0 }
    this.requests.push(record)

    let check: OperationCheck | undefined
    let params: Record<string, string> = {}
    for (const candidate of operationChecks()) {
      if (candidate.method !== method) continue
      const m = candidate.pattern.exec(url.pathname)
      if (!m) continue
      check = candidate
      params = Object.fromEntries(candidate.pathNames.map((name, i) => [name, decodeURIComponent(m[i + 1])]))
      break
    }
    let cut = false
    let lost = false
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}, raw = false) => {
      record.status = status
      if (check) this.violations.push(...check.checkResponse(status, body, raw))
      if (lost) return
      const text = body === undefined ? '' : raw ? String(body) : JSON.stringify(body)
      res.writeHead(status, {
        'content-type': raw ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        ...(cut ? { 'content-length': String(Buffer.byteLength(text)) } : {}),
        ...headers
      })
      if (!cut) return void res.end(text)
      // Half the body, then the connection is gone.
      res.write(text.slice(0, Math.floor(text.length / 2)), () => res.destroy())
    }
    if (method === 'post' && url.pathname === '/graphql') {
      this.graphql(req, rawBody, record, res).catch((error: unknown) => {
        this.violations.push(`POST /graphql: the stand-in failed: ${String(error)}`)
        record.status = 500
        res.writeHead(500).end()
      })
      return
    }
    if (!check) {
      this.violations.push(`${method.toUpperCase()} ${url.pathname}: not an operation the stand-in implements`)
      record.status = 404
      res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ message: 'Not Found', documentation_url: DOCS }))
      return
    }
    record.operation = `${method.toUpperCase()} ${check.path}`

    let body: unknown
    if (rawBody) {
      try {
        body = JSON.parse(rawBody)
      } catch {
        this.violations.push(`${record.operation}: request body is not JSON`)
      }
    }
    this.violations.push(...check.checkRequest(params, url.searchParams, body, rawBody !== ''))

    const hold = this.holds.find((h) => h.method === method && h.path === check.path && h.until > 0)
    if (hold) {
      await new Promise<void>((resolve) => {
        hold.waiting.push(resolve)
        if (hold.waiting.length >= hold.until) {
          hold.until = 0
          for (const go of hold.waiting) go()
        }
      })
    }

    const stall = this.stalls.find((s) => s.method === method && s.path === check.path && (s.times ?? 0) > 0)
    if (stall) {
      stall.times = (stall.times ?? 1) - 1
      if (stall.mode === 'silent') return
      if (stall.mode === 'dribble') {
        record.status = 200
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
        res.write('[')
        const timer = setInterval(() => res.write(' '), 20)
        res.on('close', () => clearInterval(timer))
        return
      }
      if (stall.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, stall.ms ?? 1000))
      else if (stall.mode === 'cut') cut = true
      else lost = true
    }

    const fault = this.faults.find((f) => f.method === method && f.path === check.path && (f.times ?? 1) > 0)
    if (fault) {
      fault.times = (fault.times ?? 1) - 1
      const errorBody = { message: fault.message ?? 'Server Error', documentation_url: DOCS, status: String(fault.status) }
      if (fault.generic) {
        record.status = fault.status
        const contentType = fault.body === undefined ? 'application/json; charset=utf-8' : (fault.contentType ?? 'text/html; charset=utf-8')
        res.writeHead(fault.status, { 'content-type': contentType, ...fault.headers }).end(fault.body ?? JSON.stringify(errorBody))
        return
      }
      send(fault.status, errorBody, fault.headers)
      return
    }

    const grant = this.tokens.get((req.headers.authorization ?? '').replace(/^(token|bearer) /i, ''))
    if (!grant) {
      // GitHub answers a token it does not know (expired, revoked, mistyped) with 401 "Bad credentials" on every
      // operation, whatever the description lists for it (most list no 401): checked against the description only
      // where it does list one, as for GET /user.
      const body = { message: 'Bad credentials', documentation_url: DOCS, status: '401' }
      if (check.documents(401)) send(401, body)
      else {
        record.status = 401
        if (!lost) res.writeHead(401, { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '59' }).end(JSON.stringify(body))
      }
      return
    }
    if (params.owner && (params.owner !== this.owner || params.repo !== this.repo)) {
      send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' })
      return
    }
    this.route(method, check.path, params, url.searchParams, body as Json | undefined, grant, send, req)
  }

  /**
   * GitHub's GraphQL endpoint, which the REST description does not cover: checked against GitHub's GraphQL schema
   * (@octokit/graphql-schema), and answered for the one query the action asks, who the token writes as (`viewer`,
   * which answers an installation token with its app's bot).
   */
  private async graphql(req: IncomingMessage, rawBody: string, record: RequestRecord, res: ServerResponse): Promise<void> {
    record.operation = 'POST /graphql'
    const reply = (status: number, body: unknown) => {
      record.status = status
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body))
    }
    const grant = this.tokens.get((req.headers.authorization ?? '').replace(/^(token|bearer) /i, ''))
    if (!grant) return reply(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' })
    let query: unknown
    try {
      query = (JSON.parse(rawBody) as { query?: unknown }).query
    } catch {
      query = undefined
    }
    const schemaErrors = typeof query === 'string' ? await validateGraphQL(query) : []
    if (schemaErrors.length > 0) {
      this.violations.push(`POST /graphql: not a query of GitHub's schema: ${schemaErrors.map((e) => e.message).join('; ')}`)
      return reply(200, { errors: schemaErrors.map((e) => ({ message: e.message })) })
    }
    if (typeof query !== 'string' || query.replace(/\s+/g, ' ').trim() !== 'query { viewer { login databaseId } }') {
      this.violations.push(`POST /graphql: a query the stand-in does not answer: ${JSON.stringify(query)}`)
      return reply(200, { errors: [{ message: 'not answered by the stand-in' }] })
    }
    reply(200, { data: { viewer: { login: grant.user.login, databaseId: grant.user.id } } })
  }

  private route(
    method: string,
    path: string,
    params: Record<string, string>,
    query: URLSearchParams,
    body: Json | undefined,
    grant: TokenGrant,
    send: (status: number, body?: unknown, headers?: Record<string, string>, raw?: boolean) => void,
    req: IncomingMessage
  ): void {
    const forbidden = () => send(403, { message: 'Resource not accessible by integration', documentation_url: `${DOCS}/issues/comments`, status: '403' })
    const notFound = () => send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' })
    const key = `${method} ${path}`
    switch (key) {
      case 'get /user': {
        if (grant.installation) return forbidden()
        const user = specExample<Json>('private-user')
        Object.assign(user, { login: grant.user.login, id: grant.user.id, type: grant.user.type })
        return send(200, user)
      }
      case 'get /repos/{owner}/{repo}/pulls/{pull_number}': {
        const pull = this.pulls.get(Number(params.pull_number))
        if (!pull) return notFound()
        return send(200, this.pullJson(pull))
      }
      case 'get /repos/{owner}/{repo}/pulls/{pull_number}/files': {
        const pull = this.pulls.get(Number(params.pull_number))
        if (!pull) return notFound()
        const perPage = Math.min(100, Number(query.get('per_page') ?? 30))
        const page = Number(query.get('page') ?? 1)
        // GitHub lists at most 3,000 files of a pull request.
        const listed = pull.files.slice(0, 3000)
        const slice = listed.slice((page - 1) * perPage, page * perPage)
        const last = Math.max(1, Math.ceil(listed.length / perPage))
        const base = `${this.apiUrl}/repos/${this.owner}/${this.repo}/pulls/${pull.number}/files`
        const linkTo = (p: number, rel: string) => `<${base}?per_page=${perPage}&page=${p}>; rel="${rel}"`
        const links: string[] = []
        if (page > 1) links.push(linkTo(page - 1, 'prev'), linkTo(1, 'first'))
        if (page < last) links.push(linkTo(page + 1, 'next'), linkTo(last, 'last'))
        const link = this.pageLink('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', page, links.length ? links.join(', ') : undefined)
        return send(200, slice.map((f) => this.diffEntry(pull, f)), link === undefined ? {} : { link })
      }
      case 'get /repos/{owner}/{repo}/contents/{path}': {
        const ref = query.get('ref')
        const huge = ref ? this.hugeFiles.get(ref)?.get(params.path) : undefined
        const text = ref ? this.trees.get(ref)?.get(params.path) : undefined
        if (text === undefined && huge === undefined) return notFound()
        const accept = req.headers.accept ?? ''
        const raw = /application\/vnd\.github(\.v3)?\.raw/.test(accept)
        if (raw) {
          if (huge !== undefined) {
            this.violations.push(`GET contents: downloaded ${params.path}@${ref}, a file of ${huge} bytes`)
            return send(200, 'x', {}, true)
          }
          return send(200, text, {}, true)
        }
        // The JSON form: GitHub carries the content up to 1 MB, and only the size beyond.
        const size = huge ?? Buffer.byteLength(text ?? '', 'utf8')
        const inline = huge === undefined && size <= 1_000_000
        const entry = specExample<Json>('content-file-response-if-content-is-a-file')
        const name = params.path.split('/').pop() ?? params.path
        const self = `${this.url}/repos/${this.owner}/${this.repo}/contents/${encodeURI(params.path)}?ref=${ref}`
        Object.assign(entry, {
          type: 'file',
          name,
          path: params.path,
          size,
          encoding: inline ? 'base64' : 'none',
          content: inline ? Buffer.from(text ?? '', 'utf8').toString('base64') : '',
          url: self,
          _links: { ...(entry._links as Json), self }
        })
        return send(200, entry)
      }
      case 'get /repos/{owner}/{repo}/compare/{basehead}': {
        // Commit ids only (the review sends no branch names); two dots compare the same way.
        const m = /^([0-9a-f]{40})\.\.\.?([0-9a-f]{40})$/.exec(params.basehead)
        if (!m || !this.commits.has(m[1]) || !this.commits.has(m[2])) return notFound()
        const [, base, head] = m
        const mergeBase = this.mergeBaseOf(base, head)
        // What GitHub answers for unrelated histories.
        if (mergeBase === undefined) return send(404, { message: `No common ancestor between ${base} and ${head}.`, documentation_url: DOCS, status: '404' })
        return send(200, this.comparisonJson(base, head, mergeBase, query))
      }
      case 'get /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const all = this.commentsOn(Number(params.issue_number)).sort((a, b) => a.id - b.id)
        const perPage = Math.min(100, Number(query.get('per_page') ?? 30))
        const page = Number(query.get('page') ?? 1)
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const base = `${this.apiUrl}/repos/${this.owner}/${this.repo}/issues/${params.issue_number}/comments`
        const headers: Record<string, string> = {}
        const link = this.pageLink(
          'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
          page,
          page < last ? `<${base}?per_page=${perPage}&page=${page + 1}>; rel="next", <${base}?per_page=${perPage}&page=${last}>; rel="last"` : undefined
        )
        if (link !== undefined) headers.link = link
        return send(200, all.slice((page - 1) * perPage, page * perPage).map((c) => this.commentJson(c)), headers)
      }
      case 'post /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        if (!grant.canWrite) return forbidden()
        const tooLong = this.tooLong(body)
        if (tooLong) return send(422, tooLong)
        const comment = this.addComment(Number(params.issue_number), String(body?.body), grant.user, grant.installation)
        return send(201, this.commentJson(comment), { location: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${comment.id}` })
      }
      case 'patch /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const comment = this.comments.find((c) => c.id === Number(params.comment_id))
        if (!comment) return notFound()
        // GitHub answers 403 here too; the description lists only 200 and
        // 422, so a test that reaches this line records a violation.
        if (!grant.canWrite || comment.user.id !== grant.user.id) return forbidden()
        const tooLong = this.tooLong(body)
        if (tooLong) return send(422, tooLong)
        comment.body = String(body?.body)
        comment.updated_at = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
        return send(200, this.commentJson(comment))
      }
      case 'delete /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const index = this.comments.findIndex((c) => c.id === Number(params.comment_id))
        if (index < 0) return notFound()
        if (!grant.canWrite || this.comments[index].user.id !== grant.user.id) return forbidden()
        this.comments.splice(index, 1)
        return send(204)
      }
    }
    notFound()
  }

  private tooLong(body: Json | undefined): Json | undefined {
    const text = String(body?.body ?? '')
    if (text.length <= 65_536) return undefined
    return {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
      documentation_url: `${DOCS}/issues/comments#create-an-issue-comment`
    }
  }

  private pullJson(pull: StandInPull): Json {
    const pr = specExample<Json & { base: Json; head: Json }>('pull-request')
    pr.number = pull.number
    pr.url = `${this.url}/repos/${this.owner}/${this.repo}/pulls/${pull.number}`
    pr.html_url = `https://github.com/${this.owner}/${this.repo}/pull/${pull.number}`
    pr.changed_files = pull.files.length
    // GitHub's own example lacks teams' required `type`; no team is asked.
    pr.requested_teams = []
    pr.base.sha = pull.baseSha
    pr.head.sha = pull.headSha
    pr.state = pull.state ?? 'open'
    pr.locked = pull.locked ?? false
    return pr
  }

  private diffEntry(pull: StandInPull, file: PullFile): Json {
    const entry = specExample<Json[]>('diff-entry-items')[0]
    const blobSha = 'b'.repeat(40)
    Object.assign(entry, {
      sha: blobSha,
      filename: file.filename,
      status: file.status,
      blob_url: `https://github.com/${this.owner}/${this.repo}/blob/${pull.headSha}/${encodeURI(file.filename)}`,
      raw_url: `https://github.com/${this.owner}/${this.repo}/raw/${pull.headSha}/${encodeURI(file.filename)}`,
      contents_url: `${this.url}/repos/${this.owner}/${this.repo}/contents/${encodeURI(file.filename)}?ref=${pull.headSha}`
    })
    if (file.previous_filename) entry.previous_filename = file.previous_filename
    return entry
  }

  /**
   * A comparison as GitHub sends it: the commits the head has and the base
   * does not (paged by `per_page`/`page`; 250 without them) and, on the first
   * page, the files that differ between the merge base and the head (up to 300).
   */
  private comparisonJson(base: string, head: string, mergeBase: string, query: URLSearchParams): Json {
    const example = specExample<Json & { base_commit: Json }>('commit-comparison')
    const commitJson = (sha: string): Json => {
      const commit = structuredClone(example.base_commit)
      Object.assign(commit, {
        sha,
        node_id: `C_${sha.slice(0, 12)}`,
        url: `${this.url}/repos/${this.owner}/${this.repo}/commits/${sha}`,
        html_url: `https://github.com/${this.owner}/${this.repo}/commit/${sha}`,
        comments_url: `${this.url}/repos/${this.owner}/${this.repo}/commits/${sha}/comments`,
        parents: (this.commits.get(sha) ?? []).map((p) => ({ sha: p, url: `${this.url}/repos/${this.owner}/${this.repo}/commits/${p}`, html_url: `https://github.com/${this.owner}/${this.repo}/commit/${p}` }))
      })
      return commit
    }
    const fromBase = this.ancestorsOf(base)
    const fromHead = this.ancestorsOf(head)
    const ahead = [...fromHead].filter((sha) => !fromBase.has(sha)).reverse()
    const behind = [...fromBase].filter((sha) => !fromHead.has(sha))
    const paged = query.has('per_page') || query.has('page')
    const perPage = paged ? Math.min(100, Number(query.get('per_page') ?? 30)) : 250
    const page = Number(query.get('page') ?? 1)
    const shown = ahead.slice((page - 1) * perPage, page * perPage)
    const status = ahead.length && behind.length ? 'diverged' : ahead.length ? 'ahead' : behind.length ? 'behind' : 'identical'
    const compareUrl = `https://github.com/${this.owner}/${this.repo}/compare/${base}...${head}`
    const json: Json = {
      ...example,
      url: `${this.url}/repos/${this.owner}/${this.repo}/compare/${base}...${head}`,
      html_url: compareUrl,
      permalink_url: compareUrl,
      diff_url: `${compareUrl}.diff`,
      patch_url: `${compareUrl}.patch`,
      base_commit: commitJson(base),
      merge_base_commit: commitJson(mergeBase),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits: shown.map(commitJson)
    }
    if (page === 1) {
      const before = this.trees.get(mergeBase) ?? new Map<string, string>()
      const after = this.trees.get(head) ?? new Map<string, string>()
      const files: PullFile[] = []
      for (const path of new Set([...before.keys(), ...after.keys()])) {
        if (!after.has(path)) files.push({ filename: path, status: 'removed' })
        else if (!before.has(path)) files.push({ filename: path, status: 'added' })
        else if (before.get(path) !== after.get(path)) files.push({ filename: path, status: 'modified' })
      }
      json.files = files.slice(0, 300).map((f) => this.diffEntry({ number: 0, baseSha: base, headSha: head, files: [] }, f))
    } else delete json.files
    return json
  }

  private commentJson(comment: StoredComment): Json {
    const json = specExample<Json & { user: Json }>('issue-comment')
    Object.assign(json, {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${comment.issue}#issuecomment-${comment.id}`,
      issue_url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${comment.issue}`,
      body: comment.body,
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER'
    })
    Object.assign(json.user, { login: comment.user.login, id: comment.user.id, type: comment.user.type })
    if (comment.viaApp) json.performed_via_github_app = comment.user.login === ACTIONS_BOT.login ? actionsApp() : appOf(comment.user)
    return json
  }
}

/** Another GitHub App, as the comments its installation token writes (as `<slug>[bot]`) name it. */
function appOf(bot: StandInUser): Json {
  const app = actionsApp()
  const slug = bot.login.replace(/\[bot\]$/, '')
  Object.assign(app, { id: 100_000 + bot.id, slug, name: slug })
  return app
}

/** The GitHub Actions app as comments made with GITHUB_TOKEN name it. */
function actionsApp(): Json {
  const spec = githubOpenApi()
  const example = spec.components.examples['integration']?.value as Json | undefined
  const app = structuredClone(example ?? {}) as Json
  Object.assign(app, { id: 15368, slug: 'github-actions', name: 'GitHub Actions' })
  return app
}

// ---------------------------------------------------------------------------
// Event payloads: real pull_request examples from @octokit/webhooks-examples.

interface WebhookExamples {
  name: string
  examples: Json[]
}

/** A real `pull_request` (opened) payload, moved to our repository, PR number and commits. */
export function pullRequestEvent(options: {
  owner: string
  repo: string
  number: number
  baseSha: string
  headSha: string
  /** 'deleted': a fork whose repository was deleted since; GitHub then sends `head.repo: null`. */
  fork?: boolean | 'deleted'
  state?: 'open' | 'closed'
  locked?: boolean
}): Json {
  const all = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')) as WebhookExamples[]
  const example = all.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!
  const event = structuredClone(example) as Json & { pull_request: Json & { base: Json & { repo: Json }; head: Json & { repo: Json } }; repository: Json }
  const fullName = `${options.owner}/${options.repo}`
  event.number = options.number
  event.pull_request.number = options.number
  event.pull_request.base.sha = options.baseSha
  event.pull_request.head.sha = options.headSha
  event.pull_request.state = options.state ?? 'open'
  event.pull_request.locked = options.locked ?? false
  for (const repo of [event.repository, event.pull_request.base.repo]) {
    Object.assign(repo, { name: options.repo, full_name: fullName, fork: false })
    Object.assign(repo.owner as Json, { login: options.owner })
  }
  if (options.fork === 'deleted') (event.pull_request.head as Json).repo = null
  else Object.assign(event.pull_request.head.repo, options.fork ? { name: options.repo, full_name: `contributor/${options.repo}`, fork: true } : { name: options.repo, full_name: fullName, fork: false })
  return event
}

/** A real `workflow_run` (completed) payload, moved to our repository, for a run on `headSha`. */
export function workflowRunEvent(options: { owner: string; repo: string; headSha: string; event?: string }): Json {
  const all = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')) as WebhookExamples[]
  const example = all.find((e) => e.name === 'workflow_run')!.examples.find((e) => e.action === 'completed')!
  const event = structuredClone(example) as Json & { workflow_run: Json; repository: Json }
  event.workflow_run.head_sha = options.headSha
  // The event of the run that triggered this one (the example's is workflow_dispatch).
  if (options.event) event.workflow_run.event = options.event
  Object.assign(event.repository, { name: options.repo, full_name: `${options.owner}/${options.repo}` })
  Object.assign(event.repository.owner as Json, { login: options.owner })
  return event
}
