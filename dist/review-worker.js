import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-EQTOPSHV.js";
import "./chunk-WWIQHXBR.js";
import "./chunk-GAORBILM.js";
import "./chunk-D3EO6SAH.js";
import "./chunk-TYJLCPDF.js";
import "./chunk-3IS6H66V.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
