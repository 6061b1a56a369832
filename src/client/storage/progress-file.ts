/**
 * The progress file: what "Export progress" writes and "Import progress" accepts. Validated with zod on import, so a
 * file that is not ours (or was edited by hand into something else) is refused with a message that says what is
 * wrong, and nothing in the browser changes. Loaded only when the learner imports.
 */
import { z } from 'zod';

const MAX_FILE_BYTES = 5_000_000;

export const progressFileSchema = z.strictObject({
  format: z.literal('shipshape-progress'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  /** `<lesson>/<exercise>` → ISO date first solved. */
  solved: z.record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/), z.iso.datetime()),
  /** Saved work per storage key: files by name, and when they were saved (ms since 1970). */
  work: z.record(
    z.string().min(1).max(200),
    z.strictObject({ files: z.record(z.string().min(1).max(200), z.string()), savedAt: z.number().int().nonnegative() }),
  ),
});

export type ProgressFile = z.infer<typeof progressFileSchema>;

export type ParsedProgress = { readonly ok: true; readonly file: ProgressFile } | { readonly ok: false; readonly message: string };

export function parseProgressFile(text: string): ParsedProgress {
  if (text.length > MAX_FILE_BYTES) return { ok: false, message: 'The file is larger than any progress file Shipshape writes.' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not JSON.' };
  }
  const result = progressFileSchema.safeParse(json);
  if (result.success) return { ok: true, file: result.data };
  const issue = result.error.issues[0]!;
  const where = issue.path.length > 0 ? `at “${issue.path.join('.')}”` : 'at the top level';
  return { ok: false, message: `It does not look like a Shipshape progress file (${where}: ${issue.message}).` };
}
