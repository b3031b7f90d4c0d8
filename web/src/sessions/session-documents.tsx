import { useEffect, useState } from 'preact/hooks';
import { addMessages } from '../app/i18n.ts';
import { once } from '../app/once.ts';
import { readAhead } from '../app/read-ahead.ts';
import { documentListMessages } from '../documents/document-list-messages.ts';

/**
 * The list (with the documents client and its schemas) and its messages are their own chunks,
 * so that the session page itself stays small; loaded once per visit.
 */
const list = once(() =>
  Promise.all([import('./session-document-list.tsx'), addMessages(documentListMessages)]).then(([module]) => module),
);

/** Part of the session page's first reads: the list's chunks, and the documents it shows. */
export const readSessionDocumentsAhead = (sessionId: string) =>
  list.load().then((module) => readAhead(module.sessionDocumentsRead(sessionId)));

/** The documents of a session, for its page: drawn with the page when the list was read ahead. */
export function SessionDocuments({ sessionId }: { sessionId: string }) {
  const [List, setList] = useState(() => list.value()?.SessionDocumentList);

  useEffect(() => {
    if (List) return;
    let current = true;
    list.load().then(
      (module) => current && setList(() => module.SessionDocumentList),
      // Without its chunk the section is left out; the rest of the session page stands.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  return List ? <List sessionId={sessionId} /> : null;
}
