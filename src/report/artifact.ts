import * as core from '@actions/core'
import type { ArtifactOutcome } from './generate-summary.js'

/** The runner sets these only where its artifact service is reachable. */
export function artifactServiceMissing(): string | undefined {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((v) => !process.env[v])
  return missing.length ? `the runner's artifact service is not available (${missing.join(' and ')} not set, as in a local run)` : undefined
}

/**
 * Uploads files as one artifact. Where there is no artifact service it says
 * so and goes on: the files are still on disk. The client is imported only
 * when needed, to keep a local run's start-up small.
 */
export async function uploadArtifact(name: string, files: string[], rootDir: string): Promise<ArtifactOutcome> {
  if (!name) return { name, skipped: 'artifact-name is empty' }
  const missing = artifactServiceMissing()
  if (missing) {
    core.notice(`Artifact not uploaded: ${missing}. The files are in ${rootDir}.`)
    return { name, skipped: missing }
  }
  const { DefaultArtifactClient, GHESNotSupportedError } = await import('@actions/artifact')
  try {
    const result = await new DefaultArtifactClient().uploadArtifact(name, files, rootDir)
    return { name, id: result.id }
  } catch (error) {
    if (error instanceof GHESNotSupportedError) {
      const reason = 'artifacts v4 are not supported on GitHub Enterprise Server'
      core.warning(`Artifact not uploaded: ${reason}. The files are in ${rootDir}.`)
      return { name, skipped: reason }
    }
    throw error
  }
}
