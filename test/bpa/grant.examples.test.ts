import { describe, expect, it } from "vitest";
import { bpaGrant, bpaSettlement, InputError } from "../../src/index.js";

// Worked by hand: Aarhus løntrin 11, 1 Oct 2021 (135,60 kr./time; bpa.aarhus.dk), 52 weeks.
const worked = {
  section: "96" as const,
  date: "2021-10-01",
  preset: "aarhus-lt11" as const,
  weeklyHours: { day: 30, evening: 10, night: 5, saturday: 4, sunday: 4 },
  onCallWeeklyHours: 7,
  employer: "association" as const,
  servicePreset: "albertslund-2018" as const,
  wage: { employerCosts: [{ label: "Forsikring (test input)", perHour: "1.50" }] },
  helperExpensesMonthly: 1200,
  allowances: { care: true },
};

describe("BPA § 96 — a worked case by hand (Aarhus 2021-10 løntrin 11; Albertslund 2018 admin and rules)", () => {
  const g = bpaGrant(worked);
  it("wages: 53 t/uge × 52 = 2.756 t × 135,60 = 373.713,60 kr.", () => {
    expect(g.hours).toMatchObject({ weekly: 53, yearly: 2756, onCallYearly: 364, offsetWeekly: 9 });
    expect(g.yearly.wages).toBe("373713.60");
  });
  it("supplements (Aarhus: evening 30 %, night 35 %, Saturday 30 %, Sunday 50 %): 21.153,60 + 12.339,60 + 8.461,44 + 14.102,40", () => {
    expect(g.yearly.supplements).toBe("56057.04");
    expect(g.explanation.map((s) => s.text)).toContain("Aftentillæg: 10 t/uge × 52 uger × 30 % × 135,60 kr. = 21.153,60 kr.");
  });
  it("on-call: 7 t/uge × 52 × 75 % × 135,60 = 37.018,80 kr., no time supplements", () => {
    expect(g.yearly.onCall).toBe("37018.80");
  });
  it("pension 13 % and holiday pay 12,5 % of 466.789,44 kr.", () => {
    expect(g.yearly.pension).toBe("60682.63");
    expect(g.yearly.holidayPay).toBe("58348.68");
  });
  it("employer cost per paid hour (3.120 t × 1,50); Albertslund 2018: «5,45 kr. pr udmålte BPA time» — fixed, pooled and on-call hours are the grant's forms, so 3.120 t × 5,45; helper expenses «max 1.000 kr.» a month (§ 96)", () => {
    expect(g.yearly.employerCosts).toBe("4680.00");
    expect(g.yearly.admin).toBe("17004.00"); // (2.756 + 364) × 5,45
    expect(g.yearly.helperExpenses).toBe("12000.00");
  });
  it("Albertslund 2018, § 96: «Plejetillæg omregnes til 9 normaltimer»: 9 × 52 × 135,60 = 63.460,80 kr. set off", () => {
    expect(g.yearly.offset).toBe("63460.80");
  });
  it("total 556.043,95 kr.; monthly 46.337,00 kr. (total / 12 = 46.336,995…, half up; 12 × monthly = 556.044,00)", () => {
    expect(g.yearly.total).toBe("556043.95");
    expect(g.monthly).toBe("46337.00");
    expect(g.monthlyTimesTwelve).toBe("556044.00");
  });
  it("SEL § 96 a, stk. 2: association employer → monthly in arrears; the 30 days for the invoice are Holbæk 2024's («Frist for betaling er 30 dage efter modtagelse af regning»), not Albertslund's", () => {
    expect(g.payment).toEqual({ timing: "monthly-in-arrears" });
    const h = bpaGrant({ ...worked, date: "2024-01-01", preset: "aarhus-2021-10-lt11", servicePreset: "holbaek-2024", allowances: { attendance: true, yearlyAmount: 5000 } });
    expect(h.payment).toEqual({ timing: "monthly-in-arrears", dueDaysAfterInvoice: 30 });
    const step = h.explanation.find((s) => s.rule === "bpa.payment.in-arrears");
    expect(step?.text).toMatch(/fakturaen betales inden 30 dage\.$/);
    expect(step?.source).toMatch(/^SEL § 96 a, stk\. 2; Holbæk Kommune, .*BPA § 96, pkt\. 4/);
    expect(g.explanation.find((s) => s.rule === "bpa.payment.in-arrears")?.source).toBe("SEL § 96 a, stk. 2");
    expect(bpaGrant({ ...worked, employer: "relative", relativeWeeklyHours: 30 }).payment).toEqual({ timing: "monthly-in-advance" });
  });
});

describe("BPA employer-role variants, offsets and limits", () => {
  const base = { section: "96" as const, date: "2021-10-01", preset: "aarhus-2021-10-lt11" as const, weeklyHours: { day: 40 }, servicePreset: "albertslund-2018" as const };
  it("Albertslund 2018: employer role transferred → 5,45 kr. per measured hour (2.080 t → 11.336,00 kr.)", () => {
    expect(bpaGrant({ ...base, employer: "company" }).yearly.admin).toBe("11336.00");
  });
  it("Albertslund 2018: «efter regning op til 2.030,00 kr. årligt pr. hjælper» — without an invoice the maximum is shown (3 helpers → 6.090 kr.)", () => {
    expect(bpaGrant({ ...base, employer: "citizen", payroll: "association", helpers: 3 }).yearly.admin).toBe("6090.00");
    expect(() => bpaGrant({ ...base, employer: "citizen", payroll: "association" })).toThrow(/helpers is required/);
  });
  it("Holbæk 2024, BPA pkt. 4: no admin fee when a close relative is employer", () => {
    const g = bpaGrant({ ...base, date: "2024-01-01", employer: "relative", servicePreset: "holbaek-2024" });
    expect(g.yearly.admin).toBe("0.00");
    expect(g.explanation.some((s) => s.text.includes("nærtstående er arbejdsgiver"))).toBe(true);
  });
  it("Albertslund 2018, § 96: bistandstillæg 4,5 or plejetillæg 9 normal hours a week are set off — one of them, never both («et af de ovennævnte tillæg»)", () => {
    const g = bpaGrant({ ...base, employer: "citizen", allowances: { care: true } });
    expect(g.hours.offsetWeekly).toBe(9);
    expect(g.yearly.offset).toBe("63460.80"); // 9 × 52 × 135,60
    expect(() => bpaGrant({ ...base, employer: "citizen", allowances: { attendance: true, care: true } })).toThrow(/cannot have both attendance and care true/);
  });
  it("SEL § 95, stk. 3: a close relative receiving a § 95 grant works at most 48 hours a week unless a special case is allowed", () => {
    const s95 = { ...base, section: "95" as const };
    expect(() => bpaGrant({ ...s95, employer: "relative", relativeWeeklyHours: 48.5 })).toThrow(/at most 48 hours a week/);
    expect(bpaGrant({ ...s95, employer: "relative", relativeWeeklyHours: 48 }).eligible).toBe(true);
    expect(bpaGrant({ ...s95, employer: "relative", relativeWeeklyHours: 50, relativeCapException: true }).explanation.some((s) => s.rule.startsWith("bpa.relative-cap"))).toBe(true);
  });
  it("§ 95, stk. 2: 20 hours a week is not eligible (a result with the reason); 20,5 hours is", () => {
    const no = bpaGrant({ ...base, section: "95", employer: "citizen", weeklyHours: { day: 20 } });
    expect(no).toMatchObject({ eligible: false, yearly: { total: "0.00" } });
    expect(no.reason).toMatch(/mere end 20 timer/);
    const yes = bpaGrant({ ...base, section: "95", employer: "citizen", weeklyHours: { day: 20.5 }, helperExpensesMonthly: 800 });
    expect(yes.eligible).toBe(true);
    expect(yes.yearly.helperExpenses).toBe("6000.00"); // Albertslund 2018, § 95: «højst bevilges 500 kr.» a month
  });
  it("weeksPerYear is said in the explanation; yearly hours give the same grant as weekly", () => {
    const w = bpaGrant({ ...base, employer: "citizen", weeklyHours: { day: 40, evening: 5 } });
    const y = bpaGrant({ ...base, employer: "citizen", weeklyHours: undefined, yearlyHours: { day: 2080, evening: 260 } });
    expect(y.yearly).toEqual(w.yearly);
    expect(w.explanation.find((s) => s.rule.startsWith("bpa.hours"))?.text).toMatch(/52 uger om året/);
  });
  it("a date outside the Aarhus rows fails clearly; explicit wage fields win over the preset", () => {
    expect(() => bpaGrant({ ...base, preset: "aarhus-lt11", date: "2024-01-01", employer: "citizen" })).toThrow(/AARHUS_WAGES\.lt11 .* has no row for 2024/);
    // a fixed-row preset keeps Aarhus' fractions while the municipality passes its own hourly wage
    const g = bpaGrant({ ...base, preset: "aarhus-2021-10-lt11", date: "2024-01-01", employer: "citizen", wage: { hourly: 150 } });
    expect(g.yearly.wages).toBe("312000.00");
  });
  it("bad input: missing wage basis, holiday hours without a sourced supplement, both hour forms", () => {
    expect(() => bpaGrant({ section: "96", date: "2024-01-01", weeklyHours: { day: 40 }, employer: "citizen" })).toThrow(/wage\.hourly is required/);
    expect(() => bpaGrant({ ...base, employer: "citizen", weeklyHours: { day: 30, holiday: 1 } })).toThrow(/wage\.supplements\.holiday is required/);
    expect(() => bpaGrant({ ...base, employer: "citizen", yearlyHours: { day: 1 } })).toThrow(/cannot both be given/);
    expect(() => bpaGrant({ ...base, employer: "citizen", allowances: { care: true }, weeklyHours: { day: 5 } })).toThrow(/allowances set off 9 normal hours/);
    expect(() => bpaGrant({ ...base, employer: "boss" as never })).toThrow(InputError);
  });
});

describe("BPA yearly settlement (Albertslund 2018: «senest d. 1 marts … Tilskud til ikke-forbrugte timer skal tilbagebetales»)", () => {
  it("80 unused day hours × 135,60 × (1 + 13 % + 12,5 %) = 13.614,24 kr., due 1 March next year", () => {
    const r = bpaSettlement({ grant: { section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 }, servicePreset: "albertslund-2018" }, used: { day: 2000 } });
    // Issue 25 § 4: under Albertslund's service level the account is «over de udmålte og forbrugte timer» — by kind, cited to Albertslund.
    expect(r).toMatchObject({ repayment: "13614.24", dueDate: "2022-03-01", policy: "by-kind" });
    expect(r.explanation.find((s) => s.rule === "bpa.settlement.netting.by-kind")?.source).toMatch(/^Albertslund Kommune, Kvalitetsstandard 2018/);
    // Over-use of one kind is not netted against under-use of another under Albertslund; Holbæk nets money («ubrugte midler»).
    const mixed = (servicePreset: "albertslund-2018" | "holbaek-2024") => bpaSettlement({ grant: { section: "96", date: "2024-01-01", preset: "aarhus-2021-10-lt11", employer: "citizen", weeklyHours: { day: 40, evening: 5 }, wage: { supplements: { evening: 0.3 } }, servicePreset }, used: { day: 2000, evening: 300 } });
    expect(mixed("albertslund-2018").policy).toBe("by-kind");
    expect(mixed("holbaek-2024").policy).toBe("money");
    expect(Number(mixed("albertslund-2018").repayment)).toBeGreaterThan(Number(mixed("holbaek-2024").repayment));
    expect(bpaSettlement({ grant: { section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 } }, used: { day: 2000 } }).dueDate).toBeUndefined();
    expect(r.lines[0]).toMatchObject({ kind: "day", granted: 2080, used: 2000, unused: 80, unitCost: "170.18" });
  });
  it("unused evening hours are valued with their supplement; by default 20 extra day hours (3.403,56 kr.) net against them (2.212,31 kr.) → 0; by kind (opt-in) → 2.212,31 kr.", () => {
    const input = { grant: { section: "96" as const, date: "2021-10-01", preset: "aarhus-lt11" as const, employer: "citizen" as const, weeklyHours: { day: 40, evening: 1 } }, used: { day: 2100, evening: 42 } };
    const r = bpaSettlement(input);
    const evening = r.lines.find((l) => l.kind === "evening");
    expect(evening).toMatchObject({ unused: 10, repayment: "2212.31" }); // 10 × 135,60 × 1,3 × 1,255 = 2.212,314
    expect(r.lines.find((l) => l.kind === "day")).toMatchObject({ overuse: 20, repayment: "0.00", overuseValue: "3403.56" });
    expect(r.repayment).toBe("0.00");
    expect(bpaSettlement({ ...input, policy: "by-kind" }).repayment).toBe("2212.31");
  });
});

describe("BPA employer costs (caller input; ATP, AUB, Barsel.dk and insurance figures were not found)", () => {
  const base = { section: "96" as const, date: "2021-10-01", preset: "aarhus-lt11" as const, employer: "citizen" as const, weeklyHours: { day: 40 } };
  it("per paid hour, as a rate of pay, per year and per helper per year", () => {
    const g = bpaGrant({
      ...base,
      helpers: 2,
      wage: { employerCosts: [{ label: "ATP", perHour: "0.50" }, { label: "AUB", rate: 0.01 }, { label: "Forsikring", perYear: 1500 }, { label: "Kursus", perHelperPerYear: 400 }] },
    });
    // 2.080 × 0,50 = 1.040; 1 % × 282.048 = 2.820,48; 1.500; 2 × 400 = 800
    expect(g.yearly.employerCosts).toBe("6160.48");
  });
  it("a cost line with two kinds, or per helper without helpers, is refused", () => {
    expect(() => bpaGrant({ ...base, wage: { employerCosts: [{ label: "x", perHour: 1, perYear: 2 }] } })).toThrow(/exactly one of perHour/);
    expect(() => bpaGrant({ ...base, wage: { employerCosts: [{ label: "x", perHelperPerYear: 2 }] } })).toThrow(/helpers is required/);
  });
  it("settlement of a § 95 grant that is not eligible is refused with the reason", () => {
    expect(() => bpaSettlement({ grant: { ...base, section: "95", weeklyHours: { day: 10 } }, used: { day: 1 } })).toThrow(/grant is not eligible: § 95 kræver/);
  });
});
