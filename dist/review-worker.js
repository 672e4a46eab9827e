import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-X77PU7EY.js";
import "./chunk-RGTFCJNP.js";
import "./chunk-YV73FTL2.js";
import "./chunk-AMV5DI24.js";
import "./chunk-N4FI7L7G.js";
import "./chunk-TFFXYGT5.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
