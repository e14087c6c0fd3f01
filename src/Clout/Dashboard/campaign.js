// Live campaign page: listens to the server's event stream and updates counts and the chart without a reload.
(() => {
  const live = document.getElementById('campaign-live');
  if (!live || !window.EventSource) return;
  const status = document.getElementById('live-status');
  const chart = document.getElementById('campaign-chart');
  const fmt = n => n.toLocaleString('en-US');
  const set = (id, text) => { const el = document.getElementById(id); if (el && el.textContent !== text) el.textContent = text; };
  let first = true;
  const source = new EventSource(live.dataset.live);
  source.addEventListener('activity', e => {
    const s = JSON.parse(e.data);
    set('total-clicks', fmt(s.clicks));
    set('total-visitors', fmt(s.unique_visitors));
    set('total-orders', fmt(s.orders));
    set('total-revenue', s.revenue);
    for (const row of s.rows) {
      const tr = document.querySelector(`tr[data-collaboration="${row.collaboration}"]`);
      if (!tr) continue;
      tr.querySelector('[data-field="clicks"]').textContent = fmt(row.clicks);
      tr.querySelector('[data-field="unique_visitors"]').textContent = fmt(row.unique_visitors);
      tr.querySelector('[data-field="orders"]').textContent = fmt(row.orders);
      tr.querySelector('[data-field="revenue"]').textContent = row.revenue;
    }
    if (!first && chart) chart.src = chart.src.split('?')[0] + '?v=' + Date.now();
    first = false;
    status.textContent = 'live · updated ' + new Date().toLocaleTimeString();
  });
  source.onerror = () => { status.textContent = 'reconnecting…'; };
})();
