import type * as z from "zod/mini";
import type { Dec } from "../../core/money.js";
import type { Step } from "../../core/explain.js";
import type { bpaGrantInputSchema } from "../schema.js";

/** The parsed `bpaGrant` input every component reads. */
export type ParsedGrant = z.output<typeof bpaGrantInputSchema>;

/** What a grant component yields: its yearly amount (rounded to øre) and the explanation lines behind it. */
export interface Component {
  amount: Dec;
  steps: Step[];
}
