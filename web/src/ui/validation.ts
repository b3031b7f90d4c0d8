import type * as z from 'zod/mini';
import { type FieldError, fieldErrorsOf } from '#shared/field-errors.ts';
import { useShortIssueWording } from '#shared/issue-wording.ts';

// Set once, before any form checks what was typed: the shell has no zod to set it on, as
// pages that only read never load zod (ARCHITECTURE.md, "`web/`").
useShortIssueWording();

/** Runs a shared schema in the browser, so the form says what the API would say, sooner. */
export function validationErrors(schema: z.ZodMiniType, value: unknown): FieldError[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return fieldErrorsOf(result.error.issues);
}
