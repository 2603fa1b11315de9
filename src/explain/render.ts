import { Dec } from "../core/money.js";
import { formatIntDa, formatKr, formatKrWhole, formatNumberDa, formatPercentDa } from "../core/money.js";
import { formatDateDa, formatMonthDa } from "../core/period.js";

/** One value of a step: a number, an amount (decimal text), a date (ISO), a word, or a list of named values (e.g. hours used from each saved month). */
export type StepValue = string | number | boolean | readonly Readonly<Record<string, string | number | boolean>>[];
/** The values a step's sentence is built from: named numbers, amounts (decimal text), dates (ISO), words and lists. JSON-safe. */
export type StepValues = Readonly<Record<string, StepValue>>;

/** A language the explanation can be rendered in. */
export type Locale = "da" | "en";

type Format = (v: string | number | boolean) => string;

/** BPA hour kinds by name. */
const HOUR_KIND: Record<Locale, Record<string, string>> = {
  da: { day: "Dagtimer", evening: "Aftentimer", night: "Nattetimer", saturday: "Lørdagstimer", sunday: "Søndagstimer", holiday: "Helligdagstimer", onCall: "Rådighedstimer", extra: "Puljetimer" },
  en: { day: "Day hours", evening: "Evening hours", night: "Night hours", saturday: "Saturday hours", sunday: "Sunday hours", holiday: "Public holiday hours", onCall: "On-call hours", extra: "Pooled hours" },
};

/** How døgn are counted in a shelter stay. */
const COUNTING: Record<Locale, Record<string, string>> = {
  da: { "started-24h": "hvert påbegyndt døgn (24 timer) fra ankomst", "calendar-days": "hver kalenderdag under opholdet", nights: "hver overnatning" },
  en: { "started-24h": "each started 24-hour period from arrival", "calendar-days": "each calendar day of the stay", nights: "each night" },
};

/** An age in years, a half year as ½: 67, 66½. */
const ageText = (v: number) => (Number.isInteger(v) ? String(v) : `${Math.floor(v)}½`);

/** Hours to the hundredth, trailing zero dropped: 2,5 timer; 1 time. */
function hours(v: number, comma: string, one: string, many: string): string {
  const c = Math.round(v * 100);
  const whole = Math.trunc(c / 100);
  const frac = Math.abs(c % 100);
  const text = frac === 0 ? String(whole) : `${whole}${comma}${String(frac).padStart(2, "0").replace(/0$/, "")}`;
  return `${text} ${c === 100 ? one : many}`;
}

const dec = (v: string | number | boolean) => new Dec(typeof v === "boolean" ? Number(v) : v);
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const en = (text: string) => {
  // Danish number text → English: swap the thousands point and the decimal comma.
  return text.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
};

/** How each placeholder format writes its value, per language. */
const FORMATS: Record<Locale, Record<string, Format>> = {
  da: {
    kr: (v) => formatKr(dec(v)),
    krWhole: (v) => formatKrWhole(dec(v)),
    int: (v) => formatIntDa(Number(v)),
    num: (v) => formatNumberDa(typeof v === "number" ? v : dec(v)),
    pct: (v) => formatPercentDa(dec(v)),
    date: (v) => formatDateDa(String(v)),
    month: (v) => formatMonthDa(String(v)),
    hours: (v) => hours(Number(v), ",", "time", "timer"),
    Month: (v) => {
      const m = formatMonthDa(String(v));
      return `${m.charAt(0).toUpperCase()}${m.slice(1)}`;
    },
    age: (v) => ageText(Number(v)),
    hourKind: (v) => HOUR_KIND.da[String(v)] ?? String(v),
    time: (v) => String(v).replace("T", " kl. "),
    counting: (v) => COUNTING.da[String(v)] ?? String(v),
  },
  en: {
    kr: (v) => `DKK ${en(formatKr(dec(v)).slice(0, -4))}`,
    krWhole: (v) => en(formatKrWhole(dec(v))),
    int: (v) => en(formatIntDa(Number(v))),
    num: (v) => en(formatNumberDa(typeof v === "number" ? v : dec(v))),
    pct: (v) => `${en(formatNumberDa(dec(v).times(100)))} %`,
    date: (v) => {
      const s = String(v);
      return `${Number(s.slice(8, 10))} ${MONTHS_EN[Number(s.slice(5, 7)) - 1]} ${s.slice(0, 4)}`;
    },
    month: (v) => `${MONTHS_EN[Number(String(v).slice(5, 7)) - 1]} ${String(v).slice(0, 4)}`,
    hours: (v) => hours(Number(v), ".", "hour", "hours"),
    Month: (v) => `${MONTHS_EN[Number(String(v).slice(5, 7)) - 1]} ${String(v).slice(0, 4)}`,
    age: (v) => ageText(Number(v)),
    hourKind: (v) => HOUR_KIND.en[String(v)] ?? String(v),
    time: (v) => String(v).replace("T", " at "),
    counting: (v) => COUNTING.en[String(v)] ?? String(v),
  },
};

type Node = string | { name: string; format: string | undefined } | { section: "?" | "!" | "*"; name: string; separator: string; body: Node[] };
const compiled = new Map<string, Node[]>();

const TOKEN = /\[\[([?!*])(\w+)(?:\|([^\]]*))?\]\]|\[\[\/(\w+)\]\]|\{(\w+)(?::(\w+))?\}/g;

function compile(template: string): Node[] {
  // A fresh scan each time: a template that failed half-way must not leave the shared pattern's position behind.
  TOKEN.lastIndex = 0;
  const root: Node[] = [];
  const stack: { name: string; body: Node[] }[] = [{ name: "", body: root }];
  let last = 0;
  for (let m = TOKEN.exec(template); m !== null; m = TOKEN.exec(template)) {
    const body = (stack.at(-1) as { body: Node[] }).body;
    if (m.index > last) body.push(template.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const node = { section: m[1] as "?" | "!" | "*", name: m[2] as string, separator: m[3] ?? "", body: [] as Node[] };
      body.push(node);
      stack.push(node);
    } else if (m[4] !== undefined) {
      if (stack.length === 1 || (stack.at(-1) as { name: string }).name !== m[4]) throw new Error(`explanation template: [[/${m[4]}]] closes no section in "${template.slice(0, 60)}"`);
      stack.pop();
    } else {
      body.push({ name: m[5] as string, format: m[6] });
    }
  }
  if (stack.length > 1) throw new Error(`explanation template: a section is not closed in "${template.slice(0, 60)}"`);
  if (last < template.length) root.push(template.slice(last));
  return root;
}

const truthy = (v: StepValue | undefined) => v !== undefined && v !== false && v !== 0 && v !== "" && !(Array.isArray(v) && v.length === 0);

function renderNodes(nodes: readonly Node[], values: StepValues, locale: Locale, template: string): string {
  let out = "";
  for (const n of nodes) {
    if (typeof n === "string") {
      out += n;
    } else if ("section" in n) {
      const v = values[n.name];
      if (n.section === "?") {
        if (truthy(v)) out += renderNodes(n.body, values, locale, template);
      } else if (n.section === "!") {
        if (!truthy(v)) out += renderNodes(n.body, values, locale, template);
      } else {
        if (!Array.isArray(v)) throw new Error(`explanation template: {${n.name}} must be a list in "${template.slice(0, 60)}"`);
        out += (v as readonly StepValues[]).map((item) => renderNodes(n.body, { ...values, ...item }, locale, template)).join(n.separator);
      }
    } else {
      const v = values[n.name];
      if (v === undefined || Array.isArray(v)) throw new Error(`explanation template: no value for {${n.name}} in "${template.slice(0, 60)}"`);
      const scalar = v as string | number | boolean;
      if (n.format === undefined) {
        out += String(scalar);
      } else {
        const f = FORMATS[locale][n.format];
        if (f === undefined) throw new Error(`explanation template: unknown format ${n.format}`);
        out += f(scalar);
      }
    }
  }
  return out;
}

/**
 * Renders a sentence template with its values: `{name}` writes the value as it is, `{name:kr}`
 * as an amount, `{name:krWhole}`, `{name:int}`, `{name:num}`, `{name:pct}`, `{name:date}`,
 * `{name:month}`, `{name:hours}` in the language's way. `[[?name]]…[[/name]]` is written only
 * when the value is set (not 0, false or empty), `[[!name]]…[[/name]]` only when it is not, and
 * `[[*name|, ]]…[[/name]]` once per item of a list value, joined by the separator. A placeholder
 * without a value is an error (never a sentence with a hole in it).
 *
 * @example
 * renderTemplate("Merudgifter: {costs:kr} pr. måned.", { costs: "1800.00" }, "da") //=> "Merudgifter: 1.800,00 kr. pr. måned."
 * renderTemplate("Extra costs: {costs:kr} a month.", { costs: "1800.00" }, "en") //=> "Extra costs: DKK 1,800.00 a month."
 */
export function renderTemplate(template: string, values: StepValues, locale: Locale): string {
  let nodes = compiled.get(template);
  if (nodes === undefined) {
    nodes = compile(template);
    compiled.set(template, nodes);
  }
  const out = renderNodes(nodes, values, locale, template);
  // An amount's "kr." already ends a sentence.
  return out.includes("kr..") ? out.replaceAll("kr..", "kr.") : out;
}
