import { defineRule } from '../rule.ts';
import { inCaseOf } from '../keyword-case.ts';
import { dropQuotes, isArchiveName } from '../path-text.ts';

/** ADD only earns its keep for URLs and archives it should unpack; for plain files it hides that magic. */
export const addInsteadOfCopy = defineRule({
  meta: {
    id: 'add-instead-of-copy',
    severity: 'error',
    sources: [{ tool: 'hadolint', code: 'DL3020' }],
    title: 'ADD used to copy plain files',
    explanation:
      'ADD does more than copy: it downloads URLs and unpacks local tar archives into the destination. For plain files and folders it behaves like COPY — until someone adds a .tar.gz to the source list and it silently gets extracted. COPY does exactly one thing, so a reader knows what happens.',
    suggestion: 'Use COPY for files and folders; keep ADD for archives you want unpacked (or remote URLs with `--checksum`).',
    examples: {
      bad: [{ dockerfile: 'FROM nginx:1.27\nADD index.html /usr/share/nginx/html/\n' }],
      good: [
        { dockerfile: 'FROM nginx:1.27\nCOPY index.html /usr/share/nginx/html/\n' },
        { dockerfile: 'FROM debian:bookworm-slim\nADD rootfs.tar.gz /\n', note: 'ADD unpacks a local archive, which COPY would not.' },
      ],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'add') return undefined;
    const plain = instruction.sources.some((s) => {
      const src = dropQuotes(s.value);
      return !isArchiveName(src) && !src.startsWith('http://') && !src.startsWith('https://');
    });
    if (!plain) return undefined;
    return [
      {
        range: instruction.keywordRange,
        message: 'ADD copies plain files here; use COPY, which does only that.',
        fix: { title: 'Use COPY', edits: [{ range: instruction.keywordRange, text: inCaseOf('COPY', instruction.keyword) }] },
      },
    ];
  },
});
