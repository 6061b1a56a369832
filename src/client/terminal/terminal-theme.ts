/**
 * The terminal's colours: the site's palette, with every ANSI colour the terminal uses at WCAG AA contrast (4.5:1)
 * on its background, in both themes — and readable on a projector.
 */
import type { ITheme } from '@xterm/xterm';

const LIGHT: ITheme = {
  background: '#ffffff',
  foreground: '#1b1f24',
  cursor: '#1b1f24',
  cursorAccent: '#ffffff',
  selectionBackground: '#b6d4f5',
  black: '#1b1f24',
  red: '#b42318',
  green: '#1a7f37',
  yellow: '#7a4f00',
  blue: '#0b5cad',
  magenta: '#6639ba',
  cyan: '#0e6a77',
  white: '#57606a',
  brightBlack: '#57606a',
  brightWhite: '#1b1f24',
};

const DARK: ITheme = {
  background: '#0f1419',
  foreground: '#e6e8eb',
  cursor: '#e6e8eb',
  cursorAccent: '#0f1419',
  selectionBackground: '#2f4a66',
  black: '#0f1419',
  red: '#ff8a80',
  green: '#56d364',
  yellow: '#f2cc60',
  blue: '#6cb6ff',
  magenta: '#c3b5ff',
  cyan: '#56d4c1',
  white: '#e6e8eb',
  brightBlack: '#a0a8b3',
  brightWhite: '#ffffff',
};

export function terminalTheme(dark: boolean): ITheme {
  return dark ? DARK : LIGHT;
}
