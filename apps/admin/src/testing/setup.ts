import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  window.location.hash = '';
  window.localStorage.clear();
});

// jsdom lays nothing out, so it has no ResizeObserver; charts only need it to exist.
if (!('ResizeObserver' in globalThis)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(globalThis, { ResizeObserver: NoLayoutResizeObserver });
}

// CodeMirror (inside GraphiQL) measures text ranges, which jsdom does not lay out either.
if (typeof Range !== 'undefined' && !('getBoundingClientRect' in Range.prototype)) {
  const emptyRect = () => ({ x: 0, y: 0, width: 0, height: 0, top: 0, right: 0, bottom: 0, left: 0, toJSON: () => ({}) });
  Object.assign(Range.prototype, {
    getBoundingClientRect: emptyRect,
    getClientRects: () => Object.assign([], { item: () => null }),
  });
}
