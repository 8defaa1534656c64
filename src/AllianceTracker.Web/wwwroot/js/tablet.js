// The patient tablet: code entry, one question per screen, review, submit, thank-you, reset.
// Nothing of the patient's stays on screen after a reset; unsent answers stay in IndexedDB until acknowledged.
import { textsFor, languageName } from './tablet-texts.js';
import * as store from './tablet-store.js';

const root = document.getElementById('tablet');
const seconds = (name) => Number(root.dataset[name]) * 1000;
const config = {
  idleWarning: seconds('idleWarning'),
  idleReset: seconds('idleReset'),
  thankYou: seconds('thankYou'),
};
const shippedLanguages = ['nb', 'nn', 'en'];

let language = root.dataset.language || 'nb';
let rating = null; // the open rating: credentials, form, answers and the current step
let screen = { name: 'code' };
let idleTimers = [];
const retryTimers = new Map();

const t = () => textsFor(language);
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? '');

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined));
  return node;
}

// ---- the steps of a rating ----------------------------------------------------------------

function isShown(item) {
  if (!item.showIf) return true;
  return item.showIf.anyOf.includes(rating.answers[item.showIf.item]);
}

function steps() {
  const items = rating.form.items.filter(isShown).map((item) => ({ kind: 'item', item }));
  return [{ kind: 'welcome' }, ...items, { kind: 'disclosure' }, { kind: 'review' }];
}

function questionCount() {
  return rating.form.items.filter(isShown).length + 1;
}

// ---- rendering ------------------------------------------------------------------------------

function render() {
  document.documentElement.lang = language;
  document.title = t().title;
  const content = {
    code: codeScreen,
    step: stepScreen,
    thanks: thanksScreen,
    handBack: handBackScreen,
  }[screen.name]();
  root.replaceChildren(topBar(), el('main', { id: 'main', tabindex: '-1' }, content));
  const focus = root.querySelector('[data-autofocus]') ?? root.querySelector('h1');
  if (focus?.tagName === 'H1') focus.setAttribute('tabindex', '-1');
  focus?.focus();
}

function topBar() {
  const languages = rating ? rating.form.languages : shippedLanguages;
  return el('header', { class: 'bar' },
    el('nav', { 'aria-label': t().language, class: 'languages' },
      languages.map((tag) => el('button', {
        type: 'button', lang: tag, 'aria-pressed': String(tag === language), onclick: () => switchLanguage(tag),
        text: languageName(tag),
      }))),
    rating && screen.name === 'step'
      ? el('button', { type: 'button', class: 'decline', onclick: decline, text: t().decline })
      : null);
}

function codeScreen() {
  const input = el('input', {
    id: 'code', name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '6', pattern: '[0-9]*',
    'aria-describedby': 'code-hint' + (screen.error ? ' code-error' : ''), 'aria-invalid': screen.error ? 'true' : null,
    'data-autofocus': true,
  });
  return el('form', { class: 'card', onsubmit: (e) => { e.preventDefault(); redeem(input.value.trim()); } },
    el('h1', { text: t().codeHeading }),
    el('p', { id: 'code-hint', text: t().codeHint }),
    el('label', { for: 'code', text: t().codeLabel }),
    input,
    screen.error ? el('p', { id: 'code-error', class: 'error', role: 'alert', text: screen.error }) : null,
    el('button', { type: 'submit', class: 'primary', text: t().continue }),
    el('p', { class: 'staff' }, el('a', { href: '/Account/SignIn', text: t().staffSignIn })));
}

function stepScreen() {
  const all = steps();
  const step = all[screen.index];
  const body = { welcome: welcomeStep, item: itemStep, disclosure: disclosureStep, review: reviewStep }[step.kind](step);
  const position = all.slice(0, screen.index + 1).filter((s) => s.kind === 'item' || s.kind === 'disclosure').length;
  return el('div', { class: 'card' },
    step.kind === 'item' || step.kind === 'disclosure'
      ? el('p', { class: 'progress' },
        el('span', { text: fill(t().progress, { n: position, total: questionCount() }) }),
        el('progress', { max: String(questionCount()), value: String(position), 'aria-hidden': 'true' }))
      : null,
    body);
}

function welcomeStep() {
  return [
    el('h1', { text: rating.form.title }),
    el('p', { class: 'alias', text: fill(t().forYou, { alias: rating.alias }) }),
    el('p', { text: rating.form.intro }),
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'primary', onclick: () => go(1), text: t().start, 'data-autofocus': true }),
      el('button', { type: 'button', onclick: notMe, text: t().notMe })),
  ];
}

function itemStep({ item }) {
  if (item.type === 'text') {
    const area = el('textarea', { id: `answer-${item.key}`, rows: '4', maxlength: String(item.maxLength), 'aria-describedby': 'optional-hint' });
    area.value = rating.texts[item.key] ?? '';
    area.addEventListener('input', () => { rating.texts[item.key] = area.value; saveDraft(); });
    return [
      el('h1', {}, el('label', { for: `answer-${item.key}`, text: item.question })),
      el('p', { id: 'optional-hint', class: 'hint', text: t().optional }),
      area,
      navigation(() => go(screen.index + 1)),
    ];
  }

  return choiceStep(item.question, `answer-${item.key}`, item.options.map((o) => ({ value: o.value, label: o.label })),
    rating.answers[item.key], (value) => { rating.answers[item.key] = value; dropHiddenAnswers(); saveDraft(); },
    item.required);
}

function disclosureStep() {
  const options = [
    { value: 'Now', label: t().disclosureNow },
    { value: 'InSharedSummaryOnly', label: t().disclosureLater },
  ];
  return choiceStep(t().disclosureHeading, 'disclosure', options, rating.disclosure,
    (value) => { rating.disclosure = value; saveDraft(); }, true, t().disclosureHint);
}

function choiceStep(question, name, options, current, choose, required, hint) {
  const error = el('p', { class: 'error', role: 'alert', id: `${name}-error` });
  const fieldset = el('fieldset', {},
    el('legend', {}, el('h1', { text: question })),
    hint ? el('p', { class: 'hint', text: hint }) : null,
    el('div', { class: 'options' }, options.map((option, i) => {
      const id = `${name}-${i}`;
      const input = el('input', { type: 'radio', id, name, value: String(option.value), checked: option.value === current });
      input.addEventListener('change', () => { choose(option.value); error.textContent = ''; });
      return el('div', { class: 'option' }, input, el('label', { for: id, text: option.label }));
    })));
  return [fieldset, error, navigation(() => {
    const chosen = fieldset.querySelector('input:checked');
    if (required && !chosen) {
      error.textContent = t().chooseOne;
      return;
    }
    go(screen.index + 1);
  })];
}

function reviewStep() {
  const rows = steps().map((step, index) => ({ step, index })).filter(({ step }) => step.kind === 'item' || step.kind === 'disclosure');
  return [
    el('h1', { text: t().reviewHeading }),
    el('dl', { class: 'review' }, rows.map(({ step, index }) => el('div', { class: 'review-row' },
      el('dt', { text: step.kind === 'item' ? step.item.question : t().disclosureHeading }),
      el('dd', {},
        el('span', { text: answerText(step) }),
        el('button', { type: 'button', class: 'link', onclick: () => go(index), text: t().change, 'aria-label': `${t().change}: ${step.kind === 'item' ? step.item.question : t().disclosureHeading}` }))))),
    el('div', { class: 'actions' },
      el('button', { type: 'button', onclick: () => go(screen.index - 1), text: t().back }),
      el('button', { type: 'button', class: 'primary', onclick: submit, text: t().submit, 'data-autofocus': true })),
  ];
}

function answerText(step) {
  if (step.kind === 'disclosure') {
    return rating.disclosure === 'Now' ? t().disclosureNow : rating.disclosure ? t().disclosureLater : t().noAnswer;
  }
  if (step.item.type === 'text') return rating.texts[step.item.key]?.trim() || t().noAnswer;
  return step.item.options.find((o) => o.value === rating.answers[step.item.key])?.label ?? t().noAnswer;
}

function navigation(next) {
  return el('div', { class: 'actions' },
    el('button', { type: 'button', onclick: () => go(screen.index - 1), text: t().back }),
    el('button', { type: 'button', class: 'primary', onclick: next, text: t().next }));
}

function thanksScreen() {
  const message = screen.declined ? t().declinedThanks : screen.queued ? t().thanksQueued : t().thanksSent;
  return el('div', { class: 'card', role: 'status' },
    el('h1', { text: t().thanks }),
    el('p', { text: message }),
    el('p', { class: 'hint', text: screen.thisDevice ? t().handBack : t().returning }));
}

function handBackScreen() {
  return el('div', { class: 'card' },
    el('h1', { text: t().handBack }),
    screen.error ? el('p', { class: 'error', role: 'alert', text: screen.error }) : null,
    el('p', {}, el('a', { class: 'button primary', href: '/Account/SignIn', text: t().staffSignIn })));
}

// ---- actions --------------------------------------------------------------------------------

function show(next) {
  screen = next;
  render();
}

function go(index) {
  if (index < 0) return;
  show({ name: 'step', index: Math.min(index, steps().length - 1) });
  saveDraft();
}

function dropHiddenAnswers() {
  for (const item of rating.form.items) {
    if (!isShown(item)) delete rating.answers[item.key];
  }
}

async function switchLanguage(tag) {
  if (rating) {
    // an expired token keeps the rating in the language it has: the answers matter more
    const form = (await fetchForm(rating.token, tag)).form;
    if (!form) return;
    rating.form = form;
  }
  language = tag;
  if (rating) saveDraft();
  render();
}

async function problemReason(response) {
  try {
    return (await response.json()).reason ?? 'other';
  } catch {
    return 'other';
  }
}

async function redeem(code) {
  if (!/^[0-9]{6}$/.test(code)) {
    show({ name: 'code', error: t().refused.malformed });
    return;
  }
  let response;
  try {
    response = await fetch('/api/v1/tablet/redeem', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, submissionId: crypto.randomUUID() }),
    });
  } catch {
    show({ name: 'code', error: t().refused.offline });
    return;
  }
  if (!response.ok) {
    const reason = await problemReason(response);
    show({ name: 'code', error: t().refused[reason] ?? t().refused.other });
    return;
  }
  const redeemed = await response.json();
  const { form, error } = await fetchForm(redeemed.token, redeemed.language);
  if (!form) {
    show({ name: 'code', error });
    return;
  }
  language = form.language;
  rating = {
    submissionId: redeemed.submissionId, ticket: redeemed.ticket, token: redeemed.token, tokenExpiresAt: redeemed.expiresAt,
    alias: redeemed.alias, mode: redeemed.mode, form, answers: {}, texts: {}, disclosure: null,
  };
  go(0);
  armIdleTimers();
}

async function fetchForm(token, tag) {
  try {
    const response = await fetch(`/api/v1/tablet/form?language=${encodeURIComponent(tag)}`, { headers: { Authorization: `Bearer ${token}` } });
    if (response.ok) return { form: await response.json() };
    return { error: t().refused[await problemReason(response)] ?? t().refused.other };
  } catch {
    return { error: t().refused.offline };
  }
}

function requestBody(declined) {
  if (declined) return { submissionId: rating.submissionId, ticket: rating.ticket, declined: true };
  const texts = Object.fromEntries(Object.entries(rating.texts).filter(([, v]) => v && v.trim()));
  return {
    submissionId: rating.submissionId, ticket: rating.ticket, instrumentVersionId: rating.form.instrumentVersionId,
    answers: rating.answers, texts, disclosure: rating.disclosure ?? 'Now', declined: false,
  };
}

function saveDraft() {
  if (!rating) return;
  store.save({ submissionId: rating.submissionId, status: 'draft', rating: { ...rating, language }, step: screen.index ?? 0 }).catch(() => {});
}

async function submit() {
  await finish(false);
}

async function decline() {
  await finish(true);
}

async function finish(declined) {
  const entry = { submissionId: rating.submissionId, status: 'pending', body: requestBody(declined) };
  const thisDevice = rating.mode === 'ThisDevice';
  await store.save(entry);
  rating = null;
  clearIdleTimers();
  const outcome = await send(entry);
  const start = thisDevice ? 'handBack' : 'code';
  if (outcome === 'refused') {
    show({ name: start, error: t().refused.other });
    return;
  }
  show({ name: 'thanks', declined, queued: outcome === 'queued', thisDevice });
  setTimeout(() => {
    language = root.dataset.language || 'nb';
    show({ name: start });
  }, config.thankYou);
}

/** Sends a kept submission; 'sent' erases it, 'queued' retries later, 'refused' erases it and says so. */
async function send(entry) {
  clearTimeout(retryTimers.get(entry.submissionId));
  let response;
  try {
    response = await fetch('/api/v1/tablet/submit', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(entry.body),
    });
  } catch {
    return retryLater(entry);
  }
  if (response.ok) {
    await store.remove(entry.submissionId);
    return 'sent';
  }
  if (response.status >= 500 || response.status === 429 || (await problemReason(response.clone())) === 'inProgress') {
    return retryLater(entry);
  }
  await store.remove(entry.submissionId);
  return 'refused';
}

function retryLater(entry) {
  const attempt = (entry.attempt ?? 0) + 1;
  const next = { ...entry, attempt };
  retryTimers.set(entry.submissionId, setTimeout(() => send(next), Math.min(30000, 1000 * 2 ** attempt)));
  return 'queued';
}

async function sendKept() {
  const kept = await store.all().catch(() => []);
  for (const entry of kept) {
    if (entry.status === 'pending') {
      send(entry);
    } else if (!rating || entry.submissionId !== rating.submissionId) {
      await resumeOrForget(entry);
    }
  }
}

/** A draft survives a reload while its token is valid; an older one is erased, so nothing of a patient lingers. */
async function resumeOrForget(entry) {
  if (rating || new Date(entry.rating.tokenExpiresAt) <= new Date()) {
    await store.remove(entry.submissionId);
    return;
  }
  rating = entry.rating;
  language = entry.rating.language;
  show({ name: 'step', index: entry.step });
  armIdleTimers();
}

function notMe() {
  resetToStart(t().notMeMessage);
}

async function resetToStart(message) {
  const thisDevice = rating?.mode === 'ThisDevice';
  if (rating) await store.remove(rating.submissionId).catch(() => {});
  rating = null;
  clearIdleTimers();
  closeIdleDialog();
  language = root.dataset.language || 'nb';
  show(thisDevice ? { name: 'handBack', error: message } : { name: 'code', error: message });
}

// ---- inactivity -----------------------------------------------------------------------------

function clearIdleTimers() {
  idleTimers.forEach(clearTimeout);
  idleTimers = [];
}

function armIdleTimers() {
  clearIdleTimers();
  if (!rating) return;
  idleTimers = [
    setTimeout(openIdleDialog, config.idleWarning),
    setTimeout(() => resetToStart(), config.idleReset),
  ];
}

function openIdleDialog() {
  const dialog = document.getElementById('idle');
  dialog.querySelector('h2').textContent = t().stillThere;
  dialog.querySelector('p').textContent = t().stillThereHint;
  dialog.querySelector('button').textContent = t().imHere;
  dialog.setAttribute('lang', language);
  if (!dialog.open) dialog.showModal();
}

function closeIdleDialog() {
  const dialog = document.getElementById('idle');
  if (dialog.open) dialog.close();
}

document.getElementById('idle').querySelector('button').addEventListener('click', () => {
  closeIdleDialog();
  armIdleTimers();
});
for (const type of ['pointerdown', 'keydown', 'input']) {
  document.addEventListener(type, () => {
    if (rating && !document.getElementById('idle').open) armIdleTimers();
  }, { passive: true });
}

window.addEventListener('online', sendKept);

// ---- start ----------------------------------------------------------------------------------

const codeFromHash = new URLSearchParams(location.hash.slice(1)).get('code');
if (codeFromHash) history.replaceState(null, '', location.pathname);
render();
await sendKept();
const handedCode = root.dataset.code || codeFromHash;
if (handedCode && !rating) await redeem(handedCode);
