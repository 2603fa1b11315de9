// A small caseworker workbook in HyperFormula: the same numbers the library gives an app.
import * as hf from "hyperformula";
import { registerHyperFormula } from "../src/spreadsheet/index.js";

registerHyperFormula(hf);
const sheet = hf.HyperFormula.buildFromArray(
  [
    ["Merudgifter pr. md", 1800, "Dato", "=DATE(2024,3,1)", "Ydelse", "=MERUDGIFT(B1, D1)"],
    ["Ankomst", "=DATE(2024,3,1)+TIME(14,0,0)", "Afrejse", "=DATE(2024,3,3)+TIME(13,0,0)", "Døgn", "=OPHOLD.DØGN(109, B2, D2)"],
    ["", "", "", "", "Egenbetaling", "=OPHOLD.BETALING(109, B2, D2)"],
    ["Indtægt", 8000, "Rådighedsbeløb", 2078, "Botilbud", "=BOTILBUD.BETALING(B4, 4000, 2900, 481, D4)"],
    ["Fejl", -5, "", "", "Ydelse", "=MERUDGIFT(B5, D1)"],
  ],
  { licenseKey: "gpl-v3" },
);
const show = (v: unknown) => (v instanceof hf.DetailedCellError ? `${v.value} ${v.message}` : String(v));
for (let row = 0; row < 5; row++) {
  const label = sheet.getCellValue({ sheet: 0, row, col: 4 });
  console.log(`${String(label).padEnd(13)} ${sheet.getCellFormula({ sheet: 0, row, col: 5 })?.padEnd(45)} → ${show(sheet.getCellValue({ sheet: 0, row, col: 5 }))}`);
}
