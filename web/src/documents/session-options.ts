import type { Session } from '#shared/schemas/session.ts';
import type { I18n } from '../app/i18n.ts';
import { useSession } from '../app/session.ts';
import { useLoad } from '../app/use-load.ts';

/** Per reader (a member sees members-only sessions a visitor does not). */
const sessionsOnce = new Map<string, Promise<Session[]>>();

/**
 * The sessions a document may belong to (those the reader may see), newest first: read once per
 * visit, for the session choices of the documents pages. The sessions client (and its schemas)
 * comes only then, after the page has shown.
 */
export function useSessionChoices() {
  const session = useSession();
  const reader = session.status === 'signed-in' ? session.me.id : session.status;
  return useLoad(() => {
    let sessions = sessionsOnce.get(reader);
    if (!sessions) {
      sessions = import('../sessions/sessions-api.ts')
        .then(({ sessionsApi }) => sessionsApi.list({ order: 'desc', limit: 100 }))
        .then(
          (page) => page.items,
          (error: unknown) => {
            sessionsOnce.delete(reader);
            throw error;
          },
        );
      sessionsOnce.set(reader, sessions);
    }
    return sessions;
  }, [reader])[0];
}

/** Options for a select: "Title — 10 December 2026". */
export function sessionOptions(
  loaded: ReturnType<typeof useSessionChoices>,
  i18n: I18n,
  extra?: { id: string; label: string },
): Array<{ value: string; label: string }> {
  const sessions = loaded.state === 'done' ? loaded.value : [];
  const options = sessions.map((session) => ({
    value: session.id,
    label: `${session.title[i18n.lang]} — ${i18n.formatDateTime(session.startsAt)}`,
  }));
  if (extra && !options.some((option) => option.value === extra.id))
    options.push({ value: extra.id, label: extra.label });
  return options;
}

export function sessionTitle(loaded: ReturnType<typeof useSessionChoices>, id: string, i18n: I18n): string | undefined {
  return loaded.state === 'done' ? loaded.value.find((session) => session.id === id)?.title[i18n.lang] : undefined;
}
