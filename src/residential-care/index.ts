export { residentialCarePayment, type ResidentialCareResult, type ResidentialCareReason } from "./payment.js";
export { RESIDENTIAL_CARE_PRESETS, type ResidentialCarePreset, type ResidentialCarePresetName } from "./presets.js";
export type { LabelledAmount, ResidentialCareInput } from "./schema.js";
export { residentialCarePaymentBatch, RESIDENTIAL_BATCH_REASONS, type ResidentialCareColumns, type ResidentialCareBatchResult } from "./batch.js";
