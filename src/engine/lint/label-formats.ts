/**
 * Value checks for hadolint's `label-schema` types. Plain readings of each standard, sized for a linter:
 * URL = an absolute URI (RFC 3986: scheme ":" …), date = RFC 3339 date-time, semver = semver.org 2.0.0,
 * hash = a short (7) or full (40) lower-case git SHA-1, email = an RFC 5322 addr-spec without comments.
 */
import type { LabelType } from './config.ts';
import { spdxIds } from './spdx-ids.ts';

const checks: Readonly<Record<Exclude<LabelType, 'text'>, (value: string) => boolean>> = {
  url: (v) => /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(v),
  rfc3339: (v) => /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/.test(v),
  semver: (v) =>
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/.test(v),
  hash: (v) => /^[0-9a-f]{7}$|^[0-9a-f]{40}$/.test(v),
  spdx: (v) => spdxIds.has(v.endsWith('+') ? v.slice(0, -1) : v) || /^LicenseRef-[A-Za-z0-9.-]+$/.test(v),
  email: (v) =>
    /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(v),
};

/** hadolint's code for a value that does not match its declared type. */
export const labelTypeCode: Readonly<Record<Exclude<LabelType, 'text'>, string>> = {
  url: 'DL3052', rfc3339: 'DL3053', spdx: 'DL3054', hash: 'DL3055', semver: 'DL3056', email: 'DL3058',
};

export const labelTypeName: Readonly<Record<Exclude<LabelType, 'text'>, string>> = {
  url: 'a URL', rfc3339: 'an RFC 3339 date-time', spdx: 'an SPDX license id', hash: 'a git commit hash', semver: 'a semantic version', email: 'an email address',
};

export function matchesLabelType(type: LabelType, value: string): boolean {
  return type === 'text' || checks[type](value);
}
