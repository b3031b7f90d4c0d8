import { useRef } from 'preact/hooks';

/**
 * An Idempotency-Key for a form's create: the same while the user sends the same content again
 * (after a timeout or a lost answer the first send may have gone through), a new one once the
 * content changes. The API then creates once and answers a repeat with the first result.
 */
export function useIdempotencyKey(): (content: unknown) => string {
  const last = useRef<{ content: string; key: string } | null>(null);
  return (content) => {
    const serialized = JSON.stringify(content);
    if (last.current?.content !== serialized) last.current = { content: serialized, key: crypto.randomUUID() };
    return last.current.key;
  };
}
