import { describe, expect, test } from 'vitest';
import { KEY_HELP, actionFor } from './keys.ts';

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('presenter keys', () => {
  test.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'step-build'],
    ['B', 'play-build'],
    ['c', 'apply-change'],
    ['s', 'reveal-solution'],
    ['v', 'toggle-variant'],
    ['t', 'terminal'],
    ['e', 'editor'],
    ['d', 'theme'],
    ['f', 'fullscreen'],
    ['?', 'help'],
    ['Escape', 'close'],
    ['x', undefined],
  ])('%j → %s', (k, action) => {
    expect(actionFor(key(k))).toBe(action);
  });

  test('browser shortcuts stay the browser’s', () => {
    expect(actionFor(key('ArrowRight', { altKey: true }))).toBeUndefined();
    expect(actionFor(key('f', { ctrlKey: true }))).toBeUndefined();
    expect(actionFor(key('r', { metaKey: true }))).toBeUndefined();
  });

  test('every documented key does something', () => {
    const keys = KEY_HELP.flatMap((h) => h.keys.split(/\s+/)).map((k) => (k === 'Space' ? ' ' : k === '→' ? 'ArrowRight' : k === '←' ? 'ArrowLeft' : k === 'Shift+B' ? 'B' : k.length === 1 ? k.toLowerCase() : k));
    for (const k of keys) expect(actionFor(key(k)), k).toBeDefined();
  });
});
