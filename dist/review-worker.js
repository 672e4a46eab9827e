import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-SGZZX7ZL.js";
import "./chunk-E25GSVFL.js";
import "./chunk-54PVDEXT.js";
import "./chunk-3V73ATID.js";
import "./chunk-2IULYMUQ.js";
import "./chunk-VSNU4K7G.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
