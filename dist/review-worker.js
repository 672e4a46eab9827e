import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-AP4HNSN5.js";
import "./chunk-7PI3H43A.js";
import "./chunk-BQNWSUQ4.js";
import "./chunk-3PIJOI5P.js";
import "./chunk-VYJON7DX.js";
import "./chunk-UCZGYGPZ.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
