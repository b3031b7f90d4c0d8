import { describe, expect, it } from 'vitest';
import { isReturnPath, returnPathOr } from '#shared/return-path.ts';

describe('the path a sign-in returns to', () => {
  it('takes the portal’s own pages, with their query', () => {
    for (const path of [
      '/',
      '/sessions/abc',
      '/sessions?view=month&month=2027-03',
      '/outcomes/x#history',
      '/themes/ə',
    ]) {
      expect(isReturnPath(path)).toBe(true);
    }
  });

  it('refuses anything a browser could read as another site, and the API', () => {
    for (const path of [
      '//evil.com',
      'https://evil',
      '/\\evil',
      '/\\/evil',
      '\\\\evil',
      'evil.com',
      '/ /evil',
      '/a\nb',
      '/api/me',
      '/api',
      '',
      `/${'x'.repeat(500)}`,
    ]) {
      expect(isReturnPath(path), path).toBe(false);
    }
    expect(isReturnPath('/apis')).toBe(true);
  });

  it('falls back to the home page, or what the caller names', () => {
    expect(returnPathOr('//evil.com')).toBe('/');
    expect(returnPathOr(null, '')).toBe('');
    expect(returnPathOr('/members')).toBe('/members');
  });
});
