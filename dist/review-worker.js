import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-VPRGQH6O.js";
import "./chunk-ZKIPDJIK.js";
import "./chunk-Q5AWWHED.js";
import "./chunk-A4SQY5XJ.js";
import "./chunk-D5ZJEVXA.js";
import "./chunk-EXMS77GJ.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
