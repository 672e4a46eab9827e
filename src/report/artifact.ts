import * as core from '@actions/core'
import { guardEventPath } from '../github/event.js'
import type { ArtifactOutcome } from './generate-summary.js'
import { messageOf } from '../core/async.js'
import { RefusedInput } from '../core/inputs/input-error.js'
import { annotate, countingAnnotationsOf, logInfo } from './step-annotations.js'

/** The runner sets these only where its artifact service is reachable. */
export function artifactServiceMissing(): string | undefined {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((v) => !process.env[v])
  return missing.length ? `the runner's artifact service is not available (${missing.join(' and ')} not set, as in a local run)` : undefined
}

const GHES_REASON = 'artifacts v4 are not supported on GitHub Enterprise Server'

/**
 * How @actions/artifact (its Twirp client) reports GitHub's 409 to CreateArtifact: "Failed request: (409) Conflict:
 * an artifact with this name already exists on the workflow run". Artifact names are unique within a run
 * (artifacts v4), so a matrix whose jobs share `artifact-name` fails in every job after the first; the library's
 * words name neither the input nor the artifact.
 */
const ALREADY_EXISTS = /Failed request: \(409\)/

/** A re-run's artifact name was taken (409) and replacing the artifact failed: `reason` says why. */
class NotReplaced extends Error {
  constructor(
    readonly conflict: unknown,
    readonly reason: string
  ) {
    super(messageOf(conflict), { cause: conflict })
  }
}

/** A library's message on one line, without its closing full stop. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\.\s*$/, '')
}

/** GITHUB_RUN_ATTEMPT: 1 for a run's first attempt, more for a re-run; 1 when unset. */
function runAttempt(): number {
  const attempt = Number(process.env.GITHUB_RUN_ATTEMPT)
  return Number.isInteger(attempt) && attempt > 0 ? attempt : 1
}

/** The rule @actions/artifact applies: only github.com, *.ghe.com and *.localhost have artifacts v4. */
export function onEnterpriseServer(serverUrl = process.env.GITHUB_SERVER_URL || 'https://github.com'): boolean {
  let host: string
  try {
    host = new URL(serverUrl).hostname.toLowerCase()
  } catch {
    return false
  }
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')
}

/**
 * Uploads files as one artifact. Where there is no artifact service it says
 * so and goes on: the files are still on disk. The client is imported only
 * when needed, to keep a local run's start-up small.
 */
export async function uploadArtifact(name: string, files: string[], rootDir: string, inputValue = name): Promise<ArtifactOutcome> {
  if (!name) return { name, skipped: 'artifact-name is empty' }
  const missing = artifactServiceMissing()
  if (missing) {
    annotate('notice', `Artifact not uploaded: ${missing}. The files are in ${rootDir}.`)
    return { name, skipped: missing }
  }
  if (onEnterpriseServer()) {
    // Checked here, before the client, whose own GHES refusal comes with a
    // second, generic "try again" warning that does not apply.
    annotate('warning', `Artifact not uploaded: ${GHES_REASON}. The files are in ${rootDir}.`)
    return { name, skipped: GHES_REASON }
  }
  // The client imports @actions/github, which reads the event file as it
  // loads and throws on one that is not JSON: guard it first (see guardEventPath).
  guardEventPath()
  const { DefaultArtifactClient, GHESNotSupportedError } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  // The library's own warnings (a zip warning, an upload of no bytes) take the step's room of annotations too.
  const upload = () => countingAnnotationsOf(() => client.uploadArtifact(name, files, rootDir))
  const attempt = runAttempt()
  try {
    try {
      return { name, id: (await upload()).id }
    } catch (error) {
      if (!ALREADY_EXISTS.test(messageOf(error)) || attempt < 2) throw error
      // A re-run ("Re-run jobs" is the same workflow run): the name is most likely taken by this job's own upload
      // of an earlier attempt, and the re-run's files are the ones its summary and outputs describe and its later
      // jobs download. Replaced as upload-artifact's `overwrite: true` replaces one: deleted, then uploaded again.
      let deleted: { id: number }
      let uploaded: { id?: number }
      try {
        deleted = await countingAnnotationsOf(() => client.deleteArtifact(name))
        uploaded = await upload()
      } catch (replacing) {
        // The name stays taken: said as the conflict it is, with why it was not replaced.
        throw new NotReplaced(error, messageOf(replacing))
      }
      logInfo(`Artifact '${name}' (id ${deleted.id}) was already in this workflow run, from an earlier attempt (this is attempt ${attempt}) or another job: replaced with this attempt's files (id ${uploaded.id}).`)
      return { name, id: uploaded.id }
    }
  } catch (error) {
    if (error instanceof GHESNotSupportedError) {
      annotate('warning', `Artifact not uploaded: ${GHES_REASON}. The files are in ${rootDir}.`)
      return { name, skipped: GHES_REASON }
    }
    if (error instanceof NotReplaced || ALREADY_EXISTS.test(messageOf(error))) {
      throw new RefusedInput({
        input: 'artifact-name',
        value: inputValue,
        problem: `${name === inputValue ? 'names' : `gives the name '${name}' to`} an artifact this workflow run already has (GitHub answered 409 Conflict): another job of a matrix, or another step, uploaded one under that name${error instanceof NotReplaced ? `, or an earlier attempt of this job, which could not be replaced (${oneLine(error.reason)})` : ''}. The files are in ${rootDir}`,
        rule: 'a name no other upload of the workflow run uses: give each job of a matrix and each step its own (for example with ${{ matrix.… }} in it), or empty for no upload'
      })
    }
    // Broken infrastructure: fail the step, but say which step part broke
    // (the library's own messages name only the Twirp call).
    // Azure's messages run over several lines (RequestId, Time): fold them into one.
    throw new Error(`Artifact '${name}' was not uploaded: ${oneLine(messageOf(error))}. The files are in ${rootDir}.`, { cause: error })
  }
}
