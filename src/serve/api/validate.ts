import type { z } from 'zod';

export interface QueryProblem {
  parameter: string;
  message: string;
}

/** Parses query parameters through a schema: the value, or the problems in words. */
export function parseQuery<T extends z.ZodType>(
  schema: T,
  query: Record<string, string>,
): { ok: true; value: z.output<T> } | { ok: false; problems: QueryProblem[] } {
  const result = schema.safeParse(query);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join(', ');
      return { parameter: keys, message: `unknown query parameter ${keys}` };
    }
    const parameter = issue.path.map(String).join('.') || '(query)';
    const message = issue.message.startsWith(parameter)
      ? issue.message
      : `${parameter}: ${issue.message}`;
    return { parameter, message };
  });
  return { ok: false, problems };
}
