import { deepFreeze } from "../core/freeze.js";
import { cite, DOC } from "../core/sources.js";

/**
 * Holbæk Kommune, Information om serviceniveauer på det specialiserede voksenområde (vedtaget
 * 19. juni 2024): the figures it sets for each paragraph, as plain data (imports only `core`,
 * so modules can read it). Frozen.
 *
 * @example
 * HOLBAEK_2024.residentialCare.disposableAmount //=> "2078.00"
 */
export const HOLBAEK_2024 = /* @__PURE__ */ deepFreeze({
  name: "holbaek-2024",
  municipality: "Holbæk Kommune",
  year: 2024,
  document: DOC.holbaek2024,
  bpa: {
    /** «Du kan ikke få dette tilskud [administrationsbidrag], hvis arbejdsgiveransvaret varetages af en nærtstående.» */
    noAdminForRelative: { value: true, source: cite(DOC.holbaek2024, "BPA § 96, pkt. 4 (administrationsbidrag)") },
    /** «Efter en individuel vurdering, kan der udmåles et særskilt beløb» — no cap. */
    helperExpenses: { value: "individual", source: cite(DOC.holbaek2024, "BPA § 96, pkt. 3 (hjælperrelaterede udgifter)") },
    /** «nedsættes derfor med den del af bistandsplejetillægget, der anvendes til dækning af dine hjælpebehov» — an assessed amount. */
    allowanceOffset: { value: "assessed", source: cite(DOC.holbaek2024, "BPA § 96, pkt. 6") },
    /** Payment monthly in advance / in arrears, invoices within 30 days. */
    payment: { source: cite(DOC.holbaek2024, "BPA § 96, pkt. 4 (udbetaling af hjælpen)") },
    /** «skal pengene tilbagebetales» — unused money is paid back after the yearly review. */
    settlement: { source: cite(DOC.holbaek2024, "BPA § 96, pkt. 7 (opfølgning på lønbudgettet)") },
  },
  /** «skal du som hovedregel have en kvittering inden for 5 arbejdsdage»; the per-paragraph deadlines are not printed in the document. */
  caseDeadlines: { acknowledgeWorkingDays: 5, weeks: {}, source: cite(DOC.holbaek2024, "Sagsbehandlingstider") },
  /** «Der vil være et varsel på mindst 14 uger fra den dag, du modtager afgørelsen om nedsættelse eller ophør.» */
  bpaNotice: { weeks: 14, source: cite(DOC.holbaek2024, "BPA § 96, pkt. 7 (ophør)") },
  /** Group course «varer op til 12 uger» (§ 82a); an individual course «kan maksimalt vare 6 måneder» (§ 82b). */
  courses: { group: { weeks: 12 }, individual: { months: 6 }, source: cite(DOC.holbaek2024, "§§ 82a og 82b, pkt. 3") },
  /** § 103: «Du skal selv afholde udgiften til transport op til 10 km … må ikke overstige 30% af din indtjening … efter fradrag af skat». */
  transport: { ownKm: 10, maxShareOfNetEarnings: 0.3, source: cite(DOC.holbaek2024, "Beskyttet beskæftigelse § 103, pkt. 5") },
  residentialCare: {
    disposableAmount: "2078.00",
    approvedExpenses: [
      { label: "Telefon og internet", monthly: "196.00" },
      { label: "Indboforsikring", monthly: "145.00" },
      { label: "Ulykkesforsikring", monthly: "140.00" },
    ],
    source: cite(DOC.holbaek2024, "Midlertidigt botilbud § 107, pkt. 5: rådighedsbeløb 2.078,00 kr.; godkendte udgifter 196 + 145 + 140 kr."),
  },
  shelter: {
    /** Own home is a ground to apply for a waiver or reduction, not an automatic zero. */
    ownHomeExempt: { value: false, source: cite(DOC.holbaek2024, "Krisecenter § 109 og forsorgshjem/herberg § 110, pkt. 5: bortfald eller nedsættelse af egenbetaling efter ansøgning") },
    /** Psychologist's hourly price at most 1.100 kr. (2023). */
    psychologistPriceCap: { value: "1100.00", source: cite(DOC.holbaek2024, "Krisecenter § 109, pkt. 3: loft på timeprisen for psykologtimer 1.100 kr. (2023)") },
  },
} as const);
