// The event that started the run, read from GITHUB_EVENT_PATH here rather
// than through @actions/github's `context`, which parses the file when the
// package is imported and so would fail the whole step on an event file that
// is not JSON. A missing or unreadable file is a value: validate still lints
// and reports, and the review says why it was skipped.
import { readFileSync } from 'node:fs'

export interface RunEvent {
  /** GITHUB_EVENT_NAME, '' when unset. */
  name: string
  /** The payload; {} when the file is missing or unreadable. */
  payload: Record<string, unknown>
  /** Why the payload could not be read; undefined when it was. */
  problem?: string
}

/** Event payloads are small; a larger file is not read. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024

let runEvent: RunEvent | undefined

/** This run's event, read once (the guard below may hide the path afterwards). */
export function readRunEvent(): RunEvent {
  runEvent ??= readEventFrom(process.env)
  return runEvent
}

/**
 * @actions/github builds its `context` when it is imported, and that
 * constructor's JSON.parse throws on an event file that is not JSON, which
 * would fail the step before validate could report anything. Called before
 * the package is imported (src/github/event-guard.ts, validate.ts before it
 * loads the review module, report/artifact.ts before it loads the artifact
 * client, which imports the package too): the event is read here
 * once and, when it cannot be read, the path is hidden from that constructor.
 */
export function guardEventPath(): void {
  if (readRunEvent().problem && process.env.GITHUB_EVENT_PATH) delete process.env.GITHUB_EVENT_PATH
}

export function readEventFrom(env: NodeJS.ProcessEnv): RunEvent {
  const name = env.GITHUB_EVENT_NAME ?? ''
  const file = env.GITHUB_EVENT_PATH
  if (!file) return { name, payload: {}, problem: 'GITHUB_EVENT_PATH is not set' }
  let text: string
  try {
    const bytes = readFileSync(file)
    if (bytes.length > MAX_EVENT_BYTES) return { name, payload: {}, problem: `the event file ${file} is over 25 MiB` }
    text = bytes.toString('utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { name, payload: {}, problem: code === 'ENOENT' ? `the event file ${file} does not exist` : `the event file ${file} cannot be read (${code ?? 'error'})` }
  }
  let payload: unknown
  try {
    payload = JSON.parse(text)
  } catch {
    return { name, payload: {}, problem: `the event file ${file} is not JSON` }
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return { name, payload: {}, problem: `the event file ${file} does not hold a JSON object` }
  return { name, payload: payload as Record<string, unknown> }
}

/** owner/repo from GITHUB_REPOSITORY, else from the payload's repository. */
/** A repository, as the REST API's paths name it. */
export interface RepoRef {
  owner: string
  repo: string
}

export function repositoryOf(event: RunEvent, env: NodeJS.ProcessEnv = process.env): RepoRef | undefined {
  const full = env.GITHUB_REPOSITORY
  if (full && /^[^/]+\/[^/]+$/.test(full)) {
    const [owner, repo] = full.split('/')
    return { owner, repo }
  }
  const repository = event.payload.repository as { name?: unknown; owner?: { login?: unknown } } | undefined
  if (typeof repository?.name === 'string' && typeof repository.owner?.login === 'string') return { owner: repository.owner.login, repo: repository.name }
  return undefined
}
