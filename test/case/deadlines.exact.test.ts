// Exact refusals and step values of the case deadlines (Albertslund 2018 and Holbæk 2024:
// sagsbehandlingsfrister) and the appeal deadline (forvaltningslovens klagefrist, 4 weeks), each
// from its source. Aimed at the mutation run's survivors.
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { issuesOf as issues } from "../support/issues.js";

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
