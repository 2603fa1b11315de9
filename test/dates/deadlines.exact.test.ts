// Exact refusals and step values of the date rules (case deadlines, appeal, BPA notice, the § 100
// payment period, courses), each from its source: Albertslund 2018 and Holbæk 2024 (case
// deadlines, § 100 period, BPA notice), forvaltningslovens klagefrist (4 weeks), Albertslund 2024,
// Ballerup and Holbæk 2024 (courses). Aimed at the mutation run's survivors.
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";

const issues = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof lib.InputError) return e.issues.map((i) => ({ path: i.path, code: i.code, message: i.message }));
    throw e;
  }
  throw new Error("no error");
};

describe("caseDeadline (Albertslund 2018, Holbæk 2024: sagsbehandlingsfrister)", () => {
  it("no weeks and no preset: one issue on weeks naming every preset that publishes deadlines", () => {
    const [i, ...rest] = issues(() => lib.caseDeadline({ paragraph: "100", received: "2024-03-01" }));
    expect(rest).toEqual([]);
    expect([i?.path, i?.code]).toEqual(["weeks", "required-with"]);
    expect(i?.message).toMatch(/^weeks is required, or a preset that publishes the deadline \("[a-z0-9-]+"( \| "[a-z0-9-]+")+\)$/);
  });
  it("a preset without this paragraph's deadline: one issue on weeks", () => {
    expect(issues(() => lib.caseDeadline({ paragraph: "97", received: "2024-03-27", preset: "holbaek-2024" })).map((i) => [i.path, i.code])).toEqual([["weeks", "required-with"]]);
  });
  it("Albertslund 2018's «op til» applies to §§ 95–96 from the preset, not to weeks given or to § 100", () => {
    const upTo = (input: Parameters<typeof lib.caseDeadline>[0]) => lib.caseDeadline(input).explanation.find((s) => s.rule === "case.deadline")?.values.upTo;
    expect(upTo({ paragraph: "95", received: "2024-03-01", preset: "albertslund-2018" })).toBe(true);
    expect(upTo({ paragraph: "95", received: "2024-03-01", preset: "albertslund-2018", weeks: 6 })).toBe(false);
    expect(upTo({ paragraph: "100", received: "2024-03-01", preset: "albertslund-2018" })).toBe(false);
    expect(upTo({ paragraph: "95", received: "2024-03-01", weeks: 6 })).toBe(false);
  });
});

describe("appealDeadline (4 weeks, moved to the next working day)", () => {
  const moved = (received: string) => {
    const s = lib.appealDeadline({ decisionReceived: received }).explanation[0]?.values;
    return { moved: s?.moved, raw: s?.raw, saturday: s?.saturday, holiday: s?.holiday };
  };
  it("a Saturday, a Sunday and a holiday are told apart", () => {
    expect(moved("2024-02-03")).toEqual({ moved: true, raw: "2024-03-02", saturday: true, holiday: undefined });
    expect(moved("2024-02-04")).toEqual({ moved: true, raw: "2024-03-03", saturday: false, holiday: undefined });
    expect(moved("2024-03-01")).toMatchObject({ moved: true, raw: "2024-03-29", holiday: "langfredag" });
    expect(moved("2024-02-05")).toEqual({ moved: false, raw: undefined, saturday: undefined, holiday: undefined });
  });
});

describe("bpaNoticeDate (Holbæk 2024)", () => {
  it("neither or both dates: one issue on decisionDate", () => {
    expect(issues(() => lib.bpaNoticeDate({} as never))).toMatchObject([{ path: "decisionDate", code: "exactly-one", message: "decisionDate or decisionReceived is required: the day the citizen received the decision (give one of the two)" }]);
  });
  it("the preset's weeks cite the document; weeks given cite nothing", () => {
    const step = (w?: number) => lib.bpaNoticeDate({ decisionReceived: "2024-03-01", preset: "holbaek-2024", ...(w ? { weeks: w } : {}) }).explanation.find((s) => s.rule === "case.bpa-notice");
    expect(step()?.source).toMatch(/Holbæk/);
    expect(step(6)?.source).toBeUndefined();
  });
});

describe("extraCostPaymentPeriod (Albertslund 2018 first month; Holbæk 2024 pkt. 5 last month)", () => {
  it("the first month after the month received, also from the 31st", () => {
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-01-31" }).firstMonth).toBe("2024-02");
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-12-31" }).firstMonth).toBe("2025-01");
  });
  it("born on the last legislated day: the pension month ends the payment (70 years)", () => {
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1974-12-31" })).toMatchObject({ lastMonth: "2044-12", endReason: "pension-age" });
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1975-01-01" }).lastMonth).toBeUndefined();
  });
  it("conditions ending in the pension month keep the pension as the reason; a month earlier, the conditions", () => {
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1960-05-20", conditionsEndDate: "2027-05-31" })).toMatchObject({ lastMonth: "2027-05", endReason: "pension-age" });
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1960-05-20", conditionsEndDate: "2027-04-10" })).toMatchObject({ lastMonth: "2027-04", endReason: "conditions" });
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", conditionsEndDate: "2025-06-10" })).toMatchObject({ lastMonth: "2025-06", endReason: "conditions" });
  });
  it("an end before the first month is refused on the field that ends it; the first month itself is allowed", () => {
    expect(issues(() => lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1950-01-01" }))).toMatchObject([{ path: "birthDate", code: "order", message: "birthDate ends the payment (2015-01) before its first month (2024-04)" }]);
    expect(issues(() => lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", conditionsEndDate: "2024-03-20" }))).toMatchObject([{ path: "conditionsEndDate", code: "order", message: "conditionsEndDate ends the payment (2024-03) before its first month (2024-04)" }]);
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", conditionsEndDate: "2024-04-20" }).lastMonth).toBe("2024-04");
  });
});

describe("courses (§§ 82a–82b: Albertslund 2024, Ballerup, Holbæk 2024)", () => {
  it("a group course in weeks (Holbæk 2024) or months (Ballerup), as length and step values", () => {
    const h = lib.courseEnd({ kind: "group", start: "2024-03-04", preset: "holbaek-2024" });
    expect(h.length).toStrictEqual({ weeks: 12 });
    expect(h.explanation[1]?.values).toStrictEqual({ group: true, start: "2024-03-04", weeks: 12, end: "2024-05-26" });
    const b = lib.courseEnd({ kind: "group", start: "2024-03-01", preset: "ballerup", course: "social færdighedstræning i grupper" });
    expect(b.length).toStrictEqual({ months: 9 });
    expect(b.explanation[1]?.values).toStrictEqual({ group: true, start: "2024-03-01", months: 9, end: b.date });
  });
  it("Albertslund 2024 sets no group length: refused on kind", () => {
    expect(issues(() => lib.courseEnd({ kind: "group", start: "2024-03-01", preset: "albertslund-2024" }))).toMatchObject([{ path: "kind", code: "not-in-preset", message: 'kind "group": albertslund-2024 sets no length for a group course (§ 82a)' }]);
  });
  it("attendance: each preset's required field, by name", () => {
    expect(issues(() => lib.courseAttendance({ preset: "ballerup", asOf: "2024-03-01" }))).toMatchObject([{ path: "lastAttendance", code: "required-with", message: "lastAttendance is required: Ballerup Kommune, Serviceniveau for midlertidige, forebyggende tilbud efter Servicelovens § 82ab ends a course after 4 weeks without keeping agreements, counted from the last day the citizen kept one" }]);
    expect(issues(() => lib.courseAttendance({ preset: "albertslund-2024", asOf: "2024-03-01" }))).toMatchObject([{ path: "cancellations", code: "required-with", message: "cancellations is required: Albertslund Kommune, Forebyggende indsatser og bostøtte – Kvalitetsstandard 2024 reviews the support after 3 appointments cancelled at short notice" }]);
  });
});

describe("no appeal for §§ 82a–82b (Ballerup «Klagevejledning»; Holbæk 2024 «Klagemulighed»)", () => {
  it("Ballerup: «Der er ingen klageadgang i forhold til servicelovens § 82a og § 82b» — no date, the sentence cited", () => {
    const r = lib.appealDeadline({ decisionReceived: "2024-03-01", paragraph: "82a", preset: "ballerup" });
    expect(r).toMatchObject({ date: null, appeal: false });
    expect(r.explanation[1]?.text).toBe("Der er ingen klageadgang til Ankestyrelsen over afgørelser efter servicelovens § 82a, så der er ingen klagefrist.");
    expect(r.explanation[1]?.source).toBe("Ballerup Kommune, Serviceniveau for midlertidige, forebyggende tilbud efter Servicelovens § 82ab, Klagevejledning");
  });
  it("Holbæk 2024 § 82b likewise; another paragraph keeps the 4-week deadline; § 82a without a service level asks for one", () => {
    expect(lib.appealDeadline({ decisionReceived: "2024-03-01", paragraph: "82b", preset: "holbaek-2024" }).appeal).toBe(false);
    expect(lib.appealDeadline({ decisionReceived: "2024-03-01", paragraph: "85", preset: "holbaek-2024" })).toMatchObject({ date: "2024-04-02", appeal: true });
    expect(lib.appealDeadline({ decisionReceived: "2024-03-01" })).toMatchObject({ date: "2024-04-02", appeal: true });
    expect(issues(() => lib.appealDeadline({ decisionReceived: "2024-03-01", paragraph: "82a" }))[0]).toMatchObject({ path: "preset", code: "required-with" });
  });
});

describe("§ 100 payment period: each rule cites the service level in use that states it (issue 25 § 3)", () => {
  const src = (r: { explanation: { rule: string; source?: string }[] }, rule: string) => r.explanation.find((s) => s.rule === rule)?.source;
  it("Albertslund 2018: the first month from its «Leverandør», the pension end from its «Målgruppe»", () => {
    const r = lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1960-05-20", preset: "albertslund-2018" });
    expect(src(r, "extra-cost.period.first")).toBe("Albertslund Kommune, Kvalitetsstandard 2018 – Voksne med Særlige Behov, § 100 Merudgifter, Leverandør");
    expect(src(r, "extra-cost.period.pension")).toBe("Albertslund Kommune, Kvalitetsstandard 2018 – Voksne med Særlige Behov, § 100 Merudgifter, Målgruppe; lov om social pension § 1 a");
  });
  it("Holbæk 2024: its pkt. 5 for both ends, no Albertslund citation; no service level: no municipality cited", () => {
    const h = lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1960-05-20", conditionsEndDate: "2025-01-10", preset: "holbaek-2024" });
    for (const s of h.explanation) expect(s.source ?? "").not.toMatch(/Albertslund/);
    expect(src(h, "extra-cost.period.conditions")).toMatch(/Holbæk Kommune, .*Merudgifter § 100, pkt\. 5$/);
    const none = lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1960-05-20", conditionsEndDate: "2025-01-10" });
    for (const s of none.explanation) expect(s.source ?? "").not.toMatch(/Albertslund|Holbæk|Ballerup/);
    expect(src(none, "extra-cost.period.pension")).toBe("SEL § 100, stk. 1 (til folkepensionsalderen); lov om social pension § 1 a");
  });
});
