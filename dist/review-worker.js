import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-IHACLL6Q.js";
import "./chunk-KEL3YWQW.js";
import "./chunk-BH2MKPYB.js";
import "./chunk-U4JUXWGE.js";
import "./chunk-KQPBRHCR.js";
import "./chunk-JMVQXM6H.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
