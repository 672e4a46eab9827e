import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-3RVTQE7C.js";
import "./chunk-FLIGOQFG.js";
import "./chunk-JIITI2NV.js";
import "./chunk-PAOZVSH7.js";
import "./chunk-7457H4PD.js";
import "./chunk-3IS6H66V.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
