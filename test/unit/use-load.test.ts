// @vitest-environment happy-dom
import { h, options, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetReadsAhead, read, readAhead } from '../../web/src/app/read-ahead.ts';
import { type Loaded, useLoad } from '../../web/src/app/use-load.ts';

/**
 * Preact runs effects after the browser has painted; here they run when a test says so, to place
 * an answer's arrival exactly between a drawing and its effects.
 */
let effectsAfterPaint: (() => void)[] = [];
const runEffects = async () => {
  const due = effectsAfterPaint;
  effectsAfterPaint = [];
  for (const effects of due) effects();
  await settle();
};
/** Lets resolved promises and the re-renders they cause happen. */
const settle = () => new Promise((done) => setTimeout(done, 0));

const drawn: string[] = [];
function Shows({ load }: { load: Parameters<typeof useLoad<string>>[0] }) {
  const [loaded] = useLoad(load);
  const text = describeState(loaded);
  drawn.push(text);
  return h('p', null, text);
}
const describeState = (loaded: Loaded<string>) =>
  loaded.state === 'done' ? `done: ${loaded.value}` : loaded.state === 'failed' ? 'failed' : 'loading';

/** A read that answers when the test says so, counting how often it was asked. */
function heldRead(key: string) {
  let answer: (value: string) => void = () => undefined;
  const asked = { count: 0 };
  const wanted = read(key, () => {
    asked.count += 1;
    return new Promise<string>((done) => {
      answer = done;
    });
  });
  return { wanted, asked, answer: (value: string) => answer(value) };
}

describe('useLoad, given what the page read ahead', () => {
  let root: HTMLElement;
  beforeEach(() => {
    options.requestAnimationFrame = (effects) => {
      effectsAfterPaint.push(effects);
    };
    root = document.createElement('div');
    drawn.length = 0;
    forgetReadsAhead();
  });
  afterEach(() => {
    render(null, root);
    options.requestAnimationFrame = undefined;
    effectsAfterPaint = [];
  });

  it('shows an answer that arrived before the first drawing in that drawing, asking once', async () => {
    const held = heldRead('session a');
    const ahead = readAhead(held.wanted);
    held.answer('A');
    await ahead;
    render(h(Shows, { load: held.wanted }), root);
    await runEffects();
    expect(drawn).toEqual(['done: A']);
    expect(held.asked.count).toBe(1);
  });

  it('shows an answer that arrives after the first drawing, before its effects run', async () => {
    const held = heldRead('session b');
    const ahead = readAhead(held.wanted);
    render(h(Shows, { load: held.wanted }), root);
    expect(root.textContent).toBe('loading');
    held.answer('B');
    await ahead;
    await runEffects();
    expect(root.textContent).toBe('done: B');
    expect(held.asked.count).toBe(1);
  });

  it('shows an answer that arrives after the effects ran', async () => {
    const held = heldRead('session c');
    void readAhead(held.wanted);
    render(h(Shows, { load: held.wanted }), root);
    await runEffects();
    expect(root.textContent).toBe('loading');
    held.answer('C');
    await settle();
    expect(root.textContent).toBe('done: C');
    expect(held.asked.count).toBe(1);
  });

  it('reads itself when nothing was read ahead, drawing the loading state once', async () => {
    const held = heldRead('session d');
    render(h(Shows, { load: held.wanted }), root);
    await runEffects();
    expect(held.asked.count).toBe(1);
    held.answer('D');
    await settle();
    expect(root.textContent).toBe('done: D');
    expect(drawn).toEqual(['loading', 'done: D']);
  });
});
