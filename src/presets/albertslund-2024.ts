import { deepFreeze } from "../core/freeze.js";
import { cite, DOC } from "../core/sources.js";

/**
 * Albertslund Kommune, Forebyggende indsatser og bostøtte – Kvalitetsstandard 2024, with its
 * annex of § 85 packages: the figures it sets, as plain data. Frozen.
 *
 * @example
 * ALBERTSLUND_2024.courses.individual.months //=> 6
 */
export const ALBERTSLUND_2024 = /* @__PURE__ */ deepFreeze({
  name: "albertslund-2024",
  municipality: "Albertslund Kommune",
  year: 2024,
  document: DOC.albertslund2024,
  /** «Individuelle forløb kan højst vare 6 måneder»; «Hvis du aflyser 3 aftaler inden for kort tid, vil medarbejderne tage stilling til, om støtten skal fortsætte.» */
  courses: { individual: { months: 6 }, cancellationsForReview: 3, source: cite(DOC.albertslund2024, "Forebyggende indsatser (§§ 82a–82b)") },
  /** Pakke 1: op til 1 time; 2: op til 2; 3: 2–4; 4: 4–7; 5: mere end 7 timer om ugen. */
  packages: {
    bands: [
      { package: 1, upTo: 1, text: "op til 1 time om ugen", vum: "C (moderat), eller D hvis flere timer ikke kan modtages" },
      { package: 2, upTo: 2, text: "op til 2 timer om ugen", vum: "C (moderat)" },
      { package: 3, upTo: 4, text: "2–4 timer om ugen", vum: "C eller D" },
      { package: 4, upTo: 7, text: "4–7 timer om ugen", vum: "C eller D (omfattende)" },
      { package: 5, upTo: null, text: "mere end 7 timer om ugen", vum: "D eller E" },
    ],
    source: DOC.albertslund2024Packages,
  },
} as const);
