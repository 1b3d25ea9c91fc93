// UTF-16 text has NULs too, so a BOM for it rules "binary" out.
const hasUtf16Bom = (b: Uint8Array): boolean =>
  (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/** True when the first bytes hold NULs or many control characters: an image, a PDF, an archive. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control += 1;
  }
  return head.length > 0 && control / head.length > 0.1;
}
