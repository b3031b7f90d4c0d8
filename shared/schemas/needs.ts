import * as z from 'zod/mini';
import { text } from './common.ts';

export const accessibilityNeedsSchema = /* @__PURE__ */ z.strictObject({
  signLanguage: z._default(z.boolean(), false),
  stepFreeAccess: z._default(z.boolean(), false),
  captioning: z._default(z.boolean(), false),
  accessibleFormats: z._default(z.boolean(), false),
  other: z._default(text(500, 0), ''),
});
export type AccessibilityNeeds = z.infer<typeof accessibilityNeedsSchema>;

/** The needs of someone who asked for nothing. */
export const noNeeds: AccessibilityNeeds = {
  signLanguage: false,
  stepFreeAccess: false,
  captioning: false,
  accessibleFormats: false,
  other: '',
};
