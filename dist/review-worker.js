import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-4UZVD7O4.js";
import "./chunk-LRSJELZB.js";
import "./chunk-ZHC6YIBU.js";
import "./chunk-VKT2ULJQ.js";
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
