export {
  SafeFetcher,
  type SafeFetcherOptions,
  type FetchResult,
  type Conditional,
} from './safe-fetcher.js';
export { FetchError, type FetchErrorKind } from './fetch-error.js';
export { isPublicAddress } from './address-policy.js';
export { USER_AGENT } from './user-agent.js';
