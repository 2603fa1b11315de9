import { stepper, type Words } from "../core/explain.js";

/**
 * The words of § 107 payment: each rule id's meaning and its Danish and English sentence templates,
 * kept beside the module that uses them (a bundle of another paragraph carries none of them).
 * `{name}` is a value as it is; `{name:kr}` an amount, `{name:date}` a date … (see `renderTemplate`).
 */
export const WORDS = {
  "residential-care.income": {
    meaning: "One income line.",
    da: "{label}: {monthly:kr} pr. måned.",
    en: "{label}: {monthly:kr} a month.",
  },
  "residential-care.income.after-tax": {
    meaning: "The income after tax.",
    da: "Indtægt efter skat: {monthly:kr} pr. måned.",
    en: "Income after tax: {monthly:kr} a month.",
  },
  "residential-care.deduction": {
    meaning: "One approved fixed expense deducted.",
    da: "Fradrag – {label}: {monthly:kr} pr. måned.",
    en: "Deduction – {label}: {monthly:kr} a month.",
  },
  "residential-care.deduction.own-home": {
    meaning: "The cost of an own home kept during the stay, deducted.",
    da: "Fradrag – Udgift til egen bolig, som bevares under opholdet: {monthly:kr} pr. måned.",
    en: "Deduction – cost of the own home kept during the stay: {monthly:kr} a month.",
  },
  "residential-care.deduction.debt-repayment": {
    meaning: "Debt repayment under a discharge plan, deducted.",
    da: "Fradrag – Afdrag på gæld efter konkret plan for udflytning: {monthly:kr} pr. måned.",
    en: "Deduction – debt repayment under a concrete discharge plan: {monthly:kr} a month.",
  },
  "residential-care.deduction.savings": {
    meaning: "Savings under a discharge plan, deducted.",
    da: "Fradrag – Opsparing efter konkret plan for udflytning: {monthly:kr} pr. måned.",
    en: "Deduction – savings under a concrete discharge plan: {monthly:kr} a month.",
  },
  "residential-care.disposable": {
    meaning: "The disposable amount the citizen always keeps.",
    da: "Rådighedsbeløb, som borgeren altid skal have tilbage: {disposable:kr} pr. måned.",
    en: "Disposable amount the citizen must always keep: {disposable:kr} a month.",
  },
  "residential-care.capacity": {
    meaning: "What the citizen can pay.",
    da: "Betalingsevne: {income:kr} − {deductions:kr} − {disposable:kr} = {capacity:kr}",
    en: "Ability to pay: {income:kr} − {deductions:kr} − {disposable:kr} = {capacity:kr}",
  },
  "residential-care.charge": {
    meaning: "The price of the stay.",
    da: "[[?ownHomeNoCost]]Borgeren bevarer egen bolig, men har ingen udgift til den (0,00 kr.), så boligdelen betales. [[/ownHomeNoCost]]Pris for opholdet[[?month]] i {month:month}[[/month]]: bolig {housing:kr} og serviceydelser (kost, vask, rengøring, vinduespudsning m.m.) {services:kr}, i alt {charge:kr}[[?part]] Opholdet dækker {days} af månedens {daysInMonth} dage; prisen beregnes forholdsmæssigt.[[/part]]",
    en: "[[?ownHomeNoCost]]The citizen keeps an own home but has no cost for it (DKK 0.00), so housing is paid. [[/ownHomeNoCost]]Price of the stay[[?month]] in {month:month}[[/month]]: housing {housing:kr} and services (food, laundry, cleaning, window cleaning etc.) {services:kr}, in total {charge:kr}[[?part]] The stay covers {days} of the month's {daysInMonth} days; the price is pro-rated.[[/part]]",
  },
  "residential-care.charge.own-home": {
    meaning: "Own home kept and paid for: only services are charged.",
    da: "Borgeren bevarer og betaler for egen bolig og betaler derfor ikke for bolig under opholdet, kun for serviceydelser: {services:kr}[[?part]] Opholdet dækker {days} af månedens {daysInMonth} dage; prisen beregnes forholdsmæssigt.[[/part]]",
    en: "The citizen keeps and pays for an own home and so pays no housing during the stay, only services: {services:kr}[[?part]] The stay covers {days} of the month's {daysInMonth} days; the price is pro-rated.[[/part]]",
  },
  "residential-care.payment.no-income": {
    meaning: "No income, no payment.",
    da: "Borgeren har ingen indtægt og betaler derfor ikke for opholdet.",
    en: "The citizen has no income and so does not pay for the stay.",
  },
  "residential-care.payment.nothing-to-pay": {
    meaning: "Nothing to pay this month.",
    da: "Der er ingen pris at betale for opholdet i denne måned.",
    en: "There is no price to pay for the stay this month.",
  },
  "residential-care.payment.full-price": {
    meaning: "The citizen pays the full price.",
    da: "Betalingsevnen rækker til hele prisen. Egenbetaling: {payment:kr}",
    en: "The ability to pay covers the whole price. Own payment: {payment:kr}",
  },
  "residential-care.payment.nothing-left": {
    meaning: "Only the disposable amount is left: no payment.",
    da: "Efter fradrag er der ikke mere end rådighedsbeløbet tilbage. Egenbetaling: 0,00 kr.",
    en: "After deductions no more than the disposable amount is left. Own payment: DKK 0.00",
  },
  "residential-care.payment.capped": {
    meaning: "The payment reduced so the disposable amount is left.",
    da: "Egenbetalingen nedsættes til {payment:kr}, så borgeren har rådighedsbeløbet på {disposable:kr} tilbage.",
    en: "The own payment is reduced to {payment:kr}, so the citizen keeps the disposable amount of {disposable:kr}.",
  },
} as const satisfies Words;

/** A step of this module's explanation: the rule's Danish sentence rendered with the values. */
export const step = /* @__PURE__ */ stepper(WORDS);
