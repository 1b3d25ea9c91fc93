/** Precision, recall and F1 from counts. */
export interface Prf {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export function computePrf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

export function formatPrf(label: string, s: Prf): string {
  const f = (x: number): string => x.toFixed(3);
  return `${label.padEnd(12)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}   (tp ${s.tp}, predicted ${s.predicted}, gold ${s.gold})`;
}

export function ratio(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${(n / d).toFixed(3)} (${n}/${d})`;
}
