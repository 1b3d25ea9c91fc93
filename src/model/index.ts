export * from './common.js';
export * from './raw-document.js';
export * from './article.js';
export * from './mention.js';
export * from './event.js';
export * from './incident.js';
export * from './analysis.js';
export * from './state-codes.js';
