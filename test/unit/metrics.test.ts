import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('countMetric', () => {
  it('writes one embedded-metric-format line per event, in the BhrPortal namespace', async () => {
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    const { countMetric } = await import('#functions/metrics.ts');
    countMetric('MailFailed');
    const emf = lines.map((line) => JSON.parse(line)).find((line) => line._aws);
    expect(emf).toMatchObject({
      _aws: { CloudWatchMetrics: [{ Namespace: 'BhrPortal', Metrics: [{ Name: 'MailFailed', Unit: 'Count' }] }] },
      MailFailed: 1,
    });
  });
});
