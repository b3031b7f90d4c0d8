import * as z from 'zod/mini';
import { bilingual, localized, meta } from './common.ts';

export const themeSlugSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lowercase letters, digits and single hyphens.'),
    z.minLength(2),
    z.maxLength(80),
  );

export const themeSchema = /* @__PURE__ */ z
  .object({
    slug: themeSlugSchema,
    name: bilingual(),
    description: bilingual(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.int(),
  })
  .apply(meta({ id: 'Theme' }));
export type Theme = z.infer<typeof themeSchema>;

export const themeListSchema = /* @__PURE__ */ z
  .object({ items: z.array(themeSchema) })
  .apply(meta({ id: 'ThemeList' }));

export const createThemeSchema = /* @__PURE__ */ z
  .strictObject({ slug: themeSlugSchema, name: localized(300), description: localized(2000) })
  .apply(meta({ id: 'CreateTheme' }));

export const updateThemeSchema = /* @__PURE__ */ z
  .partial(z.strictObject({ name: localized(300), description: localized(2000) }))
  .check(
    z.refine((value) => Object.keys(value).length > 0, {
      message: 'Name at least one field to change.',
      params: { code: 'empty-change' },
    }),
  )
  .apply(meta({ id: 'UpdateTheme' }));
