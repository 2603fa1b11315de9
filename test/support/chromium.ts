// Headless Chromium for the browser tests (the Excel runtime page, the example web page): where
// it is, whether it is installed (missing under CI=true is an error, elsewhere a skip with a
// message), and a page that records console errors.
import { existsSync } from "node:fs";
import type { Browser, Page } from "puppeteer-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Is Chromium installed? Throws under CI=true when it is not; warns naming the test file otherwise. */
export function haveChromium(testName: string): boolean {
  const have = existsSync(CHROMIUM);
  if (!have && process.env.CI === "true") throw new Error(`Chromium not found at ${CHROMIUM}: CI must install it (apt-get install -y chromium)`);
  if (!have) console.warn(`${testName}: skipped — no Chromium at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`);
  return have;
}

/** Launches headless Chromium with a new page whose console errors and page errors are collected. */
export async function launchPage(): Promise<{ browser: Browser; page: Page; consoleErrors: string[] }> {
  const puppeteer = await import("puppeteer-core");
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  return { browser, page, consoleErrors };
}
