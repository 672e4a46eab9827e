import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-WEYX66AL.js";
import "./chunk-4IP6L66V.js";
import "./chunk-Q3EM6KE4.js";
import "./chunk-JAC2NH4U.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
