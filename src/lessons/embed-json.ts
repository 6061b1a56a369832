/**
 * JSON that is safe to place inside a <script type="application/json"> element: `<`, `>` and `&` are escaped so
 * that a learner's or author's `</script>` can never end the element early.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
