import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger, flushLogs, logsWaiting } from '#functions/log.ts';
import { capturedOutput } from './captured-output.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('the logger', () => {
  it('writes every line above the threshold, in order, by the time the flush resolves', async () => {
    vi.stubEnv('LOG_LEVEL', 'info');
    const lines = capturedOutput().json;
    const log = createLogger({ requestId: 'req-log-order' });
    log.info('first', { n: 1 });
    log.warn('second', { n: 2 });
    log.error('third', { n: 3 });
    await flushLogs();
    const ours = lines.filter((line) => line.requestId === 'req-log-order');
    expect(ours.map((line) => [line.level, line.message, line.n])).toEqual([
      ['INFO', 'first', 1],
      ['WARN', 'second', 2],
      ['ERROR', 'third', 3],
    ]);
    expect(ours[0]).toMatchObject({ service: 'bhr-portal' });
    expect(logsWaiting()).toBe(false);
  });

  it('keeps the order of lines written while earlier ones still wait', async () => {
    vi.stubEnv('LOG_LEVEL', 'info');
    const lines = capturedOutput().json;
    const log = createLogger({ requestId: 'req-log-interleaved' });
    log.info('a');
    await Promise.resolve();
    log.info('b');
    await flushLogs();
    log.info('c');
    await flushLogs();
    expect(lines.filter((line) => line.requestId === 'req-log-interleaved').map((line) => line.message)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('writes nothing below the threshold, and leaves nothing waiting', async () => {
    vi.stubEnv('LOG_LEVEL', 'warn');
    const lines = capturedOutput().json;
    const log = createLogger({ requestId: 'req-log-quiet' });
    log.info('not written');
    expect(logsWaiting()).toBe(false);
    log.warn('written');
    await flushLogs();
    expect(lines.filter((line) => line.requestId === 'req-log-quiet').map((line) => line.message)).toEqual(['written']);
  });
});
