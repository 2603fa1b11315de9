// The documented input types are the schemas' inferred input: `npm run typecheck` fails when a
// field is added to a schema and not to its interface (or the other way round).
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import type { CostItem, EscortExpenseInput, EscortLedgerInput, EscortTripInput, ExtraCostInput, ExtraCostOneOffInput, ResidentialCareInput, ShelterFeeInput, ShelterPsychologyInput } from "../../src/index.js";
import { costItemSchema, extraCostInputSchema, extraCostOneOffInputSchema } from "../../src/extra-cost/schema.js";
import { escortExpenseInputSchema, escortLedgerInputSchema, escortTripInputSchema } from "../../src/escort/schema.js";
import { shelterFeeInputSchema, shelterPsychologyInputSchema } from "../../src/shelter/schema.js";
import { residentialCareInputSchema } from "../../src/residential-care/schema.js";
import { bpaGrantInputSchema, bpaUsedSchema } from "../../src/bpa/schema.js";
import type { BpaGrantInput, BpaSettlementInput } from "../../src/index.js";

describe("input interfaces equal the schemas' input (checked by npm run typecheck)", () => {
  it("§ 100", () => {
    expectTypeOf<ExtraCostInput>().toEqualTypeOf<z.input<typeof extraCostInputSchema>>();
    expectTypeOf<ExtraCostOneOffInput>().toEqualTypeOf<z.input<typeof extraCostOneOffInputSchema>>();
    expectTypeOf<CostItem>().toEqualTypeOf<z.input<typeof costItemSchema>>();
  });
  it("§ 97", () => {
    expectTypeOf<EscortLedgerInput>().toEqualTypeOf<z.input<typeof escortLedgerInputSchema>>();
    expectTypeOf<EscortTripInput>().toEqualTypeOf<z.input<typeof escortTripInputSchema>>();
    expectTypeOf<EscortExpenseInput>().toEqualTypeOf<z.input<typeof escortExpenseInputSchema>>();
  });
  it("§§ 109–110", () => {
    expectTypeOf<ShelterFeeInput>().toEqualTypeOf<z.input<typeof shelterFeeInputSchema>>();
    expectTypeOf<ShelterPsychologyInput>().toEqualTypeOf<z.input<typeof shelterPsychologyInputSchema>>();
  });
  it("§ 107", () => {
    expectTypeOf<ResidentialCareInput>().toEqualTypeOf<z.input<typeof residentialCareInputSchema>>();
  });
  it("BPA §§ 95–96", () => {
    expectTypeOf<BpaGrantInput>().toEqualTypeOf<z.input<typeof bpaGrantInputSchema>>();
    expectTypeOf<BpaSettlementInput["used"]>().toEqualTypeOf<z.input<typeof bpaUsedSchema>>();
  });
});
