// The peer a TypeScript developer would pick instead: publicodes (a dev dependency), with the § 100
// band rule (merudgiftsydelse 2024) and the § 107 payment (Holbæk 2024's disposable amount and
// approved expenses) written as publicodes rules. `npm run bench` runs them on the same inputs as
// the library, checks the amounts equal in øre, and reports the ratio measured on this machine.
import Engine from "publicodes";

/** § 100, merudgiftsydelse 2024 (BEK nr. 931 af 19/06/2020 § 12; 2024 levels): the band amount for monthly costs, undocumented. */
const EXTRA_COST_RULES = {
  merudgift: null,
  "merudgift . udgifter": { valeur: "0 kr/mois" },
  "merudgift . ydelse": {
    valeur: {
      variations: [
        { si: "udgifter < 608 kr/mois", alors: "0 kr/mois" },
        { si: "udgifter <= 1707 kr/mois", alors: "1138 kr/mois" },
        { sinon: "2277 kr/mois" },
      ],
    },
  },
};

/** § 107 with Holbæk 2024 (disposable amount 2.078 kr., approved expenses 481 kr.): the payment is the price, at most what the income leaves. */
const RESIDENTIAL_RULES = {
  botilbud: null,
  "botilbud . indtægt": { valeur: "0 kr/mois" },
  "botilbud . pris": { valeur: "0 kr/mois" },
  "botilbud . rådighedsbeløb": { valeur: "2078 kr/mois" },
  "botilbud . godkendte udgifter": { valeur: "481 kr/mois" },
  "botilbud . evne": { valeur: "indtægt - godkendte udgifter - rådighedsbeløb", plancher: "0 kr/mois" },
  "botilbud . betaling": { valeur: { variations: [{ si: "pris < evne", alors: "pris" }, { sinon: "evne" }] } },
};

/**
 * The § 100 band amount by publicodes, in øre.
 *
 * @example
 * publicodesExtraCost()(1800) //=> 227700
 */
export function publicodesExtraCost(): (monthly: number) => number {
  const engine = new Engine(EXTRA_COST_RULES as never);
  return (monthly) => {
    engine.setSituation({ "merudgift . udgifter": `${monthly} kr/mois` });
    return Math.round(Number(engine.evaluate("merudgift . ydelse").nodeValue) * 100);
  };
}

/**
 * The § 107 payment by publicodes, in øre.
 *
 * @example
 * publicodesResidential()(8000, 6500) //=> 544100
 */
export function publicodesResidential(): (income: number, price: number) => number {
  const engine = new Engine(RESIDENTIAL_RULES as never);
  return (income, price) => {
    engine.setSituation({ "botilbud . indtægt": `${income} kr/mois`, "botilbud . pris": `${price} kr/mois` });
    return Math.round(Number(engine.evaluate("botilbud . betaling").nodeValue) * 100);
  };
}
