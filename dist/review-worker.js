import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-FENDULS2.js";
import "./chunk-KNLOD6FD.js";
import "./chunk-6434QLVV.js";
import "./chunk-NHQQXIC7.js";
import "./chunk-2IULYMUQ.js";
import "./chunk-VSNU4K7G.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
