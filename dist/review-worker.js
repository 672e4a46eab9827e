import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-B5N6ZFJK.js";
import "./chunk-G66G3ZL5.js";
import "./chunk-GUVWF4BE.js";
import "./chunk-WX4UJXKJ.js";
import "./chunk-IIAVZTKH.js";
import "./chunk-VH6U5BBS.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
