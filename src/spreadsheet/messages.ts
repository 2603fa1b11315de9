// The messages of the spreadsheet doors' own checks (cells, ranges, the Satser range, BPA parameters), in English and Danish.
import { defineWords } from "../core/issue-templates.js";

/**
 * The spreadsheet doors' messages.
 *
 * @example
 * SHEET_ISSUES.range.code //=> "not-a-list"
 */
export const SHEET_ISSUES = /* @__PURE__ */ defineWords("spreadsheet", {
  serial: { code: "not-a-date", en: "must be a date (an Excel serial number from 1 to 2958465)", da: "skal være en dato (et Excel-serienummer fra 1 til 2958465)" },
  leapDay1900: { code: "not-a-date", en: "is 29 February 1900, a date that does not exist (the 1900 date system counts it)", da: "er 29. februar 1900, en dato der ikke findes (Excels 1900-datosystem tæller den med)" },
  date: { code: "not-a-date", en: "must be a date", da: "skal være en dato" },
  month: { code: "not-a-month", en: "must be a month (YYYY-MM or a date)", da: "skal være en måned (ÅÅÅÅ-MM eller en dato)" },
  time: { code: "not-a-time", en: "must be a date and time", da: "skal være en dato og et klokkeslæt" },
  invalidDate: { code: "not-a-date", en: "must be a valid date (the cell holds an invalid date)", da: "skal være en gyldig dato (cellen indeholder en ugyldig dato)" },
  boolean: { code: "not-a-boolean", en: 'must be TRUE or FALSE, 1 or 0, or the text "sand"/"falsk", "ja"/"nej" or "true"/"false"', da: 'skal være SAND eller FALSK, 1 eller 0, eller teksten "sand"/"falsk", "ja"/"nej"' },
  amount: { code: "not-an-amount", en: "must be an amount", da: "skal være et beløb" },
  range: { code: "not-a-list", en: "must be a range", da: "skal være et område" },
  extraCell: { code: "invalid", en: "row {row}, column {column}: the range has {width} columns; a cell beyond them is not read, so it must be empty", da: "række {row}, kolonne {column}: området har {width} kolonner; en celle uden for dem læses ikke, så den skal være tom" },
  rangeColumns: { code: "not-a-list", en: "must be a range with {width} columns", da: "skal være et område med {width} kolonner" },
  levelName: { code: "not-a-text", en: 'must be the name of a service level (text), e.g. "holbaek-2024", or the whole service-level document as JSON text', da: 'skal være navnet på et serviceniveau (tekst), fx "holbaek-2024", eller hele serviceniveau-dokumentet som JSON-tekst' },
  levelJson: { code: "invalid", en: "starts with { but is not a JSON document: give the service level's name, or the whole document as JSON (servicelov serviceniveau --skabelon)", da: "begynder med { men er ikke et JSON-dokument: angiv serviceniveauets navn, eller hele dokumentet som JSON (servicelov serviceniveau --skabelon)" },
  levelInvalid: { code: "invalid", en: ": the document is not valid: {problems}", da: ": dokumentet er ikke gyldigt: {problems}" },
  counting: { code: "not-one-of", en: 'must be "påbegyndte døgn", "kalenderdage" or "nætter"', da: 'skal være "påbegyndte døgn", "kalenderdage" eller "nætter"' },
  word: { code: "not-one-of", en: "must be {list}", da: "skal være {list}" },
  order: { code: "not-one-of", en: 'must be "nyeste først" or "ældste først"', da: 'skal være "nyeste først" eller "ældste først"' },
  hours: { code: "not-a-number", en: "row {row}: hours must be a number", da: "række {row}: timer skal være et tal" },
  cell: { code: "invalid", en: "row {row}, column {column}: must be an amount or a label, not {kind:unit}", da: "række {row}, kolonne {column}: skal være et beløb eller en tekst, ikke {kind:unit}" },
  labelAmount: { code: "required-with", en: 'row {row}: the label "{label}" has no amount', da: 'række {row}: teksten "{label}" har intet beløb i rækken' },
  satser: { code: "not-a-list", en: "must be a range with 6 columns: tabel, fra, til, felt, værdi, kilde", da: "skal være et område med 6 kolonner: tabel, fra, til, felt, værdi, kilde" },
  satserRow: { code: "not-a-list", en: "row {line} must be a row of 6 cells: tabel, fra, til, felt, værdi, kilde", da: "række {line} skal være en række med 6 celler: tabel, fra, til, felt, værdi, kilde" },
  satserColumns: { code: "not-a-list", en: "row {line} must have 6 columns: tabel, fra, til, felt, værdi, kilde", da: "række {line} skal have 6 kolonner: tabel, fra, til, felt, værdi, kilde" },
  satserTable: { code: "required", en: "row {line}: tabel must be the name of a rate table, e.g. SHELTER_109_RATES", da: "række {line}: tabel skal være navnet på en satstabel, fx SHELTER_109_RATES" },
  satserUnknown: { code: "unknown-table", en: "row {line}: «{name}» is not a rate table; the tables are {tables}", da: "række {line}: «{name}» er ikke en satstabel; tabellerne er {tables}" },
  satserNoField: { code: "invalid", en: "row {line}: {name} has one amount per period, so felt must be empty (not «{path}»)", da: "række {line}: {name} har ét beløb pr. periode, så felt skal være tomt (ikke «{path}»)" },
  satserField: { code: "unknown-field", en: "row {line}: felt «{path}» is not a field of {name}; the fields are {fields}", da: "række {line}: felt «{path}» er ikke et felt i {name}; felterne er {fields}" },
  satserTwice: { code: "rate-overlap", en: "row {line} overlaps row {earlier}: both give {name}{what} for {from}–{until}; delete one (two rows for the same table and period are not added)", da: "række {line} overlapper række {earlier}: begge giver {name}{what} for {from}–{until}; slet den ene (to rækker for samme tabel og periode lægges ikke sammen)" },
  satserSource: { code: "invalid", en: "row {line}: kilde «{source}» differs from row {first}'s «{firstSource}» for the same table and period; one rate has one source", da: "række {line}: kilde «{source}» er en anden end række {first}s «{firstSource}» for samme tabel og periode; én sats har én kilde" },
  satserOverlap: { code: "rate-overlap", en: "row {line} overlaps row {other}: {name} {span} and {otherSpan} cover the same days; correct the periods or delete one", da: "række {line} overlapper række {other}: {name} {span} og {otherSpan} dækker de samme dage; ret perioderne eller slet den ene" },
  satserRegistered: { code: "rate-clash", en: "row {line} overlaps the rate registered for the whole workbook ({name} {span}: {value}) with another value or period; correct or delete the row", da: "række {line} overlapper satsen registreret for hele projektmappen ({name} {span}: {value}) med en anden værdi eller periode; ret eller slet rækken" },
  employer: { code: "not-one-of", en: ": arbejdsgiver must be borger, nærtstående, forening or virksomhed", da: ": arbejdsgiver skal være borger, nærtstående, forening eller virksomhed" },
  payroll: { code: "not-one-of", en: ": lønadministration must be borger, kommune or forening", da: ": lønadministration skal være borger, kommune eller forening" },
  paramName: { code: "invalid", en: ": each row must start with a parameter name (text); known names: {known}", da: ": hver række skal begynde med et parameternavn (tekst); kendte navne: {known}" },
  paramUnknown: { code: "unknown-field", en: ': unknown name "{name}"; known names: {known}', da: ': ukendt navn "{name}"; kendte navne: {known}' },
  paramTwice: { code: "invalid", en: ': the name "{name}" is given twice; give each parameter once', da: ': navnet "{name}" er angivet to gange; angiv hver parameter én gang' },
});
