// withRates' refusals word for word: a municipal developer loading next year's figures reads
// these messages, so each names the row, the rule and the fix. Caller rows here are test input
// standing for a municipality's own figures; none is a published rate.
import { describe, expect, it } from "vitest";
import { InputError, withRates, type InputIssue } from "../../src/index.js";
import { bindRates } from "../../src/rates/with-rates.js";
import { KNOWN_TABLES } from "../../src/rates/tables.js";
import { formatSource } from "../../src/core/sources.js";

const SRC = "Testkommune, satsblad (testinput)";
const FAR = 2090;
const year = (y: number) => ({ from: `${y}-01-01`, until: `${y}-12-31` });

function issuesOf(f: () => unknown): InputIssue[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).issues.map((i) => ({ path: i.path, message: i.message })) as InputIssue[];
  }
  throw new Error("expected an InputError");
}
const spec = (name: string) => (KNOWN_TABLES.get(name) as NonNullable<ReturnType<typeof KNOWN_TABLES.get>>).spec;

describe("withRates: what is refused, word for word", () => {
  it("not an object of tables; an unknown table lists the tables there are", () => {
    const notObject = "withRates takes a plain object of rate rows by table name, e.g. { SHELTER_109_RATES: [{ from, until, value, source }] } (not a list, a Map or a Date).";
    for (const bad of [null, [], "x", 5, new Map([["SHELTER_109_RATES", []]]), new Date(0)]) expect(issuesOf(() => bindRates(bad as never))).toMatchObject([{ path: "", message: notObject }]);
    expect(issuesOf(() => bindRates({ NOT_A_TABLE: [] }))).toMatchObject([{ path: "NOT_A_TABLE", message: `NOT_A_TABLE is not a rate table; the tables are ${[...KNOWN_TABLES.keys()].join(", ")}` }]);
    expect([...KNOWN_TABLES.keys()]).toContain("AARHUS_WAGES.lt12");
  });
  it("a table that is not rows, a block with an unknown field or a non-boolean override", () => {
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: "105" }))).toMatchObject([{ path: "SHELTER_109_RATES", message: "SHELTER_109_RATES must be a list of rows { from, until, value, source }, or { rows: [...] }" }]);
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: null }))).toMatchObject([{ path: "SHELTER_109_RATES", message: "SHELTER_109_RATES must be a list of rows { from, until, value, source }, or { rows: [...] }" }]);
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: { rows: "x" } }))).toMatchObject([{ path: "SHELTER_109_RATES", message: "SHELTER_109_RATES must be a list of rows { from, until, value, source }, or { rows: [...] }" }]);
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: { rows: [], extra: 1, other: 2 } }))).toEqual([
      { path: "SHELTER_109_RATES.extra", message: "SHELTER_109_RATES.extra is not a known field of a table block (rows, override)" },
      { path: "SHELTER_109_RATES.other", message: "SHELTER_109_RATES.other is not a known field of a table block (rows, override)" },
    ]);
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: { rows: [], override: "yes" } }))).toMatchObject([{ path: "SHELTER_109_RATES.override", message: "SHELTER_109_RATES.override must be true or false" }]);
    // The notes a template block carries are accepted.
    const block = { rows: [{ ...year(FAR), value: "105.00", source: SRC }], label: "x", unit: "x", law: "x", publishedAt: "x", fields: {}, table: "x", note: "x" };
    expect(bindRates({ SHELTER_109_RATES: block }).get("SHELTER_109_RATES")).toEqual([{ ...year(FAR), value: "105.00", source: SRC }]);
  });
  it("a null left from the template names the figure, its meaning and unit, and where that year's figure is published", () => {
    const published = formatSource(spec("SHELTER_109_RATES").publishedAt(FAR));
    const label = `${spec("SHELTER_109_RATES").label}, ${spec("SHELTER_109_RATES").unit}`;
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: [{ ...year(FAR), value: null, source: { title: null, href: null } }] }))).toEqual([
      { path: "SHELTER_109_RATES[0].value", message: `SHELTER_109_RATES[0].value is still null: fill it in with the published figure (${label}) from ${published}, or delete the row SHELTER_109_RATES[0] if you do not need that period` },
      { path: "SHELTER_109_RATES[0].source.title", message: `SHELTER_109_RATES[0].source.title is still null: fill it in with the published figure from ${published}, or delete the row SHELTER_109_RATES[0] if you do not need that period` },
      { path: "SHELTER_109_RATES[0].source.href", message: `SHELTER_109_RATES[0].source.href is still null: fill it in with the published figure from ${published}, or delete the row SHELTER_109_RATES[0] if you do not need that period` },
    ]);
    const k = spec("KOMPENSATION_LEVELS");
    const g1 = k.fields?.group1Amount;
    expect(issuesOf(() => bindRates({ KOMPENSATION_LEVELS: [{ from: 5, value: { group1YearlyThreshold: 1, group1Amount: null, group2YearlyLimit: 1, group2Amount: 1 }, source: SRC }] }))).toEqual([
      { path: "KOMPENSATION_LEVELS[0].value.group1Amount", message: `KOMPENSATION_LEVELS[0].value.group1Amount is still null: fill it in with the published figure (${g1?.meaning}, ${g1?.unit}), or delete the row KOMPENSATION_LEVELS[0] if you do not need that period` },
    ]);
    expect(issuesOf(() => bindRates({ KOMPENSATION_LEVELS: [{ from: "20x", value: null, source: SRC }] }))).toEqual([
      { path: "KOMPENSATION_LEVELS[0].value", message: `KOMPENSATION_LEVELS[0].value is still null: fill it in with the published figure (${k.label}, ${k.unit}), or delete the row KOMPENSATION_LEVELS[0] if you do not need that period` },
    ]);
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: [null] }))).toMatchObject([{ path: "SHELTER_109_RATES[0]", message: "SHELTER_109_RATES[0] is still null: fill it in with the published figure, or delete the row SHELTER_109_RATES[0] if you do not need that period" }]);
    // A from that does not start with a year names no year's publication.
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: [{ from: "x2090-01-01", value: null, source: SRC }] }))).toEqual([
      { path: "SHELTER_109_RATES[0].value", message: `SHELTER_109_RATES[0].value is still null: fill it in with the published figure (${label}), or delete the row SHELTER_109_RATES[0] if you do not need that period` },
    ]);
    // A null inside a field of a composite value: the path, no meaning borrowed from the parent field.
    const wages = { hourly: "150.00", supplements: { evening: null, night: 0.35, saturday: 0.3, sunday: 0.5 }, onCallFraction: 0.75, pensionRate: 0.13, holidayPayRate: 0.125 };
    const aarhus = formatSource(spec("AARHUS_WAGES.lt12").publishedAt(FAR));
    expect(issuesOf(() => bindRates({ "AARHUS_WAGES.lt12": [{ ...year(FAR), value: wages, source: SRC }] }))).toEqual([
      { path: "AARHUS_WAGES.lt12[0].value.supplements.evening", message: `AARHUS_WAGES.lt12[0].value.supplements.evening is still null: fill it in with the published figure from ${aarhus}, or delete the row AARHUS_WAGES.lt12[0] (or the whole table: it is needed only in some cases)` },
    ]);
  });
  it("row problems carry the row's path: an unknown field, until before from, a missing source, too many rows", () => {
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: [{ ...year(FAR), value: "1", source: SRC, note: "x" }] }))).toEqual([
      { path: "SHELTER_109_RATES[0].note", message: "SHELTER_109_RATES[0].note is not a known field (check the spelling)" },
    ]);
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: [{ from: `${FAR}-05-01`, until: `${FAR}-01-01`, value: "1", source: SRC }] }))).toEqual([
      { path: "SHELTER_109_RATES[0].until", message: "SHELTER_109_RATES[0].until must not be before from" },
    ]);
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: [{ ...year(FAR), value: "1" }] }))).toEqual([
      { path: "SHELTER_109_RATES[0].source", message: "SHELTER_109_RATES[0].source is required" },
    ]);
    const many = Array.from({ length: 101 }, (_, i) => ({ from: `${FAR}-01-01`, until: `${FAR}-01-01`, value: String(i), source: SRC }));
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: many }))).toMatchObject([{ path: "SHELTER_109_RATES", message: "SHELTER_109_RATES must have at most 100 entries" }]);
  });
  it("caller rows of one table must not overlap, whatever their order; touching rows are fine", () => {
    const a = { from: `${FAR}-07-01`, until: `${FAR}-12-31`, value: "2", source: SRC };
    const b = { from: `${FAR}-01-01`, until: `${FAR}-07-01`, value: "1", source: SRC };
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: [a, b] }))).toEqual([
      { path: "SHELTER_109_RATES[0]", message: `SHELTER_109_RATES[0] overlaps SHELTER_109_RATES[1] (${FAR}-01-01–${FAR}-07-01): caller rows of one table must not overlap` },
    ]);
    const open = { from: `${FAR}-01-01`, value: "1", source: SRC };
    const later = { from: `${FAR + 5}-01-01`, until: `${FAR + 5}-12-31`, value: "2", source: SRC };
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: [later, open] }))).toEqual([
      { path: "SHELTER_109_RATES[0]", message: `SHELTER_109_RATES[0] overlaps SHELTER_109_RATES[1] (${FAR}-01-01–…): caller rows of one table must not overlap` },
    ]);
    const touching = [{ ...b, until: `${FAR}-06-30` }, a];
    expect(bindRates({ SHELTER_109_RATES: touching }).get("SHELTER_109_RATES")).toHaveLength(2);
    const sameStart = [{ ...b }, { ...b, until: `${FAR}-01-01`, value: "3" }];
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: sameStart })).map((i) => i.path)).toEqual(["SHELTER_109_RATES[1]"]);
  });
  it("a row over a shipped one with another value is refused, naming the shipped figure and its source; the same value is accepted", () => {
    const shipped = spec("SHELTER_109_RATES").rows.find((r) => r.from === "2024-01-01");
    expect(shipped).toBeDefined();
    const row = { ...year(2024), value: "99.00", source: SRC };
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: [row] }))).toEqual([
      {
        path: "SHELTER_109_RATES[0]",
        message: `SHELTER_109_RATES[0] covers the shipped row 2024-01-01–2024-12-31 with a different value (shipped: ${JSON.stringify(shipped?.value)}, ${formatSource(shipped?.source ?? "")}); pass { override: true } to use yours, and the explanation will say so`,
      },
    ]);
    expect(bindRates({ SHELTER_109_RATES: [{ ...row, value: 97.3 }] }).get("SHELTER_109_RATES")).toEqual([{ ...row, value: "97.30" }]);
    // Touching a shipped row by a single day at either end is covering it; an open end covers every later row.
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: [{ from: "2024-12-31", until: "2024-12-31", value: "1", source: SRC }] })).map((i) => i.path)).toEqual(["SHELTER_109_RATES[0]"]);
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: [{ from: "2017-06-01", until: "2018-01-01", value: "1", source: SRC }] })).map((i) => i.path)).toEqual(["SHELTER_109_RATES[0]"]);
    const openIssues = issuesOf(() => bindRates({ SHELTER_109_RATES: [{ from: "2024-06-01", value: "1", source: SRC }] }));
    expect(openIssues.length).toBe(spec("SHELTER_109_RATES").rows.filter((r) => (r.until ?? "9999-12-31") >= "2024-06-01").length);
    // A row spanning two shipped years names each shipped row it contradicts.
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: [{ from: "2023-06-01", until: "2024-06-30", value: "1", source: SRC }] })).map((i) => i.message.split(" with ")[0])).toEqual([
      "SHELTER_109_RATES[0] covers the shipped row 2023-01-01–2023-12-31",
      "SHELTER_109_RATES[0] covers the shipped row 2024-01-01–2024-12-31",
    ]);
  });
  it("composite values are compared field by field (8 = 8.00), a missing or extra field is a difference", () => {
    const shipped = spec("MERUDGIFT_LEVELS").rows.find((r) => r.from === "2024-01-01")?.value as Record<string, string>;
    const numbers = Object.fromEntries(Object.entries(shipped).map(([k, v]) => [k, Number(v)]));
    expect(() => bindRates({ MERUDGIFT_LEVELS: [{ ...year(2024), value: numbers, source: SRC }] })).not.toThrow();
    const changed = { ...numbers, band2Amount: (numbers.band2Amount as number) + 1 };
    expect(issuesOf(() => bindRates({ MERUDGIFT_LEVELS: [{ ...year(2024), value: changed, source: SRC }] })).map((i) => i.path)).toEqual(["MERUDGIFT_LEVELS[0]"]);
  });
  it("override: the caller's figure is used and its source says which shipped figure it replaces; a block's own override wins over the option", () => {
    const shipped = spec("SHELTER_109_RATES").rows.find((r) => r.from === "2024-01-01");
    const note = ` — erstatter bibliotekets tal for samme periode (2024-01-01–2024-12-31: ${JSON.stringify(shipped?.value)})`;
    const row = { ...year(2024), value: "99.00", source: SRC };
    expect(bindRates({ SHELTER_109_RATES: [row] }, { override: true }).get("SHELTER_109_RATES")).toEqual([{ ...row, source: `${SRC}${note}` }]);
    // Over two shipped rows the note names both, separated by "; ".
    const r23 = spec("SHELTER_109_RATES").rows.find((r) => r.from === "2023-01-01");
    const two = bindRates({ SHELTER_109_RATES: [{ from: "2023-06-01", until: "2024-06-30", value: "1", source: SRC }] }, { override: true }).get("SHELTER_109_RATES");
    expect(two?.[0]?.source).toBe(`${SRC} — erstatter bibliotekets tal for samme periode (2023-01-01–2023-12-31: ${JSON.stringify(r23?.value)}; 2024-01-01–2024-12-31: ${JSON.stringify(shipped?.value)})`);
    const web = { title: "Testkommune", href: "https://example.dk" };
    expect(bindRates({ SHELTER_109_RATES: { rows: [{ ...row, source: web }], override: true } }).get("SHELTER_109_RATES")).toEqual([{ ...row, source: { title: `Testkommune${note}`, href: "https://example.dk" } }]);
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: { rows: [row], override: false } }, { override: true })).map((i) => i.path)).toEqual(["SHELTER_109_RATES[0]"]);
    // A row that agrees with the shipped one keeps its own source unchanged under override.
    expect(bindRates({ SHELTER_109_RATES: [{ ...row, value: "97.30" }] }, { override: true }).get("SHELTER_109_RATES")).toEqual([{ ...row, value: "97.30" }]);
  });
  it("Aarhus wage levels may be given under AARHUS_WAGES by level; an unknown level is an unknown table", () => {
    const value = { hourly: "150.00", supplements: { evening: 0.3, night: 0.35, saturday: 0.3, sunday: 0.5 }, onCallFraction: 0.75, pensionRate: 0.13, holidayPayRate: 0.125 };
    const bound = bindRates({ AARHUS_WAGES: { lt12: [{ ...year(FAR), value, source: SRC }] } });
    expect([...bound.keys()]).toEqual(["AARHUS_WAGES.lt12"]);
    expect(issuesOf(() => bindRates({ AARHUS_WAGES: { lt99: [] } })).map((i) => i.path)).toEqual(["AARHUS_WAGES.lt99"]);
    expect(issuesOf(() => bindRates({ AARHUS_WAGES: [] })).map((i) => i.path)).toEqual(["AARHUS_WAGES"]);
    expect(issuesOf(() => bindRates({ AARHUS_WAGES: { rows: [] } })).map((i) => i.path)).toEqual(["AARHUS_WAGES"]);
    // Only AARHUS_WAGES is split by level: another table given as an object of lists is not rows.
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: { lt12: [] } }))).toMatchObject([{ path: "SHELTER_109_RATES", message: "SHELTER_109_RATES must be a list of rows { from, until, value, source }, or { rows: [...] }" }]);
    expect(issuesOf(() => bindRates({ SHELTER_109_RATES: undefined })).map((i) => i.path)).toEqual(["SHELTER_109_RATES"]);
  });
  it("bound rows are frozen, and every problem of every table is reported at once", () => {
    const bound = bindRates({ SHELTER_109_RATES: [{ ...year(FAR), value: "105.00", source: SRC }] });
    expect(Object.isFrozen(bound.get("SHELTER_109_RATES"))).toBe(true);
    expect(Object.isFrozen(bound.get("SHELTER_109_RATES")?.[0])).toBe(true);
    expect(issuesOf(() => withRates({ SHELTER_109_RATES: "x", SHELTER_110_RATES: "y" })).map((i) => i.path)).toEqual(["SHELTER_109_RATES", "SHELTER_110_RATES"]);
  });
});
