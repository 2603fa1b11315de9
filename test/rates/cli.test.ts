import { describe, expect, it } from "vitest";
import { EventEmitter } from "node:events";
import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { isEntry, main, runProcess, WRITE_FAILED } from "../../src/cli.js";
import { rateCoverage, rateTables, rateTemplate } from "../../src/index.js";
import { shippedTables } from "../../src/rates/tables.js";
import { formatSource } from "../../src/core/sources.js";

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("npx servicelov satser", () => {
  it("prints one line per shipped table with its years and the missing ones", () => {
    const r = run(["satser", "2026"]);
    expect(r.code).toBe(0);
    for (const t of rateCoverage({ through: 2026 })) {
      expect(r.out).toMatch(new RegExp(`^${t.table.replace(".", "\\.")} +år: ${t.years.join(", ")}  mangler: ${t.missing.join(", ") || "ingen"}$`, "m"));
    }
    expect(run(["satser", "2027"]).out).toMatch(/til og med 2027/);
  });
  it("--skabelon writes the year's fill-in JSON to standard output", () => {
    const r = run(["satser", "2090", "--skabelon"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).SHELTER_109_RATES.rows[0].value).toBeNull();
  });
  it("usage errors go to standard error with exit code 2", () => {
    expect(run([]).code).toBe(0);
    expect(run(["satser", "--skabelon"])).toMatchObject({ code: 2, err: expect.stringMatching(/Angiv året, fx: servicelov satser 2026 --skabelon/) });
    expect(run(["satser"])).toMatchObject({ code: 2, err: expect.stringMatching(/Angiv året, fx: servicelov satser 2026 \(/) });
    expect(run(["satser", "27"]).code).toBe(2);
    expect(run(["satser", "2027", "--x"]).code).toBe(2);
    expect(run(["noget"]).code).toBe(2);
    expect(run(["satser", "1999"])).toMatchObject({ code: 2, err: expect.stringMatching(/^Året 1999 ligger uden for 2000–2100/) });
  });
  it("the whole listing: a header, one padded line per table, the hint when something is missing", () => {
    const r = run(["satser", "2026"]);
    const rows = rateCoverage({ through: 2026 });
    const width = Math.max(...rows.map((t) => t.table.length));
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("Satstabeller i servicelov, dækning til og med 2026:");
    rows.forEach((t, i) => {
      expect(lines[i + 1]).toBe(`${t.table.padEnd(width)}  år: ${t.years.join(", ") || "ingen"}  mangler: ${t.missing.join(", ") || "ingen"}`);
    });
    expect(rows.some((t) => t.missing.length > 0)).toBe(true);
    expect(lines.slice(rows.length + 1)).toEqual(["", "Manglende satser tilføjes med withRates(...); en skabelon: servicelov satser 2026 --skabelon"]);
    expect(r.err).toBe("");
  });
  it("a year before every table lists 'ingen' years; usage and help texts are exact", () => {
    const r = run(["satser", "2000"]);
    expect(r.out).toMatch(/^MERUDGIFT_LEVELS +år: ingen  mangler: ingen$/m);
    expect(r.out.split("\n")).toHaveLength(rateCoverage({ through: 2000 }).length + 1);
    const usage = run(["--help"]);
    expect(usage).toEqual({ code: 0, err: "", out: expect.stringMatching(/^Brug: servicelov satser ÅÅÅÅ \[--skabelon\]\n/) });
    expect(run([])).toEqual(usage);
    expect(run(["satser", "2026", "--help"])).toEqual(usage);
    expect(run(["-h"]).code).toBe(0);
    expect(run(["satser", "2026", "2027"]).code).toBe(2);
    expect(run(["satser"]).err).toBe("Angiv året, fx: servicelov satser 2026 (satserne gælder pr. kalenderår; servicelov læser ikke dagens dato)");
    expect(run(["satser", "--skabelon"]).err).toBe("Angiv året, fx: servicelov satser 2026 --skabelon (satserne gælder pr. kalenderår; servicelov læser ikke dagens dato)");
    expect(run(["satser", "--template"]).err).toMatch(/--skabelon/);
    expect(run(["satser", "2090", "--template"]).code).toBe(0);
    // Issue 23.13: Danish, naming what the user typed; no library field name.
    expect(run(["satser", "1999"])).toEqual({ code: 2, out: "", err: "Året 1999 ligger uden for 2000–2100: angiv et år fra 2000 til 2100, fx servicelov satser 2026." });
    expect(run(["satser", "2101", "--skabelon"])).toEqual({ code: 2, out: "", err: "Året 2101 ligger uden for 2000–2100: angiv et år fra 2000 til 2100, fx servicelov satser 2026." });
    for (const bad of ["27", "20261", "x2026", "2026x"]) expect(run(["satser", bad]), bad).toEqual({ code: 2, out: "", err: `«${bad}» er ikke et årstal: angiv året med fire cifre, fx servicelov satser 2026.` });
    expect(run(["satser", "x".repeat(1000)]).err.length).toBeLessThan(150);
    expect(run(["noget"])).toMatchObject({ code: 2, out: "", err: expect.stringMatching(/^Ukendt kommando «noget»\.\nBrug:/) });
    expect(run(["satser", "2026", "--x"])).toMatchObject({ code: 2, out: "", err: expect.stringMatching(/^Ukendt tilvalg «--x» \(kun --skabelon\)\./) });
    for (const r of [run(["satser", "1999"]), run(["satser", "20x"]), run(["noget"]), run(["satser"])]) expect(r.err).not.toMatch(/through|year must|must be/);
  });
  it("the hint to add rates is printed when some table misses a year, not when none does", () => {
    for (let y = 2012; y <= 2026; y++) {
      const some = rateCoverage({ through: y }).some((t) => t.missing.length > 0);
      expect(run(["satser", String(y)]).out.includes("Manglende satser tilføjes med withRates"), String(y)).toBe(some);
    }
    const years = Array.from({ length: 15 }, (_, i) => 2012 + i);
    expect(years.some((y) => rateCoverage({ through: y }).some((t) => t.missing.length === 0) && rateCoverage({ through: y }).some((t) => t.missing.length > 0))).toBe(true);
  });
  it("--skabelon prints the template as indented JSON", () => {
    expect(run(["satser", "2090", "--skabelon"]).out).toBe(JSON.stringify(rateTemplate({ year: 2090 }), null, 2));
  });
});

describe("rateCoverage, rateTemplate and rateTables against the shipped tables themselves", () => {
  it("rateCoverage: each entry's name, law, label and where the first missing year is published", () => {
    const tables = shippedTables();
    const c = rateCoverage({ through: 2090 });
    expect(c.map((t) => t.table)).toEqual(tables.map((t) => t.spec.name));
    c.forEach((entry, i) => {
      const spec = tables[i]?.spec;
      expect(entry.law).toBe(spec?.law);
      expect(entry.label).toBe(spec?.label);
      const first = entry.missing[0];
      if (first === undefined) expect("publishedAt" in entry).toBe(false);
      else expect(entry.publishedAt).toBe(formatSource(spec?.publishedAt(first) ?? ""));
    });
    const merudgift = c.find((t) => t.table === "MERUDGIFT_LEVELS");
    expect(Math.max(...(merudgift?.years ?? []), ...(merudgift?.missing ?? []))).toBe(2027);
    const shelter = c.find((t) => t.table === "SHELTER_109_RATES");
    expect(shelter?.missing.at(-1)).toBe(2090);
    expect(() => rateCoverage({ through: 2101 })).toThrow("through must be ≤ 2100 (a year)");
    expect(() => rateCoverage({ through: 2026.5 })).toThrow("through must be a whole number");
    expect(rateCoverage({ through: 2000 }).every((t) => t.missing.length === 0 && !("publishedAt" in t))).toBe(true);
  });
  it("rateTemplate: a block per table missing the year, with label, unit, law, where published, fields for composite values", () => {
    const t = rateTemplate({ year: 2027 });
    const m = shippedTables().find((s) => s.spec.name === "MERUDGIFT_LEVELS")?.spec;
    expect(t.MERUDGIFT_LEVELS).toStrictEqual({
      label: m?.label,
      unit: m?.unit,
      law: m?.law,
      publishedAt: formatSource(m?.publishedAt(2027) ?? ""),
      fields: m?.fields,
      optional: true,
      note: m?.optional,
      rows: [{ from: "2027-01-01", until: "2027-12-31", value: { yearlyThreshold: null, band1To: null, band1Amount: null, band2To: null, band2Amount: null }, source: { title: null, href: null } }],
    });
    expect(rateTemplate({ year: 2028 }).MERUDGIFT_LEVELS).toBeUndefined();
    const s = shippedTables().find((x) => x.spec.name === "SHELTER_109_RATES")?.spec;
    expect(t.SHELTER_109_RATES).toStrictEqual({ label: s?.label, unit: s?.unit, law: s?.law, publishedAt: formatSource(s?.publishedAt(2027) ?? ""), rows: [{ from: "2027-01-01", until: "2027-12-31", value: null, source: { title: null, href: null } }] });
    expect(rateTemplate({ year: 2024 }).SHELTER_109_RATES).toBeUndefined();
    expect(() => rateTemplate({ year: 1999 })).toThrow("year must be ≥ 2000 (a year)");
    expect(() => rateTemplate({ year: 2027.5 })).toThrow("year must be a whole number");
  });
  it("rateTables: every shipped row with its period (open end as null), a JSON copy of its value and its source", () => {
    const explored = rateTables();
    const tables = shippedTables();
    expect(explored.map((t) => t.table)).toEqual(tables.map((t) => t.spec.name));
    explored.forEach((t, i) => {
      const spec = tables[i]?.spec;
      expect({ law: t.law, label: t.label, unit: t.unit }).toEqual({ law: spec?.law, label: spec?.label, unit: spec?.unit });
      t.rows.forEach((r, k) => {
        const row = spec?.rows[k];
        expect(r.from).toBe(row?.from);
        expect(r.until).toBe(row?.until ?? null);
        expect(r.value).toEqual(row?.value);
        if (typeof row?.value === "object") expect(r.value).not.toBe(row.value);
        const src = row?.source;
        expect(r.source).toStrictEqual(typeof src === "string" ? { title: src } : src?.href === undefined ? { title: src?.title } : { title: src.title, href: src.href });
      });
    });
  });
});

describe("the command as a process (issue 23.10–23.11, 23.14)", () => {
  it("isEntry compares real paths: true through a symlink (npm's bin link), false for another file or none", () => {
    const dir = mkdtempSync(join(tmpdir(), "servicelov-bin-"));
    const target = join(process.cwd(), "src/cli.ts");
    const link = join(dir, "servicelov");
    symlinkSync(target, link);
    expect(isEntry(link, pathToFileURL(target).href)).toBe(true);
    expect(isEntry(target, pathToFileURL(target).href)).toBe(true);
    expect(isEntry(join(process.cwd(), "src/index.ts"), pathToFileURL(target).href)).toBe(false);
    expect(isEntry(undefined, pathToFileURL(target).href)).toBe(false);
    expect(isEntry(join(dir, "missing"), pathToFileURL(target).href)).toBe(false);
  });
  const stream = (fail?: "sync" | "event", code = "ENOSPC") => {
    const s = Object.assign(new EventEmitter(), { text: "", write(chunk: string) {
      if (fail === "sync") throw Object.assign(new Error("write failed"), { code });
      if (fail === "event") queueMicrotask(() => s.emit("error", Object.assign(new Error("write failed"), { code })));
      s.text += chunk;
      return true;
    } });
    return s;
  };
  it("standard output that cannot be written: one Danish line on standard error and exit 1, no stack", async () => {
    for (const mode of ["sync", "event"] as const) {
      const out = stream(mode);
      const err = stream();
      const exits: number[] = [];
      runProcess(["satser", "2026"], { stdout: out as never, stderr: err as never, exit: (c) => exits.push(c) });
      await new Promise((r) => setTimeout(r, 5));
      expect(err.text, mode).toBe(`${WRITE_FAILED}\n`);
      expect(exits[0], mode).toBe(1);
    }
    const pipe = stream("event", "EPIPE");
    const err = stream();
    const exits: number[] = [];
    runProcess(["satser", "2026"], { stdout: pipe as never, stderr: err as never, exit: (c) => exits.push(c) });
    await new Promise((r) => setTimeout(r, 5));
    expect({ err: err.text, exit: exits[0] }).toEqual({ err: "", exit: 0 });
  });
  it("a writable standard output gets the listing and sets no failure", () => {
    const out = stream();
    const err = stream();
    const exits: number[] = [];
    const before = process.exitCode;
    runProcess(["satser", "2026"], { stdout: out as never, stderr: err as never, exit: (c) => exits.push(c) });
    expect(out.text).toMatch(/^Satstabeller i servicelov, dækning til og med 2026:/);
    expect({ err: err.text, exits, code: process.exitCode }).toEqual({ err: "", exits: [], code: 0 });
    process.exitCode = before;
  });
  it("--skabelon 2026 marks the tables only some need as optional, saying when they are needed", () => {
    const t = rateTemplate({ year: 2026 });
    for (const [name, block] of Object.entries(t)) {
      const spec = shippedTables().find((x) => x.spec.name === name)?.spec;
      expect(block.optional, name).toBe(spec?.optional === undefined ? undefined : true);
      expect(block.note, name).toBe(spec?.optional);
    }
    expect(t.MERUDGIFT_LEVELS?.note).toMatch(/senest 31\. august 2027/);
    expect(t["AARHUS_WAGES.lt11"]?.note).toMatch(/aarhus-lt11/);
    expect(t.SHELTER_109_RATES?.optional).toBeUndefined();
  });
});
