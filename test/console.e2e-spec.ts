import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AUDIT_ACTIONS as CONSOLE_AUDIT_ACTIONS } from '../console/src/audit-actions';
import { AUDIT_ACTIONS } from '../src/audit/audit-actions';
import { consoleAssetsDirectory } from '../src/console/console-assets';
import { as, createBody } from './support/api-client';
import {
  addUser,
  addWorkspace,
  DAY_MS,
  flipLast,
  KEY_ANYWHERE,
  KEY_SHAPE,
  operatorKey,
} from './support/api-key-fixtures';
import { bootstrapOrganization, Bootstrapped, startApp, TestApp } from './support/test-app';

/**
 * The API Keys console (API.md §13, issue 9) in a real browser: playwright-core driving Debian's
 * Chromium against the real app on a temporary SQLite database. Elements are found by role and
 * label, as a person finds them. One browser for the file; each person gets their own context
 * (their own sessionStorage). Screenshots of the table and the create dialog go to docs/.
 *
 * Skipped (only this file) where /usr/bin/chromium is missing — install Debian's `chromium`
 * package — and on the MariaDB re-run of the e2e suite (.ci/run): the console only talks to the
 * API, whose behaviour on MariaDB the other suites cover, and a second browser run would double
 * its cost for nothing new.
 */
/** Debian's Chromium; CHROMIUM_PATH points elsewhere (e.g. to check the skip without uninstalling it). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const onMariaDb = (process.env.DATABASE_URL ?? '').startsWith('mysql');
if (!haveChromium) {
  process.stderr.write(
    `test/console.e2e-spec.ts: skipping the browser tests: ${CHROMIUM} not found (install the Debian package "chromium").\n`,
  );
}
const describeInBrowser = haveChromium && !onMariaDb ? describe : describe.skip;
const DOCS = join(__dirname, '..', 'docs');

/** No browser needed: what the server answers under /console (runs wherever the e2e suite runs). */
describe('/console is served as static files under its own CSP', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let base: string;

  beforeAll(async () => {
    t = await startApp();
    boot = await bootstrapOrganization(t);
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('serves the page at /console and /console/ under a strict CSP, and nothing else under /console', async () => {
    for (const path of ['/console', '/console/']) {
      const res = await fetch(base + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("style-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
    }
    const script = await fetch(`${base}/console/main.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${base}/console/nope.js`)).status).toBe(404);
    // The API keeps its own headers: no CSP, no-store.
    const api = await fetch(`${base}/api/v1/me`, { headers: { Authorization: `Bearer ${boot.key}` } });
    expect(api.headers.get('content-security-policy')).toBeNull();
    expect(api.headers.get('cache-control')).toBe('no-store');
  });

  it("offers exactly the server's audit actions in the audit log's filter", () => {
    expect([...CONSOLE_AUDIT_ACTIONS].sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it("leaves the other routes as they were: /consoles is the API's 404, /docs keeps its own policy", async () => {
    const other = await fetch(`${base}/consoles`);
    expect(other.status).toBe(404);
    expect(other.headers.get('content-security-policy')).toBeNull();
    const docs = await fetch(`${base}/docs`);
    expect(docs.headers.get('content-security-policy')).toContain("style-src 'self' 'unsafe-inline'");
  });
});

describeInBrowser('The API Keys console (/console) in Chromium', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let base: string;
  let staging: string;
  let browser: Browser;
  let page: Page;
  const cspViolations: string[] = [];

  /** A request from the test itself (not the browser), with `key`. */
  const call = (key: string, path: string, init: { method?: string; body?: object } = {}) =>
    fetch(`${base}/api/v1/${path}`, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${key}`,
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });

  async function newPerson(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    context.setDefaultTimeout(10_000);
    const p = await context.newPage();
    p.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await p.goto(`${base}/console`);
    return { context, page: p };
  }

  async function signIn(p: Page, key: string): Promise<void> {
    await p.getByLabel('API key').fill(key);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { name: 'API Keys', level: 1, exact: true }).waitFor();
  }

  const row = (p: Page, name: string) =>
    p.getByRole('row').filter({ has: p.getByRole('rowheader', { name, exact: true }) });
  // Code run in the page is given as text: the tests' TypeScript has no DOM types (Node's lib only).
  /** Waits until focus is on the element with this text (a dialog hands focus back as its close event runs). */
  async function expectFocusOn(p: Page, text: string): Promise<void> {
    let focused: string | null = null;
    for (const deadline = Date.now() + 5000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
      focused = await p.evaluate<string | null>('document.activeElement?.textContent ?? null');
      if (focused === text) return;
    }
    expect(focused).toBe(text);
  }

  beforeAll(async () => {
    if (!existsSync(join(consoleAssetsDirectory(), 'main.js'))) {
      throw new Error('The console is not built: run `npm run build` first (npm test does).');
    }
    t = await startApp({ env: { AUTH_FAILURES_PER_MINUTE: '0' } });
    boot = await bootstrapOrganization(t, { title: 'Acme Robotics', displayName: 'Ada Admin' });
    staging = await addWorkspace(t, boot.key, boot.organization, 'Staging');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    ({ page } = await newPerson());
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it("a bad key on sign-in shows the API's message", async () => {
    const expected = ((await (await call(flipLast(boot.key), 'me')).json()) as { message: string }).message;
    await page.getByLabel('API key').fill(flipLast(boot.key));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: expected }).waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(expected);
  });

  it('signs in: the header names the organization and the user; the key lives in sessionStorage only', async () => {
    await signIn(page, boot.key);
    const header = page.getByRole('banner');
    await expect(header.textContent()).resolves.toContain('Acme Robotics');
    await expect(header.textContent()).resolves.toContain('Ada Admin');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const storage = await page.evaluate<{ session: string[]; local: number; cookie: string; url: string }>(
      '({ session: Object.values(sessionStorage), local: localStorage.length, cookie: document.cookie, url: location.href })',
    );
    expect(storage.session).toContain(boot.key);
    expect(storage).toMatchObject({ local: 0, cookie: '' });
    expect(storage.url).not.toMatch(KEY_ANYWHERE);
    // The bootstrap key is listed, with its owner.
    await expect(row(page, 'Admin key').textContent()).resolves.toContain('Ada Admin');
    await page.getByText('1 of 10 keys').waitFor();
  });

  it('works from the keyboard: Enter opens a dialog with focus inside, Escape closes it and focus comes back', async () => {
    await page.getByRole('button', { name: 'Create API key' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    await dialog.waitFor();
    await expect(
      dialog.getByLabel('Name', { exact: true }).evaluate((e) => e === e.ownerDocument.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.type('typed by keyboard');
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel('Expiration').evaluate((e) => e === e.ownerDocument.activeElement)).resolves.toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expectFocusOn(page, 'Create API key');
  });

  let secret = '';

  it('creates a restricted key for one workspace; the key is shown once, copied, and works inside its grants only', async () => {
    await page.getByRole('button', { name: 'Create API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    // Validation next to the fields before anything is sent.
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText('Enter a name of 1 to 100 characters.').waitFor();

    await dialog.getByLabel('Name', { exact: true }).fill('CI reader');
    await dialog.getByText('9 / 100 characters').waitFor();
    await dialog.getByLabel('Expiration').selectOption({ label: '90 days' });
    await dialog.getByRole('radio', { name: 'Specific workspaces' }).check();
    await dialog.getByRole('radio', { name: 'Restricted' }).check();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText('Choose at least one workspace, or All workspaces.').waitFor();
    await dialog.getByText('Choose at least one permission, or All / Read only.').waitFor();

    await dialog.getByRole('checkbox', { name: 'Default' }).check();
    await dialog.getByRole('checkbox', { name: 'View workspaces' }).check();
    // The group toggle shows "some" (mixed), then all of the group with one click.
    await expect(dialog.getByRole('checkbox', { name: 'All Workspaces permissions' }).isChecked()).resolves.toBe(false);
    await dialog.getByRole('checkbox', { name: 'All Workspaces permissions' }).check();
    await expect(dialog.getByRole('checkbox', { name: 'Delete workspaces' }).isChecked()).resolves.toBe(true);
    await dialog.getByRole('checkbox', { name: 'All Workspaces permissions' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'View workspaces' }).check();
    await dialog.getByRole('button', { name: 'Create' }).focus();
    // A tall window, so the screenshot shows the whole form.
    await page.setViewportSize({ width: 1100, height: 1640 });
    mkdirSync(DOCS, { recursive: true });
    await page.screenshot({ path: join(DOCS, 'console-create.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    await dialog.getByRole('button', { name: 'Create' }).click();

    const once = page.getByRole('dialog', { name: 'API key CI reader created' });
    await once.waitFor();
    await once.getByText('This key will not be shown again').waitFor();
    secret = await once.getByLabel('Your API key').inputValue();
    expect(secret).toMatch(KEY_SHAPE);
    await once.getByRole('button', { name: 'Copy' }).click();
    await once.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    await expect(page.evaluate<string>('navigator.clipboard.readText()')).resolves.toBe(secret);
    await once.getByRole('button', { name: 'Done' }).click();
    await once.waitFor({ state: 'detached' });
    await expectFocusOn(page, 'Create API key');

    const cells = await row(page, 'CI reader').getByRole('cell').allTextContents();
    expect(cells.slice(0, 3)).toEqual([`${secret.slice(0, 12)}…`, 'Default', 'Restricted (1)']);
    expect(cells[5]).toBe('Never');
    await page.getByText('2 of 10 keys').waitFor();

    // The key from the dialog works inside its grants, and only there.
    expect((await call(secret, boot.workspace)).status).toBe(200);
    expect((await call(secret, staging)).status).toBe(403);
    expect((await call(secret, `${boot.organization}/users`)).status).toBe(403);
  });

  it('edits it: the form comes prefilled, the expiration read-only', async () => {
    await row(page, 'CI reader').getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit API key CI reader' });
    await expect(dialog.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('CI reader');
    await expect(dialog.getByText('set at creation; it cannot be changed').isVisible()).resolves.toBe(true);
    await expect(dialog.getByRole('combobox', { name: 'Expiration' }).count()).resolves.toBe(0);
    await expect(dialog.getByRole('radio', { name: 'Restricted' }).isChecked()).resolves.toBe(true);
    await expect(dialog.getByRole('checkbox', { name: 'Default' }).isChecked()).resolves.toBe(true);
    await dialog.getByLabel('Name', { exact: true }).fill('CI deployer');
    await dialog.getByRole('checkbox', { name: 'Staging' }).check();
    await dialog.getByRole('checkbox', { name: 'View API keys' }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    const cells = await row(page, 'CI deployer').getByRole('cell').allTextContents();
    expect(cells.slice(1, 3)).toEqual(['Default, Staging', 'Restricted (2)']);
    await expectFocusOn(page, 'Edit');
    expect((await call(secret, staging)).status).toBe(200);
  });

  let rotated = '';

  it('rotates it with a grace period; closing the new secret without copying asks first', async () => {
    await row(page, 'CI deployer').getByRole('button', { name: 'Rotate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rotate API key CI deployer' });
    await dialog.getByRole('radio', { name: '1 hour' }).check();
    await dialog.getByRole('button', { name: 'Rotate' }).click();

    const once = page.getByRole('dialog', { name: 'New secret for CI deployer' });
    await once.waitFor();
    rotated = await once.getByLabel('Your API key').inputValue();
    expect(rotated).toMatch(KEY_SHAPE);
    expect(rotated).not.toBe(secret);
    await once.getByText('The previous secret keeps working until').waitFor();
    // Done without copying: a confirmation first; Escape too.
    await once.getByRole('button', { name: 'Done' }).click();
    await once.getByText('You have not copied the key.').waitFor();
    await once.getByRole('button', { name: 'Go back' }).click();
    await page.keyboard.press('Escape');
    await once.getByText('You have not copied the key.').waitFor();
    await once.getByRole('button', { name: 'Close without copying' }).click();
    await once.waitFor({ state: 'detached' });
    await expectFocusOn(page, 'Rotate');
    await expect(row(page, 'CI deployer').getByRole('cell').first().textContent()).resolves.toBe(
      `${rotated.slice(0, 12)}…`,
    );

    expect((await call(rotated, boot.workspace)).status).toBe(200);
    expect((await call(secret, boot.workspace)).status).toBe(200); // the grace period
  });

  it('shows its usage: a chart, and the numbers as text', async () => {
    await row(page, 'CI deployer').getByRole('button', { name: 'Usage' }).click();
    const dialog = page.getByRole('dialog', { name: 'Usage of CI deployer' });
    // 200, 403, 403 with the first secret; 200 after the edit; 200 and 200 after the rotation.
    await dialog.getByText('4 allowed requests, 2 denied requests').waitFor();
    await dialog.getByText('Last used from 127.0.0.1.').waitFor();
    await dialog.getByText('Requests per day').click();
    const days = dialog.getByRole('table').getByRole('row');
    await expect(days.count()).resolves.toBe(31); // the header and 30 days
    const today = new Date().toISOString().slice(0, 10);
    await expect(days.last().getByRole('cell').allTextContents()).resolves.toEqual(['4', '2']);
    await expect(days.last().getByRole('rowheader').textContent()).resolves.toBe(today);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expectFocusOn(page, 'Usage');
  });

  it('deletes it after a confirmation naming it; it is gone, and so is its access', async () => {
    await row(page, 'CI deployer').getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete API key' });
    await dialog.getByText('Delete key CI deployer? Requests using it will fail immediately.').waitFor();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(row(page, 'CI deployer').count()).resolves.toBe(0);
    await page.getByText('1 of 10 keys').waitFor();
    expect((await call(rotated, 'me')).status).toBe(401);
    expect((await call(secret, 'me')).status).toBe(401);
  });

  it('shows an escalation refused by the API in the dialog, with the form kept', async () => {
    await addUser(t, boot.key, boot.organization, 'mo@acme.test', 'Mo Member');
    const member = await operatorKey(t, boot.organization, 'mo@acme.test', {
      displayName: "Mo's helper",
      level: 'PERMISSION_LEVEL_RESTRICTED',
      permissions: ['read:ApiKey', 'create:ApiKey', 'read:Workspace'],
    });
    const body = createBody({ display_name: 'Everything', expiration: 'EXPIRATION_30_DAYS' });
    const refused = await call(member.key, `${boot.organization}/apiKeys`, { method: 'POST', body });
    expect(refused.status).toBe(403);
    const { message } = (await refused.json()) as { message: string };

    const mo = await newPerson();
    await signIn(mo.page, member.key);
    await mo.page.getByText('1 of your keys').waitFor();
    // A member sees their own keys only.
    await expect(row(mo.page, 'Admin key').count()).resolves.toBe(0);
    await mo.page.getByRole('button', { name: 'Create API key' }).click();
    const dialog = mo.page.getByRole('dialog', { name: 'Create API key' });
    await dialog.getByLabel('Name', { exact: true }).fill('Everything');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByRole('alert').filter({ hasText: message }).waitFor();
    await expect(dialog.getByRole('alert').textContent()).resolves.toBe(message);
    await expect(dialog.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Everything');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await mo.page.getByRole('button', { name: 'Sign out' }).click();
    await mo.page.getByLabel('API key').waitFor();
    await expect(mo.page.evaluate<number>('sessionStorage.length')).resolves.toBe(0);
    await mo.context.close();
  });

  it('at the limit the counter reads 10 of 10 and Create is disabled, saying why', async () => {
    // Mo's key and the admin key are two; eight more of assorted shapes for the screenshot.
    const shapes = [
      { display_name: 'Deploy bot', permission_level: 'PERMISSION_LEVEL_ALL' },
      { display_name: 'Grafana (read only)', permission_level: 'PERMISSION_LEVEL_READ_ONLY' },
      {
        display_name: 'Nightly export',
        expiration: 'EXPIRATION_7_DAYS',
        permission_level: 'PERMISSION_LEVEL_READ_ONLY',
      },
      {
        display_name: 'Staging CI',
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:Workspace', 'update:Workspace'],
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [staging],
      },
      {
        display_name: 'Support tooling',
        expiration: 'EXPIRATION_1_YEAR',
        permission_level: 'PERMISSION_LEVEL_READ_ONLY',
      },
      { display_name: 'Billing sync', expiration: 'EXPIRATION_180_DAYS' },
      {
        display_name: 'Audit archiver',
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:AuditEvent'],
      },
      { display_name: 'Laptop', expiration: 'EXPIRATION_60_DAYS' },
    ];
    for (const shape of shapes) {
      const res = await call(boot.key, `${boot.organization}/apiKeys`, { method: 'POST', body: createBody(shape) });
      expect(res.status).toBe(201);
    }
    await page.reload(); // still signed in: the key is in this tab's sessionStorage
    await page.getByText('10 of 10 keys').waitFor();
    const create = page.getByRole('button', { name: 'Create API key' });
    await expect(create.isDisabled()).resolves.toBe(true);
    await expect(
      page.getByText('The organization has reached its limit of 10 keys. Delete a key to create another.').isVisible(),
    ).resolves.toBe(true);
    await row(page, 'Nightly export').getByText('Expires soon').waitFor();
    await expect(row(page, 'Staging CI').getByRole('cell').nth(1).textContent()).resolves.toBe('Staging');
    await page.screenshot({ path: join(DOCS, 'console-keys.png'), fullPage: true });

    // Eight days later the 7-day key has expired: badge, and it can no longer be rotated.
    t.clock.advance(8 * DAY_MS);
    await page.reload();
    await row(page, 'Nightly export').getByText('Expired', { exact: true }).waitFor();
    await expect(row(page, 'Nightly export').getByRole('button', { name: 'Rotate' }).isDisabled()).resolves.toBe(true);
  });

  it("counts against the server's own limit (GET /me api_key_limit) and shows a 429 met meanwhile in the dialog", async () => {
    const small = await startApp({ env: { MAX_API_KEYS_PER_ORGANIZATION: '2' } });
    try {
      const org = await bootstrapOrganization(small, { title: 'Tiny' });
      const origin = `http://127.0.0.1:${(small.app.getHttpServer().address() as AddressInfo).port}`;
      const context = await browser.newContext();
      context.setDefaultTimeout(10_000);
      const p = await context.newPage();
      await p.goto(`${origin}/console`);
      await signIn(p, org.key);
      await p.getByText('1 of 2 keys').waitFor();
      await p.getByRole('button', { name: 'Create API key' }).click();
      const dialog = p.getByRole('dialog', { name: 'Create API key' });
      await dialog.getByLabel('Name', { exact: true }).fill('too late');
      // Someone else takes the last slot while the dialog is open.
      expect(
        (await as(small, org.key).post(`${org.organization}/apiKeys`, createBody({ display_name: 'first' }))).status,
      ).toBe(201);
      await dialog.getByRole('button', { name: 'Create' }).click();
      await dialog.getByRole('alert').filter({ hasText: 'maximum of 2 API keys' }).waitFor();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await p.getByText('2 of 2 keys').waitFor();
      await expect(p.getByRole('button', { name: 'Create API key' }).isDisabled()).resolves.toBe(true);
      await context.close();
    } finally {
      await small.close();
    }
  });

  it('works at 375 px: nothing wider than the screen, the dialogs included', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    const width = () => page.evaluate<number>('document.documentElement.scrollWidth');
    await expect(width()).resolves.toBeLessThanOrEqual(375);
    await row(page, 'Laptop').getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit API key Laptop' });
    await expect(dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('the audit log: newest first, filtered by action, a page at a time', async () => {
    for (let i = 1; i <= 22; i++) {
      const res = await call(boot.key, staging, { method: 'PATCH', body: { title: `Staging ${i}` } });
      expect(res.status).toBe(200);
    }
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    const rows = page.getByRole('table').getByRole('row');
    await page.getByText('20 events shown; more are available.').waitFor();
    await expect(rows.nth(1).textContent()).resolves.toContain('workspace.updated');
    await expect(rows.nth(1).textContent()).resolves.toContain('Workspace Staging 22');

    await page.getByLabel('Action').selectOption('api_key.deleted');
    await page.getByText('1 event shown.').waitFor();
    await expect(rows.nth(1).textContent()).resolves.toContain('CI deployer');
    await expect(page.getByRole('button', { name: 'Load more' }).isVisible()).resolves.toBe(false);

    await page.getByLabel('Action').selectOption('workspace.updated');
    await page.getByText('20 events shown; more are available.').waitFor();
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText('22 events shown.').waitFor();
    await expect(rows.last().textContent()).resolves.toContain('Staging 1');
    await expect(page.getByRole('button', { name: 'Load more' }).isVisible()).resolves.toBe(false);
  });

  it('rotating the key the console is signed in with carries on with the new secret; deleting it signs out', async () => {
    await page.getByRole('link', { name: 'API Keys' }).click();
    await row(page, 'Admin key').getByRole('button', { name: 'Rotate' }).click();
    await page
      .getByRole('dialog', { name: 'Rotate API key Admin key' })
      .getByRole('button', { name: 'Rotate' })
      .click();
    const once = page.getByRole('dialog', { name: 'New secret for Admin key' });
    const fresh = await once.getByLabel('Your API key').inputValue();
    await once.getByRole('button', { name: 'Copy' }).click();
    await once.getByRole('button', { name: 'Done' }).click();
    expect((await call(boot.key, 'me')).status).toBe(401); // no grace: the old secret is dead
    await expect(page.evaluate<string[]>('Object.values(sessionStorage)')).resolves.toContain(fresh);
    await page.reload();
    await page.getByText('10 of 10 keys').waitFor();

    await row(page, 'Admin key').getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete API key' });
    await dialog.getByText('It is the key you are signed in with: you will be signed out.').waitFor();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alert').filter({ hasText: 'Signed out: ' }).waitFor();
    await expect(page.getByLabel('API key').evaluate((e) => e === e.ownerDocument.activeElement)).resolves.toBe(true);
    await expect(page.evaluate<number>('sessionStorage.length')).resolves.toBe(0);
  });

  it('broke no CSP rule, and no key secret reached the logs', () => {
    expect(cspViolations).toEqual([]);
    expect(t.logger.lines.filter((line) => KEY_ANYWHERE.test(line))).toEqual([]);
  });
});
