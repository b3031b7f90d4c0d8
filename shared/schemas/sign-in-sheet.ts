import { z } from 'zod';
import { accessibilityNeedsSchema } from './needs.ts';
import { sessionSchema } from './session.ts';

/**
 * A session's sign-in sheet, for the secretariat to print (ARCHITECTURE.md, "Session workflow"):
 * the members who answered yes or maybe and the confirmed guests, by organisation and name, with
 * the accessibility needs summed per kind.
 */
export const signInSheetSchema = z
  .object({
    session: sessionSchema,
    people: z.array(
      z.object({
        kind: z.enum(['member', 'guest']),
        name: z.string(),
        organisation: z.string(),
        answer: z.enum(['yes', 'maybe']),
        needs: accessibilityNeedsSchema,
      }),
    ),
    needs: z
      .object({
        signLanguage: z.number().int(),
        stepFreeAccess: z.number().int(),
        captioning: z.number().int(),
        accessibleFormats: z.number().int(),
        other: z.array(z.string()).meta({ description: 'Each other need, as written.' }),
      })
      .meta({ description: 'How many of the people listed asked for each kind of need.' }),
  })
  .meta({ id: 'SignInSheet' });
export type SignInSheet = z.infer<typeof signInSheetSchema>;
