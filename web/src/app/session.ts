import type { Member } from '#shared/schemas/member.ts';
import { api } from './api.ts';
import { createStore, useStore } from './store.ts';

export type Session = { status: 'loading' } | { status: 'anonymous' } | { status: 'signed-in'; me: Member };

export const sessionStore = createStore<Session>({ status: 'loading' });

export function useSession(): Session {
  return useStore(sessionStore);
}

/** The readable companion of the session cookie (`functions/api/session-cookie.ts`). */
const signedInHint = /(?:^|;\s*)bhr_signed_in=/;

/**
 * Asks the API who is signed in, only when the browser holds the signed-in hint: a visitor who
 * never signed in costs the API no request. An API that cannot say leaves the visitor anonymous.
 */
export async function refreshSession(): Promise<void> {
  if (!signedInHint.test(document.cookie)) {
    sessionStore.set({ status: 'anonymous' });
    return;
  }
  try {
    const me = await api.me();
    sessionStore.set(me ? { status: 'signed-in', me } : { status: 'anonymous' });
  } catch {
    sessionStore.set({ status: 'anonymous' });
  }
}

export function signedInAs(me: Member): void {
  sessionStore.set({ status: 'signed-in', me });
}

export function signedOut(): void {
  sessionStore.set({ status: 'anonymous' });
}
