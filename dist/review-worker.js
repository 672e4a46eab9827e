import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-RET7FJT3.js";
import "./chunk-YF6ZOGLH.js";
import "./chunk-J4JJNZ44.js";
import "./chunk-OTUGHAW4.js";
import "./chunk-PKGX7ACO.js";
import "./chunk-YTTSWXI2.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
