/**
 * Danish law runs on Danish time: a `Date` is an instant, read as the wall-clock time in
 * Europe/Copenhagen whatever the machine's time zone. Uses the platform's
 * `Intl.DateTimeFormat` with `timeZone: "Europe/Copenhagen"` (Node, browsers and Apps Script's
 * V8 carry the zone data).
 */

/** A wall-clock reading: year, month (1–12), day, hour (0–23), minute. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

let formatter: Intl.DateTimeFormat | undefined;

function copenhagen(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat("en-US", {
    timeZone: "Europe/Copenhagen",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  });
  return formatter;
}

/**
 * Is `value` a Date — also one from another realm (an iframe, `node:vm`, Apps Script)?
 * Recognised by `Object.prototype.toString`, not `instanceof`.
 *
 * @example
 * isDate(new Date(Date.UTC(2026, 0, 1))) //=> true
 * isDate({ getTime: () => 0 }) //=> false
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/**
 * The instant's time in ms, read with the real `Date.prototype.getTime` (a subclass or a
 * foreign Date cannot lie about it); `NaN` when it cannot be read.
 *
 * @example
 * instantOf(new Date(0)) //=> 0
 */
export function instantOf(value: Date): number {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return Number.NaN;
  }
}

/**
 * The Europe/Copenhagen wall-clock time of an instant (ms since 1970).
 *
 * @example
 * copenhagenWallClock(Date.UTC(2025, 7, 31, 22, 30)) //=> { year: 2025, month: 9, day: 1, hour: 0, minute: 30 }
 */
export function copenhagenWallClock(ms: number): WallClock {
  const parts = copenhagen().formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") % 24, minute: get("minute") };
}
