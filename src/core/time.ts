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
 * The instant at which the Europe/Copenhagen wall clock shows the given time (a time the clock
 * skips in spring is read an hour later; one it shows twice in autumn, the first time).
 *
 * @example
 * dateAtWallClock({ year: 2024, month: 3, day: 1, hour: 0, minute: 0 }).toISOString() //=> "2024-02-29T23:00:00.000Z"
 */
export function dateAtWallClock(w: WallClock): Date {
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  // Copenhagen is UTC+1 or UTC+2: start from +2 and correct by what the clock shows.
  let t = naive - 2 * 3_600_000;
  for (let k = 0; k < 3; k++) {
    const c = copenhagenWallClock(t);
    const diff = naive - Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute);
    if (diff === 0) break;
    t += diff;
  }
  return new Date(t);
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
