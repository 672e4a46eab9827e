import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-BVJAIHQR.js";
import "./chunk-NCGBCYFZ.js";
import "./chunk-OLS2J6K7.js";
import "./chunk-LXS5F2OM.js";
import "./chunk-BEN6WTFQ.js";
import "./chunk-S3LCVJG4.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
