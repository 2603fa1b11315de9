// Plain-number baselines: the same rules in a few lines, no validation, no explanation, floats.
// They are the physical floor the public functions are compared with.

export function baselineExtraCost(monthly: number): number {
  if (monthly < 608) return 0;
  if (monthly <= 1707) return 1138;
  if (monthly <= 2846) return 2277;
  return 2277;
}

export function baselineEscort(usage: number[], grant = 15, window = 6, cap = 90): number {
  const lots: { m: number; left: number }[] = [];
  let lapsed = 0;
  usage.forEach((u, m) => {
    const saved = lots.reduce((s, l) => s + l.left, 0);
    const cur = { m, left: Math.min(grant, cap - saved) };
    let need = u;
    const take = Math.min(need, cur.left);
    cur.left -= take;
    need -= take;
    for (let i = lots.length - 1; i >= 0 && need > 0; i--) {
      const l = lots[i] as { left: number };
      const t = Math.min(need, l.left);
      l.left -= t;
      need -= t;
    }
    lots.push(cur);
    while (lots.length > 0 && (lots[0] as { m: number }).m <= m - window + 1) lapsed += (lots.shift() as { left: number }).left;
  });
  return lapsed;
}

export function baselineBpa(h: { day: number; evening: number; night: number; saturday: number; sunday: number; onCall: number }, hourly: number): number {
  const w = 52;
  const hours = h.day + h.evening + h.night + h.saturday + h.sunday;
  const wages = hours * w * hourly;
  const supp = (h.evening * 0.3 + h.night * 0.35 + h.saturday * 0.3 + h.sunday * 0.5) * w * hourly;
  const onCall = h.onCall * w * hourly * 0.75;
  const pay = wages + supp + onCall;
  return pay * (1 + 0.13 + 0.125) + hours * w * 5.45 + 12000 - 9 * w * hourly;
}

export function baselineResidential(income: number, expenses: number, disposable: number, charge: number): number {
  if (income === 0) return 0;
  return Math.max(0, Math.min(charge, income - expenses - disposable));
}

export function baselineShelter(arrivalMs: number, departureMs: number, rates: Record<number, number>): number {
  const days = Math.ceil((departureMs - arrivalMs) / 86_400_000);
  let total = 0;
  for (let i = 0; i < days; i++) total += rates[new Date(arrivalMs + i * 86_400_000).getUTCFullYear()] as number;
  return total;
}
