import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { az } from '#shared/i18n/az.ts';
import { azAdminMembers } from '#shared/i18n/az-admin-members.ts';
import { emailsTo, freshSignInEmails, linkIn } from '../support/sign-in-flow.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { axeViolations, newVisitor, open, settled } from './pages.ts';

const baseUrl = inject('baseUrl');
const mailboxUrl = inject('mailboxUrl');
const secretariatEmail = 'secretariat@portal.local';

describe.skipIf(!browserAvailable)('a member’s pages', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newVisitor(browser, baseUrl);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('ask an anonymous visitor to sign in', async () => {
    for (const path of ['/me', '/members', '/admin/members']) {
      await open(page, path);
      await page.getByRole('main').getByRole('link', { name: az['common.signInLink'] }).waitFor();
    }
    const nav = page.getByRole('navigation', { name: az['layout.primaryNav'] });
    expect(await nav.getByRole('link', { name: az['nav.members'] }).count()).toBe(0);
  });

  it('say next to the field when the email address is malformed', async () => {
    await open(page, '/sign-in');
    const email = page.getByLabel(az['signIn.email']);
    await email.fill('not-an-address');
    await page.getByRole('button', { name: az['signIn.submit'] }).click();
    await page.locator('#sign-in-email-error').waitFor();
    expect(await page.locator('#sign-in-email-error').textContent()).toBe(az['errors.field.email']);
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.getAttribute('aria-describedby')).toContain('sign-in-email-error');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it('let the demo secretariat sign in with the link sent by email', async () => {
    await open(page, '/sign-in');
    const seenBefore = (await emailsTo(mailboxUrl, secretariatEmail)).length;
    await page.getByLabel(az['signIn.email']).fill(secretariatEmail);
    await page.getByRole('button', { name: az['signIn.submit'] }).click();
    await page.getByRole('heading', { level: 1, name: az['checkEmail.title'] }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in/check-email');

    // A link that another test file redeemed first leads back to /sign-in; the next one will do.
    for (const email of await freshSignInEmails(mailboxUrl, secretariatEmail, seenBefore)) {
      const link = linkIn(email);
      expect(new URL(link).origin).toBe(baseUrl);
      await page.goto(link);
      await settled(page);
      if (new URL(page.url()).pathname !== '/sign-in') break;
    }
    expect(new URL(page.url()).pathname).not.toBe('/sign-in');

    const nav = page.getByRole('navigation', { name: az['layout.primaryNav'] });
    await nav.getByRole('link', { name: az['nav.members'] }).click();
    await page.getByRole('heading', { level: 1, name: az['members.title'] }).waitFor();
    await settled(page);
    await page.waitForFunction(
      (title) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent?.includes(title),
      az['members.title'],
    );
    // Other files add members meanwhile, so the first page need not hold the secretariat: search for her.
    await page.getByLabel(az['members.search']).fill('Aysel Məmmədova');
    await page.getByRole('button', { name: az['members.searchSubmit'] }).click();
    await page.locator('.member-card', { hasText: secretariatEmail }).waitFor();
    await nav.getByRole('link', { name: az['nav.admin'] }).waitFor();
  });

  it('have no axe violations once signed in', async () => {
    const violations: string[] = [];
    for (const path of ['/me', '/members', '/admin/members']) {
      await open(page, path);
      await page.locator('form').first().waitFor();
      violations.push(...(await axeViolations(page)));
    }
    expect(violations).toEqual([]);
  });

  it('save the profile, and say when someone else saved it first', async () => {
    await open(page, '/me');
    const position = page.getByLabel(az['member.position']);
    const newPosition = `Katiblik üzvü ${Date.now()}`;
    await position.fill(newPosition);
    await page.getByRole('button', { name: az['common.save'] }).click();
    await page.getByRole('status').filter({ hasText: az['me.saved'] }).waitFor();

    // Another tab saves meanwhile: this page's version is now stale.
    const otherPosition = `${newPosition} (başqa pəncərə)`;
    const changedElsewhere = await page.evaluate(async (position) => {
      const me = await (await fetch('/api/me')).json();
      const answer = await fetch(`/api/members/${me.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'If-Match': `"${me.version}"` },
        body: JSON.stringify({ position }),
      });
      return answer.status;
    }, otherPosition);
    expect(changedElsewhere).toBe(200);

    await position.fill(`${newPosition} (bu pəncərə)`);
    await page.getByRole('button', { name: az['common.save'] }).click();
    await page.getByRole('alert').filter({ hasText: az['errors.stale'] }).waitFor();
    await page.getByRole('button', { name: az['me.reload'] }).click();
    await page.getByRole('alert').waitFor({ state: 'detached' });
    await expect.poll(() => position.inputValue()).toBe(otherPosition);
  });

  it('let the secretariat invite a member once per address', async () => {
    await open(page, '/admin/members');
    const address = `e2e-${Date.now()}@example.org`;
    const name = `Günay Əliyeva ${Date.now()}`;
    const invite = page.locator('form', { has: page.getByRole('button', { name: az['admin.inviteSubmit'] }) });
    const fill = async () => {
      await invite.getByLabel(az['member.name']).fill(name);
      await invite.getByLabel(az['member.email']).fill(address);
      await invite.getByLabel(az['member.organisation'], { exact: true }).fill('Şəffaflıq Mərkəzi');
      await invite.getByLabel(az['member.organisationType']).selectOption('ngo');
      await invite.getByRole('button', { name: az['admin.inviteSubmit'] }).click();
    };

    await fill();
    await page.locator('.member-card', { hasText: address }).waitFor();
    await page.getByRole('status').filter({ hasText: name }).waitFor();

    await fill();
    const emailError = page.locator('#invite-email-error');
    await emailError.waitFor();
    expect(await emailError.textContent()).toBe(az['admin.emailTaken']);
    expect(await invite.getByLabel(az['member.email']).getAttribute('aria-invalid')).toBe('true');

    const card = page.locator('.member-card', { hasText: address });
    await card.getByRole('button', { name: `${az['admin.deactivate']}: ${name}` }).click();
    await card.getByRole('button', { name: azAdminMembers['admin.deactivateConfirm'] }).click();
    await card.getByText(az['status.deactivated'], { exact: true }).waitFor();
    await card.getByRole('button', { name: `${az['admin.reactivate']}: ${name}` }).click();
    await card.getByText(az['status.active'], { exact: true }).waitFor();
  });

  it('invite once when the answer to the first send was lost and the secretariat sends again', async () => {
    await open(page, '/admin/members');
    const address = `e2e-lost-${Date.now()}@example.org`;
    const name = `Nigar Həsənova ${Date.now()}`;
    const invite = page.locator('form', { has: page.getByRole('button', { name: az['admin.inviteSubmit'] }) });
    await invite.getByLabel(az['member.name']).fill(name);
    await invite.getByLabel(az['member.email']).fill(address);
    await invite.getByLabel(az['member.organisation'], { exact: true }).fill('Şəffaflıq Mərkəzi');
    await invite.getByLabel(az['member.organisationType']).selectOption('ngo');

    // The invitation reaches the server, but its answer never reaches the page.
    let lost: () => void = () => undefined;
    const answerLost = new Promise<void>((resolve) => {
      lost = resolve;
    });
    await page.route('**/api/members', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
      lost();
    });
    await invite.getByRole('button', { name: az['admin.inviteSubmit'] }).click();
    await answerLost;
    await page.unroute('**/api/members');
    await invite.getByRole('button', { name: az['admin.inviteSubmit'], disabled: false }).waitFor();

    await invite.getByRole('button', { name: az['admin.inviteSubmit'] }).click();
    await page.getByRole('status').filter({ hasText: name }).waitFor();
    expect(await page.locator('#invite-email-error').count()).toBe(0);
    await page.locator('.member-card', { hasText: address }).waitFor();
    expect(await page.locator('.member-card', { hasText: address }).count()).toBe(1);
    expect(await emailsTo(mailboxUrl, address)).toHaveLength(1);
  });

  it('sign out from the profile page', async () => {
    await open(page, '/me');
    await page.getByRole('button', { name: az['me.signOut'] }).click();
    await page.getByRole('heading', { level: 1, name: az['home.title'] }).waitFor();
    const nav = page.getByRole('navigation', { name: az['layout.primaryNav'] });
    await nav.getByRole('link', { name: az['nav.signIn'] }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/me')).status);
    expect(me).toBe(401);
  });
});
