export * from './model/index.js';
export { analyze, extractArticle, annotateArticle, codeEvents } from './pipeline.js';
export type { AnalyzeOptions } from './pipeline.js';
