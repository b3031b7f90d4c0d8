import { useRef } from 'preact/hooks';

/**
 * An Idempotency-Key for a form's create: the same while the user sends the same content again
 * after a send whose outcome is unknown (a timeout, a lost answer: the first may have gone
 * through), a new one once the content changes or a send has succeeded, so that sending the
 * same content again on purpose is a new request. The API creates once per key.
 */
export function useIdempotencyKey() {
  const last = useRef<{ content: string; key: string } | null>(null);
  return {
    keyFor(content: unknown): string {
      const serialized = JSON.stringify(content);
      if (last.current?.content !== serialized) last.current = { content: serialized, key: crypto.randomUUID() };
      return last.current.key;
    },
    succeeded(): void {
      last.current = null;
    },
  };
}
