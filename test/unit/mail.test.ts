import { describe, expect, it, vi } from 'vitest';
import { handleMailFeedback } from '#functions/domain/mail-feedback.ts';
import { countsOf, runMessagePass } from '#functions/domain/mail-worker.ts';
import { mailStreamFilter, matchesPattern } from '#functions/events/mail-stream-filter.ts';

const record = (eventName: string, type: string, state: string) => ({
  eventName,
  dynamodb: { NewImage: { type: { S: type }, state: { S: state }, id: { S: 'm1' } } },
});

describe('mail stream filter', () => {
  it('takes outbox messages written or touched while they have work left, and nothing else', () => {
    expect(matchesPattern(record('INSERT', 'outbox-message', 'queued'), mailStreamFilter)).toBe(true);
    expect(matchesPattern(record('MODIFY', 'outbox-message', 'sending'), mailStreamFilter)).toBe(true);
    expect(matchesPattern(record('MODIFY', 'outbox-message', 'done'), mailStreamFilter)).toBe(false);
    expect(matchesPattern(record('REMOVE', 'outbox-message', 'queued'), mailStreamFilter)).toBe(false);
    expect(matchesPattern(record('INSERT', 'delivery', 'queued'), mailStreamFilter)).toBe(false);
    expect(matchesPattern({ eventName: 'INSERT' }, mailStreamFilter)).toBe(false);
  });
});

describe('mail feedback', () => {
  const deps = () => ({
    now: () => new Date('2026-11-30T10:00:00Z'),
    mailSuppressions: { mark: vi.fn(async () => {}), clear: vi.fn(), marked: vi.fn() },
    members: {
      findByEmail: vi.fn(async (email: string) =>
        email === 'a@x.az' ? { id: 'member-a', name: 'Aysel Məmmədova' } : undefined,
      ),
    },
    outbox: { markBounced: vi.fn(async () => true) },
    subscriptions: { ofAddress: vi.fn(async () => []), remove: vi.fn(async () => {}) },
  });

  it('marks nothing for a soft (transient) bounce: the next message may well arrive', async () => {
    const d = deps();
    const marked = await handleMailFeedback(d as never, {
      eventType: 'Bounce',
      mail: { tags: { 'outbox-message': ['m1'] } },
      bounce: {
        bounceType: 'Transient',
        bounceSubType: 'MailboxFull',
        bouncedRecipients: [{ emailAddress: 'a@x.az' }],
      },
    });
    expect(marked).toEqual([]);
    expect(d.mailSuppressions.mark).not.toHaveBeenCalled();
  });

  it('marks a hard bounce by its lower-cased address and the delivery of the tagged message', async () => {
    const d = deps();
    const marked = await handleMailFeedback(d as never, {
      eventType: 'Bounce',
      mail: { tags: { 'outbox-message': ['m1'] } },
      bounce: { bounceType: 'Permanent', bounceSubType: 'General', bouncedRecipients: [{ emailAddress: 'A@X.az' }] },
    });
    expect(marked).toEqual(['a@x.az']);
    expect(d.mailSuppressions.mark).toHaveBeenCalledWith(
      expect.objectContaining({ address: 'a@x.az', reason: 'bounce' }),
      expect.objectContaining({ action: 'mail.bounced', entityType: 'member', entityId: 'member-a', actorId: null }),
    );
    expect(d.outbox.markBounced).toHaveBeenCalledWith(
      'm1',
      'a@x.az',
      '2026-11-30T10:00:00.000Z',
      'bounce: Permanent/General',
    );
  });

  it("audits a complaint on the address itself when it is no member's (a follower or guest)", async () => {
    const d = deps();
    await handleMailFeedback(d as never, {
      eventType: 'Complaint',
      mail: { tags: {} },
      complaint: { complaintFeedbackType: 'abuse', complainedRecipients: [{ emailAddress: 'F@x.az' }] },
    });
    expect(d.mailSuppressions.mark).toHaveBeenCalledWith(
      expect.objectContaining({ address: 'f@x.az', reason: 'complaint', detail: 'abuse' }),
      expect.objectContaining({ action: 'mail.complained', entityType: 'mail-address', entityId: 'f@x.az' }),
    );
  });
});

describe('message counts', () => {
  it('counts a bounced delivery as sent and bounced, and an interrupted or suppressed one as not sent', () => {
    const statuses = ['sent', 'bounced', 'failed', 'suppressed', 'unknown', 'pending', 'sending'] as const;
    expect(countsOf(statuses.map((status) => ({ status })))).toEqual({
      recipients: 7,
      sent: 2,
      failed: 1,
      bounced: 1,
      notSent: 2,
      pending: 2,
    });
  });
});

describe('a pass that runs out of time while listing recipients', () => {
  const message = {
    id: 'm1',
    kind: 'invitation',
    sessionId: 's1',
    session: { id: 's1', theme: 't' },
    audience: 'active-members',
    news: null,
    state: 'queued',
    expanded: false,
    pass: 0,
    counts: { recipients: 0, sent: 0, failed: 0, bounced: 0, notSent: 0, pending: 0 },
    createdAt: '2026-11-30T10:00:00.000Z',
    finishedAt: null,
  };
  const member = (i: number) => ({ id: `m${i}`, email: `m${i}@x.az`, name: `M ${i}`, language: 'az' });

  it('sends nothing, keeps what it listed, and leaves the rest of the listing to the next pass', async () => {
    const written: string[] = [];
    let clock = 0;
    const deadline = 10;
    const deps = {
      members: {
        // Each page takes the clock past the deadline: the second page must not be listed.
        list: vi.fn(async ({ cursor }: { cursor?: string }) => {
          clock += 5;
          return cursor ? { items: [member(2)], nextCursor: null } : { items: [member(1)], nextCursor: 'next' };
        }),
      },
      outbox: {
        get: vi.fn(async () => message),
        addDelivery: vi.fn(async (_id: string, delivery: { address: string }) => {
          written.push(delivery.address);
        }),
        allDeliveries: vi.fn(async () => written.map((address) => ({ address, status: 'pending' }))),
        endPass: vi.fn(async () => {}),
        claim: vi.fn(async () => true),
      },
      mailSuppressions: { marked: vi.fn(async () => new Set()) },
      mailer: { send: vi.fn() },
      themes: { get: vi.fn(async () => undefined) },
      now: () => new Date('2026-11-30T10:00:00Z'),
      sleep: vi.fn(),
      mailRate: { perSecond: 0, lanes: 2, backoffMs: 1, sendsPerPass: 10 },
    };
    const now = vi.spyOn(Date, 'now').mockImplementation(() => clock);
    try {
      const result = await runMessagePass(deps as never, 'm1', { deadline, maxSends: 10 });
      expect(result).toBe('continues');
    } finally {
      now.mockRestore();
    }
    expect(written).toEqual(['m1@x.az']);
    expect(deps.mailer.send).not.toHaveBeenCalled();
    expect(deps.outbox.endPass).toHaveBeenCalledWith(
      message,
      expect.objectContaining({ listed: false }),
      expect.any(String),
      null,
    );
  });
});
