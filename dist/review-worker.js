import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-3GK5PULS.js";
import "./chunk-TVRN64FV.js";
import "./chunk-6EFKILVZ.js";
import "./chunk-6G5DJOYM.js";
import "./chunk-OYUXFMUV.js";
import "./chunk-3J2MF5LM.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
