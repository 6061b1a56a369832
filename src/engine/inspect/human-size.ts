/**
 * Sizes and durations in Docker's words.
 * - `humanSize`: docker/go-units `HumanSizeWithPrecision(size, 3)`, what `docker history` and `docker images`
 *   print: decimal units, Go's `%.3g` (`0B`, `4.1kB`, `77.9MB`, and Go's own `1e+03kB` for 999,999 bytes).
 * - `humanizeBytes`: dustin/go-humanize `Bytes`, what dive prints (`7.0 kB`, `1000 kB`).
 * - `humanDuration`: go-units `HumanDuration` (`About an hour`, `2 weeks`).
 */

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'] as const;

/** go-units `HumanSizeWithPrecision`: divide by 1000 while >= 1000, then `%.*g` and the unit. */
export function humanSizeWithPrecision(bytes: number, precision: number): string {
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < DECIMAL_UNITS.length - 1) {
    size = size / 1000;
    i++;
  }
  return formatG(size, precision) + DECIMAL_UNITS[i];
}

/** Docker's size text for `docker history` and `docker images`. */
export function humanSize(bytes: number): string {
  return humanSizeWithPrecision(bytes, 3);
}

/**
 * Go's `fmt.Sprintf("%.<p>g", x)`: at most `p` significant digits, rounded half to even on the exact
 * binary value, trailing zeros dropped, exponent form when the exponent is < -4 or >= p.
 * Source: go/src/strconv/ftoa.go (formatDigits, fmtE, fmtF).
 */
export function formatG(x: number, precision: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  if (x < 0 || Object.is(x, -0)) return '-' + formatG(-x, precision);
  const prec = Math.max(precision, 1);
  if (x === 0) return '0';
  // Exact decimal digits of the double (100 significant digits cover every value with exponent >= -40).
  const [mantissa = '', expText = '0'] = x.toPrecision(100).split('e');
  let digits = mantissa.replace('.', '');
  let dp = (mantissa.indexOf('.') < 0 ? mantissa.length : mantissa.indexOf('.')) + Number(expText);
  const lead = digits.search(/[1-9]/);
  dp -= lead;
  digits = digits.slice(lead);
  // Round to `prec` significant digits, ties to even.
  if (digits.length > prec) {
    const next = digits.charCodeAt(prec) - 48;
    const restNonZero = /[1-9]/.test(digits.slice(prec + 1));
    const last = digits.charCodeAt(prec - 1) - 48;
    const up = next > 5 || (next === 5 && (restNonZero || last % 2 === 1));
    digits = digits.slice(0, prec);
    if (up) {
      const carried = (BigInt(digits) + 1n).toString();
      if (carried.length > digits.length) dp++;
      digits = carried.slice(0, prec);
    }
  }
  digits = digits.replace(/0+$/, '');
  const nd = digits.length;
  let eprec = prec;
  if (eprec > nd && nd >= dp) eprec = nd;
  const exp = dp - 1;
  if (exp < -4 || exp >= eprec) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp);
    return `${m}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
  }
  const fracDigits = Math.max((prec > dp ? nd : prec) - dp, 0);
  let int = dp > 0 ? digits.slice(0, dp).padEnd(dp, '0') : '0';
  if (fracDigits === 0) return int;
  let frac = '';
  for (let i = 1; i <= fracDigits; i++) {
    const j = dp + i - 1;
    frac += j >= 0 && j < nd ? digits[j] : '0';
  }
  if (int === '') int = '0';
  return `${int}.${frac}`;
}

const SI_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'] as const;

/** go-humanize `Bytes` (SI): `0 B`, `803 B`, `1.0 kB`, `10 kB`, `1000 kB`, `5.5 GB`. */
export function humanizeBytes(bytes: number): string {
  if (bytes < 10) return `${bytes} B`;
  const e = Math.floor(Math.log(bytes) / Math.log(1000));
  const suffix = SI_UNITS[e] ?? '?';
  const val = Math.floor((bytes / Math.pow(1000, e)) * 10 + 0.5) / 10;
  return `${val < 10 ? val.toFixed(1) : fixed0HalfEven(val)} ${suffix}`;
}

/** `%.0f` with Go's ties-to-even (JavaScript's toFixed rounds ties up). */
function fixed0HalfEven(x: number): string {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff === 0.5) return String(floor % 2 === 0 ? floor : floor + 1);
  return x.toFixed(0);
}

/** go-units `HumanDuration` of a duration in milliseconds (`docker history` adds " ago"). */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60_000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3_600_000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / 3_600_000) / 24 / 365)} years`;
}
