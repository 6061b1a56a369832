/**
 * Text inside Monaco hover Markdown. Anything from the learner's file or the report goes through `escapeMarkdown`,
 * so `<script>`, `*`, `[link](x)` and backticks show exactly as written instead of being interpreted.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~&"']/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
