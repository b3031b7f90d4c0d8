import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type Read, type TakenRead, takeRead } from './read-ahead.ts';

export type Loaded<T> = { state: 'loading' } | { state: 'done'; value: T } | { state: 'failed'; error: unknown };

/**
 * Loads once on mount (and again on `reload` or a change of `dependencies`); an answer for an
 * unmounted page is dropped. Given a `Read`, the first load takes what the page read ahead
 * (read-ahead.ts): a page drawn after it arrived shows it in its first drawing.
 */
export function useLoad<T>(load: (() => Promise<T>) | Read<T>, dependencies: unknown[] = []) {
  const [taken] = useState<TakenRead<T> | undefined>(() =>
    typeof load === 'function' ? undefined : takeRead<T>(load.key),
  );
  const [result, setResult] = useState<Loaded<T>>(
    taken?.arrived ? { state: 'done', value: taken.arrived.value } : { state: 'loading' },
  );
  const [round, setRound] = useState(0);
  // What the first effect takes over: nothing if the first drawing held the answer, else the read
  // ahead, which may arrive after that drawing but before the effect and must then still be shown.
  const aheadOfFirstEffect = useRef<TakenRead<T> | 'drawn' | undefined>(taken?.arrived ? 'drawn' : taken);

  useEffect(() => {
    const ahead = aheadOfFirstEffect.current;
    aheadOfFirstEffect.current = undefined;
    if (ahead === 'drawn') return;
    let current = true;
    // Unchanged when already loading (as on mount), so that nothing is drawn again for it.
    setResult((shown) => (shown.state === 'loading' ? shown : { state: 'loading' }));
    (ahead?.promise ?? (typeof load === 'function' ? load() : load.load())).then(
      (value) => current && setResult({ state: 'done', value }),
      (error: unknown) => current && setResult({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [round, ...dependencies]);

  const reload = useCallback(() => setRound((count) => count + 1), []);
  return [result, reload] as const;
}
