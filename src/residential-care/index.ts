export { residentialCarePayment, type ResidentialCareResult, type ResidentialCareReason } from "./payment.js";
export { RESIDENTIAL_CARE_PRESETS, type ResidentialCarePreset, type ResidentialCarePresetName } from "./presets.js";
export type { LabelledAmount, ResidentialCareInput } from "./schema.js";
