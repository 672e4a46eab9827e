import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-IMXM3EEU.js";
import "./chunk-2N2BENFJ.js";
import "./chunk-6PZYZM7D.js";
import "./chunk-ST23LCNO.js";
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
