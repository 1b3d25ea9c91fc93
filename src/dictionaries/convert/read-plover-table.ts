/** One row of PLOVER's CAMEO-to-PLOVER table: a CAMEO code and the PLOVER type, mode and context. */
export interface PloverMapping {
  cameo: string;
  type: string;
  mode: string | null;
  context: string | null;
  description: string;
}

/**
 * Reads `CAMEO2PLOVER-2021.txt` (`0312: AGREE, , military # Express intent ...`): one mapping per
 * CAMEO code of three or four digits. Group headings (`03: AGREE`) and comments are skipped; where
 * a code is listed twice the first row holds.
 */
export function readPloverTable(text: string): Map<string, PloverMapping> {
  const out = new Map<string, PloverMapping>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d{3,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$/.exec(line);
    if (!m || out.has(m[1] ?? '')) continue;
    const [type = '', mode = '', context = ''] = (m[2] ?? '').split(',').map((s) => s.trim());
    if (!/^[A-Z]+$/.test(type)) continue;
    out.set(m[1] ?? '', {
      cameo: m[1] ?? '',
      type,
      mode: mode === '' ? null : mode,
      context: context === '' ? null : context.replace(/\s*;\s*/g, ';'),
      description: (m[3] ?? '').trim(),
    });
  }
  return out;
}

/** The mapping of a CAMEO code: its own row, else that of its three-digit parent. */
export function ploverFor(
  table: Map<string, PloverMapping>,
  cameo: string,
): PloverMapping | undefined {
  return table.get(cameo) ?? table.get(cameo.slice(0, 3));
}
