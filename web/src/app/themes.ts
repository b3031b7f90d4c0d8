import type { Theme } from '#shared/schemas/theme.ts';
import { api } from './api.ts';
import type { I18n } from './i18n.ts';
import { once } from './once.ts';
import { type Loaded, useLoad } from './use-load.ts';

const allThemes = once(() => api.themes());

/** The themes, read once per visit (a failed read is tried again next time). */
export const loadThemes = allThemes.load;

/**
 * The themes; once read, at once, so that a page loaded after them (detail pages await
 * `loadThemes` with their record) never shows a theme's slug before its name (no layout shift).
 */
export function useThemes(): Loaded<Theme[]> {
  const [loaded] = useLoad(loadThemes);
  const read = allThemes.value();
  return loaded.state === 'loading' && read ? { state: 'done', value: read } : loaded;
}

export function themeName(themes: ReturnType<typeof useThemes>, slug: string, { lang }: I18n): string {
  return (themes.state === 'done' && themes.value.find((theme) => theme.slug === slug)?.name[lang]) || slug;
}

/** The themes as the options of a select, in the reader's language (empty while they load). */
export function themeOptions(themes: ReturnType<typeof useThemes>, { lang }: Pick<I18n, 'lang'>) {
  return (themes.state === 'done' ? themes.value : []).map((theme) => ({ value: theme.slug, label: theme.name[lang] }));
}
