// Live updates for Sitrep pages: server-rendered incidents arrive over Server-Sent Events and
// are put into the open timeline without a reload. The page works fully without this script.
(function () {
  'use strict';
  const seq = document.body.dataset.liveSeq;
  if (seq === undefined || typeof EventSource === 'undefined') return;
  const status = document.getElementById('live-status');
  const params = new URLSearchParams(window.location.search);
  const firstPage = !params.get('offset') || params.get('offset') === '0';
  let updates = 0;

  function announce(text) {
    if (!status) return;
    status.textContent = text;
    status.classList.add('visible');
  }

  function matches(list, d) {
    const f = list.dataset;
    if (f.crisis && d.crisisId !== f.crisis) return false;
    // A text filter is judged by the server's search: leave such a page alone.
    if (f.filterQ) return false;
    if (f.filterType && d.type !== f.filterType) return false;
    if (f.filterStatus && d.status !== f.filterStatus) return false;
    if (f.filterActor && !(d.actors || []).includes(f.filterActor)) return false;
    if (f.filterSince && (!d.date || d.date < f.filterSince)) return false;
    if (f.filterUntil && (!d.date || d.date.slice(0, f.filterUntil.length) > f.filterUntil))
      return false;
    return true;
  }

  function toElement(markup) {
    const template = document.createElement('template');
    template.innerHTML = markup.trim();
    return template.content.firstElementChild;
  }

  function mark(item, label) {
    item.classList.add('is-new');
    const meta = item.querySelector('.meta');
    if (!meta) return;
    const marker = document.createElement('span');
    marker.className = 'new-marker';
    marker.textContent = label;
    meta.prepend(marker, ' ');
  }

  function place(list, item, date) {
    for (const other of list.children) {
      if ((other.dataset.date || '') < (date || '')) {
        list.insertBefore(item, other);
        return;
      }
    }
    list.append(item);
  }

  function onIncident(d) {
    let changed = false;
    for (const list of document.querySelectorAll('ol[data-live]')) {
      const existing = list.querySelector('#incident-' + CSS.escape(d.incidentId));
      if (!matches(list, d)) {
        if (existing) existing.remove();
        continue;
      }
      if (!existing && !firstPage) continue;
      const item = toElement(d.html);
      if (!item) continue;
      if (existing) {
        const open = existing.querySelector('details')?.open;
        existing.replaceWith(item);
        if (open) item.querySelector('details')?.setAttribute('open', '');
        mark(item, 'Updated');
      } else {
        place(list, item, d.date);
        mark(item, 'New');
      }
      document.getElementById('timeline-empty')?.remove();
      changed = true;
    }
    const claim = document.querySelector(
      'article.claim[data-incident="' + CSS.escape(d.incidentId) + '"]',
    );
    if (claim && !document.getElementById('claim-updated')) {
      const note = document.createElement('p');
      note.id = 'claim-updated';
      note.className = 'update-note';
      const link = document.createElement('a');
      link.href = window.location.pathname;
      link.textContent = 'Reload to see the latest statements';
      note.append('New reports on this claim have arrived. ', link);
      claim.prepend(note);
      changed = true;
    }
    if (changed) {
      updates++;
      announce(updates === 1 ? '1 new update' : updates + ' new updates');
    }
  }

  function connect() {
    const source = new EventSource('/events/stream?since=' + encodeURIComponent(seq));
    source.addEventListener('ready', function () {
      document.body.classList.add('live-connected');
      document.body.classList.remove('live-offline');
    });
    source.addEventListener('incident', function (e) {
      try {
        onIncident(JSON.parse(e.data));
      } catch (err) {
        console.error('sitrep: bad live update', err);
      }
    });
    source.addEventListener('article', function (e) {
      try {
        const d = JSON.parse(e.data);
        if (d.detail) announce('New article: ' + d.detail);
      } catch (err) {
        console.error('sitrep: bad live update', err);
      }
    });
    source.addEventListener('error', function () {
      // EventSource reconnects by itself, sending Last-Event-ID.
      document.body.classList.remove('live-connected');
      document.body.classList.add('live-offline');
    });
  }

  connect();
})();
