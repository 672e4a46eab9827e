import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);
import {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
} from "./chunk-FGKLO4LQ.js";
import "./chunk-M3AGBXAA.js";
import "./chunk-PZYWAPVG.js";
import "./chunk-OMDBSRKQ.js";
import "./chunk-PKGX7ACO.js";
import "./chunk-YTTSWXI2.js";
import "./chunk-XFGV3SBV.js";
export {
  AnalysisPool,
  FILE_MEMORY_BUDGET_MB,
  bundleEntry,
  isAnalysisWorker,
  serveAnalyses
};
