import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-PEKYMRO2.js";
import "./chunk-TRXPBJRH.js";
import "./chunk-6CPWOZBT.js";
import "./chunk-QJM44FRQ.js";
import "./chunk-SQYAVE2H.js";
import "./chunk-ZMAGVRGV.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
