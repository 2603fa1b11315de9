import { stepper, type Words } from "../core/explain.js";

/**
 * The words of § 97 escort: each rule id's meaning and its Danish and English sentence templates,
 * kept beside the module that uses them (a bundle of another paragraph carries none of them).
 * `{name}` is a value as it is; `{name:kr}` an amount, `{name:date}` a date … (see `renderTemplate`).
 */
export const WORDS = {
  "escort.policy.saving": {
    meaning: "The escort hours with saving.",
    da: "Ledsageordning: {monthly:hours} pr. måned. Timer kan opspares i {window} måneder; højst {cap:hours} kan være til rådighed. Månedens egne timer bruges først, derefter opsparede timer [[?newestFirst]]fra den nærmeste foregående måned og bagud[[/newestFirst]][[!newestFirst]]fra den ældste måned først[[/newestFirst]][[?defaultOrder]] (beregningens standardrækkefølge, som kan vælges om)[[/defaultOrder]]. Timer kan ikke bruges forud.",
    en: "Escort scheme: {monthly:hours} a month. Hours can be saved for {window} months; at most {cap:hours} can be available. The month's own hours are used first, then saved hours [[?newestFirst]]from the nearest previous month backwards[[/newestFirst]][[!newestFirst]]from the oldest month first[[/newestFirst]][[?defaultOrder]] (the calculation's default order, which can be chosen otherwise)[[/defaultOrder]]. Hours cannot be used in advance.",
  },
  "escort.policy.no-saving": {
    meaning: "The escort hours without saving.",
    da: "Ledsageordning: {monthly:hours} pr. måned uden aftale om opsparing: ubrugte timer bortfalder ved månedens udgang.",
    en: "Escort scheme: {monthly:hours} a month with no saving agreement: unused hours lapse at the end of the month.",
  },
  "escort.month": {
    meaning: "One month of the escort ledger.",
    da: "{month:Month}: {granted:hours} bevilget[[?residence]] ({monthly:hours} fratrukket {residenceUsed:hours} ledsagelse, som botilbuddet yder)[[/residence]][[?capCut]]; {capCut:hours} bortfaldet, fordi højst {cap:hours} kan være til rådighed[[/capCut]][[?recorded]]; {used:hours} brugt ({fromCurrent:hours} af månedens egne[[*saved|]], {hours:hours} fra {from:month}[[/saved]])[[/recorded]][[?overuse]]; {overuse:hours} brugt ud over det, der var til rådighed (overforbrug)[[/overuse]][[?expired]]; {expired:hours} bortfaldet ved månedens udgang, fordi opsparingsperioden er udløbet[[/expired]]; {atEnd:hours} til rådighed ved månedens udgang.",
    en: "{month:Month}: {granted:hours} granted[[?residence]] ({monthly:hours} less {residenceUsed:hours} of escort the residential service provides)[[/residence]][[?capCut]]; {capCut:hours} lapsed because at most {cap:hours} can be available[[/capCut]][[?recorded]]; {used:hours} used ({fromCurrent:hours} of the month's own[[*saved|]], {hours:hours} from {from:month}[[/saved]])[[/recorded]][[?overuse]]; {overuse:hours} used beyond what was available (overuse)[[/overuse]][[?expired]]; {expired:hours} lapsed at the end of the month because the saving period ran out[[/expired]]; {atEnd:hours} available at the end of the month.",
  },
  "escort.lapse": {
    meaning: "One month of the escort ledger in which hours lapsed.",
    da: "{month:Month}: {granted:hours} bevilget[[?residence]] ({monthly:hours} fratrukket {residenceUsed:hours} ledsagelse, som botilbuddet yder)[[/residence]][[?capCut]]; {capCut:hours} bortfaldet, fordi højst {cap:hours} kan være til rådighed[[/capCut]][[?recorded]]; {used:hours} brugt ({fromCurrent:hours} af månedens egne[[*saved|]], {hours:hours} fra {from:month}[[/saved]])[[/recorded]][[?overuse]]; {overuse:hours} brugt ud over det, der var til rådighed (overforbrug)[[/overuse]][[?expired]]; {expired:hours} bortfaldet ved månedens udgang, fordi opsparingsperioden er udløbet[[/expired]]; {atEnd:hours} til rådighed ved månedens udgang.",
    en: "{month:Month}: {granted:hours} granted[[?residence]] ({monthly:hours} less {residenceUsed:hours} of escort the residential service provides)[[/residence]][[?capCut]]; {capCut:hours} lapsed because at most {cap:hours} can be available[[/capCut]][[?recorded]]; {used:hours} used ({fromCurrent:hours} of the month's own[[*saved|]], {hours:hours} from {from:month}[[/saved]])[[/recorded]][[?overuse]]; {overuse:hours} used beyond what was available (overuse)[[/overuse]][[?expired]]; {expired:hours} lapsed at the end of the month because the saving period ran out[[/expired]]; {atEnd:hours} available at the end of the month.",
  },
  "escort.overuse": {
    meaning: "One month of the escort ledger with overuse.",
    da: "{month:Month}: {granted:hours} bevilget[[?residence]] ({monthly:hours} fratrukket {residenceUsed:hours} ledsagelse, som botilbuddet yder)[[/residence]][[?capCut]]; {capCut:hours} bortfaldet, fordi højst {cap:hours} kan være til rådighed[[/capCut]][[?recorded]]; {used:hours} brugt ({fromCurrent:hours} af månedens egne[[*saved|]], {hours:hours} fra {from:month}[[/saved]])[[/recorded]][[?overuse]]; {overuse:hours} brugt ud over det, der var til rådighed (overforbrug)[[/overuse]][[?expired]]; {expired:hours} bortfaldet ved månedens udgang, fordi opsparingsperioden er udløbet[[/expired]]; {atEnd:hours} til rådighed ved månedens udgang.",
    en: "{month:Month}: {granted:hours} granted[[?residence]] ({monthly:hours} less {residenceUsed:hours} of escort the residential service provides)[[/residence]][[?capCut]]; {capCut:hours} lapsed because at most {cap:hours} can be available[[/capCut]][[?recorded]]; {used:hours} used ({fromCurrent:hours} of the month's own[[*saved|]], {hours:hours} from {from:month}[[/saved]])[[/recorded]][[?overuse]]; {overuse:hours} used beyond what was available (overuse)[[/overuse]][[?expired]]; {expired:hours} lapsed at the end of the month because the saving period ran out[[/expired]]; {atEnd:hours} available at the end of the month.",
  },
  "escort.trip": {
    meaning: "A trip outside the local area: the escort's paid hours count.",
    da: "Ved ledsagelse uden for lokalområdet medregnes alle ledsagerens lønnede timer: {paid:hours} fratrækkes borgerens ledsagetimer (opgjort: ledsagelse, rejsetid, hjemrejse alene, ventetid og overnatning {eligible:hours}[[?limited]]; kun de lønnede timer medregnes[[/limited]]).",
    en: "For escort outside the local area all the escort's paid hours count: {paid:hours} are deducted from the citizen's escort hours (recorded: escort, travel, returning alone, waiting and overnight {eligible:hours}[[?limited]]; only the paid hours count[[/limited]]).",
  },
  "escort.trip.between-tasks": {
    meaning: "Transport between tasks is not escort.",
    da: "Ledsagerens transport mellem opgaver ({excluded:hours}) er ikke ledsagelse og skal ikke indgå i de lønnede timer.",
    en: "The escort's transport between tasks ({excluded:hours}) is not escort and is not part of the paid hours.",
  },
  "escort.age.not-legislated": {
    meaning: "The pension age is not set, but is at least 70.",
    da: "Folkepensionsalderen for personer født {born:date} er endnu ikke fastsat, men er mindst 70 år ({seventy:date}); borgeren er under aldersgrænsen {asOf:date}.",
    en: "The state pension age for people born on {born:date} is not set yet, but is at least 70 ({seventy:date}); the citizen is under the age limit on {asOf:date}.",
  },
  "escort.age.minor": {
    meaning: "The escort scheme is for adults.",
    da: "Borgeren fylder 18 år {adult:date}; ledsageordningen er for voksne fra 18 år.",
    en: "The citizen turns 18 on {adult:date}; the escort scheme is for adults from 18.",
  },
  "escort.age.under": {
    meaning: "Under the age limit.",
    da: "Aldersgrænsen er folkepensionsalderen ({pensionAge:age} år), dog mindst 67 år: {limit:date}. Borgeren er under aldersgrænsen {asOf:date}.",
    en: "The age limit is the state pension age ({pensionAge:age} years), but at least 67: {limit:date}. The citizen is under the age limit on {asOf:date}.",
  },
  "escort.age.kept": {
    meaning: "Granted before the age limit: kept.",
    da: "Aldersgrænsen er folkepensionsalderen ({pensionAge:age} år), dog mindst 67 år: {limit:date}. Ledsageordningen blev bevilget {granted:date}, før aldersgrænsen, og bevares efter overgangen til folkepension.",
    en: "The age limit is the state pension age ({pensionAge:age} years), but at least 67: {limit:date}. The escort scheme was granted on {granted:date}, before the age limit, and is kept after the move to state pension.",
  },
  "escort.age.reached": {
    meaning: "Age limit reached, no earlier grant.",
    da: "Aldersgrænsen er folkepensionsalderen ({pensionAge:age} år), dog mindst 67 år: {limit:date}. Borgeren har nået aldersgrænsen {asOf:date} og har ikke en bevilling fra før.",
    en: "The age limit is the state pension age ({pensionAge:age} years), but at least 67: {limit:date}. The citizen has reached the age limit on {asOf:date} and has no earlier grant.",
  },
  "escort.age.reached.granted-after": {
    meaning: "Age limit reached, granted after it.",
    da: "Aldersgrænsen er folkepensionsalderen ({pensionAge:age} år), dog mindst 67 år: {limit:date}. Borgeren har nået aldersgrænsen {asOf:date} og fik bevillingen {granted:date}, efter aldersgrænsen.",
    en: "The age limit is the state pension age ({pensionAge:age} years), but at least 67: {limit:date}. The citizen has reached the age limit on {asOf:date} and was granted the scheme on {granted:date}, after the age limit.",
  },
  "escort.expense.capped": {
    meaning: "The escort's expenses over the year's maximum.",
    da: "Sandsynliggjorte udgifter for ledsageren på {probable:kr} er over årets maksimum på {max:kr}, så tilskuddet er {amount:kr}",
    en: "Probable expenses for the escort of {probable:kr} are over the year's maximum of {max:kr}, so the supplement is {amount:kr}",
  },
  "escort.expense.covered": {
    meaning: "The escort's expenses covered in full.",
    da: "Sandsynliggjorte udgifter for ledsageren på {probable:kr} dækkes fuldt (årets maksimum er {max:kr}).",
    en: "Probable expenses for the escort of {probable:kr} are covered in full (the year's maximum is {max:kr}).",
  },
} as const satisfies Words;

/** A step of this module's explanation: the rule's Danish sentence rendered with the values. */
export const step = /* @__PURE__ */ stepper(WORDS);
