/** 'html' when the text opens with markup or holds typical page tags; else 'text'. */
export function detectFormat(text: string): 'html' | 'text' {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^<(!doctype html|html|head|body|\?xml[^>]*>\s*<(!doctype html|html))/.test(head))
    return 'html';
  const tags = text
    .slice(0, 20000)
    .match(
      /<\/?(p|div|span|a|br|h[1-6]|article|section|body|head|meta|title|script|li|ul|img)\b[^>]*>/gi,
    );
  return (tags?.length ?? 0) >= 3 ? 'html' : 'text';
}
