// UTF-16 text has NULs too, so a BOM for it rules "binary" out.
const hasUtf16Bom = (b: Uint8Array): boolean =>
  (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

const isValidUtf8 = (b: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

/**
 * True for an image, a PDF, an archive or other non-text bytes: NULs or many control bytes
 * in the first 4 KB, or, unless `declaredCharset` names the bytes' charset, bytes that are not
 * UTF-8 and mostly outside ASCII. A page that names a legacy charset (windows-1251, KOI8-R,
 * Shift_JIS: mostly high bytes) is judged after decoding instead, by {@link looksBinaryText}.
 */
export function looksBinary(bytes: Uint8Array, declaredCharset: string | null = null): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const head = bytes.subarray(0, 4096);
  if (head.length === 0) return false;
  let control = 0;
  let high = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32) || b === 127) control += 1;
    if (b >= 128) high += 1;
  }
  if (control / head.length > 0.02) return true;
  if (declaredCharset !== null) return false;
  return high / head.length > 0.3 && !isValidUtf8(head.subarray(0, head.length - 4));
}

/** The same test for text already decoded elsewhere: NULs, control characters, U+FFFD. */
export function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, 4096);
  if (n === 0) return false;
  let odd = 0;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32) || c === 127 || c === 0xfffd) odd += 1;
  }
  return odd / n > 0.05;
}
