// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { freshCount, useRowsInSlices } from './useRowsInSlices.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const keys = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
let seen: number[] = [];
function Rows({ list }: { list: readonly string[] }) {
  const rows = useRowsInSlices(list, 10);
  seen.push(rows);
  return null;
}

describe('useRowsInSlices', () => {
  let root: Root;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    root = createRoot(document.createElement('div'));
    seen = [];
  });
  afterEach(() => {
    act(() => root.unmount());
    vi.useRealTimers();
  });
  const render = (list: readonly string[]) => act(() => root.render(<Rows list={list} />));
  const nextSlice = () => act(() => vi.advanceTimersToNextFrame() && vi.advanceTimersByTime(1));
  const last = () => seen[seen.length - 1];

  it('renders a long new list a slice per task until all of it shows', () => {
    render(keys('a', 35));
    expect(seen[0]).toBe(10);
    const grown: number[] = [];
    for (let i = 0; i < 5; i++) {
      nextSlice();
      grown.push(last()!);
    }
    expect(grown).toEqual([20, 30, 35, 35, 35]);
  });

  it('renders a short list, and a change of a few rows, at once; never shrinks for an edit', () => {
    render(keys('a', 8));
    expect(last()).toBe(8);
    // An edit: the same findings and five new ones.
    render([...keys('a', 8), ...keys('b', 5)]);
    expect(last()).toBe(13);
  });

  it('starts over when a list of mostly new rows arrives (another design opened)', () => {
    render(keys('a', 12));
    nextSlice();
    expect(last()).toBe(12);
    render(keys('c', 40));
    expect(last()).toBe(10);
  });
});

describe('freshCount', () => {
  it('counts the keys not seen before', () => {
    expect(freshCount(new Set(['a', 'b']), ['a', 'c', 'd', 'b'])).toBe(2);
  });
});
