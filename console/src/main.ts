import { UNAUTHENTICATED } from './api.js';
import { auditView } from './audit-view.js';
import { ConsoleContext, loadContext } from './context.js';
import { h, replaceChildren, uid } from './dom.js';
import { keysView } from './keys-view.js';
import { session } from './session.js';

/**
 * The console's entry point: the sign-in form, or — signed in — the header (organization, user,
 * Sign out), the navigation and the current view ("#audit-log" or the keys).
 */
const main = document.getElementById('main') as HTMLElement;
const header = document.getElementById('app-header') as HTMLElement;

function showSignIn(message = ''): void {
  replaceChildren(header, h('p', { class: 'brand' }, 'Tessera'));
  const fieldId = uid('key');
  const hintId = uid('key-hint');
  const input = h('input', {
    id: fieldId,
    name: 'key',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    required: true,
    'aria-describedby': hintId,
  });
  const error = h('p', { class: 'error', role: 'alert', hidden: !message }, message);
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Sign in');
  const form = h(
    'form',
    { class: 'sign-in' },
    h('h1', {}, 'Sign in to the API Keys console'),
    h('div', { class: 'field' }, h('label', { for: fieldId }, 'API key'), input),
    h(
      'p',
      { id: hintId, class: 'hint' },
      'Paste an API key (tsr_…), e.g. the demo key that npm start printed. It is kept in this tab only and forgotten when you sign out or close the tab.',
    ),
    error,
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = input.value.trim();
    error.hidden = true;
    if (!key) {
      error.textContent = 'Paste an API key first.';
      error.hidden = false;
      input.focus();
      return;
    }
    submit.disabled = true;
    loadContext(key).then(
      (ctx) => {
        session.signIn(key);
        showConsole(ctx);
      },
      (failure: Error) => {
        submit.disabled = false;
        error.textContent = failure.message;
        error.hidden = false;
        input.select();
        input.focus();
      },
    );
  });
  replaceChildren(main, form);
  input.focus();
}

function showConsole(ctx: ConsoleContext): void {
  const signOut = h('button', { type: 'button' }, 'Sign out');
  signOut.addEventListener('click', () => {
    session.signOut();
    location.hash = '';
    showSignIn();
  });
  const canAudit = ctx.can('read:AuditEvent');
  const link = (href: string, label: string) => h('a', { href }, label);
  const nav = h(
    'nav',
    { 'aria-label': 'Console' },
    h(
      'ul',
      {},
      h('li', {}, link('#api-keys', 'API Keys')),
      canAudit ? h('li', {}, link('#audit-log', 'Audit log')) : null,
    ),
  );
  replaceChildren(
    header,
    h('p', { class: 'brand' }, 'Tessera'),
    h(
      'div',
      { class: 'who' },
      h('span', { class: 'org' }, ctx.organization.title),
      h('span', { class: 'user' }, `${ctx.me.user.display_name} (${ctx.me.user.email})`),
      h('span', { class: 'role' }, ctx.isAdmin ? 'Organization Admin' : 'Organization Member'),
    ),
    signOut,
    nav,
  );
  const route = () => {
    const audit = canAudit && location.hash === '#audit-log';
    for (const a of nav.querySelectorAll('a')) {
      if (a.getAttribute('href') === (audit ? '#audit-log' : '#api-keys')) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    replaceChildren(main, audit ? auditView(ctx) : keysView(ctx));
  };
  window.onhashchange = route;
  route();
}

/** A key that stops working while signed in (deleted, expired) ends the session, saying why. */
addEventListener(UNAUTHENTICATED, (event) => {
  if (!session.key()) return;
  session.signOut();
  for (const dialog of document.querySelectorAll('dialog')) dialog.close();
  window.onhashchange = null;
  showSignIn(`Signed out: ${(event as CustomEvent<string>).detail}`);
});

function start(): void {
  const key = session.key();
  if (!key) return showSignIn();
  replaceChildren(main, h('p', {}, 'Signing in…'));
  loadContext(key).then(showConsole, (failure: Error) => {
    session.signOut();
    showSignIn(failure.message);
  });
}

start();
