import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-IBOFWIMR.js";
import "./chunk-7723HXHQ.js";
import "./chunk-RGC4CVHZ.js";
import "./chunk-3CRWVZ3T.js";
import "./chunk-Y572F3YG.js";
import "./chunk-GIVSKNDQ.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
