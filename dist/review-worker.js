import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-MZYBPMNY.js";
import "./chunk-N6SKVAUQ.js";
import "./chunk-5DYFHV5L.js";
import "./chunk-2AIHZBQJ.js";
import "./chunk-D5ZJEVXA.js";
import "./chunk-EXMS77GJ.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
