// After tsup: puts the library's browser bundle next to the example page (examples/web), so the
// page opens from a file or any static host with no server and no build of its own.
import { copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
copyFileSync(join(root, "dist/browser/servicelov.js"), join(root, "examples/web/servicelov.js"));
console.log("build-web: dist/browser/servicelov.js → examples/web/servicelov.js");
