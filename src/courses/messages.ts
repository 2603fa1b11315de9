// The messages of the courses checks, in English and Danish.
import { defineWords } from "../core/issue-templates.js";

/**
 * The courses checks' messages.
 *
 * @example
 * COURSES_ISSUES.noLength.code //=> "not-in-preset"
 */
export const COURSES_ISSUES = /* @__PURE__ */ defineWords("courses", {
  noLength: { code: "not-in-preset", en: '"{kind}": {level} sets no length for a {kind:unit}', da: '"{kind}": {level} fastsætter ingen længde for et {kind:unit}' },
  course: { code: "not-in-preset", en: 'is required: {document} gives the length of «{named}» only (its other group courses have different lengths); give course: "{named}", or the course\'s own end date', da: 'skal udfyldes: {document} angiver kun længden af «{named}» (dets andre gruppeforløb har andre længder); angiv kursus "{named}", eller forløbets egen slutdato' },
  otherCourse: { code: "not-in-preset", en: 'is not the course the length is given for: {document} gives the length of «{named}» only (its other group courses have different lengths); give course: "{named}", or the course\'s own end date', da: 'er ikke det forløb, længden gælder for: {document} angiver kun længden af «{named}» (dets andre gruppeforløb har andre længder); angiv kursus "{named}", eller forløbets egen slutdato' },
  lastAttendance: { code: "required-with", en: "is required: {document} ends a course after {weeks|week|weeks} without keeping agreements, counted from the last day the citizen kept one", da: "skal udfyldes: {document} afslutter et forløb efter {weeks|uge|uger} uden fremmøde, regnet fra den sidste dag, borgeren mødte op" },
  cancellations: { code: "required-with", en: "is required: {document} reviews the support after {limit} appointments cancelled at short notice", da: "skal udfyldes: {document} revurderer støtten efter {limit} aftaler aflyst med kort varsel" },
});
