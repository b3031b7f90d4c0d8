import { useCallback, useState } from 'preact/hooks';
import type { FieldMessages } from './field-messages.ts';

/**
 * A form's field errors and how many times they were shown: each showing is a new attempt, so
 * the error summary takes the focus again even when the same errors come back.
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldMessages>({});
  const [attempt, setAttempt] = useState(0);

  const showErrors = useCallback((found: FieldMessages) => {
    setErrors(found);
    setAttempt((count) => count + 1);
  }, []);
  const clearErrors = useCallback(() => setErrors({}), []);

  /** Changes the errors quietly (a field fixed, a list renumbered), without moving the focus. */
  const keepErrors = useCallback((change: (current: FieldMessages) => FieldMessages) => setErrors(change), []);

  return { errors, attempt, showErrors, clearErrors, keepErrors };
}
