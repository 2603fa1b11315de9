// One valid call of every public function of every module, as arguments: each module declares
// its own in its manifest (`examples` in src/<module>/module.ts), gathered here from MODULES. The
// fuzz, time-zone and module tests start from them; a module's function without an example fails
// test/modules.test.ts.
import { MODULES } from "../../src/modules.js";

export const SAMPLES: Readonly<Record<string, readonly unknown[]>> = Object.assign({}, ...MODULES.map((m) => ("examples" in m ? m.examples : {})));
