import { DATE_PARSER } from '../../../src/annotate/time/find-chrono-dates.js';

/** Runs `read` and returns the windows chrono's date parser was called on meanwhile. */
export function chronoCalls(read: () => void): string[] {
  const calls: string[] = [];
  const parse = DATE_PARSER.parse.bind(DATE_PARSER);
  DATE_PARSER.parse = (window, options) => {
    calls.push(window);
    return parse(window, options);
  };
  try {
    read();
  } finally {
    DATE_PARSER.parse = parse;
  }
  return calls;
}
