import { describe, expect, it, vi } from 'vitest';

describe('configuration', () => {
  it('names every missing variable when it cannot start', async () => {
    vi.resetModules();
    const saved = { ...process.env };
    delete process.env.TABLE_NAME;
    process.env.PORTAL_ORIGIN = 'not a url';
    try {
      const { config } = await import('#functions/config.ts');
      expect(() => config()).toThrow(/TABLE_NAME.*PORTAL_ORIGIN|PORTAL_ORIGIN.*TABLE_NAME/);
    } finally {
      process.env = saved;
    }
  });
});
