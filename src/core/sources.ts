/**
 * A document and a section of it, as one citation.
 *
 * @example
 * cite("BEK nr. 1244 af 13/11/2017", "§ 2") //=> "BEK nr. 1244 af 13/11/2017, § 2"
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
