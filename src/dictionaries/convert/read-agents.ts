import { phraseWords, withoutComment } from './tabari-words.js';

/** A generic agent noun and the CAMEO agent code it gives (`troops` -> `MIL`). */
export interface AgentRecord {
  names: string[];
  /** The agent code without its `~` (`MIL`, `GOVMIL`). */
  code: string;
}

/**
 * Reads `Phoenix.agents.txt`: `!MACRO! = A, B` definitions, then `PHRASE [~CODE]` lines; a
 * macro in a phrase stands for each of its alternatives (`CATTLE!PERSON!` -> "cattle man", ...).
 */
export function readAgents(text: string): AgentRecord[] {
  const macros = new Map<string, string[]>();
  const byCode = new Map<string, AgentRecord>();
  const out: AgentRecord[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trimStart().startsWith('#')) continue;
    const body = withoutComment(line).trim();
    const macro = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(body);
    if (macro) {
      const alternatives = (macro[2] ?? '').split(',').map((s) => s.trim());
      macros.set(macro[1] ?? '', alternatives);
      continue;
    }
    const m = /^(.*?)\s*\[~([A-Z]+)\]/.exec(body.replace(/\{[^}]*\}/g, ' '));
    if (!m) continue;
    const code = m[2] ?? '';
    let forms = [m[1] ?? ''];
    for (const [name, alternatives] of macros)
      forms = forms.flatMap((f) =>
        f.includes(name) ? alternatives.map((a) => f.split(name).join(` ${a} `)) : [f],
      );
    const names = forms.map(phraseWords).filter((n) => n !== '');
    if (names.length === 0) continue;
    const record = byCode.get(`${names[0]}\u0000${code}`);
    if (record) continue;
    const agent = { names, code };
    byCode.set(`${names[0]}\u0000${code}`, agent);
    out.push(agent);
  }
  return out;
}
