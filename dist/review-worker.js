import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-LUM7FGA7.js";
import "./chunk-6DFDW7L4.js";
import "./chunk-IPYDKD2U.js";
import "./chunk-BBNDSVJO.js";
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
