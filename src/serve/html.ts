/** HTML that has already been escaped or built from escaped parts. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | Interpolation[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  // Most values (ids, dates, names) hold nothing to escape: skip building a new string.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);
}

const NEEDS_ESCAPE = /[&<>"'`]/;

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Tagged template that escapes every interpolated value unless it is already SafeHtml: the one way
 * pages build markup, so article text can never become markup.
 *
 * @example
 * html`<p>${untrustedText}</p>`.value
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Trusted markup produced by our own code (e.g. an SVG we rendered). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** An outbound link target, or null unless it is an absolute http(s) URL. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
