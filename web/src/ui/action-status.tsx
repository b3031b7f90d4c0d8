import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../app/announcer.ts';
import { useI18n } from '../app/i18n.ts';
import { problemMessage } from './notices.tsx';

/**
 * What an action came to, shown where it was taken (ARCHITECTURE.md, "Feedback"): under way,
 * done, or failed. Success is also told through the page's one polite live region, failure
 * through `role="alert"`; progress shows on the action's own button as well.
 */
export type ActionState =
  | { tone: 'progress'; text: string }
  | { tone: 'success'; text: string }
  // The error, not its words, where it has none of its own: a language switch says it again.
  | { tone: 'failure'; error: unknown; text?: string };

export function ActionStatus({ state, id }: { state: ActionState | null; id?: string }) {
  const i18n = useI18n();
  const shown = useRef<HTMLDivElement>(null);
  // An action's button may sit at the bottom of the screen: what it came to is scrolled into view.
  useEffect(() => {
    if (state && state.tone !== 'progress') shown.current?.scrollIntoView?.({ block: 'nearest' });
  }, [state]);
  if (!state) return null;
  if (state.tone === 'failure') {
    return (
      <div ref={shown} id={id} class="notice notice-error action-status" role="alert">
        {state.text ?? problemMessage(i18n, state.error)}
      </div>
    );
  }
  return (
    <div ref={shown} id={id} class={`action-status action-status-${state.tone}`}>
      <span class="action-status-mark" aria-hidden="true" />
      {state.text}
    </div>
  );
}

/** The state of one place's actions; `succeeded` also announces, so every success is heard and seen. */
export function useActionStatus() {
  const [state, setState] = useState<ActionState | null>(null);
  return {
    state,
    inProgress: (text: string) => setState({ tone: 'progress', text }),
    succeeded(text: string) {
      setState({ tone: 'success', text });
      announce(text);
    },
    failed: (error: unknown, text?: string) => setState({ tone: 'failure', error, ...(text ? { text } : {}) }),
    clear: () => setState(null),
  };
}
