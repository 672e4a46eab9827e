import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-MJP4NUG7.js";
import "./chunk-QCG6BN2F.js";
import "./chunk-OBQWWX7A.js";
import "./chunk-KMIV6YVX.js";
import "./chunk-DF3YP4HW.js";
import "./chunk-3IS6H66V.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
