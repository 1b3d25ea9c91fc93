import type { TextRule } from '../text-rule.js';

// The page store opens some texts with " date YYYY-MM-DD" (or YYYY-MM) before the page's words.
const MARKER = /^\s*date (\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)\s*/;

/** Takes the store's date marker off the first line and keeps it as the publication date. */
export const takeStoreMarker: TextRule = {
  id: 'take-store-marker',
  apply(state) {
    const i = state.lines.findIndex((l) => l.trim() !== '');
    const first = i >= 0 ? state.lines[i] : undefined;
    if (first === undefined) return state;
    const m = MARKER.exec(first);
    if (!m?.[1]) return state;
    const lines = state.lines.slice();
    lines[i] = first.slice(m[0].length);
    return { ...state, lines, storeDate: m[1] };
  },
};
