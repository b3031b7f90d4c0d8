import { describe, expect, it } from 'vitest';
import { api, baseUrl } from '../support/http.ts';
import { mailSettled } from '../support/mail.ts';
import { emailsTo, follow, latestEmailTo } from '../support/mailbox.ts';
import { heldSession, outcomeInput, publish, saveOutcome } from '../support/outcomes.ts';
import { secretariat, uniqueEmail } from '../support/people.ts';
import { scheduledSession } from '../support/sessions.ts';

const linkTo = (text: string | undefined, path: string) => {
  const match = new RegExp(`https?://\\S+${path.replace('/', '\\/')}\\?token=[\\w-]+`).exec(text ?? '');
  if (!match) throw new Error(`no ${path} link`);
  return match[0];
};

describe('following a theme by email', () => {
  it('sends news only after confirmation, and stops after one-click unsubscribe', async () => {
    const email = uniqueEmail('follower');
    // A theme of its own: other test files schedule sessions of the founding themes meanwhile.
    const theme = `follow-${Date.now()}`;
    const created = await api('/api/themes', {
      method: 'POST',
      cookie: await secretariat(),
      body: {
        slug: theme,
        name: { az: 'İzləmə yoxlaması', en: 'Follow check' },
        description: { az: 'Test', en: 'Test' },
      },
    });
    expect(created.status).toBe(201);
    const asked = await api('/api/subscriptions', { method: 'POST', body: { email, theme, language: 'en' } });
    expect(asked.status).toBe(202);
    const confirmation = await latestEmailTo(email);
    expect(confirmation.subject).toBe('Confirm your subscription · Abunəliyi təsdiqləyin');

    // Not confirmed yet: a newly scheduled session of the theme sends nothing.
    const unconfirmed = await scheduledSession({ theme });
    await mailSettled(unconfirmed.id, 2);
    expect(await emailsTo(email)).toHaveLength(1);

    const confirmed = await follow(linkTo(confirmation.body.text, '/api/subscriptions/confirm'));
    expect(confirmed.location).toBe(`${baseUrl()}/follow?status=confirmed&theme=${theme}`);
    expect((await follow(linkTo(confirmation.body.text, '/api/subscriptions/confirm'))).location).toBe(
      `${baseUrl()}/follow?status=invalid-link`,
    );

    const session = await scheduledSession({
      theme,
      title: { az: 'KSM və insan hüquqları', en: 'CSR and human rights' },
    });
    const news = await latestEmailTo(email, 1);
    expect(news.subject).toContain('CSR and human rights');
    expect(news.body.text).toContain(`/sessions/${session.id}`);
    const headers = (news as unknown as { headers?: Array<{ name: string; value: string }> }).headers ?? [];
    expect(headers.find((h) => h.name === 'List-Unsubscribe-Post')?.value).toBe('List-Unsubscribe=One-Click');

    const held = await heldSession({ theme });
    await saveOutcome(held.id, outcomeInput());
    await publish(held.id);
    const outcomeNews = await latestEmailTo(email, 2, (e) => (e.body.text ?? '').includes(`/outcomes/${held.id}`));
    expect(outcomeNews.body.text).toContain(`/outcomes/${held.id}`);

    const unsubscribed = await follow(linkTo(outcomeNews.body.text, '/api/subscriptions/unsubscribe'));
    expect(unsubscribed.location).toBe(`${baseUrl()}/follow?status=unsubscribed&theme=${theme}`);
    const count = (await emailsTo(email)).length;
    const afterUnfollow = await scheduledSession({ theme });
    await mailSettled(afterUnfollow.id, 2);
    await mailSettled(held.id, 3);
    expect(await emailsTo(email)).toHaveLength(count);
  });

  it('answers alike for any address and tells nobody who follows what', async () => {
    const email = uniqueEmail('follower');
    const theme = 'disability-rights';
    const first = await api('/api/subscriptions', { method: 'POST', body: { email, theme } });
    const confirmation = await latestEmailTo(email);
    await follow(linkTo(confirmation.body.text, '/api/subscriptions/confirm'));
    const again = await api('/api/subscriptions', { method: 'POST', body: { email, theme } });
    const stranger = await api('/api/subscriptions', { method: 'POST', body: { email: uniqueEmail('other'), theme } });
    expect([first.status, again.status, stranger.status]).toEqual([202, 202, 202]);
    expect(again.body).toEqual(stranger.body);
    // The address that already follows gets no second confirmation (news of the theme may come).
    const confirmations = (await emailsTo(email)).filter((e) => e.subject.startsWith('Abunəliyi təsdiqləyin'));
    expect(confirmations).toHaveLength(1);
  });

  it('refuses bad input and unknown themes with 400 naming the field', async () => {
    const bad = await api('/api/subscriptions', { method: 'POST', body: { email: 'nope', theme: 'Not A Slug' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['email', 'theme']));
    const unknown = await api('/api/subscriptions', {
      method: 'POST',
      body: { email: uniqueEmail(), theme: 'no-such-theme' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('theme');
    const forged = await follow(`${baseUrl()}/api/subscriptions/unsubscribe?token=forged`);
    expect(forged.location).toBe(`${baseUrl()}/follow?status=invalid-link`);
  });
});
