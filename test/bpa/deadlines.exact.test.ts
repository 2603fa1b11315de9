// Exact refusals and step values of the BPA notice date (Holbæk 2024: the notice before a BPA
// grant is cut or ended), each from its source. Aimed at the mutation run's survivors.
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { issuesOf as issues } from "../support/issues.js";

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
