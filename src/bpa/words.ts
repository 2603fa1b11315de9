import { stepper, type Words } from "../core/explain.js";

/**
 * The words of BPA §§ 95–96: the grant, its settlement and the notice before a reduction: each rule id's meaning and its Danish and English sentence templates,
 * kept beside the module that uses them (a bundle of another paragraph carries none of them).
 * `{name}` is a value as it is; `{name:kr}` an amount, `{name:date}` a date … (see `renderTemplate`).
 */
export const WORDS = {
  "case.bpa-notice": {
    meaning: "The notice before a BPA grant is reduced or ended.",
    da: "Afgørelsen om nedsættelse eller ophør er modtaget {received:date}. Med et varsel på mindst {weeks} uger fortsætter ordningen uændret til og med {lastDay:date}; ændringen kan tidligst have virkning {effective:date}.",
    en: "The decision to reduce or end the arrangement was received on {received:date}. With a notice of at least {weeks} weeks the arrangement continues unchanged up to and including {lastDay:date}; the change can take effect at the earliest on {effective:date}.",
  },
  "bpa.hours": {
    meaning: "The hours measured for a BPA grant.",
    da: "Udmåling efter servicelovens § {section} ([[?cashGrant]]kontant tilskud til hjælpere[[/cashGrant]][[!cashGrant]]borgerstyret personlig assistance[[/cashGrant]]): {weeklyHours:num} timer pr. uge[[!perWeek]] (omregnet fra timer pr. år)[[/perWeek]], {weeks:num} uger om året = {yearlyHours:num} timer pr. år[[?extraHours]] plus {extraHours:num} puljetimer[[/extraHours]][[?onCallHours]] og {onCallHours:num} rådighedstimer[[/onCallHours]].",
    en: "Measured under § {section} of the Social Services Act ([[?cashGrant]]cash grant for helpers[[/cashGrant]][[!cashGrant]]citizen-directed personal assistance[[/cashGrant]]): {weeklyHours:num} hours a week[[!perWeek]] (converted from hours a year)[[/perWeek]], {weeks:num} weeks a year = {yearlyHours:num} hours a year[[?extraHours]] plus {extraHours:num} pooled hours[[/extraHours]][[?onCallHours]] and {onCallHours:num} on-call hours[[/onCallHours]].",
  },
  "bpa.relative-cap.approved": {
    meaning: "A relative works over 48 hours in an approved special case.",
    da: "Nærtstående arbejder {relativeHours:num} timer pr. uge, mere end {cap}; kommunen har godkendt det i et særligt tilfælde.",
    en: "A relative works {relativeHours:num} hours a week, more than {cap}; the municipality has approved it as a special case.",
  },
  "bpa.relative-cap.not-applicable": {
    meaning: "The 48-hour limit does not apply to this grant.",
    da: "Nærtstående arbejder {relativeHours:num} timer pr. uge; grænsen på {cap} timer gælder kun en nærtstående, der modtager tilskud efter § 95, stk. 2, og ikke [[?section96]]en BPA-ordning efter § 96[[/section96]][[!section96]]et tilskud overført efter § 95, stk. 4[[/section96]].",
    en: "A relative works {relativeHours:num} hours a week; the {cap}-hour limit applies only to a relative receiving a grant under § 95(2), not [[?section96]]a BPA arrangement under § 96[[/section96]][[!section96]]a grant transferred under § 95(4)[[/section96]].",
  },
  "bpa.not-eligible": {
    meaning: "Too few hours for § 95.",
    da: "§ 95 kræver et behov for hjælp i mere end {minimum} timer om ugen; behovet er {weeklyHours:num} timer.",
    en: "§ 95 requires a need for help of more than {minimum} hours a week; the need is {weeklyHours:num} hours.",
  },
  "bpa.wage": {
    meaning: "The hourly wage used.",
    da: "Lønniveau: {hourly:kr} pr. time[[?given]] (angivet)[[/given]]. Lønnen skal mindst svare til grundlønnen for en sammenlignelig gruppe.",
    en: "Wage level: {hourly:kr} an hour[[?given]] (given)[[/given]]. The wage must be at least the basic wage of a comparable group.",
  },
  "bpa.wages": {
    meaning: "Basic wages for the year.",
    da: "Grundløn: ({yearlyHours:num} målte timer[[?extraHours]] + {extraHours:num} puljetimer[[/extraHours]]) × {hourly:kr} = {amount:kr}",
    en: "Basic wages: ({yearlyHours:num} measured hours[[?extraHours]] + {extraHours:num} pooled hours[[/extraHours]]) × {hourly:kr} = {amount:kr}",
  },
  "bpa.supplement.evening": {
    meaning: "Evening supplement.",
    da: "Aftentillæg: [[?perWeek]]{weeklyHours:num} t/uge × {weeks:num} uger[[/perWeek]][[!perWeek]]{yearlyHours:num} t/år[[/perWeek]] × {rate:pct} × {hourly:kr} = {amount:kr}",
    en: "Evening supplement: [[?perWeek]]{weeklyHours:num} h/week × {weeks:num} weeks[[/perWeek]][[!perWeek]]{yearlyHours:num} h/year[[/perWeek]] × {rate:pct} × {hourly:kr} = {amount:kr}",
  },
  "bpa.supplement.night": {
    meaning: "Night supplement.",
    da: "Nattillæg: [[?perWeek]]{weeklyHours:num} t/uge × {weeks:num} uger[[/perWeek]][[!perWeek]]{yearlyHours:num} t/år[[/perWeek]] × {rate:pct} × {hourly:kr} = {amount:kr}",
    en: "Night supplement: [[?perWeek]]{weeklyHours:num} h/week × {weeks:num} weeks[[/perWeek]][[!perWeek]]{yearlyHours:num} h/year[[/perWeek]] × {rate:pct} × {hourly:kr} = {amount:kr}",
  },
  "bpa.supplement.saturday": {
    meaning: "Saturday supplement.",
    da: "Lørdagstillæg: [[?perWeek]]{weeklyHours:num} t/uge × {weeks:num} uger[[/perWeek]][[!perWeek]]{yearlyHours:num} t/år[[/perWeek]] × {rate:pct} × {hourly:kr} = {amount:kr}",
    en: "Saturday supplement: [[?perWeek]]{weeklyHours:num} h/week × {weeks:num} weeks[[/perWeek]][[!perWeek]]{yearlyHours:num} h/year[[/perWeek]] × {rate:pct} × {hourly:kr} = {amount:kr}",
  },
  "bpa.supplement.sunday": {
    meaning: "Sunday supplement.",
    da: "Søndagstillæg: [[?perWeek]]{weeklyHours:num} t/uge × {weeks:num} uger[[/perWeek]][[!perWeek]]{yearlyHours:num} t/år[[/perWeek]] × {rate:pct} × {hourly:kr} = {amount:kr}",
    en: "Sunday supplement: [[?perWeek]]{weeklyHours:num} h/week × {weeks:num} weeks[[/perWeek]][[!perWeek]]{yearlyHours:num} h/year[[/perWeek]] × {rate:pct} × {hourly:kr} = {amount:kr}",
  },
  "bpa.supplement.holiday": {
    meaning: "Public holiday supplement.",
    da: "Helligdagstillæg: [[?perWeek]]{weeklyHours:num} t/uge × {weeks:num} uger[[/perWeek]][[!perWeek]]{yearlyHours:num} t/år[[/perWeek]] × {rate:pct} × {hourly:kr} = {amount:kr}",
    en: "Public holiday supplement: [[?perWeek]]{weeklyHours:num} h/week × {weeks:num} weeks[[/perWeek]][[!perWeek]]{yearlyHours:num} h/year[[/perWeek]] × {rate:pct} × {hourly:kr} = {amount:kr}",
  },
  "bpa.on-call": {
    meaning: "On-call hours.",
    da: "Rådighedstimer: {weeklyHours:num} t/uge × {weeks:num} uger × {fraction:pct} × {hourly:kr} = {amount:kr} (uden tidstillæg).",
    en: "On-call hours: {weeklyHours:num} h/week × {weeks:num} weeks × {fraction:pct} × {hourly:kr} = {amount:kr} (no time supplements).",
  },
  "bpa.pension": {
    meaning: "Employer pension for the whole year.",
    da: "Pension: {rate:pct} af lønnen {base:kr} = {amount:kr} Pensionen ydes efter 5 måneders anciennitet; det er antaget, at hjælperne har den hele året (angiv pensionMonths for nye hjælpere).",
    en: "Pension: {rate:pct} of wages {base:kr} = {amount:kr} Pension is paid after 5 months' seniority; the helpers are assumed to have it all year (give pensionMonths for new helpers).",
  },
  "bpa.pension.months": {
    meaning: "Employer pension for part of the year.",
    da: "Pension: {rate:pct} af lønnen {base:kr} i {months} af årets 12 måneder (pension ydes efter 5 måneders anciennitet) = {amount:kr}",
    en: "Pension: {rate:pct} of wages {base:kr} for {months} of the year's 12 months (pension is paid after 5 months' seniority) = {amount:kr}",
  },
  "bpa.holiday-pay": {
    meaning: "Holiday pay.",
    da: "Feriegodtgørelse: {rate:pct} af lønnen {base:kr} = {amount:kr}",
    en: "Holiday pay: {rate:pct} of wages {base:kr} = {amount:kr}",
  },
  "bpa.employer-cost.per-hour": {
    meaning: "An employer cost per paid hour.",
    da: "{label}: {hours:num} timer × {perHour:kr} = {amount:kr}",
    en: "{label}: {hours:num} hours × {perHour:kr} = {amount:kr}",
  },
  "bpa.employer-cost.rate": {
    meaning: "An employer cost as a share of wages.",
    da: "{label}: {rate:pct} af {base:kr} = {amount:kr}",
    en: "{label}: {rate:pct} of {base:kr} = {amount:kr}",
  },
  "bpa.employer-cost.per-year": {
    meaning: "A fixed employer cost per year.",
    da: "{label}: fast beløb pr. år = {amount:kr}",
    en: "{label}: fixed amount a year = {amount:kr}",
  },
  "bpa.employer-cost.per-helper": {
    meaning: "An employer cost per helper.",
    da: "{label}: {helpers} hjælpere × {perHelper:kr} = {amount:kr}",
    en: "{label}: {helpers} helpers × {perHelper:kr} = {amount:kr}",
  },
  "bpa.admin.relative-employer": {
    meaning: "No administration fee when a relative is the employer.",
    da: "Der ydes ikke administrationsbidrag, når en nærtstående er arbejdsgiver.",
    en: "No administration fee is paid when a relative is the employer.",
  },
  "bpa.admin.per-hour": {
    meaning: "Administration fee per measured hour.",
    da: "Administrationsbidrag (arbejdsgiverrollen overdraget): {hours:num} udmålte BPA-timer (faste, pulje- og rådighedstimer) × {perHour:kr} = {amount:kr}",
    en: "Administration fee (employer role transferred): {hours:num} measured BPA hours (fixed, pooled and on-call) × {perHour:kr} = {amount:kr}",
  },
  "bpa.admin.payroll-max": {
    meaning: "Payroll administration: the maximum, no invoice given.",
    da: "Lønadministration ved forening dækkes efter regning op til {helpers} hjælpere × {perHelper:kr} = {max:kr} pr. år. Der er ikke angivet en regning, så loftet er vist som det højeste beløb.",
    en: "Payroll administration by an association is covered on invoice up to {helpers} helpers × {perHelper:kr} = {max:kr} a year. No invoice is given, so the cap is shown as the highest amount.",
  },
  "bpa.admin.payroll-invoice": {
    meaning: "Payroll administration on invoice, up to the maximum.",
    da: "Lønadministration ved forening efter regning: {invoice:kr}, højst {helpers} hjælpere × {perHelper:kr} = {max:kr}; der ydes {amount:kr}",
    en: "Payroll administration by an association on invoice: {invoice:kr}, at most {helpers} helpers × {perHelper:kr} = {max:kr}; {amount:kr} is paid",
  },
  "bpa.admin.none": {
    meaning: "No administration fee given.",
    da: "Administrationsbidrag: ikke angivet (0,00 kr.). Det måles konkret, når arbejdsgiverrollen overdrages.",
    en: "Administration fee: not given (DKK 0.00). It is assessed when the employer role is transferred.",
  },
  "bpa.helper-expenses.individual": {
    meaning: "Helper expenses assessed individually, no cap.",
    da: "Hjælperrelaterede udgifter: {monthly:kr} pr. måned × 12 = {amount:kr} Beløbet udmåles efter en individuel vurdering; der er intet loft.",
    en: "Helper-related expenses: {monthly:kr} a month × 12 = {amount:kr} The amount is assessed individually; there is no cap.",
  },
  "bpa.helper-expenses.no-cap": {
    meaning: "Helper expenses, no cap given.",
    da: "Hjælperrelaterede udgifter: {monthly:kr} pr. måned × 12 = {amount:kr} Der er ikke anvendt et loft (intet angivet).",
    en: "Helper-related expenses: {monthly:kr} a month × 12 = {amount:kr} No cap is applied (none given).",
  },
  "bpa.helper-expenses.capped": {
    meaning: "Helper expenses limited by the cap.",
    da: "Hjælperrelaterede udgifter: {monthly:kr} pr. måned × 12 = {amount:kr} (ansøgt {applied:kr}, begrænset til højst {cap:kr} pr. måned).",
    en: "Helper-related expenses: {monthly:kr} a month × 12 = {amount:kr} (applied for {applied:kr}, limited to at most {cap:kr} a month).",
  },
  "bpa.helper-expenses.under-cap": {
    meaning: "Helper expenses under the cap.",
    da: "Hjælperrelaterede udgifter: {monthly:kr} pr. måned × 12 = {amount:kr} (højst {cap:kr} pr. måned).",
    en: "Helper-related expenses: {monthly:kr} a month × 12 = {amount:kr} (at most {cap:kr} a month).",
  },
  "bpa.offset.amount": {
    meaning: "Offset of attendance/care supplements as an assessed amount.",
    da: "Modregning for den del af bistands-/plejetillægget, der dækker hjælpebehovet (vurderet): −{amount:kr} pr. år.",
    en: "Offset for the part of the attendance/care supplement that covers the need for help (assessed): −{amount:kr} a year.",
  },
  "bpa.offset.assessed-hours": {
    meaning: "Offset of attendance/care supplements as assessed hours.",
    da: "Modregning for bistands-/plejetillæg (vurderet): {weeklyHours:num} normaltimer/uge × {weeks:num} uger × {hourly:kr} = −{amount:kr}",
    en: "Offset for attendance/care supplement (assessed): {weeklyHours:num} normal hours/week × {weeks:num} weeks × {hourly:kr} = −{amount:kr}",
  },
  "bpa.offset.preset-hours": {
    meaning: "Offset of attendance/care supplements at a municipality's normal hours.",
    da: "Modregning for [[?attendance]]bistandstillæg ({attendanceHours:num} t/uge)[[/attendance]][[?both]] og [[/both]][[?care]]plejetillæg ({careHours:num} t/uge)[[/care]]: {weeklyHours:num} normaltimer/uge × {weeks:num} uger × {hourly:kr} = −{amount:kr}",
    en: "Offset for [[?attendance]]attendance supplement ({attendanceHours:num} h/week)[[/attendance]][[?both]] and [[/both]][[?care]]care supplement ({careHours:num} h/week)[[/care]]: {weeklyHours:num} normal hours/week × {weeks:num} weeks × {hourly:kr} = −{amount:kr}",
  },
  "bpa.total": {
    meaning: "The grant in total, per year and per month.",
    da: "Tilskud i alt: {total:kr} pr. år, {monthly:kr} pr. måned (årsbeløbet / 12, afrundet til øre[[?twelveMonths]]; 12 måneder giver {twelveMonths:kr}[[/twelveMonths]]).",
    en: "Grant in total: {total:kr} a year, {monthly:kr} a month (the yearly amount / 12, rounded to øre[[?twelveMonths]]; 12 months give {twelveMonths:kr}[[/twelveMonths]]).",
  },
  "bpa.payment.in-advance": {
    meaning: "Paid monthly in advance.",
    da: "Tilskuddet udbetales månedligt forud, fordi borgeren eller en nærtstående modtager det.",
    en: "The grant is paid monthly in advance, because the citizen or a relative receives it.",
  },
  "bpa.payment.in-arrears": {
    meaning: "Paid monthly in arrears to the employer.",
    da: "Tilskuddet udbetales månedligt bagud til foreningen/virksomheden, der er arbejdsgiver[[?invoiceDays]]; fakturaen betales inden {invoiceDays} dage[[/invoiceDays]].",
    en: "The grant is paid monthly in arrears to the association/company that is the employer[[?invoiceDays]]; the invoice is paid within {invoiceDays} days[[/invoiceDays]].",
  },
  "bpa.settlement.line": {
    meaning: "One kind of hour in the year-end settlement.",
    da: "{kind:hourKind}: bevilget {granted:num} t, brugt {used:num} t[[?unused]]; ubrugt {unused:num} t × {unitCost:kr} = {unusedValue:kr}[[/unused]][[?overuse]]; {overuse:num} t ud over bevillingen af denne art × {unitCost:kr} = {overuseValue:kr}[[/overuse]].",
    en: "{kind:hourKind}: granted {granted:num} h, used {used:num} h[[?unused]]; unused {unused:num} h × {unitCost:kr} = {unusedValue:kr}[[/unused]][[?overuse]]; {overuse:num} h beyond the grant of this kind × {unitCost:kr} = {overuseValue:kr}[[/overuse]].",
  },
  "bpa.settlement.netting.money": {
    meaning: "Settled in money: overuse of one kind nets underuse of another.",
    da: "Opgjort i kroner: de bevilgede timer er {granted:kr} værd, de brugte timer {used:kr} (hver timeart til bevillingens egen timepris). Overforbrug af én timeart modregnes i underforbrug af en anden; forskellen er {difference:kr}",
    en: "Settled in kroner: the granted hours are worth {granted:kr}, the hours used {used:kr} (each kind at the grant's own hourly cost). Overuse of one kind nets underuse of another; the difference is {difference:kr}",
  },
  "bpa.settlement.netting.by-kind": {
    meaning: "Settled by kind: each kind's unused hours are repaid.",
    da: "Opgjort pr. timeart: ubrugte timer af hver art tilbagebetales for sig ({repayment:kr}); overforbrug af én art modregnes ikke.",
    en: "Settled by kind of hour: unused hours of each kind are repaid separately ({repayment:kr}); overuse of one kind is not netted.",
  },
  "bpa.settlement.cap": {
    meaning: "The repayment is capped at the grant paid.",
    da: "Tilbagebetalingen kan ikke overstige det udbetalte tilskud på {paid:kr}",
    en: "The repayment cannot exceed the grant paid of {paid:kr}",
  },
  "bpa.settlement.total": {
    meaning: "The repayment in total.",
    da: "Tilbagebetaling i alt: {repayment:kr}",
    en: "Repayment in total: {repayment:kr}",
  },
  "bpa.settlement.total.due": {
    meaning: "The repayment in total, with the accounts' due date.",
    da: "Tilbagebetaling i alt: {repayment:kr}; regnskabet skal være kommunen i hænde senest {due:date}.",
    en: "Repayment in total: {repayment:kr}; the accounts must reach the municipality by {due:date}.",
  },
} as const satisfies Words;

/** A step of this module's explanation: the rule's Danish sentence rendered with the values. */
export const step = /* @__PURE__ */ stepper(WORDS);
