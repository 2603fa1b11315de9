// The messages of the service-level checks (documents, presets, their figures), in English and Danish.
import { defineWords } from "../core/issue-templates.js";

/**
 * The service-level checks' messages.
 *
 * @example
 * SERVICE_LEVEL_ISSUES.overlap.code //=> "rate-overlap"
 */
export const SERVICE_LEVEL_ISSUES = /* @__PURE__ */ defineWords("service-levels", {
  untilBeforeFrom: { code: "order", en: "must not be before from", da: "må ikke ligge før fra-datoen" },
  overlap: { code: "rate-overlap", en: "overlaps {@other}: two rows of one figure must not cover the same day", da: "overlapper {@other}: to rækker for samme tal må ikke dække samme dag" },
  followUp: { code: "exactly-one", en: "must give first (the first follow-up) or every (how often), or both", da: "skal angive `first` (den første opfølgning) eller `every` (hvor ofte), eller begge" },
  monthsOrWeeks: { code: "exactly-one", en: "must give exactly one of months or weeks", da: "skal angive præcis én af `months` eller `weeks`" },
  status: { code: "order", en: "must be less than the months to the first follow-up ({first}): a status is due after the grant", da: "skal være mindre end antallet af måneder til den første opfølgning ({first}): en status kommer efter bevillingen" },
  packages: { code: "required", en: "must list at least one package", da: "skal have mindst én pakke" },
  packageOrder: { code: "order", en: "must be above the package before it: list the packages from fewest hours up", da: "skal være over pakken før: angiv pakkerne fra færrest timer og op" },
  lastPackage: { code: "invalid", en: "must be null for the last package (no upper limit), so every hour count has a package", da: "skal være `null` for den sidste pakke (ingen øvre grænse), så ethvert timetal har en pakke" },
  packageNumber: { code: "invalid", en: "is the number of another package: give each package its own number", da: "er nummeret på en anden pakke: giv hver pakke sit eget nummer" },
  id: { code: "invalid", en: "is the id of another entry of the same list: give each its own id", da: "er id'et på et andet punkt i samme liste: giv hvert sit eget id" },
  valueOrRange: { code: "exactly-one", en: "must give either value (one figure) or min and max (a range)", da: "skal angive enten `value` (ét tal) eller `min` og `max` (et interval)" },
  range: { code: "required-with", en: "a range needs both min and max", da: "et interval kræver både `min` og `max`" },
  belowMin: { code: "order", en: "must not be below min", da: "må ikke være under `min`" },
  length: { code: "exactly-one", en: "must give either length with exactly one of months, weeks, days or workingDays, or untilPensionAge: true", da: "skal angive enten `length` med præcis én af `months`, `weeks`, `days` eller `workingDays`, eller `untilPensionAge: true`" },
  after: { code: "invalid", en: "must be the id of an earlier entry of the same list counted from the same event ({ids})", da: "skal være id'et på et tidligere punkt i samme liste, regnet fra samme hændelse ({ids})" },
  unknownRule: { code: "unknown-field", en: "is not a figure or rule of the catalogue (check the spelling)", da: "er ikke et tal eller en regel i kataloget (tjek stavningen)" },
  unfilledMeta: { code: "null-left", en: "is not filled in: fill it in (YYYY-MM-DD for adopted, the address for href) or delete the entry", da: "er ikke udfyldt: udfyld det (ÅÅÅÅ-MM-DD for `adopted`, adressen for `href`), eller slet punktet" },
  unfilled: { code: "null-left", en: "is not filled in: fill it in", da: "er ikke udfyldt: udfyld det" },
  unfilledYear: { code: "null-left", en: "is not filled in: fill in the year the document is for, or null when it states none", da: "er ikke udfyldt: angiv det år, dokumentet gælder for, eller `null`, når det ikke angiver et" },
  unfilledEntry: { code: "null-left", en: "is not filled in ({left}): fill it in or delete the entry", da: "er ikke udfyldt ({left}): udfyld det, eller slet punktet" },
  notYet: { code: "rate-missing", en: "{document} sets {key} ({meaning}, {unit}) from {first}, not for {date}: a service level applies from the date its document gives, never before. For an earlier date, use the document that was in force then (load it with withServiceLevel(document)) or give the figure in the call.", da: "{document} fastsætter {meaning} ({key}) fra {first}, ikke for {date}: et serviceniveau gælder fra den dato, dokumentet angiver, aldrig før. Brug det dokument, der gjaldt dengang, eller angiv tallet i beregningen." },
  notNow: { code: "rate-missing", en: '{document} sets {key} ({meaning}, {unit}) only for {spans}, not for {date}: the library never carries a municipal figure past the period its document gives. Add the current figure as a row of rules["{key}"] in the municipality\'s service-level document and load it with withServiceLevel(document).', da: '{document} fastsætter {meaning} ({key}) kun for {spans}, ikke for {date}: biblioteket bruger aldrig en kommunes tal uden for den periode, dokumentet angiver. Tilføj det gældende tal i kommunens serviceniveau-dokument (rules["{key}"]), eller angiv tallet i beregningen.' },
  needsDate: { code: "required-with", en: "is required: {document} gives {key} for {spans} only, so the calculation needs its date", da: "skal udfyldes: {document} angiver {key} kun for {spans}, så beregningen skal have sin dato" },
  notSet: { code: "not-in-preset", en: "{document} ({name}) sets no {what}: give the figure in the call, or use a service level that sets it", da: "{document} ({name}) fastsætter ikke {what}: angiv tallet i beregningen, eller brug et serviceniveau, der fastsætter det" },
  shippedName: { code: "invalid", en: '"{name}" is the name of a service level the library ships: give your document its own name (e.g. "{example}")', da: '"{name}" er navnet på et serviceniveau, biblioteket har med: giv jeres dokument sit eget navn (fx "{example}")' },
  levels: { code: "not-a-list", en: "must be a list of service-level documents (each as withServiceLevel takes it)", da: "skal være en liste af serviceniveau-dokumenter" },
  sameName: { code: "invalid", en: '"{name}" is the name of another document in the list: give each document its own name', da: '"{name}" er navnet på et andet dokument i listen: giv hvert dokument sit eget navn' },
  preset: { code: "not-one-of", en: "must be one of {list}", da: "skal være en af {list}" },
});
