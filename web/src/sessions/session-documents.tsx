import { useEffect, useState } from 'preact/hooks';
import { addMessages } from '../app/i18n.ts';
import { documentListMessages } from '../documents/document-list-messages.ts';
import type { SessionDocumentList } from './session-document-list.tsx';

/**
 * The documents of a session, for its page. The list (with the documents client and its
 * schemas) and its messages are their own chunks, fetched as the session page shows, so that the
 * session page itself stays small.
 */
export function SessionDocuments({ sessionId }: { sessionId: string }) {
  const [loaded, setLoaded] = useState<{ List: typeof SessionDocumentList } | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([import('./session-document-list.tsx'), addMessages(documentListMessages)]).then(
      ([module]) => current && setLoaded({ List: module.SessionDocumentList }),
      // Without its chunk the section is left out; the rest of the session page stands.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  if (!loaded) return null;
  return <loaded.List sessionId={sessionId} />;
}
