import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-WTD4FQ3U.js";
import "./chunk-XW2Y55S6.js";
import "./chunk-CM6BRUXG.js";
import "./chunk-G5ALF727.js";
import "./chunk-WBLHKABT.js";
import "./chunk-GIVSKNDQ.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
