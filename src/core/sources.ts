/**
 * Every public document the library cites, written once. A citation goes into a decision
 * letter, so each is the document's own title (a municipality's service level by its title
 * and year, a law or bekendtgørelse by number and date, a web page by publisher and title) —
 * never an internal working name.
 *
 * @example
 * cite(DOC.albertslund2018, "§ 97, Omfang")
 * //=> "Albertslund Kommune, Kvalitetsstandard 2018 – Voksne med Særlige Behov, § 97, Omfang"
 */
export const DOC = /* @__PURE__ */ Object.freeze({
  albertslund2018: "Albertslund Kommune, Kvalitetsstandard 2018 – Voksne med Særlige Behov",
  albertslund2024: "Albertslund Kommune, Forebyggende indsatser og bostøtte – Kvalitetsstandard 2024",
  albertslund2024Packages: "Albertslund Kommune, Bilag til kvalitetsstandard for forebyggende indsatser og bostøtte: Pakker (2024)",
  ballerup: "Ballerup Kommune, Serviceniveau for midlertidige, forebyggende tilbud efter Servicelovens § 82ab",
  holbaek2024:
    "Holbæk Kommune, Information om serviceniveauer på det specialiserede voksenområde jf. lov om social service (vedtaget 19. juni 2024)",
});

/**
 * A document and a section of it, as one citation.
 *
 * @example
 * cite(DOC.holbaek2024, "BPA pkt. 4") //=> "Holbæk Kommune, … (vedtaget 19. juni 2024), BPA pkt. 4"
 */
export function cite(document: string, section?: string): string {
  return section === undefined ? document : `${document}, ${section}`;
}

/** A public web page or document: its publisher and title, and where it is. */
export interface SourceRef {
  /** Publisher and title, e.g. `Social- og Boligministeriet, "Satser … for 2024 – voksne"`. */
  readonly title: string;
  /** The address, e.g. `"https://sm.dk/…"`. */
  readonly href?: string;
}

/** The ministry's yearly rate page for adults ("Satser på social- og ældreområdet … voksne"). */
export function ministryRatesPage(year: number): SourceRef {
  const known: Record<number, string> = {
    2021: "https://www.sm.dk/lovstof/satser-paa-social-og-aeldreomraadet/satser-paa-socialomraadet-for-2021/voksne",
    2023: "https://sm.dk/lovstof/satser-paa-social-og-aeldreomraadet/satser-paa-social-og-aeldreomraadet-for-2023/voksne",
    2024: "https://www.sm.dk/lovstof/satser-paa-social-og-aeldreomraadet/satser-paa-social-og-aeldreomraadet-for-2024/voksne",
  };
  return Object.freeze({
    title: `Social- og Boligministeriet, "Satser på social- og ældreområdet for ${year} – voksne"`,
    href: known[year] ?? "https://sm.dk/lovstof/satser-paa-social-og-aeldreomraadet",
  });
}

/**
 * A source as one line of text: `title (href)`.
 *
 * @example
 * formatSource({ title: "Vordingborg Kommune, Beregning af tilskuddet", href: "https://vordingborg.dk/…" })
 * //=> "Vordingborg Kommune, Beregning af tilskuddet (https://vordingborg.dk/…)"
 */
export function formatSource(source: string | SourceRef): string {
  if (typeof source === "string") return source;
  return source.href === undefined || source.href === "" ? source.title : `${source.title} (${source.href})`;
}
