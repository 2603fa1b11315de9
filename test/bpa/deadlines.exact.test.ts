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
