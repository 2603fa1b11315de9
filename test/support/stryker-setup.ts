// Mutation testing runs each mutant against the tests that cover it; fewer property runs keep
// that within reach on 2 cores. Examples pinned with `examples` still run every time.
import fc from "fast-check";

fc.configureGlobal({ numRuns: Number(process.env.FC_NUM_RUNS ?? 25) });
