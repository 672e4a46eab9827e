import { run } from './main.js'
import { startedAsAnalysisWorker } from './modes/analysis-worker-role.js'
import { exitOnceWritten } from './process-exit.js'
import { writeStdioPipesDirectly } from './process-stdio.js'

// The same bundle serves as the review's analysis worker (src/modes/review-worker.ts). The argument
// check costs nothing; the worker's code and node:worker_threads load only when it says so.
const worker = startedAsAnalysisWorker() ? await import('./modes/review-worker.js') : undefined
if (worker?.isAnalysisWorker()) worker.serveAnalyses()
else {
  writeStdioPipesDirectly()
  await run()
  await exitOnceWritten()
}
