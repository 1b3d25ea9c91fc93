/** Sitrep's version, also sent in the fetcher's user agent. */
export const VERSION = '0.1.0';
