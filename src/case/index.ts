export { caseDeadline, appealDeadline, type DateResult, type CaseDeadlineResult, type CaseDeadlineInput, type AppealDeadlineInput, type AppealDeadlineResult } from "./deadlines.js";
