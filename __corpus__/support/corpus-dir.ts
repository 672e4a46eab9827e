// Where the real-world corpora are: RTC_CORPUS_DIR, or ../shared/corpus beside
// the repository. The corpus suite runs only when it exists (scripts decide;
// a test here that finds it missing fails rather than skipping).
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export function corpusDir(): string {
  const dir = process.env.RTC_CORPUS_DIR ?? path.resolve(REPO_ROOT, '..', 'shared', 'corpus')
  if (!existsSync(dir)) throw new Error(`corpus not found at ${dir} (set RTC_CORPUS_DIR or put ../shared/corpus beside the repository)`)
  return dir
}
