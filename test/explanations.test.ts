// The Danish explanation is part of the result a caseworker pastes into a decision letter: a
// change to any line (text, rule id or source) must be a deliberate one. These snapshots cover
// every branch of every calculator's explanation.
import { describe, expect, it } from "vitest";

import { EXPLANATION_CASES as cases } from "./explanation-cases.js";

describe("explanations (snapshots of every branch)", () => {
  it.each(cases)("%s", (_name, run) => {
    const r = run();
    expect(r.explanation.every((s) => s.text.length > 0 && /^[a-z-]+(\.[a-z0-9-]+)+$/.test(s.rule))).toBe(true);
    // An explanation goes into a decision letter: it cites public documents by their own title, never internal working names.
    for (const s of r.explanation) expect(`${s.text} ${s.source ?? ""}`).not.toMatch(/seed|FACTS/i);
    expect(r).toMatchSnapshot();
  });
});
