// Date rules of the source documents on Danish working days (issue 16).
import { describe, expect, it } from "vitest";
import { sheetFunctions, SheetError } from "../../src/spreadsheet/index.js";

describe("spreadsheet date functions", () => {
  it("SAGSFRIST, KLAGEFRIST, FOLKEPENSIONSALDER, FOLKEPENSIONSDATO, ARBEJDSDAGE.LÆG.TIL", () => {
    expect(sheetFunctions.SAGSFRIST?.(100, "2024-03-01", "albertslund-2018")).toBe("2024-04-26");
    expect(sheetFunctions.SAGSFRIST?.("§ 107", 45352, "Albertslund-2018")).toBe("2024-05-10");
    expect(sheetFunctions.KLAGEFRIST?.("2024-03-01")).toBe("2024-04-02");
    expect(sheetFunctions.FOLKEPENSIONSALDER?.("1954-03-10")).toBe(65.5);
    expect(sheetFunctions.FOLKEPENSIONSDATO?.("1954-03-10")).toBe("2019-09-10");
    expect(sheetFunctions["ARBEJDSDAGE.LÆG.TIL"]?.("2024-03-27", 1)).toBe("2024-04-02");
    expect((sheetFunctions.FOLKEPENSIONSALDER?.("1980-01-01") as SheetError).code).toBe("#VALUE!");
    expect((sheetFunctions.KLAGEFRIST?.("2024-03-01", 1) as SheetError).message).toMatch(/tager højst 1 argumenter/);
  });
});
