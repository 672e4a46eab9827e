import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-VLUC6U7Q.js";
import "./chunk-52R2IKU4.js";
import "./chunk-AGXO7XHU.js";
import "./chunk-JW54V3HI.js";
import "./chunk-DWHLBJQX.js";
import "./chunk-3XVHDFCV.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
