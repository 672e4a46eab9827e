import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-JKVNSLC2.js";
import "./chunk-U42JUI3G.js";
import "./chunk-CCZBWHSS.js";
import "./chunk-6KUTGKXB.js";
import "./chunk-IMGSXIEG.js";
import "./chunk-NAJFRGAT.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
