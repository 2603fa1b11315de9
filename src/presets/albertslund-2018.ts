import { deepFreeze } from "../core/freeze.js";
import { cite, DOC } from "../core/sources.js";

/**
 * Albertslund Kommune, Kvalitetsstandard 2018 – Voksne med Særlige Behov: the figures it sets
 * for each paragraph, as plain data (imports only `core`, so modules can read it). Frozen.
 *
 * @example
 * ALBERTSLUND_2018.residentialCare.disposableAmount //=> "2800.00"
 */
export const ALBERTSLUND_2018 = /* @__PURE__ */ deepFreeze({
  name: "albertslund-2018",
  municipality: "Albertslund Kommune",
  year: 2018,
  document: DOC.albertslund2018,
  bpa: {
    /** «5,45 kr. pr udmålte BPA time til varetagelse af arbejdsgiver opgaven» when the employer role is transferred. */
    adminPerMeasuredHourTransferred: { value: "5.45", source: cite(DOC.albertslund2018, "§ 96 Borgerstyret personlig assistance, Om arbejdsgiver/arbejdsleder rollen") },
    /** «efter regning op til 2.030,00 kr. årligt pr. hjælper til lønadministration». */
    payrollPerHelperPerYearMax: { value: "2030.00", source: cite(DOC.albertslund2018, "§ 95 Kontant tilskud til hjælpere, Om arbejdsgiver/arbejdsleder rollen") },
    /** Helper-related expenses: «højst bevilges 500 kr.» (§ 95) / «max 1.000 kr.» (§ 96) a month. */
    helperExpensesCap: {
      "95": { value: "500.00", source: cite(DOC.albertslund2018, "§ 95 Kontant tilskud til hjælpere, Ydelsens indhold og omfang") },
      "96": { value: "1000.00", source: cite(DOC.albertslund2018, "§ 96 Borgerstyret personlig assistance, Betaling") },
    },
    /** «Bistandstillæg omregnes til 4,5 normaltimer. Plejetillæg omregnes til 9 normaltimer» — in the § 96 section only. */
    allowanceHours: { attendance: 4.5, care: 9, sections: ["96"], source: cite(DOC.albertslund2018, "§ 96 Borgerstyret personlig assistance, Ydelsens indhold og omfang") },
    /** «Albertslund Kommune skal senest d. 1 marts modtage det årlige regnskab. Tilskud til ikke-forbrugte timer skal tilbagebetales». */
    settlement: { dueMonthDay: "03-01", source: cite(DOC.albertslund2018, "§ 95 Kontant tilskud til hjælpere, Om arbejdsgiver/arbejdsleder rollen") },
  },
  residentialCare: {
    disposableAmount: "2800.00",
    approvedExpenses: [],
    source: cite(DOC.albertslund2018, "§ 107 Midlertidigt botilbud, Betaling: rådighedsbeløb på 2.800 kr., når faste udgifter er betalt"),
  },
  /** «Sagsbehandlingstid: 8 uger fra ansøgningstidspunktet til afgørelsen» (10 uger for §§ 105, 107, 108; BPA «op til 10 uger», når de relevante oplysninger er indhentet). */
  caseDeadlines: {
    weeks: { "85": 8, "95": 10, "96": 10, "97": 8, "100": 8, "102": 8, "103": 8, "104": 8, "105": 10, "107": 10, "108": 10 },
    upTo: ["95", "96"],
    fromInformation: ["95", "96"],
    source: cite(DOC.albertslund2018, "Sagsbehandlingstid under §§ 85, 95–97, 100, 102–105, 107, 108"),
  },
  /** § 103: «skal selv afholde udgiften til daglig befordring … inden for en afstand af 10 km … kan ikke overstige 30 pct. af vedkommendes indtjening ved den beskyttede beskæftigelse efter fradrag af skat». */
  transport: { ownKm: 10, maxShareOfNetEarnings: 0.3, source: cite(DOC.albertslund2018, "§ 103 Beskyttet beskæftigelse og § 105 Befordring, Betaling") },
  shelter: {
    /** «Kvinder [Borgere], der har huslejeudgifter til egen bolig under opholdet, betaler som udgangspunkt ikke for logi.» */
    ownHomeExempt: { value: true, source: cite(DOC.albertslund2018, "§ 109 Kvindekrisecentre og § 110 Forsorgshjem, Betaling") },
  },
} as const);
