// The one place an Octokit is made: Actions' defaults (proxy, user agent),
// GITHUB_API_URL for GitHub Enterprise Server, and the retry and throttling
// plugins so that a 5xx or a rate limit is waited out rather than fatal.
import * as core from '@actions/core'
// First: @actions/github must not see an event file that is not JSON.
import './event-guard.js'
import { GitHub, getOctokitOptions } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { annotate } from '../report/step-annotations.js'

export type GitHubClient = InstanceType<typeof GitHub>

export interface ClientOptions {
  /** REST base URL; GITHUB_API_URL (set by the runner, also on GHES) by default. */
  baseUrl?: string
  /**
   * Milliseconds one "second" of back-off lasts. GitHub's plugins wait
   * (retry + 1)^2 of them after a 5xx and Retry-After of them after a rate
   * limit. Tests shrink it (env RTC_GITHUB_BACKOFF_UNIT_MS) so a 502 costs
   * milliseconds, not seconds.
   */
  backoffUnitMs?: number
  /** Retries after a 5xx or a rate limit; 3 by default. */
  retries?: number
  /** A rate limit that resets later than this is not waited for; 120 s by default. */
  maxRateLimitWaitSeconds?: number
  /**
   * False turns the throttling plugin off. Its write queue spaces writes a
   * second apart (three for comments) across every client in the process,
   * which is right for a run and slow for a unit test making many clients.
   */
  throttle?: boolean
}

export function backoffUnitFromEnv(): number | undefined {
  const raw = process.env.RTC_GITHUB_BACKOFF_UNIT_MS
  if (raw === undefined || raw === '') return undefined
  const value = Number(raw)
  return Number.isFinite(value) && value >= 0 ? value : undefined
}

export function createGitHubClient(token: string, options: ClientOptions = {}): GitHubClient {
  const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '')
  const unit = options.backoffUnitMs ?? backoffUnitFromEnv() ?? 1000
  const retries = options.retries ?? 3
  const maxWait = options.maxRateLimitWaitSeconds ?? 120
  const waitOrGiveUp = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const retrying = retryCount < retries && retryAfter <= maxWait
    annotate(
      'warning',
      `GitHub ${kind} for ${request.method} ${request.url}: ${retrying ? `retrying after ${retryAfter} s (retry ${retryCount + 1} of ${retries})` : 'giving up'}.`
    )
    return retrying
  }
  const WithPlugins = GitHub.plugin(retry, throttling)
  return new WithPlugins(
    getOctokitOptions(token, {
      baseUrl,
      retry: { retries, retryAfterBaseValue: unit },
      throttle: {
        enabled: options.throttle ?? true,
        retryAfterBaseValue: unit,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: waitOrGiveUp('rate limit'),
        onSecondaryRateLimit: waitOrGiveUp('secondary rate limit')
      }
    })
  ) as GitHubClient
}
