// Clout survey widget. One tag renders a survey inside a shadow root, on any site:
//   <script src="https://HOST/widget.js" data-survey="PUBLIC_ID" data-order-id="ORDER" data-order-token="TOKEN" async></script>
// No framework and no dependencies; every text from the survey is set as textContent, never parsed as HTML.
// Optional attributes: data-order-id and data-order-token (post-purchase mode: the token, made by the shop's server,
// proves the answer comes from that order's buyer), data-target (a CSS selector to render into),
// data-standalone (the hosted page: says so when the survey is unavailable instead of rendering nothing),
// data-preview (the dashboard's preview: a definition as JSON, rendered without fetching and never sent).
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script || !script.src) return;
  const data = script.dataset;
  const survey = data.survey || '';
  // The survey and its answers live on the server that served this script, wherever the page itself is.
  const api = new URL(script.src, location.href).origin + '/api/v1/public/surveys/' + encodeURIComponent(survey);
  const SCALES = { likert5: 1, likert7: 1, semantic_differential: 1, nps: 1, rating: 1 };
  const OTHER = 'other';
  // A single choice with more options than this (a large roster of creators) is a type-ahead picker, not radios.
  const PICKER_ABOVE = 10;
  const NONE = 'none';
  const RESPONDENT_KEY = 'clout_respondent';
  const DONE_KEY = 'clout_done_' + survey;

  const CSS = `
:host{all:initial;display:block;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;max-width:40rem;margin:1rem auto}
*{box-sizing:border-box}
.box{background:#fff;border:1px solid #e5e7eb;border-radius:12px;padding:1.25rem}
h2{font-size:1.25rem;line-height:1.3;margin:0 0 .5rem}
.intro{margin:0 0 1rem;color:#4b5563}
.q{border:0;margin:0 0 1.25rem;padding:0;min-width:0}
.q.bad{border-left:3px solid #b91c1c;padding-left:.75rem}
legend,.qt{display:block;font-weight:600;padding:0;margin:0 0 .5rem}
.req{color:#b91c1c}
.opt{display:flex;align-items:center;gap:.6rem;min-height:44px;padding:.4rem .75rem;margin:.3rem 0;border:1px solid #e5e7eb;border-radius:8px;cursor:pointer}
.opt input{width:1.15rem;height:1.15rem;margin:0;flex:none;accent-color:#4f46e5}
.q .other{margin:.3rem 0 0 2.4rem;width:calc(100% - 2.4rem)}
.scale{display:grid;grid-template-columns:repeat(auto-fit,minmax(2.4rem,1fr));gap:.3rem}
.pt{position:relative}
.pt input{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.pt span{display:flex;align-items:center;justify-content:center;min-height:44px;border:1px solid #d1d5db;border-radius:8px;cursor:pointer;user-select:none}
.pt input:checked+span{background:#4f46e5;border-color:#4f46e5;color:#fff}
.pt input:focus-visible+span{outline:3px solid #a5b4fc;outline-offset:2px}
.stars{grid-template-columns:repeat(auto-fit,2.75rem)}
.stars .pt span{border:0;font-size:1.9rem;color:#d1d5db}
.stars .pt.on span,.stars .pt input:checked+span{background:none;color:#f59e0b}
.ends{display:flex;justify-content:space-between;gap:1rem;margin-top:.3rem;font-size:.85rem;color:#6b7280}
.ends span:last-child{text-align:right}
textarea,input[type=text]{display:block;width:100%;font:inherit;color:inherit;padding:.5rem .6rem;border:1px solid #d1d5db;border-radius:8px;background:#fff}
textarea{min-height:6rem;resize:vertical}
.qerr,.err{color:#b91c1c;margin:.35rem 0 0;font-size:.9rem}
.qerr:empty,.err:empty,.status:empty{display:none}
.status{color:#6b7280;margin:.5rem 0 0}
button{font:inherit;font-weight:600;background:#4f46e5;color:#fff;border:0;border-radius:8px;padding:.7rem 1.5rem;min-height:44px;cursor:pointer;margin-top:.5rem}
button:disabled{opacity:.6;cursor:progress}
button:focus-visible,.opt input:focus-visible,textarea:focus-visible,input[type=text]:focus-visible{outline:3px solid #a5b4fc;outline-offset:2px}
.thanks{font-size:1.1rem;font-weight:600;outline:0}
.note{color:#6b7280;font-size:.85rem}
.hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.opts{display:grid;grid-template-columns:1fr 1fr;gap:0 .5rem}.opts .opt{margin:.25rem 0}.opts .other{grid-column:1/-1;margin:.25rem 0 0;width:100%}
.cb{position:relative}
.lb{position:absolute;z-index:2;left:0;right:0;top:100%;margin:.25rem 0 0;padding:.25rem;list-style:none;background:#fff;border:1px solid #d1d5db;border-radius:8px;max-height:14rem;overflow-y:auto;box-shadow:0 8px 24px rgba(0,0,0,.12)}
.lb li{padding:.55rem .6rem;border-radius:6px;cursor:pointer;min-height:44px;display:flex;align-items:center}
.lb li[aria-selected=true]{background:#4f46e5;color:#fff}
.lb li.none{border-top:1px solid #e5e7eb;color:#4b5563}.lb li[aria-disabled]{cursor:default;color:#6b7280}
[hidden]{display:none!important}
@media (max-width:480px){:host{margin:.5rem 0}.box{padding:1rem;border-radius:0;border-width:1px 0}button{width:100%}.ends{font-size:.8rem}}
`;

  /** el('p', {class: 'x'}, child...): a node with attributes (false/null skipped) and text or node children. */
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child !== null && child !== undefined && child !== '') node.append(child);
    }
    return node;
  };

  /** A random id kept by this browser for this site, so one person answers once; none when storage is blocked. */
  const storage = (() => { try { return window.localStorage; } catch { return null; } })();
  const respondent = () => {
    try {
      let id = storage && storage.getItem(RESPONDENT_KEY);
      if (!id) {
        const bytes = crypto.getRandomValues(new Uint8Array(16));
        id = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
        storage && storage.setItem(RESPONDENT_KEY, id);
      }
      return id;
    } catch { return null; }
  };
  const DAY_MS = 864e5;
  // When this browser last answered; a survey that repeats (repeat_every_days) is shown again once that many days passed.
  const remember = () => { try { storage && storage.setItem(DONE_KEY, String(Date.now())); } catch { /* private mode: the server still refuses a second answer */ } };
  const answeredBefore = days => {
    try {
      const at = Number(storage && storage.getItem(DONE_KEY));
      return at > 0 && (days == null || Date.now() - at < days * DAY_MS);
    } catch { return false; }
  };

  // Where to render: data-target, else just before the script tag when it sits in the body, else the end of the body.
  const mount = () => {
    const target = data.target ? document.querySelector(data.target) : null;
    const host = el('div', { class: 'clout-survey' });
    if (target) target.append(host);
    else if (script.parentNode && document.body && document.body.contains(script)) script.before(host);
    else document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    if (root.adoptedStyleSheets && window.CSSStyleSheet && 'replaceSync' in CSSStyleSheet.prototype) {
      // A constructed sheet, not a <style> element: pages with a strict style-src CSP (the dashboard's own) allow it.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.append(el('style', {}, CSS));
    }
    // Everything renders into this box, so replacing the view never drops a fallback <style> element.
    const view = el('div');
    root.append(view);
    return { host, root: view };
  };

  const message = (root, text) => root.replaceChildren(el('div', { class: 'box', role: 'status' }, el('p', { class: 'thanks' }, text)));

  const start = async () => {
    const { host, root } = mount();
    let definition;
    if (data.preview !== undefined) {
      try { definition = JSON.parse(data.preview); } catch { return message(root, 'This preview could not be read.'); }
    } else {
      try {
        const response = await fetch(api, { headers: { Accept: 'application/json' }, credentials: 'omit' });
        if (!response.ok) throw new Error(String(response.status));
        definition = await response.json();
      } catch {
        // On a shop's page an unavailable survey leaves no trace; the hosted page says so.
        if (data.standalone !== undefined) return message(root, 'This survey is not available.');
        return host.remove();
      }
      if (answeredBefore(definition.repeat_every_days)) return message(root, 'You have already answered this survey. Thank you!');
    }
    render(root, definition, data.preview !== undefined);
  };

  function render(root, definition, preview) {
    const questions = Array.isArray(definition.questions) ? definition.questions : [];
    const blocks = new Map();
    const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    const formError = el('p', { class: 'err', role: 'alert' });
    const submit = el('button', { type: 'submit' }, 'Send');
    const honeypot = el('input', { type: 'text', name: 'website', tabindex: '-1', autocomplete: 'off' });
    const form = el('form', { class: 'box', novalidate: true, 'aria-label': definition.title || 'Survey' },
      definition.title ? el('h2', {}, definition.title) : null,
      definition.intro ? el('p', { class: 'intro' }, definition.intro) : null);

    for (const question of questions) {
      const block = question.type === 'open_text' ? openText(question)
        : question.type === 'single_choice' && (question.options || []).length > PICKER_ABOVE ? picker(question) : choice(question);
      blocks.set(question.id, block);
      form.append(block.node);
    }
    // Bots fill every field; people never see this one. A filled one is accepted by the server and thrown away.
    form.append(el('div', { class: 'hp', 'aria-hidden': 'true' }, el('label', {}, 'Website ', honeypot)), formError, submit, status);
    if (preview) form.append(el('p', { class: 'note' }, 'Preview: answers are checked but never sent.'));

    // show_if: a question shows while an earlier one, itself shown, has one of the listed answers.
    const visible = new Set();
    const refresh = () => {
      visible.clear();
      for (const question of questions) {
        const rule = question.show_if;
        const shown = !rule || (visible.has(rule.question) && blocks.has(rule.question)
          && blocks.get(rule.question).values().some(v => (rule.any_of || []).map(String).includes(v)));
        if (shown) visible.add(question.id);
        const block = blocks.get(question.id);
        block.node.hidden = !shown;
        // Hidden questions are disabled too, so their inputs leave the tab order and send nothing.
        for (const input of block.node.querySelectorAll('input,textarea')) input.disabled = !shown;
      }
    };
    form.addEventListener('change', refresh);
    form.addEventListener('input', refresh);
    // An answered question loses its error at once; the rest keep theirs until the next send. On input, not
    // change: a textarea's change fires on blur, as the Send button is pressed, and the shift would move the button.
    form.addEventListener('input', event => {
      const node = event.target.closest('.q');
      const block = node && blocks.get(node.dataset.question);
      if (block && block.answer()) block.error('');
    });
    refresh();

    const clearErrors = () => {
      formError.textContent = '';
      for (const block of blocks.values()) block.error('');
    };
    const showErrors = (errors, fallback) => {
      let first = null;
      const unplaced = [];
      for (const [key, text] of errors) {
        const block = blocks.get(key) || blocks.get(String(key).replace(/^answers[.[]?/, '').replace(/\]$/, ''));
        if (block && !block.node.hidden) {
          block.error(text);
          first = first || block;
        } else {
          unplaced.push(text);
        }
      }
      formError.textContent = unplaced.length ? unplaced.join(' ') : fallback;
      if (first) first.focus();
    };

    form.addEventListener('submit', async event => {
      event.preventDefault();
      if (submit.disabled) return;
      clearErrors();
      const answers = {};
      const errors = [];
      for (const question of questions) {
        if (!visible.has(question.id)) continue;
        const answer = blocks.get(question.id).answer();
        if (!answer) {
          if (question.required) errors.push([question.id, 'Please answer this question.']);
          continue;
        }
        if ((answer.option === OTHER || (answer.options || []).includes(OTHER)) && !answer.text) {
          errors.push([question.id, 'Please say what "Other" is.']);
          continue;
        }
        answers[question.id] = answer;
      }
      if (errors.length) return showErrors(errors, 'Please check the highlighted questions.');
      if (preview) return thanks(definition.thank_you, 'Preview: this is what a respondent sees after sending.');

      submit.disabled = true;
      status.textContent = 'Sending\u2026';
      const body = {
        version: definition.version, respondent_id: respondent(), order_id: data.orderId || null,
        order_token: data.orderToken || null, website: honeypot.value, answers,
      };
      try {
        const response = await fetch(api + '/responses', {
          method: 'POST', credentials: 'omit',
          headers: { 'Content-Type': 'application/json', Accept: 'application/problem+json, application/json' },
          body: JSON.stringify(body),
        });
        if (response.status === 201 || response.status === 202) {
          remember();
          return thanks(definition.thank_you);
        }
        if (response.status === 409) {
          remember();
          return thanks('You have already answered this survey. Thank you!');
        }
        const problem = await response.json().catch(() => ({}));
        status.textContent = '';
        if (response.status === 422 && problem.errors) {
          // The server is the authority: its words go next to the questions they name.
          const entries = Array.isArray(problem.errors)
            ? problem.errors.map(e => [e.question || e.field || '', e.message || e.detail || String(e)])
            : Object.entries(problem.errors).map(([key, list]) => [key, [].concat(list).join(' ')]);
          showErrors(entries, problem.detail || 'Please check the highlighted questions.');
        } else if (response.status === 429) {
          formError.textContent = 'Too many answers from your network just now. Please try again in a minute.';
        } else if (response.status === 404) {
          formError.textContent = 'This survey has closed.';
        } else if (response.status === 403) {
          // The server's words are for the site's owner (which setting to change), not for the person answering.
          formError.textContent = 'This survey cannot be answered on this site.';
        } else {
          formError.textContent = problem.detail || problem.title || 'Your answers could not be sent. Please try again.';
        }
      } catch {
        status.textContent = '';
        formError.textContent = 'Your answers could not be sent. Check your connection and try again.';
      } finally {
        submit.disabled = false;
      }
    });

    function thanks(text, note) {
      const done = el('div', { class: 'box', role: 'status' },
        el('p', { class: 'thanks', tabindex: '-1' }, text || 'Thank you for your answers!'),
        note ? el('p', { class: 'note' }, note) : null);
      root.replaceChildren(done);
      done.firstChild.focus();
    }

    root.append(form);
  }

  /** Shared parts of a question: its ids, the error line and what marks it invalid. */
  function frame(question, node, inputs) {
    const errorId = 'e-' + question.id;
    const error = el('p', { class: 'qerr', id: errorId });
    node.append(error);
    for (const input of inputs) input.setAttribute('aria-describedby', errorId);
    return {
      node,
      error(text) {
        error.textContent = text;
        node.classList.toggle('bad', !!text);
        for (const input of inputs) {
          if (text) input.setAttribute('aria-invalid', 'true');
          else input.removeAttribute('aria-invalid');
        }
      },
      focus() { (inputs.find(i => i.checked && !i.disabled) || inputs.find(i => !i.disabled) || node).focus(); },
    };
  }

  const questionText = question => [question.text, question.required
    ? el('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null, question.required ? el('span', { class: 'sr' }, ' (required)') : null];

  function openText(question) {
    const id = 'q-' + question.id;
    const area = el('textarea', { id, name: question.id, maxlength: question.max_length || 2000, required: !!question.required, rows: 4 });
    const node = el('div', { class: 'q', 'data-question': question.id }, el('label', { class: 'qt', for: id }, ...questionText(question)), area);
    const block = frame(question, node, [area]);
    block.values = () => [];
    block.answer = () => (area.value.trim() ? { text: area.value.trim() } : null);
    return block;
  }

  function choice(question) {
    const scale = SCALES[question.type] === 1;
    const many = question.type === 'multiple_choice';
    const stars = question.type === 'rating';
    const node = el('fieldset', { class: 'q', 'data-question': question.id }, el('legend', {}, ...questionText(question)));
    const inputs = [];
    let otherText = null;
    const option = (value, label, hint) => {
      const id = 'q-' + question.id + '-' + value;
      const input = el('input', { type: many ? 'checkbox' : 'radio', name: question.id, id, value });
      inputs.push(input);
      if (!scale) return el('label', { class: 'opt', for: id }, input, label);
      // Scale points: the number is what is seen; a screen reader also hears the end labels.
      const shown = stars ? el('span', { 'aria-hidden': 'true' }, '\u2605') : el('span', { 'aria-hidden': hint ? 'true' : null }, label);
      return el('label', { class: 'pt', for: id }, input, shown, stars || hint ? el('span', { class: 'sr' }, hint || label) : null);
    };
    if (scale) {
      const min = question.min ?? (question.type === 'nps' ? 0 : 1);
      const max = question.max ?? { likert5: 5, likert7: 7, semantic_differential: 7, nps: 10, rating: 5 }[question.type];
      const row = el('div', { class: stars ? 'scale stars' : 'scale' });
      for (let v = min; v <= max; v++) {
        const end = v === min ? question.min_label : v === max ? question.max_label : null;
        const hint = stars ? v + (v === 1 ? ' star' : ' stars') : end ? v + ' (' + end + ')' : null;
        row.append(option(String(v), String(v), hint));
      }
      node.append(row);
      if (question.min_label || question.max_label) {
        node.append(el('div', { class: 'ends', 'aria-hidden': 'true' }, el('span', {}, question.min_label || ''), el('span', {}, question.max_label || '')));
      }
      if (stars) {
        // Light every star up to the chosen one.
        node.addEventListener('change', () => {
          const chosen = Number((inputs.find(i => i.checked) || {}).value || 0);
          for (const input of inputs) input.parentNode.classList.toggle('on', Number(input.value) <= chosen);
        });
      }
    } else {
      // A short list of short answers (a channel question) takes two columns: the survey stays one screen on a phone.
      const list = question.options || [];
      const compact = !many && list.length >= 4 && list.length <= 8 && list.every(o => String(o.label).length <= 18);
      const box = compact ? el('div', { class: 'opts' }) : node;
      if (compact) node.append(box);
      for (const o of list) box.append(option(o.id, o.label));
      if (question.allow_other) {
        box.append(option(OTHER, 'Other'));
        otherText = el('input', { type: 'text', class: 'other', maxlength: 200, 'aria-label': 'Other, please specify', name: question.id + '-other' });
        box.append(otherText);
        // Typing a free answer chooses "Other".
        otherText.addEventListener('input', () => {
          const other = inputs.find(i => i.value === OTHER);
          if (otherText.value.trim() && !other.checked) {
            other.checked = true;
            other.dispatchEvent(new Event('change', { bubbles: true }));
          }
        });
      }
    }
    const block = frame(question, node, inputs);
    const checked = () => inputs.filter(i => i.checked).map(i => i.value);
    block.values = checked;
    block.answer = () => {
      const values = checked();
      if (!values.length) return null;
      const text = otherText && values.includes(OTHER) ? otherText.value.trim() : '';
      if (scale) return { value: Number(values[0]) };
      const answer = many ? { options: values } : { option: values[0] };
      if (values.includes(OTHER)) answer.text = text;
      return answer;
    };
    return block;
  }

  /**
   * A long single choice as a WAI-ARIA combobox: type to filter, arrows to move, Enter to choose, Escape to close.
   * The answer is the same option id the radios would send; typed text that names no option is "Other" when allowed.
   */
  function picker(question) {
    const id = 'q-' + question.id;
    const listId = id + '-list';
    const options = (question.options || []).filter(o => o.id !== NONE);
    const none = (question.options || []).filter(o => o.id === NONE);
    const input = el('input', {
      type: 'text', id, name: question.id, role: 'combobox', autocomplete: 'off', 'aria-autocomplete': 'list',
      'aria-expanded': 'false', 'aria-controls': listId, placeholder: 'Type a name', maxlength: 200,
    });
    const list = el('ul', { id: listId, role: 'listbox', class: 'lb', 'aria-label': question.text, hidden: true });
    const node = el('div', { class: 'q', 'data-question': question.id },
      el('label', { class: 'qt', for: id }, ...questionText(question)), el('div', { class: 'cb' }, input, list));
    const norm = text => String(text).toLowerCase().replace(/[@\s]/g, '');
    let shown = [];
    let active = -1;
    let chosen = null;
    const select = index => {
      active = index;
      Array.from(list.children).forEach((li, i) => li.setAttribute('aria-selected', i === index ? 'true' : 'false'));
      if (index < 0) return input.removeAttribute('aria-activedescendant');
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    };
    const open = () => {
      const typed = input.value.trim();
      const key = norm(typed);
      const matches = options.filter(o => !key || norm(o.label).includes(key));
      shown = matches.map(o => ({ option: o.id, label: o.label }));
      if (question.allow_other && key && !matches.length) {
        shown.push({ option: OTHER, text: typed, label: 'Other: \u201c' + typed + '\u201d' });
      }
      shown.push(...none.map(o => ({ option: o.id, label: o.label, none: true })));
      list.replaceChildren(...shown.map((s, i) => el('li', { id: listId + '-' + i, role: 'option', 'aria-selected': 'false', class: s.none ? 'none' : null }, s.label)));
      if (!shown.length) list.append(el('li', { role: 'option', 'aria-disabled': 'true' }, 'No match'));
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      select(-1);
    };
    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      select(-1);
    };
    const choose = index => {
      chosen = shown[index];
      input.value = chosen.option === OTHER ? chosen.text : chosen.label;
      close();
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    input.addEventListener('input', () => { chosen = null; open(); });
    input.addEventListener('click', () => { if (list.hidden) open(); });
    input.addEventListener('blur', close);
    input.addEventListener('keydown', event => {
      const last = shown.length - 1;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (list.hidden) open();
        if (last >= 0) select(event.key === 'ArrowDown' ? (active >= last ? 0 : active + 1) : (active <= 0 ? last : active - 1));
      } else if (event.key === 'Enter' && !list.hidden) {
        // Enter chooses; it never sends the form from an open list.
        event.preventDefault();
        if (active >= 0) choose(active);
        else if (shown.length === 1) choose(0);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        if (!list.hidden) close();
        else { input.value = ''; chosen = null; input.dispatchEvent(new Event('change', { bubbles: true })); }
      }
    });
    // A pointer on the list must not blur the input before the click chooses.
    list.addEventListener('mousedown', event => event.preventDefault());
    list.addEventListener('click', event => {
      const index = Array.from(list.children).indexOf(event.target.closest('li'));
      if (index >= 0 && index < shown.length) choose(index);
    });
    const block = frame(question, node, [input]);
    block.answer = () => {
      const typed = input.value.trim();
      if (!typed) return null;
      if (chosen && typed === (chosen.option === OTHER ? chosen.text : chosen.label)) {
        return chosen.option === OTHER ? { option: OTHER, text: chosen.text } : { option: chosen.option };
      }
      // Typed in full without choosing from the list: the option it names, else "Other" with the text.
      const named = options.concat(none).find(o => norm(o.label) === norm(typed));
      if (named) return { option: named.id };
      return question.allow_other ? { option: OTHER, text: typed } : null;
    };
    block.values = () => { const answer = block.answer(); return answer ? [answer.option] : []; };
    return block;
  }

  if (document.readyState === 'loading' && (data.target || !document.body || !document.body.contains(script))) {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
