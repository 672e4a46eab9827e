import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-XVFPZPE5.js";
import "./chunk-DKEGLZ4R.js";
import "./chunk-KEBRY2BJ.js";
import "./chunk-6PC5I6AF.js";
import "./chunk-JYD2BXJM.js";
import "./chunk-3J2MF5LM.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
