import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-BBSGFFVL.js";
import "./chunk-ERBUJXUW.js";
import "./chunk-7LXZKMZO.js";
import "./chunk-XVE5BDKC.js";
import "./chunk-72VXOGHL.js";
import "./chunk-VSNU4K7G.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
