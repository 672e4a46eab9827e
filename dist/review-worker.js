import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-CQTPIXCW.js";
import "./chunk-3IALGZZP.js";
import "./chunk-2TZGHLEH.js";
import "./chunk-3ALJOYJU.js";
import "./chunk-425BTMYW.js";
import "./chunk-S3LCVJG4.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
