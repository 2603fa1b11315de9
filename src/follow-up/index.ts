export { followUpDates, type FollowUpInput, type FollowUpResult } from "./follow-up.js";
