// How the bundle knows it was started as the review's analysis worker
// (src/modes/review-worker.ts starts dist/index.js again in a worker thread).
// Kept apart from review-worker.ts so that src/index.ts can look at it
// without loading the review's code or node:worker_threads: every run's main
// thread asks, and only the worker should pay for the answer.

/** The worker's `workerData.role`. */
export const WORKER_ROLE = 'rtc-review-analysis'

/** Given to the worker as its first argument (`process.argv[2]`): the cheap first test, before workerData is read. */
export const WORKER_ARG = `--${WORKER_ROLE}`

/** True when this process was started with WORKER_ARG; review-worker.ts's isAnalysisWorker() then checks the thread. */
export function startedAsAnalysisWorker(): boolean {
  return process.argv[2] === WORKER_ARG
}
