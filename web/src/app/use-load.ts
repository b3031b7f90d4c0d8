import { useCallback, useEffect, useState } from 'preact/hooks';

export type Loaded<T> = { state: 'loading' } | { state: 'done'; value: T } | { state: 'failed'; error: unknown };

/** Loads once on mount (and again on `reload`); an answer for an unmounted page is dropped. */
export function useLoad<T>(load: () => Promise<T>, dependencies: unknown[] = []) {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load().then(
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
