import { z } from 'zod';
import { localized } from './common.ts';

export const themeSlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lowercase letters, digits and single hyphens.')
  .min(2)
  .max(80);

export const themeSchema = z
  .object({
    slug: themeSlugSchema,
    name: z.object({ az: z.string(), en: z.string() }),
    description: z.object({ az: z.string(), en: z.string() }),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Theme' });
export type Theme = z.infer<typeof themeSchema>;

export const themeListSchema = z.object({ items: z.array(themeSchema) }).meta({ id: 'ThemeList' });

export const createThemeSchema = z
  .strictObject({ slug: themeSlugSchema, name: localized(300), description: localized(2000) })
  .meta({ id: 'CreateTheme' });

export const updateThemeSchema = z
  .strictObject({ name: localized(300), description: localized(2000) })
  .partial()
  .refine((value) => Object.keys(value).length > 0, {
    message: 'Name at least one field to change.',
    params: { code: 'empty-change' },
  })
  .meta({ id: 'UpdateTheme' });
