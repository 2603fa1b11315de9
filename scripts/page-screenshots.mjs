// Screenshots of the caseworker's page (examples/web): each form with its result, the Satser panel
// with a municipality's own row, and a refusal next to its field — for the docs and the issue note.
// Needs Debian's chromium (CHROMIUM_PATH to use another). Usage: npm run screens
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const out = join(process.cwd(), "docs/screens");
mkdirSync(out, { recursive: true });
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
await page.setViewport({ width: 1000, height: 900 });
await page.goto(pathToFileURL(join(process.cwd(), "examples/web/index.html")).href, { waitUntil: "load" });
await page.evaluate(() => localStorage.clear());
await page.reload({ waitUntil: "load" });
const ids = await page.$$eval("section.calc", (ss) => ss.map((s) => s.id));
for (const id of ids) await (await page.$(`#${id}`)).screenshot({ path: join(out, `${id}.png`) });
// A 2026 § 100 case: the missing rate, then Satser with a row of test values, then the result.
await page.$eval("#f-merudgift-date", (e) => (e.value = "2026-11-01"));
await page.click('form[data-calc="merudgift"] button[type=submit]');
await (await page.$("#merudgift")).screenshot({ path: join(out, "merudgift-2026-sats-mangler.png") });
await page.click('[data-out="merudgift"] .missing-rate button');
for (const [k, v] of Object.entries({ group1YearlyThreshold: "6.660", group1Amount: "1.105", group2YearlyLimit: "24.000", group2Amount: "500" })) await page.$eval(`#rate-value-${k}`, (e, x) => (e.value = x), v);
await page.$eval("#rate-source-title", (e) => (e.value = "TESTVÆRDIER — ikke de offentliggjorte 2026-tal"));
await page.click("#rate-add button[type=submit]");
await (await page.$("#satser")).screenshot({ path: join(out, "satser.png") });
await page.$eval("#f-merudgift-date", (e) => (e.value = "2026-11-01"));
await page.click('form[data-calc="merudgift"] button[type=submit]');
await (await page.$("#merudgift")).screenshot({ path: join(out, "merudgift-2026.png") });
await page.$eval("#f-ophold-departure", (e) => (e.value = "2024-02-01T10:00"));
await page.click('form[data-calc="ophold"] button[type=submit]');
await (await page.$("#ophold")).screenshot({ path: join(out, "ophold-fejl.png") });
await browser.close();
console.log(`screens: ${ids.length + 4} screenshots in docs/screens`);
