import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-POUNFFXT.js";
import "./chunk-LMXVMI4L.js";
import "./chunk-QTDFPTNF.js";
import "./chunk-QJM44FRQ.js";
import "./chunk-DWP3EDFF.js";
import "./chunk-ZMAGVRGV.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
