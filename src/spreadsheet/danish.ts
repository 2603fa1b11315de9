/**
 * Error-cell messages in Danish for caseworkers (the library's InputError stays English for
 * developers). The English message, already in the sheet's parameter names, is turned into
 * Danish phrase by phrase; a rare message without a Danish phrase keeps its English words.
 */
const PHRASES: [RegExp, string][] = [
  // Whole rules first, in the words the message has after the sheet's parameter names are put in:
  [/ is required when (holiday|evening|night|saturday|sunday) hours are measured \(no sourced figure in the preset\)/g, " skal udfyldes, når der udmåles $1-timer (lønforudsætningen har intet kildebelagt tal)"],
  [/holiday-timer/g, "helligdagstimer"],
  [/evening-timer/g, "aftentimer"],
  [/night-timer/g, "nattetimer"],
  [/saturday-timer/g, "lørdagstimer"],
  [/sunday-timer/g, "søndagstimer"],
  [/ is required when on-call hours are measured/g, " skal udfyldes, når der udmåles rådighedstimer"],
  [/ needs a payroll maximum per helper: (\S+), or serviceniveau "albertslund-2018" with employer "citizen" and payroll "association"/g, ' kræver et loft for lønadministration pr. hjælper: $1, eller serviceniveau "albertslund-2018" med arbejdsgiver "borger" og lønadministration "forening"'],
  [/ need the assessed offset: (\S+) \(normal hours a week\) or (\S+) \(kr\. a year\)/g, " kræver den vurderede modregning: $1 (normaltimer pr. uge) eller $2 (kr. pr. år)"],
  [/, or serviceniveau "albertslund-2018" for a § 96 grant \(4,5 \/ 9 normal hours\)/g, ', eller serviceniveau "albertslund-2018" for en bevilling efter § 96 (4,5 / 9 normaltimer)'],
  [/ — Holbæk 2024 offsets «([^»]*)», an assessed amount/g, " — Holbæk 2024 modregner «$1», et vurderet beløb"],
  [/: (\S+) converts the supplements to normal hours only for § (.*?) grants; for a § (\d+) grant give (\S+) or (\S+)$/g, ": $1 omregner kun tillæggene til normaltimer for bevillinger efter § $2; for en bevilling efter § $3 angiv $4 eller $5"],
  [/ and (\S+) cannot both be given: give the assessed offset as hours a week or as an amount a year/g, " og $1 kan ikke angives begge: angiv modregningen som timer pr. uge eller som et beløb pr. år"],
  [/ sets off (.*?), more than the grant before the offset \((.*?)\)/g, " modregner $1, mere end tilskuddet før modregning ($2)"],
  [/ must be a number of \(a fraction, e\.g\. 0\.3 for 30 %\)/g, " skal være en brøk, fx 0.3 for 30 %"],
  [/ \(a fraction, e\.g\. 0\.3 for 30 %\)/g, " (en brøk, fx 0.3 for 30 %)"],
  [/ is required for an administration fee per helper/g, " skal udfyldes, når administrationen betales pr. hjælper"],
  [/^(\S+) : /, "$1: "],
  [/ is in (\d{4}-\d{2}), outside from\.\.to \(([^)]*)\)/g, " ligger i $1, uden for perioden fra_md..til_md ($2)"],
  [/ is required, or a preset that publishes the deadline/g, " skal udfyldes, eller et serviceniveau, der offentliggør fristen"],
  [/ must be a real calendar date as YYYY-MM-DD, e\.g\. /g, " skal være en gyldig dato (ÅÅÅÅ-MM-DD), fx "],
  [/ must be a date as YYYY-MM-DD, e\.g\. /g, " skal være en dato (ÅÅÅÅ-MM-DD), fx "],
  [/ must be a local time as YYYY-MM-DDTHH:mm, e\.g\. /g, " skal være en dato og et klokkeslæt (ÅÅÅÅ-MM-DD TT:MM), fx "],
  [/ must be a month as YYYY-MM, e\.g\. /g, " skal være en måned (ÅÅÅÅ-MM), fx "],
  [/ must be a month \(YYYY-MM or a date\)/g, " skal være en måned (ÅÅÅÅ-MM eller en dato)"],
  [/ must be a date and time/g, " skal være en dato og et klokkeslæt"],
  [/ must be a date \(an Excel serial number from 1 to 2958465\)/g, " skal være en dato"],
  [/ must be a date/g, " skal være en dato"],
  [/ must use a point as decimal separator \("([^"]*)"\), not a comma/g, ' skal skrives med punktum som decimaltegn ("$1"), ikke komma'],
  [/ must have at most 2 decimals \(øre\)/g, " må højst have 2 decimaler (øre)"],
  [/ must have at most (\d+) decimals/g, " må højst have $1 decimaler"],
  [/ must be an amount in kroner written with digits, e\.g\. "1234\.50"/g, ' skal være et beløb i kroner skrevet med cifre, fx "1234.50"'],
  [/ must be an amount in kroner, as a number \(1234\.5\) or a text \("1234\.50"\)/g, ' skal være et beløb i kroner, som tal (1234,5) eller tekst ("1234.50")'],
  [/ must be an amount in kroner, not an empty text/g, " skal være et beløb i kroner, ikke en tom tekst"],
  [/ must be an amount in kroner/g, " skal være et beløb i kroner"],
  [/ must be an amount or a label, not TRUE\/FALSE/g, " skal være et beløb eller en tekst, ikke SAND/FALSK"],
  [/ must be an amount or a label, not a second label/g, " skal være et beløb eller en tekst, ikke endnu en tekst"],
  [/ must be an amount or a label, not a date/g, " skal være et beløb eller en tekst, ikke en dato"],
  [/ must be an amount or a label/g, " skal være et beløb eller en tekst"],
  [/ must be an amount/g, " skal være et beløb"],
  [/ must be a finite amount in kroner, not NaN or Infinity/g, " skal være et endeligt beløb i kroner"],
  [/ must be ≥ /g, " skal være mindst "],
  [/ must be ≤ /g, " må højst være "],
  [/ must be at most /g, " må højst være "],
  [/ must be whole kroner/g, " skal være hele kroner"],
  [/ must be a whole number/g, " skal være et helt tal"],
  [/ must be a finite number, not NaN or Infinity/g, " skal være et endeligt tal"],
  [/ must be a number of /g, " skal være et antal "],
  [/ must be a number/g, " skal være et tal"],
  [/ must be one of /g, " skal være en af "],
  [/ must be TRUE or FALSE, 1 or 0, or the text "sand"\/"falsk", "ja"\/"nej" or "true"\/"false"/g, ' skal være SAND eller FALSK, 1 eller 0, eller teksten "sand"/"falsk", "ja"/"nej"'],
  [/ must be true or false/g, " skal være SAND eller FALSK"],
  [/ must be a range with (\d+) columns/g, " skal være et område med $1 kolonner"],
  [/ must be a range/g, " skal være et område"],
  [/ must not be before /g, " må ikke ligge før "],
  [/ must be in /g, " skal ligge i "],
  [/ is required when /g, " skal udfyldes, når "],
  [/ is required/g, " skal udfyldes"],
  [/ is not a known field \(check the spelling\)/g, " er ikke et kendt felt (tjek stavningen)"],
  [/ cannot both be given/g, " kan ikke angives begge"],
  [/ takes at most (\d+) arguments/g, " tager højst $1 argumenter"],
  [/ were given/g, " er angivet"],
  [/unknown name/g, "ukendt navn"],
  [/the name /g, "navnet "],
  [/ before arrival\b/g, " før ankomst"],
  [/ før arrival\b/g, " før ankomst"],
  [/ is after (\d{4}-\d{2}-\d{2}): the folkepensionsalder for people born from 1 Jan 1975 is not legislated yet \(set by the regulation due in 2030, /g, " er efter $1: folkepensionsalderen for personer født fra 1. januar 1975 er endnu ikke fastsat (det sker ved reguleringen i 2030, "],
  [/^The input must be an object with named fields\./, "Inddata skal være et objekt med navngivne felter."],
  [/ each row must start with a parameter name \(text\)/g, " hver række skal begynde med et parameternavn (tekst)"],
  [/known names/g, "kendte navne"],
  [/ is given twice; give each parameter once/g, " er angivet to gange; angiv hver parameter én gang"],
  [/ is given\b/g, " er angivet"],
  [/ is not a spreadsheet value \(a number, text, TRUE\/FALSE, date or range\)/g, " er ikke en regnearksværdi (tal, tekst, SAND/FALSK, dato eller område)"],
  [/\bargument (\d+)/g, "argument $1"],
  [/\brow (\d+)/g, "række $1"],
  [/\bcolumn (\d+)/g, "kolonne $1"],
  [/ hours per week/g, " timer pr. uge"],
  [/ hours per year/g, " timer pr. år"],
  [/ hours\b/g, " timer"],
  [/ weeks\b/g, " uger"],
  [/ months\b/g, " måneder"],
  [/\(a year\)/g, "(et årstal)"],
  [/ or /g, " eller "],
  [/ and /g, " og "],
  [/^(\d+) problems: /, "$1 fejl: "],
  // Fallbacks for the rules above do not name:
  [/ must be /g, " skal være "],
  [/ must have /g, " skal have "],
  [/ must /g, " skal "],
];

/**
 * The Danish cell message for an English InputError message (already in the sheet's words).
 *
 * @example
 * danish("udgifter_pr_md must be ≥ 0 kr.") //=> "udgifter_pr_md skal være mindst 0 kr."
 */
export function danish(message: string): string {
  let out = message;
  for (const [re, to] of PHRASES) out = out.replace(re, to);
  return out;
}
