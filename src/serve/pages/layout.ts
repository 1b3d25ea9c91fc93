import { VERSION } from '../../version.js';
import type { SafeHtml } from '../html.js';
import { html } from '../html.js';

export interface PageOptions {
  title: string;
  description?: string;
  body: SafeHtml;
  /** Atom feeds to advertise. */
  feeds?: { title: string; href: string }[];
  /** The change sequence the page was rendered at: the live client streams from there. */
  liveSeq?: number;
}

/** The frame of every page: landmarks, skip link, header, footer, stylesheet and live script. */
export function layout(o: PageOptions): string {
  return (
    '<!doctype html>\n' +
    html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} · Sitrep</title>
${o.description ? html`<meta name="description" content="${o.description}" />` : ''}
<link rel="stylesheet" href="/static/style.css?v=${VERSION}">
${(o.feeds ?? []).map((f) => html`<link rel="alternate" type="application/atom+xml" title="${f.title}" href="${f.href}" />`)}
<script src="/static/live.js?v=${VERSION}" defer></script>
</head>
<body${o.liveSeq !== undefined ? html` data-live-seq="${o.liveSeq}"` : ''}>
<a class="skip" href="#main">Skip to content</a>
<header class="masthead">
  <div class="wrap">
    <a class="brand" href="/">Sitrep</a>
    <span class="tagline">Live, evidence-linked situation reports</span>
    <form class="site-search" method="get" action="/search" role="search" aria-label="Site search">
      <label for="site-q" class="visually-hidden">Search the reports</label>
      <input id="site-q" type="search" name="q" placeholder="Search reports">
      <button type="submit">Search</button>
    </form>
  </div>
</header>
<div id="live-status" class="live-status" role="status" aria-live="polite"></div>
<main id="main" class="wrap" tabindex="-1">
${o.body}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>Sitrep ${VERSION}. Every point links to the sentence that reports it; statuses follow who asserts, denies and confirms.</p>
    <p><a href="/api/openapi.json">JSON API</a> · <a href="/api/places.geojson">Places (GeoJSON)</a> · <a href="/api/stats">Store statistics</a></p>
  </div>
</footer>
</body>
</html>`.value
  );
}
