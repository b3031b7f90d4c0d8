import { z } from 'zod';
import { text } from './common.ts';

/** What a member or a guest asks for to take part: summed per kind for the secretariat. */
export const accessNeeds = ['signLanguage', 'stepFreeAccess', 'captioning', 'accessibleFormats'] as const;

export const accessibilityNeedsSchema = z.strictObject({
  signLanguage: z.boolean().default(false),
  stepFreeAccess: z.boolean().default(false),
  captioning: z.boolean().default(false),
  accessibleFormats: z.boolean().default(false),
  other: text(500, 0).default(''),
});
export type AccessibilityNeeds = z.infer<typeof accessibilityNeedsSchema>;
