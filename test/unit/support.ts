import { vi } from 'vitest';
import { createApp } from '#functions/api/app.ts';
import type { AppDeps } from '#functions/api/env.ts';
import type { Member } from '#shared/schemas/member.ts';

export const portalOrigin = 'http://localhost:3000';

export function aMember(overrides: Partial<Member> = {}): Member {
  return {
    id: 'member-0001',
    name: 'Test Üzv',
    email: 'member@test.example',
    organisation: 'Test QHT',
    organisationType: 'ngo',
    position: '',
    role: 'member',
    status: 'active',
    language: 'az',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/**
 * Dependencies whose every repository method is a mock that fails unless a test says what it
 * answers: a unit test states exactly which data calls it expects.
 */
export function mockDeps(overrides: Partial<AppDeps> = {}): AppDeps {
  const unexpected = (name: string) => vi.fn(async () => Promise.reject(new Error(`unexpected call: ${name}`)));
  const repository = <T extends string>(name: string, methods: T[]) =>
    Object.fromEntries(methods.map((method) => [method, unexpected(`${name}.${method}`)]));
  return {
    health: { table: vi.fn(async () => true), bucket: vi.fn(async () => true) },
    members: repository('members', ['get', 'findByEmail', 'create', 'update', 'list']) as never,
    signInLinks: repository('signInLinks', ['create', 'get', 'redeem']) as never,
    logins: repository('logins', ['getWithMember', 'delete']) as never,
    idempotency: repository('idempotency', ['claim', 'complete', 'release']) as never,
    rateLimits: repository('rateLimits', ['get', 'save']) as never,
    auditLog: repository('auditLog', ['list', 'forRecord']) as never,
    themes: repository('themes', ['get', 'list', 'create', 'update']) as never,
    recommendations: repository('recommendations', ['get', 'getWithHistory', 'getMany', 'save', 'list']) as never,
    rounds: repository('rounds', [
      'getWithReports',
      'list',
      'open',
      'saveReport',
      'review',
      'close',
      'addReminder',
    ]) as never,
    sessions: repository('sessions', [
      'get',
      'getWithRsvp',
      'getWithRsvps',
      'list',
      'create',
      'update',
      'setRsvp',
      'recordAttendance',
    ]) as never,
    guests: repository('guests', ['get', 'listForSession', 'save', 'saveWithSeat']) as never,
    documents: repository('documents', [
      'get',
      'getWithVersions',
      'create',
      'update',
      'list',
      'pendingUploads',
    ]) as never,
    files: repository('files', ['presignUpload', 'presignDownload', 'inspect', 'move', 'remove']) as never,
    outcomes: repository('outcomes', [
      'getWithRevisions',
      'saveDraft',
      'publish',
      'correct',
      'index',
      'settleIndex',
      'pendingIndexes',
      'catalogEntry',
      'catalog',
      'postings',
      'catalogEntries',
      'importPublished',
    ]) as never,
    subscriptions: repository('subscriptions', [
      'get',
      'requestConfirmation',
      'confirmation',
      'confirm',
      'byUnsubscribeToken',
      'remove',
      'followers',
    ]) as never,
    mailer: { send: vi.fn(async () => {}) },
    outbox: repository('outbox', ['get', 'addDelivery', 'deliveries', 'allDeliveries', 'forSession']) as never,
    // A sign-in clears the address's bounce mark; the secretariat's member lists read the marks.
    mailSuppressions: {
      mark: vi.fn(async () => Promise.reject(new Error('unexpected call: mailSuppressions.mark'))),
      clear: vi.fn(async () => {}),
      marked: vi.fn(async () => new Set<string>()),
    },
    // Changes to public answers ask the edge to drop its copies; tests that care look at the calls.
    edgeCache: { invalidate: vi.fn(async () => {}) },
    portalOrigin,
    now: () => new Date('2026-11-25T10:00:00.000Z'),
    sleep: vi.fn(async () => {}),
    ...overrides,
  };
}

/** An app whose session cookie `bhr_session=<id>.<secret>` signs in as `actor`. */
export function appFor(actor: Member | undefined, overrides: Partial<AppDeps> = {}) {
  const deps = mockDeps(overrides);
  if (actor) {
    deps.logins.getWithMember = vi.fn(async () => ({
      login: { tokenHash: 'h', memberId: actor.id, createdAt: '', expiresAt: Date.now() / 1000 + 3600 },
      member: actor,
    }));
  }
  return { app: createApp(deps), deps };
}

export const sessionCookie = `bhr_session=member-0001.${'a'.repeat(43)}`;
