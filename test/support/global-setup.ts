// Builds the package once before the tests: the tests of built artifacts (the Apps Script file,
// the Excel runtime page in Chromium, the example web page) read dist/, and `npm test` must pass
// on a fresh clone exactly as the README writes it — `npm ci && npm run example`, then `npm test`,
// with no `npm run build` in between — on a machine with or without Chromium. Building every run
// (about 6 s) also means those tests never read a stale dist/ after a source change.
import { execSync } from "node:child_process";

export default function setup(): void {
  try {
    execSync("npm run build", { stdio: "pipe" });
  } catch (e) {
    const out = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`npm run build failed before the tests:\n${out.stdout?.toString() ?? ""}${out.stderr?.toString() ?? ""}`);
  }
}
