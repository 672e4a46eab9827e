import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-VBKXU5FU.js";
import "./chunk-7723HXHQ.js";
import "./chunk-WSRDHKVX.js";
import "./chunk-3CRWVZ3T.js";
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
