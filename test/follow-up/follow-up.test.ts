// Follow-up dates from the municipality's own service level (issue 25, section 5): each rule is a
// dated row of its document with its quote; the examples quote the documents.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { followUpDates, withServiceLevel } from "../../src/index.js";
import { issuesOf } from "../support/issues.js";
import { runs } from "../support/runs.js";

describe("Holbæk 2024", () => {
  it("§ 82b pkt. 6: «Første opfølgning sker efter maksimalt 8 uger» — 3 March 2025 → 28 April 2025, no later ones", () => {
    const r = followUpDates({ paragraph: "82b", granted: "2025-03-03", preset: "holbaek-2024" });
    expect(r).toMatchObject({ first: "2025-04-28", later: [], approximate: false, statusBy: [] });
    expect(r.explanation[1]?.source).toBe("Holbæk Kommune, Information om serviceniveauer på det specialiserede voksenområde jf. lov om social service (vedtaget 19. juni 2024), §§ 82a og 82b, pkt. 6 (opfølgning)");
  });
  it("§ 85 pkt. 6: «efter ca. tre måneder. Derefter … cirka en gang om året» — a target, marked approximate", () => {
    const r = followUpDates({ paragraph: "85", granted: "2025-01-15", preset: "holbaek-2024", count: 2 });
    expect(r).toMatchObject({ first: "2025-04-15", later: ["2026-04-15", "2027-04-15"], approximate: true });
    expect(r.explanation[1]?.text).toMatch(/første opfølgning cirka senest 15\. april 2025/);
  });
  it("§ 85a pkt. 6: «første gang efter 3 måneder herefter halvårligt»", () => {
    expect(followUpDates({ paragraph: "85a", granted: "2025-01-15", preset: "holbaek-2024" }).later).toEqual(["2025-10-15", "2026-04-15", "2026-10-15"]);
  });
  it("§ 100 pkt. 5: «mindst hvert andet år»; § 107 pkt. 6: «første gang efter 3 måneder herefter minimum en gang årligt»", () => {
    expect(followUpDates({ paragraph: "100", granted: "2025-06-01", preset: "holbaek-2024", count: 1 })).toMatchObject({ first: "2027-06-01", later: ["2029-06-01"] });
    expect(followUpDates({ paragraph: "107", granted: "2025-06-01", preset: "holbaek-2024", count: 1 })).toMatchObject({ first: "2025-09-01", later: ["2026-09-01"] });
  });
});

describe("Albertslund 2018", () => {
  it("§ 85 Opfølgning: yearly, «Bostøtten fremsender status senest 1 måned, inden der skal følges op»; end of month kept (31 August)", () => {
    const r = followUpDates({ paragraph: "85", granted: "2025-08-31", preset: "albertslund-2018", count: 1 });
    expect(r).toMatchObject({ first: "2026-08-31", later: ["2027-08-31"], statusBy: ["2026-07-31", "2027-07-31"] });
  });
  it("§ 95 «inden for 3 måneder» and § 96 «indenfor 3-6 måneder» (the latest: 6), then yearly; a 31 August grant's 6 months end 28 February", () => {
    expect(followUpDates({ paragraph: "95", granted: "2025-05-31", preset: "albertslund-2018", count: 1 })).toMatchObject({ first: "2025-08-31", later: ["2026-08-31"] });
    expect(followUpDates({ paragraph: "96", granted: "2025-08-31", preset: "albertslund-2018", count: 1 }).first).toBe("2026-02-28");
  });
  it("§ 105 «minimum én gang hvert andet år»; § 108 «hvert 2. år»", () => {
    expect(followUpDates({ paragraph: "105", granted: "2025-01-01", preset: "albertslund-2018", count: 0 }).first).toBe("2027-01-01");
    expect(followUpDates({ paragraph: "108", granted: "2025-01-01", preset: "albertslund-2018", count: 0 }).first).toBe("2027-01-01");
  });
});

describe("refusals and a municipality's own rule", () => {
  it("no service level, a paragraph the document sets no rule for, a grant before the document", () => {
    expect(issuesOf(() => followUpDates({ paragraph: "85", granted: "2025-01-01" }))[0]).toMatchObject({ path: "preset", code: "required" });
    expect(issuesOf(() => followUpDates({ paragraph: "105", granted: "2025-01-01", preset: "holbaek-2024" }))[0]).toMatchObject({ path: "paragraph", code: "not-in-preset" });
    expect(issuesOf(() => followUpDates({ paragraph: "85", granted: "2023-06-01", preset: "holbaek-2024" }))[0]).toMatchObject({ path: "granted", code: "rate-missing" });
  });
  it("a made-up municipality's document sets its own rule (test figures)", () => {
    const doc = JSON.parse(readFileSync(new URL("../service-levels/fixtures/testby-2026.json", import.meta.url), "utf8")) as { rules: Record<string, unknown> };
    const t = withServiceLevel({ ...doc, rules: { ...doc.rules, "followUp.85": [{ from: "2026-01-01", value: { first: { weeks: 6 }, every: { months: 9 } }, section: "§ 85, pkt. 6", quote: "Første opfølgning efter 6 uger, derefter hver 9. måned. (testtekst)" }] } });
    const r = t.followUpDates({ paragraph: "85", granted: "2026-02-02", count: 1 });
    expect(r).toMatchObject({ first: "2026-03-16", later: ["2026-12-16"] });
    expect(r.explanation[1]?.source).toBe("Testby Kommune, Serviceniveau for voksne 2026 (testdokument), § 85, pkt. 6");
  });
  it("property: a follow-up is never before the grant, the dates increase, and a later grant never gives earlier follow-ups", () => {
    const para = fc.constantFrom("82b", "85", "85a", "100", "107");
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(para, day, day, (paragraph, a, b) => {
        const [g1, g2] = a <= b ? [a, b] : [b, a];
        const r1 = followUpDates({ paragraph, granted: g1, preset: "holbaek-2024" });
        const r2 = followUpDates({ paragraph, granted: g2, preset: "holbaek-2024" });
        const all = [r1.first, ...r1.later];
        expect(r1.first > g1).toBe(true);
        for (let i = 1; i < all.length; i++) expect(all[i]! > all[i - 1]!).toBe(true);
        expect(r2.first >= r1.first).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });
});
