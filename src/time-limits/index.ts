export { timeLimits, type TimeLimit, type TimeLimitsInput, type TimeLimitsResult } from "./time-limits.js";
