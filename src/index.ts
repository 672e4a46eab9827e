import { isMainThread, workerData } from 'node:worker_threads'
import { run } from './main.js'

// The same bundle serves as the review's analysis worker (src/modes/review-worker.ts).
if (!isMainThread && (workerData as { role?: unknown } | null)?.role === 'rtc-review-analysis') {
  const { serveAnalyses } = await import('./modes/review-worker.js')
  serveAnalyses()
} else {
  await run()
}
