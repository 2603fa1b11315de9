import { deepFreeze } from "../core/freeze.js";
import * as z from "zod/mini";
import { amountText, bool, list, num, obj, oneOf, text } from "../core/validate.js";

/** One figure or rule a service-level document can set: what it means, its unit, and who uses it. */
export interface CatalogueEntry {
  /** The paragraph it belongs to, e.g. `"SEL § 107"`. */
  readonly paragraph: string;
  /** What the figure or rule is (Danish, as a municipality writes it). */
  readonly meaning: string;
  /** Its unit or form. */
  readonly unit: string;
  /** The calculators and date rules that use it. */
  readonly usedBy: readonly string[];
}

const e = (paragraph: string, meaning: string, unit: string, usedBy: string[], value: z.core.$ZodType) => ({ paragraph, meaning, unit, usedBy, value });
/** A paragraph of the Social Services Act as a document names it: `"100"`, `"82a"`. */
const paragraphText = () => z.pipe(text(5), z.string().check(z.regex(/^\d{1,3}[a-z]?$/, "must be a paragraph number, e.g. \"100\" or \"82a\"")));
const weeksByParagraph = /* @__PURE__ */ (() => z.record(z.string().check(z.regex(/^\d{1,3}[a-z]?$/)), num({ min: 1, max: 104, integer: true, unit: "weeks" })))();

/** The paragraphs a document can set extent norms for (hours, days, sessions, holidays, …). */
export const NORM_PARAGRAPHS = ["12", "84", "85", "85a", "95", "96", "97", "98", "100", "102", "103", "104", "107", "108", "109", "110"] as const;
/** A paragraph with extent norms. */
export type NormParagraph = (typeof NORM_PARAGRAPHS)[number];

/** The paragraphs a document can set time limits, targets and contact deadlines for. */
export const PERIOD_PARAGRAPHS = ["85", "85a", "95", "96", "97", "98", "99", "102", "103", "104", "107", "108", "109", "110"] as const;
/** A paragraph with time limits or contact deadlines. */
export type PeriodParagraph = (typeof PERIOD_PARAGRAPHS)[number];

/** How a norm's figure binds: on average, at most, at least, about, typically, exactly. */
export const NORM_KINDS = ["average", "at-most", "at-least", "about", "typical", "exact"] as const;
/** What a period is: a limit, a target, an expected length, a deadline to make contact, a duty to report. */
export const PERIOD_KINDS = ["limit", "target", "expected", "contact", "report"] as const;
/** What a period counts from: the start of the support or stay, the move out, the last attendance. */
export const PERIOD_EVENTS = ["start", "move-out", "last-attendance"] as const;

/** The paragraphs a document can set a follow-up rule for. */
export const FOLLOW_UP_PARAGRAPHS = ["82b", "85", "85a", "95", "96", "97", "100", "105", "107", "108"] as const;
/** A paragraph with a follow-up rule. */
export type FollowUpParagraph = (typeof FOLLOW_UP_PARAGRAPHS)[number];

/**
 * The catalogue with each value's schema (a document sets any of these; a calculator that needs
 * one the document does not set says so). Built by a function, so a bundle that uses no service
 * level carries none of it.
 */
function entries() {
  const months = () => num({ min: 1, max: 60, integer: true });
  const followUpValue = obj({
  first: z.optional(obj({ months: z.optional(months()), weeks: z.optional(num({ min: 1, max: 260, integer: true })) })),
  every: z.optional(obj({ months: months() })),
  statusBeforeMonths: z.optional(num({ min: 1, max: 12, integer: true })),
  approximate: z.optional(bool()),
});
  const slug = () => z.pipe(text(60), z.string().check(z.regex(/^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$/, "must be lower-case words joined by -, e.g. lettere-stoette")));
  const figure = () => num({ min: 0, max: 1_000_000, decimals: 4 });
  const normItem = obj({
    id: slug(),
    label: text(200),
    kind: oneOf(NORM_KINDS),
    value: z.optional(figure()),
    min: z.optional(figure()),
    max: z.optional(figure()),
    unit: text(60),
    months: z.optional(num({ min: 1, max: 120, integer: true })),
    section: z.optional(text(400)),
    quote: z.optional(text(2000)),
  });
  const periodItem = obj({
    id: slug(),
    label: text(200),
    kind: oneOf(PERIOD_KINDS),
    from: z.optional(oneOf(PERIOD_EVENTS)),
    after: z.optional(slug()),
    length: z.optional(obj({ months: z.optional(num({ min: 1, max: 120, integer: true })), weeks: z.optional(num({ min: 1, max: 520, integer: true })), days: z.optional(num({ min: 1, max: 3650, integer: true })), workingDays: z.optional(num({ min: 1, max: 365, integer: true })) })),
    untilPensionAge: z.optional(bool()),
    approximate: z.optional(bool()),
    section: z.optional(text(400)),
    quote: z.optional(text(2000)),
  });
  const norms = Object.fromEntries(
    NORM_PARAGRAPHS.map((p) => [
      `norms.${p}`,
      e(`SEL § ${p}`, "normer for omfang: timer, dage, samtaler, ferie m.m., hver med sit tal, sin enhed og om det er et gennemsnit, et loft, et minimum, et cirkatal, et typisk tal eller et fast tal (et punkt kan have sit eget afsnit og citat)", "liste af { id, label, kind, value | min–max, unit, months?, section?, quote? }", ["serviceNorms"], list(normItem, 40)),
    ]),
  ) as Record<`norms.${NormParagraph}`, ReturnType<typeof e>>;
  const periods = Object.fromEntries(
    PERIOD_PARAGRAPHS.map((p) => [
      `periods.${p}`,
      e(`SEL § ${p}`, "tidsgrænser, mål, forventet varighed, kontaktfrister og pligt til at orientere, hver regnet fra indsatsens start, fraflytning eller sidste fremmøde (eller til folkepensionsalderen)", "liste af { id, label, kind, from?, after? (regnet fra et tidligere punkts dato), length: { months | weeks | days | workingDays } | untilPensionAge, approximate?, section?, quote? }", ["timeLimits"], list(periodItem, 40)),
    ]),
  ) as Record<`periods.${PeriodParagraph}`, ReturnType<typeof e>>;
  const followUps = Object.fromEntries(
  FOLLOW_UP_PARAGRAPHS.map((p) => [
    `followUp.${p}`,
    e(`SEL § ${p}`, "opfølgning: første opfølgning (senest efter) og derefter hvor ofte; status før opfølgningen", "{ first?: { months | weeks }, every?: { months }, statusBeforeMonths?, approximate? }", ["followUpDates"], followUpValue),
  ]),
) as Record<`followUp.${FollowUpParagraph}`, ReturnType<typeof e>>;

  return {
  "residentialCare.disposableAmount": e("SEL § 107", "rådighedsbeløb pr. måned, der altid skal være tilbage", "kr. pr. måned", ["residentialCarePayment", "BOTILBUD.BETALING"], amountText()),
  "residentialCare.approvedExpenses": e("SEL § 107", "godkendte faste udgifter, der trækkes fra før egenbetalingen", "liste af { label, monthly } i kr. pr. måned", ["residentialCarePayment"], list(obj({ label: text(), monthly: amountText() }), 50)),
  "residentialCare.ownDwelling": e("SEL § 107; § 163, stk. 2", "en borger, der bevarer egen bolig og har udgifter til den, betaler ikke samtidig for opholdet (boligdelen)", "true", ["residentialCarePayment"], bool()),
  "residentialCare.dischargePlan": e("SEL § 107", "afdrag på gæld og opsparing trækkes fra, når der er en konkret plan om udslusning", "true", ["residentialCarePayment"], bool()),
  "residentialCare.noIncome": e("SEL § 107", "borgere uden indtægt opkræves ikke egenbetaling", "true", ["residentialCarePayment"], bool()),
  "shelter.ownHomeExempt": e("SEL §§ 109–110", "betaler borgeren med huslejeudgifter til egen bolig ikke for logi (true), eller er det en grund til at søge om nedsættelse (false)?", "ja/nej", ["shelterFee", "OPHOLD.BETALING"], bool()),
  "shelter.counting": e("SEL §§ 109–110", "hvordan døgn tælles: hvert påbegyndt døgn (started-24h), kalenderdage eller nætter", '"started-24h" | "calendar-days" | "nights"', ["shelterFee", "OPHOLD.BETALING"], oneOf(["started-24h", "calendar-days", "nights"] as const)),
  "shelter.noIncome": e("SEL §§ 109–110", "borgere uden indtægt betaler ikke egenbetaling; kommunen udbetaler i stedet et beløb til personlige fornødenheder", "true", ["shelterFee", "OPHOLD.BETALING"], bool()),
  "shelter.psychologistAssessmentAfterHours": e("SEL § 109, stk. 9", "efter så mange timers psykologbehandling til et medfølgende barn vurderer psykologen, om barnet har behov for flere timer", "timer", ["shelterChildPsychology"], num({ min: 1, max: 10, integer: true })),
  "shelter.psychologistPriceCap": e("SEL § 109, stk. 9", "loft på timeprisen for psykologtimer til medfølgende børn", "kr. pr. time", ["shelterChildPsychology"], amountText()),
  "bpa.adminPerMeasuredHourTransferred": e("SEL §§ 95–96", "administrationsbidrag pr. udmålt BPA-time, når arbejdsgiveransvaret er overdraget", "kr. pr. time", ["bpaGrant", "BPA.TILSKUD"], amountText()),
  "bpa.payrollPerHelperPerYearMax": e("SEL §§ 95–96", "lønadministration efter regning, højst pr. hjælper pr. år (borger som arbejdsgiver, forening som lønadministrator)", "kr. pr. hjælper pr. år", ["bpaGrant"], amountText()),
  "bpa.helperExpensesCap95": e("SEL § 95", "højst til hjælperrelaterede udgifter pr. måned", "kr. pr. måned", ["bpaGrant"], amountText()),
  "bpa.helperExpensesCap96": e("SEL § 96", "højst til hjælperrelaterede udgifter pr. måned", "kr. pr. måned", ["bpaGrant"], amountText()),
  "bpa.allowanceHours": e("SEL §§ 95–96", "bistandstillæg og plejetillæg omregnet til normaltimer pr. uge, de paragraffer reglen gælder for, og om borgeren har det ene eller det andet tillæg, aldrig begge (either)", "{ attendance, care, sections, either? }", ["bpaGrant"], obj({ attendance: num({ min: 0, max: 168, decimals: 2 }), care: num({ min: 0, max: 168, decimals: 2 }), sections: list(oneOf(["95", "96"] as const), 2), either: z.optional(bool()) })),
  "bpa.noAdminForRelative": e("SEL § 96", "intet administrationsbidrag, når en nærtstående er arbejdsgiver", "ja/nej", ["bpaGrant"], bool()),
  "bpa.helperExpenses": e("SEL § 96", "hjælperrelaterede udgifter udmåles efter individuel vurdering (intet loft)", '"individual"', ["bpaGrant"], oneOf(["individual"] as const)),
  "bpa.allowanceOffset": e("SEL § 96", "modregning af tillæg er et vurderet beløb", '"assessed"', ["bpaGrant"], oneOf(["assessed"] as const)),
  "bpa.payment": e("SEL § 96 a", "fristen for kommunens betaling af en forenings eller virksomheds regning, når tilskuddet udbetales bagud", "{ invoiceDays }", ["bpaGrant"], obj({ invoiceDays: num({ min: 1, max: 120, integer: true }) })),
  "bpa.settlement": e("SEL §§ 95–96", "det årlige regnskab: opgøres det i penge (ubrugte midler) eller i timer pr. slags (ikke-forbrugte timer), og hvornår skal det være kommunen i hænde", '{ policy?: "money" | "by-kind", dueMonthDay?: "MM-DD" }', ["bpaSettlement"], obj({ policy: z.optional(oneOf(["money", "by-kind"] as const)), dueMonthDay: z.optional(z.string().check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/))) })),
  "bpa.notice": e("SEL §§ 95–96", "varsel før nedsættelse eller ophør", "{ weeks }", ["bpaNoticeDate"], obj({ weeks: num({ min: 1, max: 104, integer: true }) })),
  caseDeadlines: e("retssikkerhedsloven § 3", "sagsbehandlingstider pr. paragraf", "{ weeks: { \"100\": 8, … }, upTo?, fromInformation?, acknowledgeWorkingDays? }", ["caseDeadline", "SAGSFRIST"], obj({ weeks: weeksByParagraph, upTo: z.optional(list(paragraphText(), 50)), fromInformation: z.optional(list(paragraphText(), 50)), acknowledgeWorkingDays: z.optional(num({ min: 1, max: 60, integer: true })) })),
  "courses.individual": e("SEL § 82b", "et individuelt forløbs længste varighed", "{ months }", ["courseEnd"], obj({ months: num({ min: 1, max: 60, integer: true }) })),
  "courses.group": e("SEL § 82a", "et gruppeforløbs længde (og, når længden kun gælder ét navngivet gruppeforløb, dets navn)", "{ months } eller { weeks }, evt. { course }", ["courseEnd"], obj({ months: z.optional(num({ min: 1, max: 60, integer: true })), weeks: z.optional(num({ min: 1, max: 260, integer: true })), course: z.optional(text(200)) })),
  "courses.cancellationsForReview": e("SEL §§ 82a–82b", "antal aflyste aftaler, der fører til, at støtten tages op til vurdering", "antal", ["courseAttendance"], num({ min: 1, max: 100, integer: true })),
  "courses.nonAttendanceWeeks": e("SEL §§ 82a–82b", "uger uden at overholde aftaler, før forløbet afsluttes", "uger", ["courseAttendance"], num({ min: 1, max: 104, integer: true })),
  transport: e("SEL § 103", "borgerens egen transport og højeste andel af nettoindtjeningen", "{ ownKm, maxShareOfNetEarnings }", ["transportOwnPayment"], obj({ ownKm: num({ min: 0, max: 1000 }), maxShareOfNetEarnings: num({ min: 0, max: 1, decimals: 4 }) })),
  "extraCost.paymentStart": e("SEL § 100", "ydelsen udbetales fra den førstkommende måned efter, at ansøgningen er modtaget", "true", ["extraCostPaymentPeriod"], bool()),
  "extraCost.endsAtPension": e("SEL § 100", "ydelsen stopper, når borgeren når folkepensionsalderen", "true", ["extraCostPaymentPeriod"], bool()),
  "extraCost.endsWithConditions": e("SEL § 100", "ydelsen stopper ved udgangen af den måned, hvor betingelserne ikke længere er opfyldt", "true", ["extraCostPaymentPeriod"], bool()),
  "appeal.none": e("SEL §§ 82a–82b", "paragraffer, hvor der ikke er klageadgang til Ankestyrelsen", '{ paragraphs: ["82a", "82b"] }', ["appealDeadline"], obj({ paragraphs: list(paragraphText(), 20) })),
  packages: e("SEL § 85", "pakker for bostøtte efter timer pr. uge", "{ bands: [{ package, upTo, text, vum }] }", ["supportPackage"], obj({ bands: list(obj({ package: num({ min: 1, max: 20, integer: true }), upTo: z.nullable(num({ min: 0, max: 168 })), text: text(), vum: text() }), 20) })),
  ...followUps,
  ...norms,
  ...periods,
  } as const satisfies Record<string, CatalogueEntry & { value: z.core.$ZodType }>;
}

type Entries = ReturnType<typeof entries>;

/** A key of {@link SERVICE_LEVEL_CATALOGUE}. */
export type ServiceLevelKey = keyof Entries;

/**
 * Every figure and rule of a municipality's service level the library can use, by key, as plain
 * frozen data: its paragraph, meaning, unit and the calculators that use it. The document
 * schema, the published JSON Schema and the fill-in template are made from this one list.
 *
 * @example
 * SERVICE_LEVEL_CATALOGUE["residentialCare.disposableAmount"].usedBy //=> ["residentialCarePayment", "BOTILBUD.BETALING"]
 */
export const SERVICE_LEVEL_CATALOGUE: Readonly<Record<ServiceLevelKey, CatalogueEntry>> = /* @__PURE__ */ catalogue();

function catalogue(): Readonly<Record<ServiceLevelKey, CatalogueEntry>> {
  return deepFreeze(Object.fromEntries(Object.entries(entries()).map(([k, { value: _, ...entry }]) => [k, entry])) as unknown as Record<ServiceLevelKey, CatalogueEntry>);
}

/** The schema of each figure's value (internal: the document schema is built from it). */
export const CATALOGUE_VALUES: Readonly<Record<ServiceLevelKey, z.core.$ZodType>> = /* @__PURE__ */ values();

function values(): Readonly<Record<ServiceLevelKey, z.core.$ZodType>> {
  return Object.freeze(Object.fromEntries(Object.entries(entries()).map(([k, e]) => [k, e.value])) as unknown as Record<ServiceLevelKey, z.core.$ZodType>);
}
