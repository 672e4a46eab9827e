import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-ADJJMKB5.js";
import "./chunk-4OF7YE4H.js";
import "./chunk-B2XL65JM.js";
import "./chunk-YCQZSKYD.js";
import "./chunk-F34PRVER.js";
import "./chunk-S3LCVJG4.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
