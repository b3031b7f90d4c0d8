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
