import { describe, expect, it } from 'vitest';
import { forgetReadsAhead, read, readAhead, takeRead } from '../../web/src/app/read-ahead.ts';

describe('reads ahead of the page that takes them', () => {
  it('hands a read that arrived to the first taker, with its value, and to nobody after', async () => {
    let loads = 0;
    const wanted = read('catalog ?q=x', async () => {
      loads += 1;
      return { items: ['a'] };
    });
    await readAhead(wanted);
    const taken = takeRead<{ items: string[] }>(wanted.key);
    expect(taken?.arrived).toEqual({ value: { items: ['a'] } });
    await expect(taken?.promise).resolves.toEqual({ items: ['a'] });
    expect(takeRead(wanted.key)).toBeUndefined();
    expect(loads).toBe(1);
  });

  it('hands a read still on its way as a promise, marked arrived once it has', async () => {
    let answer: (value: string) => void = () => undefined;
    const wanted = read('session 1', () => new Promise<string>((resolve) => (answer = resolve)));
    const settledAhead = readAhead(wanted);
    const taken = takeRead<string>(wanted.key);
    expect(taken?.arrived).toBeUndefined();
    answer('the session');
    await settledAhead;
    expect(taken?.arrived).toEqual({ value: 'the session' });
  });

  it('settles a failed read without rejecting, and hands its failure to the taker', async () => {
    const wanted = read('outcome 2', () => Promise.reject(new Error('not found')));
    await expect(readAhead(wanted)).resolves.toBeUndefined();
    const taken = takeRead(wanted.key);
    expect(taken?.arrived).toBeUndefined();
    await expect(taken?.promise).rejects.toThrow('not found');
  });

  it('forgets what an earlier page read and nobody took', async () => {
    await readAhead(read('home', async () => 'stale'));
    forgetReadsAhead();
    expect(takeRead('home')).toBeUndefined();
  });
});
