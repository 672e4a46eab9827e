// The one place an Octokit is made: Actions' defaults (proxy, user agent),
// GITHUB_API_URL for GitHub Enterprise Server, the retry and throttling
// plugins so that a 5xx or a rate limit is waited out rather than fatal, and a
// time limit on every request so that one GitHub never answers fails instead
// of holding the step until the job's timeout.
import * as core from '@actions/core'
// First: @actions/github must not see an event file that is not JSON.
import './event-guard.js'
import { GitHub, defaults as actionsDefaults, getOctokitOptions } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { annotate } from '../report/step-annotations.js'
import { clipText } from '../core/clip-text.js'
import { visibleText } from '../core/visible-text.js'
import { GitHubAnswerError, GitHubRateLimitError, requestWhere, statusOf } from './answer-error.js'

export { GitHubAnswerError, GitHubRateLimitError, requestWhere }

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
   * Seconds the client waits for rate limits in all, over every request; RATE_LIMIT_TOTAL_WAIT_SECONDS by default.
   * Past it, it gives up as on a wait too long.
   */
  maxTotalRateLimitWaitSeconds?: number
  /**
   * False turns the throttling plugin off. Its write queue spaces writes a
   * second apart (three for comments) across every client in the process,
   * which is right for a run and slow for a unit test making many clients.
   */
  throttle?: boolean
  /**
   * Milliseconds one request may take, from sending it to the last byte of
   * GitHub's answer; REQUEST_TIMEOUT_MS by default. Tests shrink it (env
   * RTC_GITHUB_REQUEST_TIMEOUT_MS for the bundled action).
   */
  requestTimeoutMs?: number
  /** Bytes an answer's body may have; MAX_ANSWER_BYTES by default. Tests shrink it. */
  maxAnswerBytes?: number
}

/**
 * 30 s a request. GitHub ends a REST request that takes it more than 10 s to
 * process (docs.github.com, "Troubleshooting the REST API", Timeouts), so an
 * answer that has not come after three times that is not coming; the rest is
 * room for the largest answer the review reads (a 1 MiB file, a page of 100
 * files or comments) on a slow runner's network. Without a limit a request is
 * bounded only by undici's defaults: 300 s for the headers, retried like a
 * 5xx (20 minutes a request), and 300 s between two chunks of the body, which
 * a server sending a byte now and then never reaches.
 */
export const REQUEST_TIMEOUT_MS = 30_000

/**
 * How often a request that ran out of time is tried again: once. A lost
 * connection is worth a second try; a GitHub that stalls twice in a row is
 * not answering, and each try costs the whole limit.
 */
export const TIMEOUT_RETRIES = 1

/**
 * 128 MiB an answer. The largest GitHub gives the review is a page of 100
 * comments of 65,536 characters, each written as a six-byte \uXXXX escape at
 * worst (39 MiB), or a page of 100 changed files with their patches; a body
 * past this is no answer of GitHub's, and read whole it held the runner's
 * memory (a proxy or a server sending without end fills gigabytes well inside
 * the time limit).
 */
export const MAX_ANSWER_BYTES = 128 * 1024 * 1024

/**
 * 300 s of rate-limit waits in all, for the whole review. Each wait is at most 120 s and a request is tried again 3
 * times, but the requests are many (a review through the API makes one or two a file): a limit that kept refusing,
 * each request in turn waited out three times, held the step for the job's whole timeout.
 */
export const RATE_LIMIT_TOTAL_WAIT_SECONDS = 300

/** The error a request whose answer passed MAX_ANSWER_BYTES fails with (as the `cause` of Octokit's RequestError). Not retried. */
export class GitHubAnswerTooLargeError extends Error {
  override readonly name = 'GitHubAnswerTooLargeError'
  constructor(
    readonly method: string,
    readonly url: string,
    readonly limit: number
  ) {
    super(`GitHub's answer to ${requestWhere(method, url)} is over ${limit >= 1024 * 1024 ? `${limit / 1024 / 1024} MiB` : `${limit} bytes`}: it was not read further`)
  }
}

/** The error itself when it is of `type`, or its `cause` when that is (Octokit wraps what fetch threw in a RequestError). */
function errorOrCause<E extends Error>(error: unknown, type: abstract new (...args: never[]) => E): E | undefined {
  if (error instanceof type) return error
  return error instanceof Error && error.cause instanceof type ? error.cause : undefined
}

const tooLargeOf = (error: unknown) => errorOrCause(error, GitHubAnswerTooLargeError)

export function backoffUnitFromEnv(): number | undefined {
  const raw = process.env.RTC_GITHUB_BACKOFF_UNIT_MS
  if (raw === undefined || raw === '') return undefined
  const value = Number(raw)
  return Number.isFinite(value) && value >= 0 ? value : undefined
}

function requestTimeoutFromEnv(): number | undefined {
  const value = Number(process.env.RTC_GITHUB_REQUEST_TIMEOUT_MS)
  return Number.isFinite(value) && value > 0 ? value : undefined
}

/** The error a request that ran out of time fails with (inside Octokit's RequestError, status 500, as its `cause`). */
export class GitHubTimeoutError extends Error {
  override readonly name = 'GitHubTimeoutError'
  constructor(
    readonly method: string,
    readonly url: string,
    readonly ms: number
  ) {
    super(`GitHub did not answer ${method} ${url} within ${seconds(ms)}`)
  }
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`
}

const timeoutOf = (error: unknown) => errorOrCause(error, GitHubTimeoutError)

/** A value from an answer's header, as a message may quote it: one line, at most 100 characters. */
function quotedHeader(value: string | undefined): string {
  return value === undefined || value === '' ? 'none' : visibleText(clipText(value, 100))
}

/** Whether a request failed because GitHub did not answer in time. */
export function isTimeout(error: unknown): boolean {
  return timeoutOf(error) !== undefined
}

/**
 * A failed request in words: GitHub's status and message when it answered;
 * otherwise that it did not (Octokit gives a request that got no answer, a
 * timeout or a lost connection, the status 500 too, which GitHub never sent).
 */
export function failureText(error: unknown): string {
  const timeout = timeoutOf(error)
  if (timeout) return `GitHub did not answer within ${seconds(timeout.ms)}`
  if (error instanceof GitHubAnswerError || error instanceof GitHubRateLimitError) return error.message
  const tooLarge = tooLargeOf(error)
  if (tooLarge) return tooLarge.message
  const message = error instanceof Error ? error.message : String(error)
  const status = answeredStatus(error)
  return status !== undefined ? `GitHub answered ${status} (${message})` : `the request to GitHub failed (${message})`
}

/** The status GitHub answered a failed request with; undefined when no answer came. */
export function answeredStatus(error: unknown): number | undefined {
  if (error === null || typeof error !== 'object' || !('response' in error) || !error.response) return undefined
  return 'status' in error && typeof error.status === 'number' ? error.status : undefined
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>

/**
 * `fetch` with a time limit on the whole exchange: the answer's headers and
 * its whole body. The body is read here, inside the limit, not by Octokit: it
 * reads a body with `.text().catch(() => '')`, so a body cut off (a reset
 * connection, or this limit) would reach the caller as an empty answer with
 * status 200: the paginator takes it for an empty page (a page of changed
 * files left out of the review, a list of comments without ours, so a second
 * one), a raw file for an empty file. Read here, a body that does not arrive
 * whole fails the request.
 * Octokit turns the failure into a RequestError of status 500, which the
 * retry plugin tries again and the review reports as it reports a 5xx.
 */
export function fetchWithin(fetchImpl: Fetch, ms: number, maxBytes = MAX_ANSWER_BYTES): Fetch {
  return async (url, init) => {
    const controller = new AbortController()
    const signal = init.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal
    let timer: NodeJS.Timeout | undefined
    // Raced as well as signalled: a fetch that does not honour the signal still cannot hold the request.
    const expired = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        const error = new GitHubTimeoutError(init.method ?? 'GET', url, ms)
        reject(error)
        controller.abort(error)
      }, ms)
    })
    expired.catch(() => undefined)
    try {
      const response = await Promise.race([fetchImpl(url, { ...init, signal }), expired])
      const nullBody = response.status === 204 || response.status === 205 || response.status === 304
      const body = nullBody ? null : await Promise.race([bodyWithin(response, maxBytes, init.method ?? 'GET', url, controller), expired])
      const whole = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
      Object.defineProperty(whole, 'url', { value: response.url })
      return whole
    } finally {
      clearTimeout(timer)
    }
  }
}

/** The body's bytes, read chunk by chunk and given up (the request aborted) once past `maxBytes`. */
async function bodyWithin(response: Response, maxBytes: number, method: string, url: string, controller: AbortController): Promise<Uint8Array> {
  const tooLarge = () => {
    const error = new GitHubAnswerTooLargeError(method, url, maxBytes)
    controller.abort(error)
    return error
  }
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge()
  if (!response.body) return new Uint8Array(0)
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, total)
}

/**
 * The wait a rate-limit answer asks for, in seconds: its Retry-After, or the
 * time until x-ratelimit-reset when no request is left; undefined when the
 * answer is no rate limit. GitHub answers a rate limit with 403 or 429
 * (docs.github.com, "Rate limits for the REST API").
 */
export function rateLimitWait(status: number | undefined, headers: Record<string, unknown> | undefined, now = Date.now()): number | undefined {
  if ((status !== 403 && status !== 429) || !headers) return undefined
  const retryAfter = headers['retry-after']
  if (retryAfter !== undefined && retryAfter !== '') {
    const seconds = Number(retryAfter)
    // An HTTP date is allowed too; anything else is no wait GitHub names, read as "too long".
    if (Number.isFinite(seconds)) return Math.max(seconds, 0)
    const date = Date.parse(String(retryAfter))
    return Number.isFinite(date) ? Math.max(Math.ceil((date - now) / 1000), 0) : Infinity
  }
  if (headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset'])
    return Number.isFinite(reset) ? Math.max(Math.ceil(reset - now / 1000) + 1, 0) : Infinity
  }
  // "Wait for at least one minute" when a secondary rate limit names no time.
  return status === 429 ? 60 : undefined
}

interface HookedRequest {
  request: { retries?: number; rateLimitWait?: number; rateLimitStatus?: number }
}

/**
 * A plugin registered before the retry plugin, so that its error hook sees a
 * failure first: a request that ran out of time is retried TIMEOUT_RETRIES
 * times at most (the retry plugin reads `request.retries` when it is set). A
 * rate limit is left to the throttling plugin alone, which waits as long as the
 * answer asks: the retry plugin retried a 429 after 1, 4 and 9 s whatever its
 * Retry-After said. The wait is noted from the answer's own headers (the
 * throttling plugin reads x-ratelimit-reset through a 32-bit integer: a reset
 * past 2038 read as "now").
 */
function boundRetries(octokit: { hook: { error: (name: 'request', hook: (error: Error, options: HookedRequest) => never) => void } }): void {
  octokit.hook.error('request', (error, options) => {
    if (isTimeout(error)) options.request.retries = Math.min(options.request.retries ?? TIMEOUT_RETRIES, TIMEOUT_RETRIES)
    // The same answer would come again.
    if (tooLargeOf(error)) options.request.retries = 0
    const answer = (error as { response?: { headers?: Record<string, unknown> } }).response
    const wait = rateLimitWait(statusOf(error), answer?.headers)
    if (wait !== undefined) {
      options.request.retries = 0
      options.request.rateLimitWait = wait
      options.request.rateLimitStatus = statusOf(error)
    }
    throw error
  })
}

type RequestHook = (options: { method?: string; url?: string; headers?: Record<string, unknown>; mediaType?: { format?: string } }) => Promise<{ status: number; url: string; headers: Record<string, string | undefined>; data: unknown }>

/**
 * A plugin that refuses a 2xx answer the action cannot read as GitHub's: a
 * body that is not JSON where JSON was asked for (Octokit hands such a body on
 * as a string, and reading `data.base.sha` of it failed with a raw
 * TypeError), or an HTML page where a file's raw content was asked for (a
 * login page would be reviewed as the file). One error names the request and
 * the content type. Not retried: a proxy's login page does not go away.
 */
function refuseAnswersNotFromTheApi(octokit: { hook: { wrap: (name: 'request', hook: (request: RequestHook, options: Parameters<RequestHook>[0]) => unknown) => void } }): void {
  octokit.hook.wrap('request', async (request, options) => {
    const response = await request(options)
    if (response.status === 204 || response.status === 205 || response.status === 304) return response
    const accept = String(options.headers?.accept ?? '')
    const raw = options.mediaType?.format === 'raw' || /\.raw\b/.test(accept)
    const contentType = response.headers['content-type']
    const json = response.data !== null && typeof response.data === 'object' && !(response.data instanceof ArrayBuffer)
    const html = /^\s*(text\/html|application\/xhtml)/i.test(contentType ?? '')
    if (raw ? html : !json) {
      const where = requestWhere(options.method ?? 'GET', response.url || String(options.url ?? ''))
      throw new GitHubAnswerError(
        `GitHub's answer to ${where} (status ${response.status}, content-type ${quotedHeader(contentType)}) is not ${raw ? "the file's content" : 'JSON'}: ` +
          'a proxy or a login page answered instead of the API? Check GITHUB_API_URL and the runner\'s proxy settings (HTTPS_PROXY, NO_PROXY)',
        response.status
      )
    }
    return response
  })
}

/**
 * What one client knows of GitHub's rate limit, for the requests it has not
 * sent yet. GitHub asks that no request be made before a rate limit's wait is
 * over (docs.github.com, "Best practices for using the REST API": "If the
 * x-ratelimit-remaining header is 0, you should not make another request until
 * after the time specified by the x-ratelimit-reset header"; requests made
 * meanwhile count, and continuing may get the integration banned). The
 * throttling plugin waits for the request that was refused only: every other
 * request went on and was refused in turn (a review of 30 files through the
 * API sent 60 requests after the first refusal, each one warned about).
 */
interface RateLimitGate {
  /** No request is sent before this time (ms since the epoch): a request that was refused is waiting it out. */
  holdUntil: number
  /** No request is sent at all before this time: the client gave up on a wait that long (Infinity: one it cannot wait). */
  blockedUntil: number
  /** The refusal's status, carried by the requests not sent. */
  blockedStatus: number
  /** Said once: the warning that the client gave up. */
  warned: boolean
}

/**
 * A plugin registered last, so outermost: a request is held while another one
 * waits out a rate limit, and not sent at all (GitHubRateLimitError, with the
 * refusal's status) once the client has given up until the limit resets.
 */
function rateLimitGate(gate: RateLimitGate) {
  return (octokit: { hook: { wrap: (name: 'request', hook: (request: (options: unknown) => Promise<unknown>, options: { method?: string; url?: string }) => Promise<unknown>) => void } }) => {
    octokit.hook.wrap('request', async (request, options) => {
      for (;;) {
        const now = Date.now()
        if (now < gate.blockedUntil) {
          throw new GitHubRateLimitError(
            `GitHub's rate limit refused an earlier request and asked to wait ${waitText(gate.blockedUntil - now)}: ${requestWhere(options.method ?? 'GET', String(options.url ?? ''))} was not sent`,
            gate.blockedStatus
          )
        }
        if (now >= gate.holdUntil) return request(options)
        await new Promise((resolve) => setTimeout(resolve, gate.holdUntil - now))
      }
    })
  }
}

/**
 * Whether the throttling plugin takes a rate-limit refusal as one: GitHub's
 * words for a secondary limit, no request left, or a GraphQL RATE_LIMITED
 * error (@octokit/plugin-throttling 11, its "failed" handler). Anything else
 * it lets through untouched.
 */
function throttlingTakes(error: unknown): boolean {
  const answer = (error as { response?: { headers?: Record<string, unknown>; data?: { errors?: unknown } } }).response
  if (/\bsecondary rate\b/i.test(error instanceof Error ? error.message : '')) return true
  if (answer?.headers?.['x-ratelimit-remaining'] === '0') return true
  const errors = answer?.data?.errors
  return Array.isArray(errors) && errors.some((e) => (e as { type?: unknown } | null)?.type === 'RATE_LIMITED')
}

type WaitOrGiveUp = (wait: number, request: { method: string; url: string; request?: object }, octokit: unknown, retryCount: number) => boolean

/**
 * A plugin registered just after the throttling plugin, so around it: a 429
 * that plugin does not take as a rate limit (a proxy's or a gateway's "Too
 * Many Requests", without GitHub's words or headers) is waited out as GitHub
 * asks of any rate limit, by its Retry-After or else at least a minute
 * (docs.github.com, "Best practices for using the REST API"), through the same
 * wait-or-give-up as GitHub's own limits. Neither plugin tried such a 429
 * again: the retry plugin is told not to (boundRetries, as it ignored the
 * wait), and the throttling plugin does not know it.
 */
function waitOutOtherTooManyRequests(waitOrGiveUp: WaitOrGiveUp, unit: number) {
  return (octokit: { hook: { wrap: (name: 'request', hook: (request: (options: unknown) => Promise<unknown>, options: { method?: string; url?: string; request?: Record<string, unknown> }) => Promise<unknown>) => void } }) => {
    octokit.hook.wrap('request', async (request, options) => {
      for (let retryCount = 0; ; retryCount++) {
        try {
          return await request(options)
        } catch (error) {
          if (statusOf(error) !== 429 || throttlingTakes(error)) throw error
          const answer = (error as { response?: { headers?: Record<string, unknown> } }).response
          const wait = rateLimitWait(429, answer?.headers ?? {}) ?? 60
          const where = { method: options.method ?? 'GET', url: String(options.url ?? ''), request: options.request ?? {} }
          if (!waitOrGiveUp(wait, where, octokit, retryCount)) throw error
          await new Promise((resolve) => setTimeout(resolve, wait * unit))
          // Set for the answer just refused (boundRetries): the next try starts as the first did.
          if (options.request) for (const noted of ['retries', 'rateLimitWait', 'rateLimitStatus']) delete options.request[noted]
        }
      }
    })
  }
}

function waitText(ms: number): string {
  return Number.isFinite(ms) ? `${Math.ceil(ms / 1000)} s more` : 'longer than this run'
}

export function createGitHubClient(token: string, options: ClientOptions = {}): GitHubClient {
  const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '')
  const unit = options.backoffUnitMs ?? backoffUnitFromEnv() ?? 1000
  const retries = options.retries ?? 3
  const maxWait = options.maxRateLimitWaitSeconds ?? 120
  const maxTotalWait = options.maxTotalRateLimitWaitSeconds ?? RATE_LIMIT_TOTAL_WAIT_SECONDS
  const gate: RateLimitGate = { holdUntil: 0, blockedUntil: 0, blockedStatus: 403, warned: false }
  // Seconds of rate-limit waits so far: each wait counts for what it adds to those already under way.
  let waited = 0
  const waitOrGiveUp = (kind: string): WaitOrGiveUp => (pluginWait, request, _octokit, retryCount) => {
    const noted = request.request as { rateLimitWait?: number; rateLimitStatus?: number } | undefined
    const retryAfter = Math.max(pluginWait, noted?.rateLimitWait ?? 0)
    const now = Date.now()
    const until = now + retryAfter * unit
    const adds = Math.max(0, until - Math.max(now, gate.holdUntil)) / (unit || 1)
    const retrying = retryCount < retries && retryAfter <= maxWait && waited + adds <= maxTotalWait
    // Every other request waits as long, or (given up) is not sent before the limit resets.
    if (retrying) {
      gate.holdUntil = Math.max(gate.holdUntil, until)
      waited += adds
    } else {
      gate.blockedUntil = Math.max(gate.blockedUntil, until)
      gate.blockedStatus = noted?.rateLimitStatus ?? gate.blockedStatus
      // Once: the requests not sent after it fail with GitHubRateLimitError, which the review reports.
      if (gate.warned) return false
      gate.warned = true
    }
    annotate(
      'warning',
      `GitHub ${kind} for ${requestWhere(request.method, request.url)}: ${retrying ? `retrying after ${retryAfter} s (retry ${retryCount + 1} of ${retries})` : `giving up; no more requests are sent until it resets (${Number.isFinite(retryAfter) ? `in ${retryAfter} s` : 'at no time GitHub named'})${retryCount < retries && retryAfter <= maxWait ? `: the run has waited ${Math.round(waited)} s for rate limits already, and waits ${maxTotalWait} s at most` : ''}`}.`
    )
    return retrying
  }
  const timeoutMs = options.requestTimeoutMs ?? requestTimeoutFromEnv() ?? REQUEST_TIMEOUT_MS
  const baseFetch = (actionsDefaults.request?.fetch as Fetch | undefined) ?? ((url, init) => fetch(url, init))
  // Last, so outermost: the retry and throttling plugins never see its refusal (a login page is not worth another try).
  // The rate-limit gate outermost of all: a request it holds back never reaches the other plugins.
  const throttle = options.throttle ?? true
  const WithPlugins = GitHub.plugin(
    boundRetries as never,
    retry,
    throttling,
    // With the throttling plugin only: a test client without it sends each request once, as before.
    ...(throttle ? [waitOutOtherTooManyRequests(waitOrGiveUp('or a proxy before it answered 429 (too many requests)'), unit) as never] : []),
    refuseAnswersNotFromTheApi as never,
    rateLimitGate(gate) as never
  )
  return new WithPlugins(
    getOctokitOptions(token, {
      baseUrl,
      // Actions' defaults (its proxy's agent and fetch) with the time limit: a `request` given here replaces theirs whole.
      request: { ...actionsDefaults.request, fetch: fetchWithin(baseFetch, timeoutMs, options.maxAnswerBytes ?? MAX_ANSWER_BYTES) },
      retry: { retries, retryAfterBaseValue: unit },
      throttle: {
        enabled: throttle,
        retryAfterBaseValue: unit,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: waitOrGiveUp('rate limit'),
        onSecondaryRateLimit: waitOrGiveUp('secondary rate limit')
      }
    })
  ) as GitHubClient
}
