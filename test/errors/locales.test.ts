// Issue 24 § 1: errors are data, words are locales. Every message is written once in English and
// Danish beside its code; every issue of every public function names its message (`says`) and is
// said in Danish without an English word; counts take their plural form in both languages.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { ISSUE_CODES, ISSUE_WORDS, InputError, issueText } from "../../src/index.js";
import { renderWords } from "../../src/core/issue-templates.js";

/** English words a Danish message must not hold (after quoted text, placeholders and identifiers are taken out). */
const ENGLISH = /\b(must|required|needs?|given|outside|between|allowed|cannot|unknown|expected|should|hours|fraction|grant|offset|not|when|is|are|the|of|with|or|and|give|only|least|most|each|every|before|after|row|rows|column|list|amount|date|month|year|field|text|number|value)\b/i;

/** A Danish text with what may stay as written taken out: quoted words, «citations», placeholders, code identifiers and { … } shapes. */
function danishWordsOf(text: string): string {
  return text
    .replace(/"[^"]*"|«[^»]*»|'[^']*'|`[^`]*`/g, " ")
    .replace(/\{[^}]*\}/g, " ")
    .replace(/\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+(?:\.[A-Za-z]+)+\b|\b[A-Z][A-Z0-9_]+\b/g, " ")
    .replace(/\([^)]*[A-Za-z]+\.[a-z]+[^)]*\)/g, " ");
}

const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith(".ts") ? [join(dir, f)] : []));

describe("the messages: one catalogue, both languages", () => {
  const all = Object.values(ISSUE_WORDS);
  it("every group of messages defined in src/ is in the catalogue (ISSUE_WORDS is derived, nothing is forgotten)", () => {
    const groups = files("src").flatMap((f) => [...readFileSync(f, "utf8").matchAll(/^(?!\s*\*).*defineWords\("([\w-]+)"/gm)].map((m) => m[1] as string));
    expect(groups.length).toBeGreaterThan(10);
    for (const g of groups) expect(all.some((w) => w.id.startsWith(`${g}.`)), g).toBe(true);
  });
  it("every message has a documented code, English and Danish", () => {
    for (const w of all) {
      expect(Object.hasOwn(ISSUE_CODES, w.code), w.id).toBe(true);
      expect(w.en.length, w.id).toBeGreaterThan(3);
      expect(w.da.length, w.id).toBeGreaterThan(3);
    }
  });
  it("no Danish message holds an English word", () => {
    for (const w of all) expect(danishWordsOf(w.da), `${w.id}: ${w.da}`).not.toMatch(ENGLISH);
  });
  it("counts take their plural form in both languages (1 uge / 2 uger, 1 month / 2 months)", () => {
    const plural = all.filter((w) => /\{\w+\|/.test(w.en));
    expect(plural.length).toBeGreaterThan(2);
    for (const w of plural) {
      for (const locale of ["en", "da"] as const) {
        const t = w[locale];
        const [, name, one, many] = /\{(\w+)\|([^|}]*)\|([^}]*)\}/.exec(t) as RegExpExecArray;
        expect(renderWords(t, { [name as string]: 1 }, locale), `${w.id} ${locale}`).toContain(`1 ${one}`);
        expect(renderWords(t, { [name as string]: 2 }, locale), `${w.id} ${locale}`).toContain(`2 ${many}`);
      }
    }
    expect(renderWords(lib.ISSUE_WORDS["escort.toAfter"]?.da ?? "", { max: 1, other: "fra" }, "da")).toBe("må højst ligge 1 måned efter fra");
  });
  it("a door's names rename the field and the fields a message names", () => {
    const e = (() => {
      try {
        lib.escortLedger({ from: "2024-05", to: "2024-04" });
      } catch (x) {
        return x as InputError;
      }
      throw new Error("expected a refusal");
    })();
    const i = e.issues[0] as lib.InputIssue;
    expect(i).toMatchObject({ path: "to", code: "order", says: "escort.toBefore", params: { other: "from", from: "2024-05" } });
    expect(issueText(i, "en")).toBe(i.message);
    expect(issueText(i, "da", { from: "Fra måned", to: "Til måned" })).toBe("Til måned må ikke ligge før Fra måned (2024-05)");
  });
});

describe("every issue of every public function is said in Danish", () => {
  const CORPUS: unknown[] = [undefined, null, 42, "x", true, [], {}, { unknownField: 1 }, new Date(Number.NaN), { date: "2024-02-30", monthlyCosts: -5, from: "2024-13", to: "2024-05", section: "98", arrival: "x", income: "mange" }, { from: "2024-05", to: "2024-04", usage: [{ hours: 1 }], strict: true }, { section: "96", date: "2026-01-01", employer: "citizen", weeklyHours: { day: 30, evening: 5 }, onCallWeeklyHours: 2 }, { grant: { date: "x" }, used: "bad" }, { year: 2101.5 }, { birthDate: "1980-01-01" }, { paragraph: "100", received: "2024-01-01", preset: "holbaek-2024" }, { kind: "group", start: "2024-01-31", preset: "albertslund-2024" }, { date: "2027-01-01", monthlyCosts: 1000 }, { SHELTER_109_RATES: [{ from: "2024-01-01", until: "2024-12-31", value: "99.00", source: "x" }], NOT_A_TABLE: [] }];
  const fns = Object.entries(lib).filter(([n, v]) => typeof v === "function" && n !== "InputError") as [string, (...a: unknown[]) => unknown][];
  it("each issue names a message of the catalogue with its code, and its Danish has no English word", () => {
    let said = 0;
    for (const [name, fn] of fns) {
      for (const a of CORPUS) {
        try {
          fn(a);
        } catch (e) {
          expect(e, name).toBeInstanceOf(InputError);
          for (const i of (e as InputError).issues) {
            const w = ISSUE_WORDS[i.says];
            expect(w, `${name}: ${i.says} — ${i.message.slice(0, 80)}`).toBeDefined();
            expect(w?.code, `${name}: ${i.says}`).toBe(i.code);
            const da = renderWords(w?.da ?? "", i.params, "da");
            expect(da, `${name}: a value the message needs is missing`).not.toMatch(/\{[A-Za-z]\w*\}/);
            expect(danishWordsOf(da), `${name}: ${issueText(i, "da")}`).not.toMatch(ENGLISH);
            said++;
          }
        }
      }
    }
    expect(said).toBeGreaterThan(200);
  });
});

describe("issueText refuses what it cannot say and never falls back to English", () => {
  const real = (() => {
    try {
      lib.extraCostSubsidy({ date: "2024-03-01", monthlyCosts: -1 });
    } catch (e) {
      return (e as InstanceType<typeof InputError>).issues[0];
    }
    throw new Error("expected a refusal");
  })();
  it("a real issue in Danish, renamed by a table or a function; a function that gives no text keeps the path", () => {
    expect(issueText(real!, "da")).toBe("monthlyCosts skal være mindst 0 kr.");
    expect(issueText(real!, "da", { monthlyCosts: "Udgifter pr. md." })).toBe("Udgifter pr. md. skal være mindst 0 kr.");
    expect(issueText(real!, "da", (() => 42) as unknown as (p: string) => string)).toBe("monthlyCosts skal være mindst 0 kr.");
  });
  it("a renaming function that throws, params that are not plain words or numbers, and a bad locale are InputErrors", () => {
    expect(() => issueText(real!, "da", () => { throw new Error("x"); })).toThrow(InputError);
    expect(() => issueText({ ...real!, params: { min: Number.NaN } }, "da")).toThrow(InputError);
    expect(() => issueText({ ...real!, params: [] as unknown as Record<string, string> }, "da")).toThrow(InputError);
    expect(() => issueText(real!, "de" as "da")).toThrow(InputError);
  });
  it("a message whose values are missing is said by its code's Danish meaning; an unknown code is refused", () => {
    const words = ISSUE_WORDS["core.rateMissing"];
    expect(words).toBeDefined();
    const bare = { path: "date", code: "rate-missing" as const, message: "x", says: "core.rateMissing", params: {} };
    expect(issueText(bare, "da")).toBe(`date ${ISSUE_CODES["rate-missing"].da}`);
    expect(() => issueText({ ...bare, code: "nonsense" as "rate-missing" }, "da")).toThrow(InputError);
  });
});
