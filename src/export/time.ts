/**
 * Times in exports: the local wall-clock time with its UTC offset ("2024-01-20T08:00:00+08:00"), so a reader in
 * Beijing sees the hour they audited at and a program still reads the exact instant (ISO 8601, like the UTC form).
 */

/** `iso` (any Date-parsable instant) as local time with offset; an unparsable text is returned unchanged. */
export function localTime(iso: string, offsetMinutes?: number): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  // getTimezoneOffset is minutes *behind* UTC (−480 in China); the offset east of UTC is its negative.
  const east = offsetMinutes ?? -new Date(ms).getTimezoneOffset();
  const local = new Date(ms + east * 60_000);
  const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const sign = east < 0 ? '-' : '+';
  return `${date}T${time}${sign}${pad(Math.trunc(east / 60))}:${pad(east % 60)}`;
}
