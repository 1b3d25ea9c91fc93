/**
 * Quoted social posts (a tweet embedded as a blockquote) are part of the story, but their
 * wrapper's "social"/"embed" class makes readability drop them: unwrap them first.
 *
 * @example
 * keepEmbeddedPosts(document); // <div class="social-embed"><blockquote>…</blockquote></div> -> <blockquote>…</blockquote>
 */
export function keepEmbeddedPosts(doc: Document): void {
  for (const quote of Array.from(doc.querySelectorAll('blockquote'))) {
    let wrapper = quote.parentElement;
    for (let depth = 0; wrapper && depth < 3; depth += 1) {
      const cls = `${wrapper.getAttribute('class') ?? ''} ${wrapper.getAttribute('id') ?? ''}`;
      if (/social|embed|tweet|instagram/i.test(cls) && wrapper.querySelectorAll('p').length <= 3) {
        wrapper.replaceWith(quote);
        break;
      }
      wrapper = wrapper.parentElement;
    }
    // The post's own class would trip the same readability filter.
    quote.removeAttribute('class');
  }
}
