// Issue 25 § 5: extent norms as data in each service-level document, answered by serviceNorms
// with the document's own sentence in the explanation.
import { describe, expect, it } from "vitest";
import { serviceNorms } from "../../src/index.js";
import { issuesOf } from "../support/issues.js";

const byId = (r: ReturnType<typeof serviceNorms>) => Object.fromEntries(r.norms.map((n) => [n.id, n]));

describe("serviceNorms: the norms a service level sets, each with its kind, unit and sentence", () => {
  it("Holbæk 2024, Socialpædagogisk støtte § 85, pkt. 3: «Omfattende … Gennemsnit 3 og maksimalt 6 timers støtte/uge» — averages told apart from the limit", () => {
    const n = byId(serviceNorms({ paragraph: "85", preset: "holbaek-2024" }));
    expect(n.lettere).toMatchObject({ kind: "average", value: 30, unit: "minutter pr. uge" });
    expect(n.moderat).toMatchObject({ kind: "average", value: 90 });
    expect(n.omfattende).toMatchObject({ kind: "average", value: 180 });
    expect(n["omfattende-maksimalt"]).toMatchObject({ kind: "at-most", value: 360 });
    expect(n.omfattende?.quote).toMatch(/Gennemsnit 3 og maksimalt 6 timers støtte\/uge/);
    expect(n.omfattende?.source).toMatch(/^Holbæk Kommune, .*, Socialpædagogisk støtte § 85, pkt\. 3$/);
  });
  it("Holbæk 2024, § 85a pkt. 2: «Lettere (CTI) … 2 timer og 30 minutters støtte pr. uge i op til 9 måneder»; ICM 3 t 10 min, ACT 3 t 36 min", () => {
    const n = byId(serviceNorms({ paragraph: "85a", preset: "holbaek-2024" }));
    expect(n.cti).toMatchObject({ value: 150, months: 9 });
    expect(n.icm).toMatchObject({ value: 190 });
    expect(n.act).toMatchObject({ value: 216 });
    const step = serviceNorms({ paragraph: "85a", preset: "holbaek-2024" }).explanation.find((s) => s.values.label === "Lettere (CTI)");
    expect(step?.text).toMatch(/^Lettere \(CTI\): gennemsnitligt 150 minutter pr\. uge i op til 9 måneder\. «/);
  });
  it("Albertslund 2018, § 84: «op til 60 aflastningsdøgn årligt» and «typisk 14-30 dages aflastning» — a typical range is not a limit", () => {
    const r = serviceNorms({ paragraph: "84", preset: "albertslund-2018" });
    expect(byId(r).aflastningsdoegn).toMatchObject({ kind: "at-most", value: 60, unit: "døgn pr. år" });
    expect(byId(r)["aflastning-borgerens-behov"]).toMatchObject({ kind: "typical", min: 14, max: 30 });
    expect(r.explanation.map((s) => s.text)).toContain("Aflastning begrundet i borgerens eget behov: typisk 14–30 dage. «Hvis der er tale om aflastning begrundet i borgerens behov, bevilges der typisk 14-30 dages aflastning.»");
  });
  it("Holbæk 2024, § 98 pkt. 3: up to 4½ hours a week, plus up to 1 hour for post; § 103 pkt. 2: a wage of at least 5 %", () => {
    expect(byId(serviceNorms({ paragraph: "98", preset: "holbaek-2024" }))).toMatchObject({ "ledsagelse-selvvalgte-aktiviteter": { kind: "at-most", value: 4.5, unit: "timer pr. uge" }, posthaandtering: { kind: "at-most", value: 1 } });
    expect(byId(serviceNorms({ paragraph: "103", preset: "holbaek-2024" })).loen).toMatchObject({ kind: "at-least", value: 5 });
  });
  it("Holbæk 2024, § 100 Tøjvask: «der vaskes 2,2 maskiner pr. person pr. uge»; BPA pkt. 3: one holiday abroad a year of at most 14 days", () => {
    expect(byId(serviceNorms({ paragraph: "100", preset: "holbaek-2024" }))["toejvask-normalforbrug"]).toMatchObject({ kind: "average", value: 2.2, unit: "maskiner pr. person pr. uge" });
    expect(byId(serviceNorms({ paragraph: "96", preset: "holbaek-2024" }))).toMatchObject({ udlandsferie: { value: 1 }, "udlandsferie-varighed": { kind: "at-most", value: 14, unit: "dage" } });
    expect(byId(serviceNorms({ paragraph: "95", preset: "albertslund-2018" }))["ferie-med-to-hjaelpere"]).toMatchObject({ value: 14 });
  });
  it("refusals: no service level (norms are a municipality's own), a paragraph the document sets none for, a date before the document", () => {
    expect(issuesOf(() => serviceNorms({ paragraph: "85" }))[0]).toMatchObject({ path: "preset", code: "required" });
    expect(issuesOf(() => serviceNorms({ paragraph: "12", preset: "albertslund-2018" }))[0]).toMatchObject({ path: "paragraph", code: "not-in-preset" });
    expect(issuesOf(() => serviceNorms({ paragraph: "85", preset: "holbaek-2024", date: "2023-12-31" }))[0]).toMatchObject({ path: "date", code: "rate-missing" });
    expect(issuesOf(() => serviceNorms({ paragraph: "86" as never, preset: "holbaek-2024" }))[0]).toMatchObject({ path: "paragraph", code: "not-one-of" });
  });
});
