/** Hours as whole hundredths, so the ledger adds and subtracts exactly. */
export type Centi = number;

/** Hours (≤ 2 decimals) → hundredths. */
export function toCenti(hours: number): Centi {
  return Math.round(hours * 100);
}

/** Hundredths → hours as a number. */
export function fromCenti(c: Centi): number {
  return c / 100;
}

/** Hundredths → Danish text ("4,5 timer"). */
export function hoursDa(c: Centi): string {
  const whole = Math.trunc(c / 100);
  const frac = c % 100;
  const text = frac === 0 ? String(whole) : `${whole},${String(frac).padStart(2, "0").replace(/0$/, "")}`;
  return `${text} ${c === 100 ? "time" : "timer"}`;
}
