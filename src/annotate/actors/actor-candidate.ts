/** An actor found in a sentence, by token range, before it becomes a mention. */
export interface ActorCandidate {
  /** Token range `[from, to)` in the sentence's tokens. */
  from: number;
  to: number;
  code: string;
  sector: string | null;
  name: string;
  ruleId: string;
  entry: string;
}
