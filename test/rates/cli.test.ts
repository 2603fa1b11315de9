import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { rateCoverage } from "../../src/index.js";

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
    expect(run(["satser", "1999"])).toMatchObject({ code: 2, err: expect.stringMatching(/through must be ≥ 2000/) });
  });
});
