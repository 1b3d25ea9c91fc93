import { VERSION } from '../../version.js';

/** The user agent every request sends: names Sitrep, its version and where to read about it. */
export const USER_AGENT = `Sitrep/${VERSION} (+https://github.com/sitrep/sitrep; news situation reports)`;

/** The product token robots.txt rules are matched against. */
export const ROBOTS_AGENT = 'Sitrep';
