// The messages of the BPA (§§ 95–96) checks, in English and Danish.
import { defineWords } from "../core/issue-templates.js";

/**
 * The BPA checks' messages.
 *
 * @example
 * BPA_ISSUES.relativeCap.code //=> "out-of-range"
 */
export const BPA_ISSUES = /* @__PURE__ */ defineWords("bpa", {
  hoursBoth: { code: "exactly-one", en: "and {@other} cannot both be given", da: "og {@other} kan ikke angives begge" },
  hours: { code: "exactly-one", en: "is required (or {@other}): the measured helper hours by time of day", da: "skal udfyldes (eller {@other}): de udmålte hjælpertimer fordelt på tidspunkter" },
  rate: { code: "required-with", en: "is required (e.g. {example}), or a wage preset", da: "skal udfyldes (fx {example}), eller en lønforudsætning" },
  supplement: { code: "required-with", en: "is required when {kind:unit} hours are measured: the supplement as a fraction of the hourly wage", da: "skal udfyldes, når der udmåles {kind:unit}timer: tillægget som brøk af timelønnen" },
  onCall: { code: "required-with", en: "is required when on-call hours are measured", da: "skal udfyldes, når der udmåles rådighedstimer" },
  holidayPreset: { code: "required-with", en: "is required when holiday hours are measured (no sourced figure in the preset)", da: "skal udfyldes, når der udmåles helligdagstimer (lønforudsætningen har intet kildebelagt tal)" },
  employerCost: { code: "exactly-one", en: "must have exactly one of perHour, rate, perYear or perHelperPerYear", da: "skal have præcis én af perHour, rate, perYear eller perHelperPerYear" },
  helpersFor: { code: "required-with", en: "is required for {@other}", da: "skal udfyldes for {@other}" },
  helpersAdmin: { code: "required-with", en: "is required for an administration fee per helper", da: "skal udfyldes, når administrationen betales pr. hjælper" },
  payrollMax: { code: "required-with", en: 'needs a payroll maximum per helper: {@other}, or a service level that sets one (bpa.payrollPerHelperPerYearMax) with employer "citizen" and payroll "association"', da: 'kræver et loft for lønadministration pr. hjælper: {@other}, eller et serviceniveau, der fastsætter et (bpa.payrollPerHelperPerYearMax), med arbejdsgiver "borger" og lønadministration "forening"' },
  offsetBoth: { code: "exactly-one", en: "and {@other} cannot both be given: give the assessed offset as hours a week or as an amount a year", da: "og {@other} kan ikke angives begge: angiv modregningen som timer pr. uge eller som et beløb pr. år" },
  eitherAllowance: { code: "exactly-one", en: "cannot have both attendance and care true: {level} converts «et af de ovennævnte tillæg» — plejetillæg is granted instead of bistandstillæg, never both ({source})", da: "kan ikke have både bistandstillæg og plejetillæg: {level} omregner «et af de ovennævnte tillæg» — plejetillæg gives i stedet for bistandstillæg, aldrig begge ({source})" },
  offsetAssessed: { code: "required-with", en: "need the assessed offset: {@hours} (normal hours a week) or {@amount} (kr. a year) — the service level offsets an assessed amount ({source})", da: "kræver den vurderede modregning: {@hours} (normaltimer pr. uge) eller {@amount} (kr. pr. år) — serviceniveauet modregner et vurderet beløb ({source})" },
  offset: { code: "required-with", en: "need the assessed offset: {@hours} (normal hours a week) or {@amount} (kr. a year), or a service level that converts the supplements to normal hours (bpa.allowanceHours)", da: "kræver den vurderede modregning: {@hours} (normaltimer pr. uge) eller {@amount} (kr. pr. år), eller et serviceniveau, der omregner tillæggene til normaltimer (bpa.allowanceHours)" },
  offsetSection: { code: "only-with", en: ": {level} converts the supplements to normal hours only for § {sections} grants; for a § {section} grant give {@hours} or {@amount}", da: ": {level} omregner kun tillæggene til normaltimer for bevillinger efter § {sections}; for en bevilling efter § {section} angiv {@hours} eller {@amount}" },
  relativeCap: { code: "out-of-range", en: "must be at most 48 hours a week for close relatives together under a § 95 grant (SEL § 95, stk. 3), unless the grant is transferred under stk. 4 ({@transferred}: true) or the municipality allows more in a special case (relativeCapException: true)", da: "må højst være 48 timer om ugen for nærtstående tilsammen ved tilskud efter § 95 (SEL § 95, stk. 3), medmindre tilskuddet er overført efter stk. 4 ({@transferred}: sand), eller kommunen i et særligt tilfælde tillader flere" },
  grant: { code: "required", en: "is required: the bpaGrant input the year was granted with", da: "skal udfyldes: de oplysninger, året blev bevilget med" },
  notEligible: { code: "not-eligible", en: "is not eligible: {reason}", da: "opfylder ikke betingelsen: {reason}" },
  offsetOver: { code: "over-limit", en: "sets off {offset}, more than the grant before the offset ({total})", da: "modregner {offset}, mere end tilskuddet før modregning ({total})" },
  offsetHours: { code: "over-limit", en: "set off {weekly} normal hours a week, more than the {measured} hours measured", da: "modregner {weekly} normaltimer pr. uge, mere end de {measured} udmålte timer" },
  wage: { code: "required", en: 'is required, or a wage preset (e.g. "aarhus-lt11"), or the municipality\'s own wage rows for {year} added once with withRates({ BPA_WAGES: [{ from: "{year}-01-01", until: "{year}-12-31", value: { hourly: "…", supplements: { evening: "…" }, onCallFraction: "…", pensionRate: "…", holidayPayRate: "…" }, source: { title: "…", href: "…" } }] })', da: 'skal udfyldes, eller en lønforudsætning (fx "aarhus-lt11"), eller kommunens egen løntabel for {year} i satser (tabel BPA_WAGES)' },
  rowSupplement: { code: "required-with", en: "is required when {kind:unit} hours are measured: the wage row ({source}) has no figure for it; give it in the call or add it to that row", da: "skal udfyldes, når der udmåles {kind:unit}timer: lønrækken ({source}) har intet tal for det; angiv det i beregningen, eller tilføj det til rækken" },
  rowOnCall: { code: "required-with", en: "is required when on-call hours are measured: the wage row ({source}) has no figure for it; give it in the call or add it to that row", da: "skal udfyldes, når der udmåles rådighedstimer: lønrækken ({source}) har intet tal for det; angiv det i beregningen, eller tilføj det til rækken" },
  notice: { code: "exactly-one", en: "or {@other} is required: the day the citizen received the decision (give one of the two)", da: "eller {@other} skal udfyldes: den dag, borgeren modtog afgørelsen (angiv én af de to)" },
  noticeWeeks: { code: "required-with", en: "is required when no service level is named: give the notice in weeks, or name the service level that sets it (preset)", da: "skal udfyldes, når der ikke er angivet et serviceniveau: angiv varslet i uger, eller angiv det serviceniveau, der fastsætter det" },
});
