import * as z from 'zod/mini';

/**
 * How the pages' zod words an issue the schemas do not word themselves. zod/mini has no
 * wording of its own, and the pages need none beyond telling a missing value (`Required.`)
 * from a wrong one: they say field errors in the reader's language from their codes
 * (shared/field-errors.ts, web/src/ui/field-messages.ts). The API loads zod's English instead.
 */
export function useShortIssueWording(): void {
  z.config({
    localeError: (issue) =>
      issue.code === 'invalid_type' && issue.input === undefined ? 'Required.' : 'Invalid input',
  });
}
