// Every input field is documented: each property of every exported `…Input` interface (and of
// the object types nested in it) has a doc comment, so TypeDoc and editors show its meaning
// and unit. Read with the TypeScript parser, not by searching text.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

interface Found {
  iface: string;
  undocumented: string[];
}

function inputInterfaces(): Found[] {
  const out: Found[] = [];
  for (const file of files("src")) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isInterfaceDeclaration(node) && /Input$|^CostItem$|^BpaWageInput$|^BpaEmployerCost$|^BpaHoursByTime$|^BpaUsedHours$|^EscortUsage$|^EscortPolicy$|^LabelledAmount$/.test(node.name.text) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        const undocumented: string[] = [];
        const check = (members: ts.NodeArray<ts.TypeElement>, prefix: string) => {
          for (const m of members) {
            if (!ts.isPropertySignature(m)) continue;
            const name = `${prefix}${m.name.getText(sf)}`;
            if (ts.getJSDocCommentsAndTags(m).length === 0) undocumented.push(name);
          }
        };
        check(node.members, "");
        out.push({ iface: `${file}: ${node.name.text}`, undocumented });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

describe("every input field is documented", () => {
  it("each property of every exported input interface has a doc comment", () => {
    const found = inputInterfaces();
    expect(found.length).toBeGreaterThanOrEqual(25);
    expect(found.filter((f) => f.undocumented.length > 0)).toEqual([]);
  });
  it("the fields the issue names are documented: asOf, ownHomeRent, residenceHours, documentedListedMonthlyCosts, weeksPerYear", () => {
    const src = ["src/shelter/input.ts", "src/escort/input.ts", "src/extra-cost/input.ts", "src/bpa/input.ts"].map((f) => readFileSync(f, "utf8")).join("\n");
    for (const field of ["asOf", "ownHomeRent", "residenceHours", "documentedListedMonthlyCosts", "weeksPerYear"]) expect(src).toMatch(new RegExp(`/\\*\\*[^*]*(\\*(?!/)[^*]*)*\\*/\\s*${field}\\?`));
  });
});
