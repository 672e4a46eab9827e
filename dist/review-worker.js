import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-R7ETOGWE.js";
import "./chunk-WU76EK3N.js";
import "./chunk-D6LWVWTW.js";
import "./chunk-YCQZSKYD.js";
import "./chunk-BEN6WTFQ.js";
import "./chunk-S3LCVJG4.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
