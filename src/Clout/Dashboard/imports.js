// Import page: a preview of the chosen CSV file as the server reads it, a column-by-column mapping to Clout's columns,
// and saved mappings. Without this script the form still imports a file as it is (Clout's columns or a preset's export).
(() => {
  const form = document.getElementById('import-form');
  const box = document.getElementById('import-preview');
  if (!form || !box || !window.fetch || !window.FormData) return;
  const kindSelect = document.getElementById('import-kind');
  const fileInput = document.getElementById('import-file');
  const maxPreview = Number(form.dataset.maxPreview) || 1048576;
  const canSave = form.dataset.canSave === 'true';
  const token = () => form.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
  const LEAVE_OUT = '-';
  let generation = 0;

  const el = (tag, props = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key in node) node[key] = value;
      else node.setAttribute(key, value);
    }
    // Text is always set as text: column names and values come from the user's file.
    node.append(...children.filter(c => c !== null && c !== undefined));
    return node;
  };

  const problemText = async response => {
    try {
      const problem = await response.json();
      const errors = problem.errors
        ? (Array.isArray(problem.errors) ? problem.errors.map(e => e.message) : Object.values(problem.errors).flat())
        : [];
      return errors.length ? errors.join(' ') : (problem.detail || problem.title || String(response.status));
    } catch {
      return `the server answered ${response.status}`;
    }
  };

  const clear = () => {
    box.replaceChildren();
    box.hidden = true;
  };

  const preview = async () => {
    const file = fileInput.files && fileInput.files[0];
    const mine = ++generation;
    if (!file || /\.(json|jsonl|ndjson)$/i.test(file.name)) {
      clear();
      return;
    }
    box.hidden = false;
    box.replaceChildren(el('p', { className: 'muted' }, 'Reading the file…'));
    const body = new FormData();
    body.append('kind', kindSelect.value);
    // The preview needs the header and five rows: the first MiB holds them, whatever the file's size.
    body.append('file', file.slice(0, maxPreview), file.name);
    body.append('__RequestVerificationToken', token());
    let response;
    try {
      response = await fetch(location.pathname + '?handler=Preview', { method: 'POST', body, credentials: 'same-origin' });
    } catch {
      if (mine === generation) box.replaceChildren(el('p', { className: 'error' }, 'The preview could not be loaded; Import still works.'));
      return;
    }
    if (mine !== generation) return;
    if (!response.ok) {
      box.replaceChildren(el('p', { className: 'error', role: 'alert' }, 'This file cannot be read: ' + await problemText(response)));
      return;
    }
    render(await response.json(), file.name);
  };

  const render = (p, fileName) => {
    box.replaceChildren();
    box.append(el('h2', {}, 'Preview of ', el('strong', {}, fileName)));
    const mapping = !p.preset && !p.own_columns && p.header.length > 0;
    if (p.preset) {
      box.append(el('p', { className: 'ok', id: 'preview-preset' }, `Recognised: ${p.preset.name}. `,
        el('span', { className: 'muted' }, p.preset.description), ' It imports as it is.'));
    } else if (p.own_columns) {
      box.append(el('p', { className: 'ok', id: 'preview-own' }, "These are Clout's own columns: the file imports as it is."));
    } else {
      box.append(el('p', { id: 'preview-yours' }, "Your own columns: choose which of Clout's columns each one is, or leave it out. Required columns are marked *."));
    }
    if (mapping) renderMapping(p);
    box.append(rowsTable(p));
  };

  const renderMapping = p => {
    const selects = [];
    const byName = new Map(p.columns.map(c => [c.name, c]));
    const status = el('p', { id: 'mapping-status' });
    const refresh = () => {
      const chosen = selects.map(s => s.value).filter(v => v !== LEAVE_OUT);
      const twice = chosen.filter((v, i) => chosen.indexOf(v) !== i);
      const missing = p.columns.filter(c => c.required && !chosen.includes(c.name)).map(c => c.name);
      for (const s of selects) s.classList.toggle('clash', twice.includes(s.value));
      if (twice.length) {
        status.className = 'error';
        status.textContent = `Chosen for two columns: ${[...new Set(twice)].join(', ')}.`;
      } else if (missing.length) {
        status.className = 'warn';
        status.textContent = `Still to choose: ${missing.join(', ')}.`;
      } else {
        status.className = 'ok';
        status.textContent = 'Every required column is chosen.';
      }
    };
    const apply = targets => {
      const lower = new Map(Object.entries(targets).map(([k, v]) => [k.trim().toLowerCase(), v]));
      p.header.forEach((column, i) => {
        const target = lower.get(column.trim().toLowerCase());
        selects[i].value = target && (target === LEAVE_OUT || byName.has(target)) ? target : LEAVE_OUT;
      });
      refresh();
    };

    const savedStatus = el('span', { className: 'muted', id: 'saved-status' });
    const savedSelect = el('select', { id: 'saved-mapping' }, el('option', { value: '' }, '— none —'));
    const addSaved = m => {
      const existing = Array.from(savedSelect.options).find(o => o.value.toLowerCase() === m.name.toLowerCase());
      if (existing) existing.remove();
      const option = el('option', { value: m.name }, m.name);
      option._targets = m.targets;
      savedSelect.append(option);
      return option;
    };
    for (const m of p.mappings) addSaved(m);
    savedSelect.addEventListener('change', () => {
      const option = savedSelect.selectedOptions[0];
      if (option && option._targets) {
        apply(option._targets);
        savedStatus.textContent = `Mapping “${option.value}” applied.`;
      }
    });
    box.append(el('div', { className: 'saved-pick' }, el('label', {}, 'Saved mapping ', savedSelect), ' ', savedStatus));

    const rows = p.header.map((column, i) => {
      const select = el('select', { name: 'to', ariaLabel: `Clout column for ${column}` },
        el('option', { value: LEAVE_OUT }, 'leave out'),
        ...p.columns.map(c => el('option', { value: c.name }, c.required ? `${c.name} *` : c.name)));
      select.value = p.suggested[i] || LEAVE_OUT;
      select.addEventListener('change', refresh);
      selects.push(select);
      const example = p.rows.length ? (p.rows[0].fields[i] ?? '') : '';
      return el('tr', {},
        el('td', {}, el('input', { type: 'hidden', name: 'from', value: column }), column),
        el('td', { className: 'muted example' }, example),
        el('td', {}, select));
    });
    box.append(el('div', { className: 'table-scroll' }, el('table', { className: 'data mapping', id: 'mapping' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Column in your file'), el('th', { className: 'example' }, 'First row'), el('th', {}, "Clout's column"))),
      el('tbody', {}, ...rows))));
    box.append(status);

    const fitting = p.mappings.find(m => m.fits);
    if (fitting) {
      savedSelect.value = fitting.name;
      apply(fitting.targets);
      savedStatus.textContent = `“${fitting.name}” fits this file's columns and is applied.`;
    } else {
      refresh();
    }

    if (!canSave) return;
    const nameInput = el('input', { type: 'text', id: 'mapping-name', maxLength: 100, placeholder: 'e.g. Meta posts', ariaLabel: 'Name of the mapping' });
    const saveButton = el('button', { type: 'button', id: 'save-mapping', className: 'secondary' }, 'Save mapping');
    const saveStatus = el('span', { id: 'save-status', role: 'status' });
    saveButton.addEventListener('click', async () => {
      const body = new FormData();
      body.append('kind', p.kind);
      body.append('name', nameInput.value);
      p.header.forEach((column, i) => {
        body.append('from', column);
        body.append('to', selects[i].value);
      });
      body.append('__RequestVerificationToken', token());
      saveStatus.className = 'muted';
      saveStatus.textContent = 'Saving…';
      try {
        const response = await fetch(location.pathname + '?handler=SaveMapping', { method: 'POST', body, credentials: 'same-origin' });
        if (!response.ok) {
          saveStatus.className = 'error';
          saveStatus.textContent = 'Not saved: ' + await problemText(response);
          return;
        }
        const saved = await response.json();
        savedSelect.value = addSaved(saved).value;
        saveStatus.className = 'ok';
        saveStatus.textContent = `Saved as “${saved.name}”.`;
      } catch {
        saveStatus.className = 'error';
        saveStatus.textContent = 'Not saved: the server could not be reached.';
      }
    });
    box.append(el('div', { className: 'save-mapping' }, el('label', {}, 'Save this mapping as ', nameInput), saveButton, saveStatus));
  };

  const rowsTable = p => {
    const head = el('tr', {}, el('th', { className: 'num' }, 'Line'), ...p.header.map(h => el('th', {}, h)));
    const body = p.rows.map(r => el('tr', {}, el('td', { className: 'num' }, String(r.line)), ...p.header.map((_, i) => el('td', {}, r.fields[i] ?? ''))));
    return el('details', { className: 'first-rows', open: true },
      el('summary', {}, `First ${p.rows.length} row(s), line ${p.header_line} is the header`),
      el('div', { className: 'table-scroll' }, el('table', { className: 'data', id: 'preview-rows' }, el('thead', {}, head), el('tbody', {}, ...body))));
  };

  fileInput.addEventListener('change', preview);
  kindSelect.addEventListener('change', preview);
  if (fileInput.files && fileInput.files.length) preview();
})();
