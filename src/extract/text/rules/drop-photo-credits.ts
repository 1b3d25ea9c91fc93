import { squash, type TextRule } from '../text-rule.js';

// Credit cues of photo captions: agency tags at the end, "Photo by", "Getty Images", "©".
const CREDIT = [
  /\((ap|afp|reuters|epa|getty images|file|file photo)\)$/i,
  /\|\s*[\p{L} .'’-]{2,40}\/\s*[\p{L} .'’-]{2,40}$/u,
  /\b(photo|pic|foto|image|picture)s?\s*(by|credit|courtesy)\b/i,
  /\bgetty images\b|\bpool photo\b|\bfile photo\b|\bvia (reuters|ap|afp|getty)\b|\bpic\s*\/\s*\w+$/i,
  /\/\s*©|^©|\(photo:|\bphoto:\s/i,
];

/** Drops photo captions and credit lines, recognised by their credit cues. */
export const dropPhotoCredits: TextRule = {
  id: 'drop-photo-credits',
  apply(state) {
    const lines = state.lines.filter((raw) => {
      const l = squash(raw);
      return l === '' || l.length > 400 || !CREDIT.some((re) => re.test(l));
    });
    return { ...state, lines };
  },
};
