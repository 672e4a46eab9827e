import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);

// src/modes/analysis-worker-role.ts
var WORKER_ROLE = "rtc-review-analysis";
var WORKER_ARG = `--${WORKER_ROLE}`;
function startedAsAnalysisWorker() {
  return process.argv[2] === WORKER_ARG;
}

export {
  WORKER_ROLE,
  WORKER_ARG,
  startedAsAnalysisWorker
};
