// Exact outputs of the spreadsheet readers the mutation run showed untested: the Satser range's
// rows (trimming, header only in the first row, periods with and without `til`, fraction fields),
// the yes/no words, the error-cell translation (`guard`: rate-missing with and without the table,
// mixed issues, path renaming) and ArgumentError's shape. The figures are test input, not rates.
import { SHEET_ISSUES } from "../../src/spreadsheet/messages.js";
import { CORE } from "../../src/core/messages.js";
import { ISSUE_CODES } from "../../src/core/issue-codes.js";
import { BPA_ISSUES } from "../../src/bpa/messages.js";
import { issue, type InputIssue } from "../../src/core/errors.js";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { satserInput } from "../../src/spreadsheet/satser.js";
import { ArgumentError, guard, isEmpty, serialToTime, sheetBool, SheetError, sheetRows, type SheetValue } from "../../src/spreadsheet/values.js";
import { findSheetFunction } from "../../src/spreadsheet/registry.js";
import { BPA_PARAMETERS, bpaInputFromRange } from "../../src/spreadsheet/bpa-range.js";
import { BOTILBUD_BETALING, BPA_TILSKUD, callSheetFunction, FORKLARING, LEDSAGE, OPHOLD_DOEGN } from "../../src/spreadsheet/index.js";
import { escortLedger } from "../../src/index.js";

const throwing = (issues: ConstructorParameters<typeof InputError>[0]) => () => {
  throw new InputError(issues);
};

describe("satserInput: the Satser range, row by row", () => {
  it("trims names, fields, texts and sources; a row without til has no until; same table and from but another til is another row", () => {
    expect(
      satserInput([
        [" SHELTER_109_RATES ", "2031-01-01", "", null, " 105.00 ", " kilde a "],
        ["SHELTER_109_RATES", "2030-01-01", "2030-06-30", "", "99.00", "kilde b"],
        ["KOMPENSATION_LEVELS", "2030-01-01", "2030-12-31", " group1Amount ", 1200, "k"],
      ]),
    ).toStrictEqual({
      SHELTER_109_RATES: [
        { from: "2031-01-01", value: "105.00", source: "kilde a" },
        { from: "2030-01-01", until: "2030-06-30", value: "99.00", source: "kilde b" },
      ],
      KOMPENSATION_LEVELS: [{ from: "2030-01-01", until: "2030-12-31", value: { group1Amount: 1200 }, source: "k" }],
    });
  });
  it("a text in a fraction field (supplements.*, pensionRate, holidayPayRate, onCallFraction) is a number; in an amount field it stays text", () => {
    const rows = satserInput([
      ["BPA_WAGES", "2030-01-01", "2030-12-31", "pensionRate", "0.13", "w"],
      ["BPA_WAGES", "2030-01-01", "2030-12-31", "holidayPayRate", " 0.125 ", "w"],
      ["BPA_WAGES", "2030-01-01", "2030-12-31", "onCallFraction", "0.2", "w"],
      ["BPA_WAGES", "2030-01-01", "2030-12-31", "supplements.night", "0.4", "w"],
      ["BPA_WAGES", "2030-01-01", "2030-12-31", "hourly", "180.00", "w"],
    ]);
    expect(rows.BPA_WAGES).toStrictEqual([
      { from: "2030-01-01", until: "2030-12-31", value: { pensionRate: 0.13, holidayPayRate: 0.125, onCallFraction: 0.2, supplements: { night: 0.4 }, hourly: "180.00" }, source: "w" },
    ]);
    // A text that is no number stays text, for withRates to refuse with the field's own message.
    expect(satserInput([["BPA_WAGES", "2030-01-01", "2030-12-31", "pensionRate", "tretten", "w"]]).BPA_WAGES?.[0]).toMatchObject({ value: { pensionRate: "tretten" } });
  });
  it("the header is skipped only as the first row; a 'tabel' row later is a table named tabel", () => {
    const head = ["Tabel", "fra", "til", "felt", "værdi", "kilde"];
    expect(Object.keys(satserInput([head, ["SHELTER_110_RATES", "2030-01-01", "", "", "1", "s"]]))).toEqual(["SHELTER_110_RATES"]);
    expect(() => satserInput([["SHELTER_110_RATES", "2030-01-01", "", "", "1", "s"], ["tabel", "2030-01-01", "", "", "1", "s"]])).toThrow("satser række 2: «tabel» er ikke en satstabel");
  });
  it("a row without a table name is refused by its row number", () => {
    expect(() => satserInput([["SHELTER_110_RATES", "2030-01-01", "", "", "1", "s"], ["  ", "2030-01-01", "", "", "1", "s"]])).toThrow("satser række 2: tabel skal være navnet på en satstabel, fx SHELTER_109_RATES");
    expect(() => satserInput([[7, "2030-01-01", "", "", "1", "s"]])).toThrow("satser række 1: tabel skal være navnet på en satstabel");
  });
});

describe("sheetBool: the yes/no words", () => {
  it("ja/sand/true and nej/falsk/false in any case and with spaces; 1/0; TRUE/FALSE", () => {
    for (const w of ["ja", " SAND ", "True"]) expect(sheetBool(w, "x")).toBe(true);
    for (const w of ["nej", " FALSK ", "False"]) expect(sheetBool(w, "x")).toBe(false);
    expect([sheetBool(1, "x"), sheetBool(0, "x"), sheetBool(true, "x"), sheetBool(false, "x")]).toEqual([true, false, true, false]);
    for (const w of ["", "n", "0", 2]) expect(() => sheetBool(w, "dokumenteret")).toThrow(/^dokumenteret skal være SAND eller FALSK/);
  });
});

describe("serialToTime: the 1900 date system", () => {
  it("serial 59 is 28 Feb 1900, 60 does not exist, 61 is 1 Mar 1900 (Excel's 1900 leap bug)", () => {
    expect(serialToTime(59, "d")).toBe("1900-02-28T00:00");
    expect(() => serialToTime(60, "d")).toThrow(/29. februar 1900/);
    expect(serialToTime(61, "d")).toBe("1900-03-01T00:00");
  });
});

describe("guard: what goes wrong becomes an error cell", () => {
  it("an ArgumentError is #VALUE! with the Danish message; its issue has an empty path", () => {
    expect(new ArgumentError("x", SHEET_ISSUES.amount).issues).toMatchObject([{ path: "x", code: "not-an-amount", message: "x must be an amount", says: "spreadsheet.amount" }]);
    const e = guard({}, () => {
      throw new ArgumentError("x", SHEET_ISSUES.amount);
    }) as SheetError;
    expect([e.code, e.message]).toEqual(["#VALUE!", "x skal være et beløb"]);
  });
  it("a missing rate with its table is #N/A with how to add the row, one row per field when the value has fields", () => {
    const withFields = guard({}, throwing([{ path: "date", code: "rate-missing", message: "m", says: "test.literal", rate: { table: "BPA_WAGES", year: 2031, publishedAt: "overenskomsten", fields: ["hourly", "pensionRate"] } }])) as SheetError;
    expect(withFields.code).toBe("#N/A");
    expect(withFields.message).toBe(
      "Satsen mangler: BPA_WAGES har ingen sats for 2031. Biblioteket gætter aldrig et år ud fra et andet. Satsen offentliggøres i overenskomsten. Tilføj den i dit satser-område (kolonnerne tabel | fra | til | felt | værdi | kilde), fx BPA_WAGES | 2031-01-01 | 2031-12-31 | … | beløb | kilde, med én række pr. felt (hourly, pensionRate), og giv området som sidste argument.",
    );
    const single = guard({}, throwing([{ path: "date", code: "rate-missing", message: "m", says: "test.literal", rate: { table: "SHELTER_109_RATES", year: 2031, publishedAt: "januar" } }])) as SheetError;
    expect(single.message).toContain("med feltet tomt, og giv");
  });
  it("a missing rate without its table, alone or among other issues, is #N/A with every message; other issues are #VALUE!", () => {
    const alone = guard({}, throwing([{ ...issue("date", CORE.required), code: "rate-missing" }])) as SheetError;
    expect(alone.code).toBe("#N/A");
    const mixed = guard({}, throwing([issue("a", CORE.amountMin), { ...issue("b", CORE.required), code: "rate-missing" }])) as SheetError;
    expect([mixed.code, mixed.message]).toEqual(["#N/A", "a skal være mindst 0 kr.; b skal udfyldes"]);
    const plain = guard({}, throwing([issue("a", CORE.amountMin), issue("b", CORE.required)])) as SheetError;
    expect([plain.code, plain.message]).toEqual(["#VALUE!", "a skal være mindst 0 kr.; b skal udfyldes"]);
  });
  it("an issue whose message is not in the catalogue (or lacks a value it needs) is said by its code's Danish meaning, never in English", () => {
    const cell = guard({}, throwing([{ path: "date", code: "rate-missing", message: "no rate", says: "test.literal" }])) as SheetError;
    expect(cell.code).toBe("#N/A");
    expect(cell.message).toBe(`date ${ISSUE_CODES["rate-missing"].da}`);
  });
  it("field paths become the sheet's names: at the start, inside the message, a dotted path of any depth, a row index of two digits", () => {
    const names = { monthlyCosts: "udgifter_pr_md", "wage.supplements.evening": "tillæg_aften", usage: "forbrug" };
    const cell = (i: InputIssue) => (guard(names, throwing([i])) as SheetError).message;
    expect(cell(issue("monthlyCosts", CORE.amountMin))).toBe("udgifter_pr_md skal være mindst 0 kr.");
    expect(cell(issue("wage.supplements.evening", CORE.required))).toBe("tillæg_aften skal udfyldes");
    expect(cell(issue("usage[12].hours", CORE.required))).toBe("forbrug række 13 skal udfyldes");
    expect(cell(issue("x", BPA_ISSUES.helpersFor, { other: "wage.supplements.evening" }))).toBe("x skal udfyldes for tillæg_aften");
    expect(cell(issue("list[1]", CORE.required))).toBe("list række 2 skal udfyldes");
  });
  it("anything else thrown is #VALUE! with its text", () => {
    const e = guard({}, () => {
      throw "boom"; // eslint-disable-line no-throw-literal
    }) as SheetError;
    expect([e.code, e.message]).toEqual(["#VALUE!", "boom"]);
  });
});

describe("findSheetFunction", () => {
  it("trims and ignores case; a non-text name finds nothing", () => {
    expect(findSheetFunction("  merudgift ")?.name).toBe("MERUDGIFT");
    expect(findSheetFunction(" extracost")?.name).toBe("MERUDGIFT");
    expect(findSheetFunction(7)).toBeUndefined();
  });
});

describe("bpaInputFromRange: the BPA name/value range, exactly", () => {
  it("every kind of cell: text trimmed and lower-cased, a date from a serial number, employer and payroll words, nested fields side by side", () => {
    expect(
      bpaInputFromRange([
        [" Sektion ", " 96 "],
        ["dato", 45352],
        ["serviceniveau", " ALBERTSLUND-2018 "],
        ["arbejdsgiver", " Nærtstående "],
        ["lønadministration", "KOMMUNE"],
        ["timeløn", "180.00"],
        ["tillæg_aften", 0.3],
        ["tillæg_nat", 0.4],
        ["dagtimer", 20],
        ["bistandstillæg", "ja"],
        ["puljetimer", ""],
      ]),
    ).toStrictEqual({
      section: "96",
      date: "2024-03-01",
      servicePreset: "albertslund-2018",
      employer: "relative",
      payroll: "municipality",
      wage: { hourly: "180.00", supplements: { evening: 0.3, night: 0.4 } },
      weeklyHours: { day: 20 },
      allowances: { attendance: true },
    });
  });
  it("payroll words are not employer words, and the reverse", () => {
    expect(() => bpaInputFromRange([["arbejdsgiver", "kommune"]])).toThrow("parametre: arbejdsgiver skal være borger, nærtstående, forening eller virksomhed");
    expect(() => bpaInputFromRange([["arbejdsgiver", "constructor"]])).toThrow("parametre: arbejdsgiver skal være borger, nærtstående, forening eller virksomhed");
    expect(() => bpaInputFromRange([["arbejdsgiver", "borger"], ["lønadministration", "virksomhed"]])).toThrow("parametre: lønadministration skal være borger, kommune eller forening");
  });
  it("refusals name the row's problem and list every known name", () => {
    const names = BPA_PARAMETERS.map((x) => x.name).join(", ");
    expect(() => bpaInputFromRange([[7, 1]])).toThrow(`parametre: hver række skal begynde med et parameternavn (tekst); kendte navne: ${names}`);
    const long = `x${"y".repeat(60)}`;
    expect(() => bpaInputFromRange([[` ${long.toUpperCase()} `, 1]])).toThrow(`parametre: ukendt navn "${long.slice(0, 40)}"; kendte navne: ${names}`);
  });
  it("without sektion or hours the library's own refusal comes through (section empty, no hours)", () => {
    const e = BPA_TILSKUD([["arbejdsgiver", "borger"], ["dato", "2024-03-01"]]) as SheetError;
    expect(e).toBeInstanceOf(SheetError);
    expect(e.message).toMatch(/^sektion /);
    expect(bpaInputFromRange([["arbejdsgiver", "borger"]])).toStrictEqual({ section: "", weeklyHours: {}, employer: "citizen" });
  });
});

describe("inside the sheet functions", () => {
  it("LEDSAGE: the order word reaches the ledger (the two orders differ on this usage) — SEL § 97 ledger, Albertslund 2018 order", () => {
    const usage = [["2024-01", 0], ["2024-06", 30], ["2024-12", 40]];
    const table = (order: "newest-first" | "oldest-first") => {
      const r = escortLedger({ from: "2024-01", to: "2024-12", usage: usage.map(([month, hours]) => ({ month: month as string, hours: hours as number })), policy: { order } });
      return r.months.map((m) => m.availableAtEnd);
    };
    const newest = LEDSAGE(usage, "2024-01", "2024-12", "nyeste først") as unknown[][];
    const oldest = LEDSAGE(usage, "2024-01", "2024-12", " Ældste først ") as unknown[][];
    expect(newest.slice(1).map((row) => String(row[5]))).toEqual(table("newest-first").map((x) => String(Number(x))));
    expect(oldest.slice(1).map((row) => String(row[5]))).toEqual(table("oldest-first").map((x) => String(Number(x))));
    expect(newest).not.toEqual(oldest);
  });
  it("LEDSAGE: a month text must be the whole cell", () => {
    expect((LEDSAGE([["x2024-03", 20]], "2024-01", "2024-03") as SheetError).message).toMatch(/^forbrug række 1 skal være en dato/);
  });
  it("BOTILBUD.BETALING: labels and text amounts are trimmed", () => {
    expect(BOTILBUD_BETALING(8000, 4000, 2900, [[" Telefon ", " 145.00 "]], 2078)).toBe(BOTILBUD_BETALING(8000, 4000, 2900, [["Telefon", 145]], 2078));
    const run = findSheetFunction("BOTILBUD.BETALING")?.run;
    const labels = (range: SheetValue) => JSON.stringify((run?.([8000, 4000, 2900, range, 2078]) as { explanation: { values: unknown }[] }).explanation.map((s) => s.values));
    expect(labels([[" Telefon ", 145]])).toBe(labels([["Telefon", 145]]));
  });
  it("ARBEJDSDAGE.LÆG.TIL cites the holiday calendar it counts by", () => {
    const r = findSheetFunction("ARBEJDSDAGE.LÆG.TIL")?.run(["2024-03-01", 5]) as { explanation: { source?: string }[] };
    expect(r.explanation[0]?.source).toMatch(/^Folkekirk/);
  });
  it("a long unknown function name is cut to 40 characters in the message; FORKLARING refuses a name that is no sheet value", () => {
    const long = `X${"Y".repeat(60)}`;
    expect((callSheetFunction(long, []) as SheetError).message).toMatch(new RegExp(`^ukendt funktion ${long.slice(0, 40)};`));
    expect((FORKLARING({} as never) as SheetError).message).toBe("argument 1 er ikke en regnearksværdi (tal, tekst, SAND/FALSK, dato eller område)");
  });
  it("ArgumentError is named; isEmpty trims", () => {
    expect(new ArgumentError("x", SHEET_ISSUES.amount).name).toBe("ArgumentError");
    expect([isEmpty("  "), isEmpty(" a "), isEmpty(null), isEmpty(undefined), isEmpty(0)]).toEqual([true, false, true, true, false]);
  });
});

describe("word cells", () => {
  it("only the list's own words: 'constructor' is not an order or a counting word", () => {
    expect((LEDSAGE([["2024-03", 20]], "2024-01", "2024-03", "constructor") as SheetError).message).toBe('rækkefølge skal være "nyeste først" eller "ældste først"');
    expect((OPHOLD_DOEGN(110, "2024-03-01 14:00", "2024-03-03 13:00", null, "constructor") as SheetError).message).toBe('optælling skal være "påbegyndte døgn", "kalenderdage" eller "nætter"');
  });
});

describe("sheetRows: a cell beyond the range's columns", () => {
  it("is refused with its row and column, never ignored; empty cells beyond are fine", () => {
    expect(sheetRows([["a", 1, ""], ["b", 2, null]] as SheetValue[][], "forbrug", 2)).toHaveLength(2);
    expect(() => sheetRows([["a", 1], ["b", 2, 7]] as SheetValue[][], "forbrug", 2)).toThrow(/^forbrug række 2, kolonne 3: området har 2 kolonner/);
  });
});
