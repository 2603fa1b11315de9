import { stepper, type Words } from "../core/explain.js";

/**
 * The words of § 100: the extra-cost benefit, one-off expenses and the payment period: each rule id's meaning and its Danish and English sentence templates,
 * kept beside the module that uses them (a bundle of another paragraph carries none of them).
 * `{name}` is a value as it is; `{name:kr}` an amount, `{name:date}` a date … (see `renderTemplate`).
 */
export const WORDS = {
  "extra-cost.period.first": {
    meaning: "The first month the § 100 benefit is paid.",
    da: "Ansøgningen er modtaget {received:date}; ydelsen udbetales forud fra den førstkommende måned: {first}.",
    en: "The application was received on {received:date}; the benefit is paid in advance from the next month: {first}.",
  },
  "extra-cost.period.pension-open": {
    meaning: "The pension age, and so the last month, is not legislated yet.",
    da: "Folkepensionsalderen for personer født {born:date} er endnu ikke fastsat (mindst 70 år); ydelsens sidste måned ved folkepension kan ikke beregnes endnu.",
    en: "The state pension age for people born on {born:date} is not set yet (at least 70); the benefit's last month at state pension cannot be computed yet.",
  },
  "extra-cost.period.pension": {
    meaning: "The § 100 benefit ends with the month the pension age is reached.",
    da: "Folkepensionsalderen ({age:age} år) nås {date:date}; ydelsen ophører ved udgangen af den måned: {end:date}.",
    en: "The state pension age ({age:age} years) is reached on {date:date}; the benefit ends at the end of that month: {end:date}.",
  },
  "extra-cost.period.conditions": {
    meaning: "The § 100 benefit ends with the month the conditions end.",
    da: "Betingelserne ophører {date:date}; ydelsen ophører ved udgangen af den måned: {end:date}.",
    en: "The conditions end on {date:date}; the benefit ends at the end of that month: {end:date}.",
  },
  "extra-cost.regime.merudgift": {
    meaning: "The § 100 band system and the rate level used.",
    da: "Merudgiftsydelse efter servicelovens § 100 (båndsystemet) med satserne for {level} ({level}-niveau) for {date:date}.",
    en: "Extra-cost benefit under § 100 of the Social Services Act (the band system) at the {level} rates ({level} level) for {date:date}.",
  },
  "extra-cost.regime.kompensation": {
    meaning: "The § 100 kompensationsydelse and the rate level used.",
    da: "Kompensationsydelse efter servicelovens § 100 med satserne for {level} ({level}-niveau) for {date:date}.",
    en: "Compensation benefit under § 100 of the Social Services Act at the {level} rates ({level} level) for {date:date}.",
  },
  "extra-cost.costs.monthly": {
    meaning: "The probable extra costs per month.",
    da: "Sandsynliggjorte merudgifter: {monthly:kr} pr. måned.",
    en: "Probable extra costs: {monthly:kr} a month.",
  },
  "extra-cost.costs.yearly": {
    meaning: "The probable extra costs per year.",
    da: "Sandsynliggjorte merudgifter: {yearly:kr} pr. år, svarende til {monthly:kr} pr. måned.",
    en: "Probable extra costs: {yearly:kr} a year, equal to {monthly:kr} a month.",
  },
  "extra-cost.item": {
    meaning: "One cost item.",
    da: "{label}: {yearly:kr} pr. år.",
    en: "{label}: {yearly:kr} a year.",
  },
  "extra-cost.medicine-cap.capped": {
    meaning: "Medicine counted at most up to the own-payment cap.",
    da: "Egenbetaling til medicin på {medicine:kr} pr. år medregnes højst med egenbetalingsloftet for {year}: {cap:kr}",
    en: "Own payment for medicine of {medicine:kr} a year counts at most up to the own-payment cap for {year}: {cap:kr}",
  },
  "extra-cost.medicine-cap.below": {
    meaning: "Medicine under the own-payment cap, counted in full.",
    da: "Egenbetaling til medicin på {medicine:kr} pr. år er under egenbetalingsloftet for {year} ({cap:kr}) og medregnes fuldt.",
    en: "Own payment for medicine of {medicine:kr} a year is under the own-payment cap for {year} ({cap:kr}) and counts in full.",
  },
  "extra-cost.costs.total": {
    meaning: "The probable extra costs in total.",
    da: "Sandsynliggjorte merudgifter i alt: {yearly:kr} pr. år, svarende til {monthly:kr} pr. måned.",
    en: "Probable extra costs in total: {yearly:kr} a year, equal to {monthly:kr} a month.",
  },
  "extra-cost.threshold": {
    meaning: "Under the minimum: no benefit.",
    da: "Sandsynliggjorte merudgifter på {monthly:kr} pr. måned er under minimumsgrænsen på {yearlyThreshold:int} kr. pr. år ({monthlyThreshold:int} kr. pr. måned). Der ydes ikke tilskud.",
    en: "Probable extra costs of {monthly:kr} a month are under the minimum of DKK {yearlyThreshold:int} a year (DKK {monthlyThreshold:int} a month). No benefit is paid.",
  },
  "extra-cost.band": {
    meaning: "The band the costs fall in and its standard amount.",
    da: "Sandsynliggjorte merudgifter på {monthly:kr} pr. måned ligger i intervallet {from:int}–{to:int} kr. Standardbeløb: {amount:kr}",
    en: "Probable extra costs of {monthly:kr} a month fall in the band DKK {from:int}–{to:int}. Standard amount: {amount:kr}",
  },
  "extra-cost.actual": {
    meaning: "Above the bands and documented: the actual costs.",
    da: "Dokumenterede merudgifter på {monthly:kr} pr. måned er over {band2To:int} kr. Tilskuddet svarer til de faktiske merudgifter.",
    en: "Documented extra costs of {monthly:kr} a month are over DKK {band2To:int}. The benefit equals the actual extra costs.",
  },
  "extra-cost.band.undocumented": {
    meaning: "Above the bands but not all documented: the band-2 amount.",
    da: "Merudgifter på {monthly:kr} pr. måned er over {band2To:int} kr., men er ikke alle dokumenteret, kun sandsynliggjort. Der ydes standardbeløbet for intervallet {from:int}–{to:int} kr., {amount:kr}",
    en: "Extra costs of {monthly:kr} a month are over DKK {band2To:int}, but are not all documented, only made probable. The standard amount for the band DKK {from:int}–{to:int} is paid, {amount:kr}",
  },
  "extra-cost.group-1.eligible": {
    meaning: "Kompensationsydelse group 1 met.",
    da: "Gruppe 1: sandsynliggjorte udgifter på {yearly:kr} pr. år er mindst {threshold:krWhole} kr. Standardbeløb: {monthly:kr} pr. måned.",
    en: "Group 1: probable costs of {yearly:kr} a year are at least DKK {threshold:krWhole}. Standard amount: {monthly:kr} a month.",
  },
  "extra-cost.group-1.none": {
    meaning: "Kompensationsydelse group 1 not met.",
    da: "Gruppe 1: sandsynliggjorte udgifter på {yearly:kr} pr. år er under {threshold:krWhole} kr. Ingen ydelse efter gruppe 1.",
    en: "Group 1: probable costs of {yearly:kr} a year are under DKK {threshold:krWhole}. No benefit under group 1.",
  },
  "extra-cost.group-2.eligible": {
    meaning: "Kompensationsydelse group 2 met.",
    da: "Gruppe 2: dokumenterede udgifter af de typer, der står på positivlisten, på {listed:kr} pr. måned, svarende til {yearly:kr} pr. år, er over {yearlyLimit:krWhole} kr. pr. år. Ydelse: de faktiske udgifter plus standardbeløb {standard:kr} = {monthly:kr} pr. måned.",
    en: "Group 2: documented costs of the kinds on the positive list of {listed:kr} a month, {yearly:kr} a year, are over DKK {yearlyLimit:krWhole} a year. Benefit: the actual costs plus the standard amount {standard:kr} = {monthly:kr} a month.",
  },
  "extra-cost.group-2.none": {
    meaning: "Kompensationsydelse group 2 not met.",
    da: "Gruppe 2: dokumenterede udgifter af de typer, der står på positivlisten, på {listed:kr} pr. måned, svarende til {yearly:kr} pr. år, er ikke over {yearlyLimit:krWhole} kr. pr. år. Ingen ydelse efter gruppe 2.",
    en: "Group 2: documented costs of the kinds on the positive list of {listed:kr} a month, {yearly:kr} a year, are not over DKK {yearlyLimit:krWhole} a year. No benefit under group 2.",
  },
  "extra-cost.group-choice.chosen": {
    meaning: "The group the citizen chose.",
    da: "Borgeren har valgt gruppe {group}.",
    en: "The citizen has chosen group {group}.",
  },
  "extra-cost.group-choice.none": {
    meaning: "Neither group met.",
    da: "Borgeren opfylder hverken betingelserne for gruppe 1 eller gruppe 2.",
    en: "The citizen meets the conditions of neither group 1 nor group 2.",
  },
  "extra-cost.group-choice.better": {
    meaning: "The better group shown.",
    da: "Borgeren vælger selv gruppe; gruppe {group} giver den højeste ydelse og er vist her.",
    en: "The citizen chooses the group; group {group} gives the highest benefit and is shown here.",
  },
  "extra-cost.result": {
    meaning: "The monthly benefit.",
    da: "Månedlig ydelse: {monthly:kr}, svarende til {yearly:kr} om året.",
    en: "Monthly benefit: {monthly:kr}, equal to {yearly:kr} a year.",
  },
  "extra-cost.result.rounded": {
    meaning: "The monthly benefit, rounded to øre.",
    da: "Månedlig ydelse: {monthly:kr} (afrundet til hele øre, halv op), svarende til {yearly:kr} om året.",
    en: "Monthly benefit: {monthly:kr} (rounded to whole øre, half up), equal to {yearly:kr} a year.",
  },
  "extra-cost.one-off": {
    meaning: "A one-off expense assessed under § 9.",
    da: "Enkeltudgift på {oneOff:kr} vurderet efter § 9 i bekendtgørelse om merudgifter med {level}-niveau for {date:date}.",
    en: "One-off expense of {oneOff:kr} assessed under § 9 of the executive order on extra costs at the {level} level for {date:date}.",
  },
  "extra-cost.one-off.recipient": {
    meaning: "A recipient gets the one-off expense paid once.",
    da: "Borgeren modtager (eller har ret til) løbende merudgiftsydelse. Enkeltudgiften på {oneOff:kr} udbetales én gang, uden at den månedlige ydelse ændres.",
    en: "The citizen receives (or is entitled to) a running extra-cost benefit. The one-off expense of {oneOff:kr} is paid once without changing the monthly benefit.",
  },
  "extra-cost.one-off.one-off-only": {
    meaning: "A one-off expense alone reaches the minimum.",
    da: "Borgeren har ingen løbende merudgifter. Enkeltudgiften på {oneOff:kr} er mindst minimumsgrænsen på {threshold:krWhole} kr. pr. år og udbetales én gang.",
    en: "The citizen has no running extra costs. The one-off expense of {oneOff:kr} is at least the minimum of DKK {threshold:krWhole} a year and is paid once.",
  },
  "extra-cost.one-off.not-eligible": {
    meaning: "A one-off expense alone under the minimum.",
    da: "Borgeren har ingen løbende merudgifter, og enkeltudgiften på {oneOff:kr} er under minimumsgrænsen på {threshold:krWhole} kr. pr. år. Der ydes ikke tilskud.",
    en: "The citizen has no running extra costs, and the one-off expense of {oneOff:kr} is under the minimum of DKK {threshold:krWhole} a year. No benefit is paid.",
  },
  "extra-cost.one-off.not-eligible.combined": {
    meaning: "Running costs plus the one-off expense under the minimum.",
    da: "Løbende merudgifter på {running:kr} pr. år plus enkeltudgiften giver {combined:kr}, under minimumsgrænsen på {threshold:krWhole} kr. Der ydes ikke tilskud.",
    en: "Running extra costs of {running:kr} a year plus the one-off expense give {combined:kr}, under the minimum of DKK {threshold:krWhole}. No benefit is paid.",
  },
  "extra-cost.one-off.running-plus-one-off": {
    meaning: "Running costs plus the one-off expense reach the minimum: a year's benefit.",
    da: "Løbende merudgifter på {running:kr} pr. år plus enkeltudgiften giver {combined:kr} og når minimumsgrænsen på {threshold:krWhole} kr. Det giver ret til ydelse i ét år, udbetalt månedligt: {monthly:kr} pr. måned.",
    en: "Running extra costs of {running:kr} a year plus the one-off expense give {combined:kr} and reach the minimum of DKK {threshold:krWhole}. This gives a right to the benefit for one year, paid monthly: {monthly:kr} a month.",
  },
} as const satisfies Words;

/** A step of this module's explanation: the rule's Danish sentence rendered with the values. */
export const step = /* @__PURE__ */ stepper(WORDS);
