// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { monacoInlineCss } from './scripts/vite/monaco-inline-css.mjs';

// Cross-origin isolation: a WebContainer terminal (and SharedArrayBuffer) needs both headers. One setting covers
// `astro dev` and `astro preview`; a static host must send the same two (see README).
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  site: 'https://shipshape.example',
  trailingSlash: 'ignore',
  integrations: [mdx()],
  server: { headers: isolationHeaders, host: '127.0.0.1' },
  vite: {
    plugins: [monacoInlineCss()],
    worker: { format: 'es' },
    build: { chunkSizeWarningLimit: 4000 },
  },
});
