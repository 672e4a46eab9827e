import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-R32PIE5Y.js";
import "./chunk-XFMGAFEA.js";
import "./chunk-EX4OITQW.js";
import "./chunk-KNATC5ZZ.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
