import * as z from 'zod/mini';
import { meta } from './common.ts';
import { accessibilityNeedsSchema } from './needs.ts';
import { sessionSchema } from './session.ts';

/**
 * A session's sign-in sheet, for the secretariat to print (ARCHITECTURE.md, "Session workflow"):
 * the members who answered yes or maybe and the confirmed guests, by organisation and name, with
 * the accessibility needs summed per kind.
 */
export const signInSheetSchema = /* @__PURE__ */ z
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
        signLanguage: z.int(),
        stepFreeAccess: z.int(),
        captioning: z.int(),
        accessibleFormats: z.int(),
        other: z.array(z.string()).apply(meta({ description: 'Each other need, as written.' })),
      })
      .apply(meta({ description: 'How many of the people listed asked for each kind of need.' })),
  })
  .apply(meta({ id: 'SignInSheet' }));
export type SignInSheet = z.infer<typeof signInSheetSchema>;
