export { caseDeadline, appealDeadline, bpaNoticeDate, extraCostPaymentPeriod, type DateResult, type CaseDeadlineResult, type PaymentPeriodResult } from "./deadlines.js";
