// Survey pages of the dashboard: copy buttons, the builder's per-type fields, and live results.
// Everything works without this script except the copying and the live refresh.
(() => {
  // Copy buttons: <button data-copy="#id"> copies the text of #id.
  for (const button of document.querySelectorAll('button[data-copy]')) {
    button.addEventListener('click', async () => {
      const source = document.querySelector(button.dataset.copy);
      if (!source) return;
      const text = 'value' in source ? source.value : source.textContent;
      const done = button.parentElement.querySelector('.copied');
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        // No clipboard API (an http page on another host): select the text so that Ctrl+C works.
        const range = document.createRange();
        range.selectNodeContents(source);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        if (done) done.textContent = 'Selected: press Ctrl+C';
        return;
      }
      if (done) done.textContent = 'Copied';
    });
  }

  // Builder: show the fields of a question's type as soon as the type changes (the server renders them the same way).
  const showFieldsOf = select => {
    const question = select.closest('.question');
    for (const group of question.querySelectorAll('[data-types]')) {
      group.hidden = !group.dataset.types.split(' ').includes(select.value);
    }
  };
  for (const select of document.querySelectorAll('.question select[data-role=type]')) {
    select.addEventListener('change', () => showFieldsOf(select));
  }

  // Results: a new response arrives as a server-sent event; the page fetches itself and swaps the results in.
  const results = document.getElementById('survey-results');
  if (!results || !window.EventSource) return;
  const status = document.getElementById('live-status');
  let fetching = false;
  let pending = false;
  const refresh = async () => {
    if (fetching) { pending = true; return; }
    fetching = true;
    try {
      const response = await fetch(location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      // Parsed as an inert document: the server escaped every answer, and nothing in it runs on import either.
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.getElementById('survey-results');
      if (fresh) {
        results.replaceChildren(...Array.from(fresh.childNodes, node => document.importNode(node, true)));
        results.dataset.version = fresh.dataset.version;
      }
      status.textContent = 'live \u00b7 updated ' + new Date().toLocaleTimeString();
    } catch {
      status.textContent = 'could not refresh; retrying with the next response';
    } finally {
      fetching = false;
      if (pending) { pending = false; refresh(); }
    }
  };
  const source = new EventSource(results.dataset.live);
  source.addEventListener('responses', e => {
    const latest = JSON.parse(e.data).latest;
    if (String(latest ?? '') !== (results.dataset.version || '')) refresh();
    else status.textContent = 'live \u00b7 updated ' + new Date().toLocaleTimeString();
  });
  source.onerror = () => { status.textContent = 'reconnecting\u2026'; };
})();
