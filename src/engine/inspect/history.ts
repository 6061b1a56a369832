/**
 * `docker history`: one row per history entry, newest first. IMAGE is the image id on the top row and
 * `<missing>` below it (the daemon has no image id for intermediate entries of a BuildKit build); CREATED BY has
 * tabs replaced by spaces and is cut to 45 columns with `…` unless `--no-trunc`; SIZE is go-units
 * `HumanSizeWithPrecision(size, 3)`; COMMENT is `buildkit.dockerfile.v0` for Dockerfile steps.
 * Source: docker/cli cli/command/image/formatter_history.go and history.go (default table
 * `{{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}`), formatter.go (tabwriter 10,1,3).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { BUILDKIT_COMMENT } from './layer.ts';
import type { ImageLayer } from './layer.ts';
import { humanDuration, humanSize } from './human-size.ts';
import { ellipsis } from './text-width.ts';
import { tabwrite } from './tab-writer.ts';

export interface HistoryRow {
  /** Full id (`sha256:…`) on the top row, `<missing>` below. */
  readonly id: string;
  readonly createdBy: string;
  /** Layer size in bytes (0 for entries without a layer). */
  readonly size: number;
  readonly comment: string;
  /** Seconds since the Unix epoch, when known. */
  readonly created: number | undefined;
  readonly emptyLayer: boolean;
  /** The entry this row shows. */
  readonly layer: ImageLayer;
}

export interface HistoryRowOptions {
  /** The image id for the top row; a stable stand-in is derived from the history when omitted. */
  readonly imageId?: string;
}

/** The rows `docker history` lists, newest first. */
export function historyRows(history: readonly ImageLayer[], options: HistoryRowOptions = {}): readonly HistoryRow[] {
  const imageId = options.imageId ?? standInImageId(history);
  const rows: HistoryRow[] = [];
  for (let i = history.length - 1; i >= 0; i--) {
    const layer = history[i] as ImageLayer;
    const parsed = layer.created === undefined ? NaN : Date.parse(layer.created);
    rows.push({
      id: i === history.length - 1 ? imageId : '<missing>',
      createdBy: layer.createdBy,
      size: layer.emptyLayer ? 0 : layer.bytes,
      comment: layer.comment ?? (layer.fromBase ? '' : BUILDKIT_COMMENT),
      created: Number.isFinite(parsed) ? Math.floor(parsed / 1000) : undefined,
      emptyLayer: layer.emptyLayer,
      layer,
    });
  }
  return rows;
}

export interface HistoryFormatOptions {
  /** `--no-trunc`: full ids and CREATED BY. */
  readonly noTrunc?: boolean;
  /** `--human` (default true); false prints CREATED AT in RFC 3339 and sizes in bytes. */
  readonly human?: boolean;
  /** "Now" in milliseconds since the epoch, for CREATED (`2 hours ago`); without it CREATED shows `N/A`. */
  readonly now?: number;
}

// formatter_history.go: dates before 2000-01-01 are not shown in human units.
const EPOCH_2000 = 946_684_800;

/** The text `docker history` prints for these rows, header included, each line ending in `\n`. */
export function formatHistory(rows: readonly HistoryRow[], options: HistoryFormatOptions = {}): string {
  const human = options.human ?? true;
  const trunc = !options.noTrunc;
  let text = `IMAGE\t${human ? 'CREATED' : 'CREATED AT'}\tCREATED BY\tSIZE\tCOMMENT\n`;
  for (const row of rows) {
    const id = trunc ? truncateId(row.id) : row.id;
    const createdBy = row.createdBy.replaceAll('\t', ' ');
    const cells = [
      id,
      createdColumn(row.created, human, options.now),
      trunc ? ellipsis(createdBy, 45) : createdBy,
      human ? humanSize(row.size) : String(row.size),
      row.comment,
    ];
    text += cells.join('\t') + '\n';
  }
  return tabwrite(text);
}

function createdColumn(created: number | undefined, human: boolean, now: number | undefined): string {
  if (!human) return rfc3339(created ?? 0);
  if (created === undefined || created <= EPOCH_2000 || now === undefined) return 'N/A';
  return `${humanDuration(now - created * 1000)} ago`;
}

function rfc3339(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** stringid.TruncateID: drop the `sha256:` prefix, keep 12 characters. */
export function truncateId(id: string): string {
  const colon = id.indexOf(':');
  const bare = colon >= 0 ? id.slice(colon + 1) : id;
  return bare.length > 12 ? bare.slice(0, 12) : bare;
}

function standInImageId(history: readonly ImageLayer[]): string {
  const text = history.map((l) => `${l.createdBy}\0${l.emptyLayer ? 0 : l.bytes}`).join('\n');
  return 'sha256:' + bytesToHex(sha256(utf8ToBytes(text)));
}
