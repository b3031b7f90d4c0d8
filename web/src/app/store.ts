import { useLayoutEffect, useReducer } from 'preact/hooks';

/** A value that components can follow; the app's few pieces of global state are stores. */
export interface Store<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useStore<T>(store: Store<T>): T {
  const [, bump] = useReducer((count: number) => count + 1, 0);
  const rerender = () => bump(undefined);
  const value = store.get();
  useLayoutEffect(() => {
    const unsubscribe = store.subscribe(rerender);
    // The value may have changed between this render and the subscription.
    if (!Object.is(store.get(), value)) rerender();
    return unsubscribe;
  }, [store]);
  return value;
}
