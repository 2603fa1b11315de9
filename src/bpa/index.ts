export { bpaGrant, type BpaGrantResult, type BpaYearly } from "./grant.js";
export { bpaSettlement, type BpaSettlementResult, type BpaSettlementLine } from "./settlement.js";
export { AARHUS_WAGES, WAGE_PRESETS, SECTION_95_MIN_WEEKLY_HOURS, RELATIVE_MAX_WEEKLY_HOURS, type WageBasis, type WagePreset } from "./rates.js";
export { BPA_PRESETS, BPA_DEFAULTS, type BpaServicePreset, type BpaServicePresetName } from "./presets.js";
export type { BpaEmployerCost, BpaGrantInput, BpaHoursByTime, BpaSettlementInput, BpaUsedHours, BpaWageInput } from "./schema.js";
export type { HourKind } from "./measure.js";
export { bpaNoticeDate, type BpaNoticeInput } from "./notice.js";
