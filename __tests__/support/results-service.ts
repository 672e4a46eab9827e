// A loopback stand-in for the Actions results service: the two Twirp JSON
// calls @actions/artifact makes to upload (CreateArtifact, FinalizeArtifact).
// CreateArtifact hands out a SAS URL into Azurite, so the library's own blob
// client really uploads; FinalizeArtifact checks the blob that arrived
// against the size and hash the client reports.
//
// Field names and casing are those of @actions/artifact 6 (protobuf-ts
// toJson with useProtoFieldName): snake_case in both directions, int64 as
// decimal strings, google.protobuf.StringValue as a bare string.
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { BlobStore } from './blob-store.js'

export const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/'
/** The artifact version @actions/artifact 6.2 sends in CreateArtifact. */
export const ARTIFACT_VERSION = 7

export interface RecordedRequest {
  method: string
  authorization: string | undefined
  contentType: string | undefined
  body: Record<string, unknown>
}

export interface ArtifactRecord {
  name: string
  container: string
  blob: string
  id: string
  /** The SAS URL handed to the client. */
  uploadUrl: string
  size?: number
  sha256?: string
}

export interface ResultsServiceOptions {
  store: BlobStore
  /** The backend ids the runtime token carries; requests must name them. */
  runBackendId: string
  jobBackendId: string
  /** The whole Authorization header value expected, `Bearer <token>`. */
  token: string
  /** The id FinalizeArtifact answers with. */
  artifactId?: string
  container?: string
  /** Answer this method with a Twirp error instead of doing it. */
  failWith?: { method: 'CreateArtifact' | 'FinalizeArtifact' | 'ListArtifacts' | 'DeleteArtifact'; status: number; code: string; msg: string }
}

export interface ResultsService {
  /** The value for ACTIONS_RESULTS_URL. */
  url: string
  requests: RecordedRequest[]
  /** Everything wrong with a request, in words; a passing test expects none. */
  problems: string[]
  artifacts: ArtifactRecord[]
  /** Artifacts deleted (DeleteArtifact), in order. */
  deleted: ArtifactRecord[]
  stop(): Promise<void>
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (text += chunk))
    req.on('end', () => resolve(text))
    req.on('error', reject)
  })
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) })
  res.end(text)
}

export async function startResultsService(options: ResultsServiceOptions): Promise<ResultsService> {
  const container = options.container ?? 'actions-results'
  await options.store.service.getContainerClient(container).createIfNotExists()
  const requests: RecordedRequest[] = []
  const problems: string[] = []
  const artifacts: ArtifactRecord[] = []
  const deleted: ArtifactRecord[] = []
  let nextId = Number(options.artifactId ?? '1000')

  const expectIds = (method: string, body: Record<string, unknown>) => {
    if (body.workflow_run_backend_id !== options.runBackendId) {
      problems.push(`${method}: workflow_run_backend_id is ${JSON.stringify(body.workflow_run_backend_id)}, not ${options.runBackendId}`)
    }
    if (body.workflow_job_run_backend_id !== options.jobBackendId) {
      problems.push(`${method}: workflow_job_run_backend_id is ${JSON.stringify(body.workflow_job_run_backend_id)}, not ${options.jobBackendId}`)
    }
    if (typeof body.name !== 'string' || body.name === '') problems.push(`${method}: name is missing`)
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req)
    const url = req.url ?? ''
    if (req.method !== 'POST' || !url.startsWith(TWIRP_PREFIX)) {
      problems.push(`unexpected request ${req.method} ${url}`)
      return answer(res, 404, { code: 'bad_route', msg: `no handler for ${req.method} ${url}` })
    }
    const method = url.slice(TWIRP_PREFIX.length)
    let body: Record<string, unknown>
    try {
      body = JSON.parse(text) as Record<string, unknown>
    } catch {
      problems.push(`${method}: body is not JSON: ${text.slice(0, 200)}`)
      return answer(res, 400, { code: 'malformed', msg: 'body is not JSON' })
    }
    requests.push({ method, authorization: req.headers.authorization, contentType: req.headers['content-type'], body })
    if (req.headers.authorization !== `Bearer ${options.token}`) problems.push(`${method}: Authorization is not the runtime token`)
    if (!String(req.headers['content-type']).startsWith('application/json')) {
      problems.push(`${method}: Content-Type is ${req.headers['content-type']}`)
    }

    if (options.failWith?.method === method) {
      const { status, code, msg } = options.failWith
      return answer(res, status, { code, msg })
    }

    if (method === 'CreateArtifact') {
      expectIds(method, body)
      if (body.version !== ARTIFACT_VERSION) problems.push(`CreateArtifact: version is ${JSON.stringify(body.version)}, not ${ARTIFACT_VERSION}`)
      if (body.mime_type !== 'application/zip') problems.push(`CreateArtifact: mime_type is ${JSON.stringify(body.mime_type)}`)
      const name = String(body.name)
      // As GitHub's service: an artifact name is unique within a workflow run (upload-artifact v4 and later); the
      // library reports "Failed request: (409) Conflict: an artifact with this name already exists on the workflow run".
      if (artifacts.some((a) => a.name === name)) return answer(res, 409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' })
      const blob = `${options.runBackendId}/${options.jobBackendId}/${name}.zip`
      const uploadUrl = options.store.sasUrl(container, blob, 'cw')
      artifacts.push({ name, container, blob, id: String(nextId++), uploadUrl })
      return answer(res, 200, { ok: true, signed_upload_url: uploadUrl })
    }

    if (method === 'FinalizeArtifact') {
      expectIds(method, body)
      const record = artifacts.find((a) => a.name === body.name && a.size === undefined)
      if (!record) {
        problems.push(`FinalizeArtifact: no CreateArtifact for ${JSON.stringify(body.name)}`)
        return answer(res, 404, { code: 'not_found', msg: 'artifact not created' })
      }
      // The blob that really arrived in Azurite must match what the client says it sent.
      const content = await options.store.readBlob(record.container, record.blob)
      record.size = content.length
      record.sha256 = createHash('sha256').update(content).digest('hex')
      if (body.size !== String(content.length)) problems.push(`FinalizeArtifact: size is ${JSON.stringify(body.size)}, blob has ${content.length} bytes`)
      if (body.hash !== `sha256:${record.sha256}`) problems.push(`FinalizeArtifact: hash is ${JSON.stringify(body.hash)}, blob is sha256:${record.sha256}`)
      return answer(res, 200, { ok: true, artifact_id: record.id })
    }

    // What @actions/artifact's deleteArtifact (upload-artifact's `overwrite`) calls: the run's artifacts by name, then one deleted.
    if (method === 'ListArtifacts') {
      if (body.workflow_run_backend_id !== options.runBackendId) problems.push(`ListArtifacts: workflow_run_backend_id is ${JSON.stringify(body.workflow_run_backend_id)}`)
      const filter = body.name_filter
      const listed = artifacts.filter((a) => a.size !== undefined && (filter === undefined || a.name === filter))
      return answer(res, 200, {
        artifacts: listed.map((a) => ({
          workflow_run_backend_id: options.runBackendId,
          workflow_job_run_backend_id: options.jobBackendId,
          database_id: a.id,
          name: a.name,
          size: String(a.size),
          created_at: '2026-12-01T00:00:00Z'
        }))
      })
    }
    if (method === 'DeleteArtifact') {
      expectIds(method, body)
      const at = artifacts.findIndex((a) => a.name === body.name)
      if (at === -1) return answer(res, 404, { code: 'not_found', msg: 'artifact not found' })
      const [gone] = artifacts.splice(at, 1)
      deleted.push(gone)
      return answer(res, 200, { ok: true, artifact_id: gone.id })
    }

    problems.push(`unexpected Twirp method ${method}`)
    return answer(res, 404, { code: 'bad_route', msg: `no method ${method}` })
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      problems.push(`stand-in failed: ${error instanceof Error ? error.message : String(error)}`)
      if (!res.headersSent) answer(res, 400, { code: 'internal', msg: 'stand-in failed' })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0

  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    problems,
    artifacts,
    deleted,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** An unsigned JWT whose `scp` claim carries the results backend ids, as the runner's token does. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const header = b64url({ alg: 'none', typ: 'JWT' })
  const payload = b64url({ scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runBackendId}:${jobBackendId}` })
  return `${header}.${payload}.unsigned`
}
