import { createStore } from './store.ts';

/** The text of the page's polite live region; results of async actions are told through it. */
export const announcementStore = createStore('');

let pending: ReturnType<typeof setTimeout> | undefined;

export function announce(message: string): void {
  clearTimeout(pending);
  // Emptied first, so that the same message said twice is still heard twice.
  announcementStore.set('');
  pending = setTimeout(() => announcementStore.set(message), 60);
}

/** A success to show at the top of the page an action led to (a created session's own page). */
export const flashStore = createStore<{ text: string; pathname: string } | null>(null);

/** Says `message` and shows it on the page at `pathname`, once the action navigates there. */
export function flash(message: string, pathname: string): void {
  flashStore.set({ text: message, pathname });
  announce(message);
}
