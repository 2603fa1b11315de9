import { stepper, type Words } from "../core/explain.js";

/**
 * The words of §§ 109–110 stays: each rule id's meaning and its Danish and English sentence templates,
 * kept beside the module that uses them (a bundle of another paragraph carries none of them).
 * `{name}` is a value as it is; `{name:kr}` an amount, `{name:date}` a date … (see `renderTemplate`).
 */
export const WORDS = {
  "shelter.days": {
    meaning: "How many days of a § 109/§ 110 stay are paid for.",
    da: "Ophold efter servicelovens § {section} ([[?crisisCentre]]krisecenter[[/crisisCentre]][[!crisisCentre]]forsorgshjem/herberg[[/crisisCentre]]) fra {arrival:time} til {end:time}[[?ongoing]] (opholdet er ikke afsluttet)[[/ongoing]]: {days} døgn, talt som {counting:counting}.",
    en: "Stay under § {section} of the Social Services Act ([[?crisisCentre]]crisis centre[[/crisisCentre]][[!crisisCentre]]shelter/hostel[[/crisisCentre]]) from {arrival:time} to {end:time}[[?ongoing]] (the stay has not ended)[[/ongoing]]: {days} days, counting {counting:counting}.",
  },
  "shelter.own-home": {
    meaning: "Rent for an own home is a ground to apply for a reduction, not an exemption.",
    da: "Beboeren betaler husleje for egen bolig under opholdet. Det fritager ikke automatisk for egenbetalingen, men er en grund til at søge kommunen om bortfald eller nedsættelse (angives som nedsættelse).",
    en: "The resident pays rent for their own home during the stay. This does not exempt them from the payment by itself, but is a ground to apply to the municipality for waiver or reduction (given as a reduction).",
  },
  "shelter.exempt.no-income": {
    meaning: "No income, no payment.",
    da: "Beboeren har ingen indtægt og betaler derfor ikke for opholdet. Kommunen kan i stedet udbetale et beløb til personlige fornødenheder.",
    en: "The resident has no income and so does not pay for the stay. The municipality may instead pay an amount for personal needs.",
  },
  "shelter.exempt.own-home": {
    meaning: "Own home kept: no payment for lodging (Albertslund 2018).",
    da: "Beboeren betaler husleje for egen bolig under opholdet og betaler derfor ikke for logi.",
    en: "The resident pays rent for their own home during the stay and so does not pay for lodging.",
  },
  "shelter.rate": {
    meaning: "The daily rate used.",
    da: "Takst [[?year]]for {year}[[/year]][[!year]]fra {from:date}[[?until]] til {until:date}[[/until]][[/year]]: {base:kr} pr. døgn.",
    en: "Rate [[?year]]for {year}[[/year]][[!year]]from {from:date}[[?until]] to {until:date}[[/until]][[/year]]: {base:kr} per day.",
  },
  "shelter.rate.reduced-fraction": {
    meaning: "The daily rate reduced by a fraction.",
    da: "Takst [[?year]]for {year}[[/year]][[!year]]fra {from:date}[[?until]] til {until:date}[[/until]][[/year]]: {base:kr} pr. døgn, nedsat med {fraction:pct} (afrundet til øre) til {reduced:kr} pr. døgn.",
    en: "Rate [[?year]]for {year}[[/year]][[!year]]from {from:date}[[?until]] to {until:date}[[/until]][[/year]]: {base:kr} per day, reduced by {fraction:pct} (rounded to øre) to {reduced:kr} per day.",
  },
  "shelter.rate.reduced-amount": {
    meaning: "The daily rate reduced by an amount.",
    da: "Takst [[?year]]for {year}[[/year]][[!year]]fra {from:date}[[?until]] til {until:date}[[/until]][[/year]]: {base:kr} pr. døgn, nedsat med {perDay:kr} til {reduced:kr} pr. døgn.",
    en: "Rate [[?year]]for {year}[[/year]][[!year]]from {from:date}[[?until]] to {until:date}[[/until]][[/year]]: {base:kr} per day, reduced by {perDay:kr} to {reduced:kr} per day.",
  },
  "shelter.segment": {
    meaning: "The days of one year at that year's rate.",
    da: "{year}: {days} døgn × {rate:kr} = {amount:kr}",
    en: "{year}: {days} days × {rate:kr} = {amount:kr}",
  },
  "shelter.total": {
    meaning: "The total payment for lodging.",
    da: "Egenbetaling for logi i alt: {total:kr}; betalingen løber fra opholdets start og kan efter aftale opkræves op til 31 dage forud.",
    en: "Payment for lodging in total: {total:kr}; payment runs from the start of the stay and may by agreement be charged up to 31 days in advance.",
  },
  "shelter.extras": {
    meaning: "Food and laundry chosen, paid directly to the shelter.",
    da: "Tilvalgt kost {food:kr} og vask {laundry:kr} betales direkte til boformen og indgår ikke i egenbetalingen for logi.",
    en: "Food chosen {food:kr} and laundry {laundry:kr} are paid directly to the shelter and are not part of the payment for lodging.",
  },
  "shelter.psychology": {
    meaning: "Psychologist hours for a child at a crisis centre.",
    da: "{hours:num} timer hos autoriseret psykolog à {applied:kr} = {amount:kr}",
    en: "{hours:num} hours with an authorised psychologist at {applied:kr} = {amount:kr}",
  },
  "shelter.psychology.no-cap": {
    meaning: "Psychologist hours, no price cap given.",
    da: "{hours:num} timer hos autoriseret psykolog à {applied:kr} (intet prisloft er angivet) = {amount:kr}",
    en: "{hours:num} hours with an authorised psychologist at {applied:kr} (no price cap given) = {amount:kr}",
  },
  "shelter.psychology.over-cap": {
    meaning: "Psychologist hours at the capped price.",
    da: "{hours:num} timer hos autoriseret psykolog à {applied:kr} (prisen på {price:kr} er over loftet på {cap:kr}) = {amount:kr}",
    en: "{hours:num} hours with an authorised psychologist at {applied:kr} (the price of {price:kr} is over the cap of {cap:kr}) = {amount:kr}",
  },
  "shelter.psychology.assessment": {
    meaning: "The assessment after the hours the service level says (Holbæk 2024: four).",
    da: "Et barn har ret til mindst 4 timer; efter {hours} timer vurderer psykologen, om barnet har behov for flere timer (op til 10).",
    en: "A child is entitled to at least 4 hours; after {hours} hours the psychologist assesses whether the child needs more (up to 10).",
  },
} as const satisfies Words;

/** A step of this module's explanation: the rule's Danish sentence rendered with the values. */
export const step = /* @__PURE__ */ stepper(WORDS);
