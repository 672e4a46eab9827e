// The review's analyses run in a worker thread with a memory limit and, per
// file, a time limit: a hostile file that would take minutes or gigabytes is
// stopped (the worker is ended) and named as not reviewed, and the next file
// gets a fresh worker. The worker is this same bundle started again with
// WORKER_ARG and `workerData.role` set (src/index.ts looks at them first).
import path from 'node:path'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { WORKER_ARG, WORKER_ROLE } from './analysis-worker-role.js'
import { analyseFile, type AnalysisInput } from './review-analysis.js'
import type { FileReview } from '../report/review-comment.js'

/** The worker's heap limit: the per-file memory budget. */
export const FILE_MEMORY_BUDGET_MB = 1024

/** In the worker: answer each analysis request. */
export function serveAnalyses(): void {
  parentPort?.on('message', (input: AnalysisInput) => {
    parentPort?.postMessage({ review: analyseFile(input) })
  })
}

export function isAnalysisWorker(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === WORKER_ROLE
}

export type AnalysisResult = { ok: true; review: FileReview } | { ok: false; reason: string }

/**
 * Runs analyses one at a time in a worker, each within `perFileMs`. With no
 * bundle to start (the code runs from source, e.g. under a test runner) it
 * analyses in this thread, where only the checks between files apply.
 */
export class AnalysisPool {
  private worker?: Worker
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly entry: string | undefined,
    private readonly perFileMs: number,
    private readonly memoryMb = FILE_MEMORY_BUDGET_MB
  ) {}

  analyse(input: AnalysisInput): Promise<AnalysisResult> {
    const run = this.queue.then(() => this.runOne(input))
    this.queue = run.catch(() => undefined)
    return run
  }

  close(): void {
    void this.worker?.terminate()
    this.worker = undefined
  }

  private overTime(): string {
    return `reviewing it took over the per-file budget of ${this.perFileMs / 1000} s`
  }

  private runOne(input: AnalysisInput): Promise<AnalysisResult> {
    if (!this.entry) {
      // In this thread the analysis cannot be stopped midway: it is judged when done, by its own time (not the
      // time its versions took to come, nor the wait for the analyses before it).
      const started = Date.now()
      const review = analyseFile(input)
      if (Date.now() - started > this.perFileMs) return Promise.resolve({ ok: false, reason: this.overTime() })
      return Promise.resolve({ ok: true, review })
    }
    const worker = (this.worker ??= new Worker(this.entry, {
      argv: [WORKER_ARG],
      workerData: { role: WORKER_ROLE },
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb }
    }))
    return new Promise<AnalysisResult>((resolve) => {
      const end = (result: AnalysisResult, kill: boolean) => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        if (kill) {
          void worker.terminate()
          if (this.worker === worker) this.worker = undefined
        }
        resolve(result)
      }
      const onMessage = (message: { review: FileReview }) => end({ ok: true, review: message.review }, false)
      const onError = (error: Error & { code?: string }) =>
        end(
          {
            ok: false,
            reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `reviewing it took over the per-file memory budget of ${this.memoryMb} MiB` : `reviewing it failed (${error.message})`
          },
          true
        )
      const onExit = () => end({ ok: false, reason: 'the review worker ended before answering' }, true)
      const timer = setTimeout(() => end({ ok: false, reason: this.overTime() }, true), this.perFileMs)
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      worker.postMessage(input)
    })
  }
}

/**
 * The bundle to start as the worker: the script this process runs when it is
 * our bundle (dist/index.js), else none (RTC_REVIEW_IN_THREAD=1 forces none).
 */
export function bundleEntry(): string | undefined {
  const script = process.argv[1]
  return script && path.basename(script) === 'index.js' && process.env.RTC_REVIEW_IN_THREAD !== '1' ? script : undefined
}
