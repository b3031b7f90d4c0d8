import type { validationErrors } from './validation.ts';

/**
 * The checks of what a form inside a reading page sends, loaded when they are first needed (its
 * first focus, or its submit): `validationErrors` and the module of its schemas, both with zod,
 * which a visitor who only reads never downloads (ARCHITECTURE.md, "`web/`"). Each call after the
 * first answers from the browser's module cache.
 */
export function lazyChecks<Schemas>(
  loadSchemas: () => Promise<Schemas>,
): () => Promise<Schemas & { validationErrors: typeof validationErrors }> {
  return () =>
    Promise.all([import('./validation.ts'), loadSchemas()]).then(([validation, schemas]) => ({
      ...schemas,
      validationErrors: validation.validationErrors,
    }));
}
