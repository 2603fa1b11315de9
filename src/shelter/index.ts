export { shelterFee, shelterDays, type ShelterFeeResult, type ShelterDaysResult, type ShelterSegment, type ShelterMonth, type Counting } from "./fee.js";
export { shelterChildPsychology, type ShelterPsychologyResult } from "./psychology.js";
export { SHELTER_109_RATES, SHELTER_110_RATES, HOLBAEK_PSYCHOLOGIST_PRICE_CAP } from "./rates.js";
export type { ShelterFeeInput, ShelterPsychologyInput } from "./schema.js";
