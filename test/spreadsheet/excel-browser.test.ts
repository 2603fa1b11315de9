// The Excel add-in's runtime page, opened in headless Chromium with a stub in place of Office's
// CustomFunctions runtime: every function computes through its associated id and agrees with the
// plain JavaScript functions. Needs Debian's `chromium` (`.ci/run` installs it); without it the
// test is skipped with a message — except under CI=true, where it fails.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { SHEET_DECLARATIONS, sheetFunctions, type SheetDeclaration } from "../../src/spreadsheet/index.js";
import { anyDoorCase, type DoorCase } from "./door-cases.js";
import { haveChromium, launchPage } from "../support/chromium.js";
import { runs } from "../support/runs.js";

const HAVE = haveChromium("excel-browser.test");

const STUB = `window.CustomFunctions = {
  fns: {},
  associate(id, fn) { this.fns[id] = fn; },
  Error: class extends Error { constructor(code, message) { super(message); this.code = code; } },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};
window.callExcel = (id, args) => {
  try { return { value: window.CustomFunctions.fns[id](...args) }; } catch (e) { return { error: e.code, message: e.message }; }
};`;

describe.skipIf(!HAVE)("Excel runtime page in headless Chromium", () => {
  let server: Server;
  let port = 0;
  // biome-ignore lint: the puppeteer types are only needed here
  let browser: import("puppeteer-core").Browser;
  let page: import("puppeteer-core").Page;
  let consoleErrors: string[] = [];

  beforeAll(async () => {
    const dir = join(process.cwd(), "dist/excel");
    server = createServer((req, res) => {
      const file = join(dir, (req.url ?? "/").split("?")[0] as string);
      if (!file.startsWith(dir) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      const type = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".xml": "application/xml" }[extname(file)] ?? "application/octet-stream";
      res.writeHead(200, { "content-type": `${type}; charset=utf-8` }).end(readFileSync(file));
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    port = (server.address() as { port: number }).port;
    ({ browser, page, consoleErrors } = await launchPage());
    await page.setRequestInterception(true);
    page.on("request", (r) => {
      if (r.url().startsWith("https://appsforoffice.microsoft.com/")) void r.respond({ status: 200, contentType: "text/javascript", body: STUB });
      else void r.continue();
    });
    await page.goto(`http://127.0.0.1:${port}/functions.html`, { waitUntil: "load" });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  const excel = async (id: string, args: unknown[]) => page.evaluate((i, a) => (globalThis as unknown as { callExcel: (i: string, a: unknown[]) => unknown }).callExcel(i, a), id, args);

  it("loads without a console error and associates every id in functions.json", async () => {
    const meta = JSON.parse(readFileSync("dist/excel/functions.json", "utf8")) as { functions: { id: string }[] };
    const ids = await page.evaluate(() => Object.keys((globalThis as unknown as { CustomFunctions: { fns: object } }).CustomFunctions.fns));
    expect(ids.sort()).toEqual(meta.functions.map((f) => f.id).sort());
    expect(consoleErrors).toEqual([]);
  });

  it("every function computes through its id, as the plain functions do", async () => {
    const cases: [string, string, unknown[]][] = [
      ["MERUDGIFT", "MERUDGIFT", [1800, "2024-03-01", null, null, null]],
      ["LEDSAGE", "LEDSAGE", [[["2024-04", 20], ["", ""]], "2024-01", "2024-04", null]],
      ["BPA.TILSKUD", "BPA.TILSKUD", [[["sektion", 96], ["dato", "2021-10-01"], ["lønforudsætning", "aarhus-lt11"], ["arbejdsgiver", "borger"], ["dagtimer", 40]], null]],
      ["BPA.SPECIFIKATION", "BPA.SPECIFIKATION", [[["sektion", 96], ["dato", "2021-10-01"], ["lønforudsætning", "aarhus-lt11"], ["arbejdsgiver", "borger"], ["dagtimer", 40]], null]],
      ["BOTILBUD.BETALING", "BOTILBUD.BETALING", [8000, 4000, 2900, [["196"], ["145"], ["140"]], 2078, null]],
      ["OPHOLD.BETALING", "OPHOLD.BETALING", [109, "2024-03-01 14:00", "2024-03-03 13:00", null, null, null]],
      ["OPHOLD.DOEGN", "OPHOLD.DØGN", [110, "2030-03-01 14:00", "2030-03-03 13:00", null, null]],
      ["SAGSFRIST", "SAGSFRIST", [100, "2024-03-01", "albertslund-2018", null]],
      ["KLAGEFRIST", "KLAGEFRIST", ["2024-03-01"]],
      ["FOLKEPENSIONSALDER", "FOLKEPENSIONSALDER", ["1954-03-10"]],
      ["FOLKEPENSIONSDATO", "FOLKEPENSIONSDATO", ["1954-03-10"]],
      ["ARBEJDSDAGE.LAEG.TIL", "ARBEJDSDAGE.LÆG.TIL", ["2024-03-27", 1]],
    ];
    for (const [id, name, args] of cases) {
      const plain = (sheetFunctions[name] as (...a: unknown[]) => unknown)(...args);
      expect(await excel(id, args), id).toEqual({ value: plain });
    }
  });

  it("errors are CustomFunctions.Error: #VALUE! with the message, #N/A for a missing rate", async () => {
    expect(await excel("MERUDGIFT", [-1, "2024-03-01", null, null, null])).toMatchObject({ error: "#VALUE!", message: "udgifter_pr_md skal være mindst 0 kr." });
    expect(await excel("OPHOLD.BETALING", [109, "2030-03-01 14:00", "2030-03-03 13:00", null, null, null])).toMatchObject({ error: "#N/A", message: expect.stringMatching(/^Satsen mangler/) });
  });

  it("FORKLARING takes ranges: its repeated arguments arrive as matrices", async () => {
    const r = (await excel("FORKLARING", ["MERUDGIFT", [[[1800]], [["2024-03-01"]]]])) as { value: string[][] };
    expect(r.value.flat().join(" ")).toMatch(/1\.800,00 kr/);
    const lines = (await excel("FORKLARING", ["BOTILBUD.BETALING", [[[8000]], [[4000]], [[2900]], [["196"], ["145"], ["140"]], [[2078]]]])) as { value: string[][] };
    expect(lines.value.length).toBeGreaterThan(3);
  });

  it("property: on random valid inputs of every function the runtime page equals the library (the fourth door)", async () => {
    // Excel passes a range parameter as a matrix, an omitted optional parameter as null, and
    // FORKLARING's repeating argument as one array of matrices.
    const excelArgs = (c: DoorCase): unknown[] => {
      if (c.name === "FORKLARING") return [c.args[0], c.args.slice(1).map((a) => (Array.isArray(a) ? a : [[a]]))];
      const d = SHEET_DECLARATIONS.find((x) => x.name === c.name) as SheetDeclaration;
      return d.params.map((p, i) => {
        const a = c.args[i];
        if (a === undefined) return null;
        return p.range && !Array.isArray(a) ? [[a]] : a;
      });
    };
    await fc.assert(
      fc.asyncProperty(anyDoorCase, async (c) => {
        const id = (SHEET_DECLARATIONS.find((x) => x.name === c.name) as SheetDeclaration).id;
        expect(await excel(id, excelArgs(c))).toEqual({ value: c.expected });
      }),
      { numRuns: runs(80) },
    );
  });
});
