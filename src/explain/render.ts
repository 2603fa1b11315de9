import { EXPLAIN_ISSUES as W } from "./messages.js";
import type { IssueParams, IssueWords } from "../core/issue-templates.js";
import { InputError, issue, type InputIssue } from "../core/errors.js";
import { Dec } from "../core/money.js";
import { formatIntDa, formatKr, formatKrText, formatKrWhole, formatNumberDa, formatPercentDa, formatPercentText } from "../core/money.js";
import { dateProblem, formatDateDa, formatMonthDa } from "../core/period.js";

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

/** A word of a list by its own key only (never an inherited name such as "constructor"). */
const own = (list: Record<string, string>, key: string): string | undefined => (Object.hasOwn(list, key) ? list[key] : undefined);

/** An age in years, a half year as ½: 67, 66½. */
const ageText = (v: number) => (Number.isInteger(v) ? String(v) : `${Math.floor(v)}½`);

/** Hours to the hundredth, trailing zero dropped: 2,5 timer; 1 time. */
/* @__NO_SIDE_EFFECTS__ */
function hours(v: number, comma: string, one: string, many: string): string {
  // Whole hours (most of them) are written as they are.
  if (Number.isSafeInteger(v)) return `${v} ${v === 1 ? one : many}`;
  const c = Math.round(v * 100);
  const whole = Math.trunc(c / 100);
  const frac = Math.abs(c % 100);
  const text = frac === 0 ? String(whole) : `${whole}${comma}${String(frac).padStart(2, "0").replace(/0$/, "")}`;
  return `${text} ${c === 100 ? one : many}`;
}

/**
 * {@link hours} for one language, remembering the words for whole hours below 1024 (a ledger
 * writes the same few counts month after month); the same number gives the same words.
 */
/* @__NO_SIDE_EFFECTS__ */
function hoursIn(comma: string, one: string, many: string): Format {
  const known: (string | undefined)[] = [];
  return (value) => {
    const v = Number(value);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the memory only saves work; writing the hours again gives the same words
    if (v >= 0 && v < 1024 && Number.isInteger(v)) return (known[v] ??= hours(v, comma, one, many));
    return hours(v, comma, one, many);
  };
}

const dec = (v: string | number | boolean) => new Dec(typeof v === "boolean" ? Number(v) : v);
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const en = (text: string) => {
  // Danish number text → English: swap the thousands point and the decimal comma.
  return text.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
};

/** A whole count with its noun in singular or plural ("1 uge", "2 uger"). */
const count = /* @__NO_SIDE_EFFECTS__ */ (one: string, many: string, write: (n: number) => string) => (v: StepValue) => {
  const n = Number(v);
  return `${write(n)} ${n === 1 ? one : many}`;
};

/**
 * A format that remembers what it wrote: 512 slots, each holding the last value written there and
 * its words, so a value seen once costs two stores and nothing grows. `slotOf` picks a value's
 * slot, or −1 for a value written every time. The same value gives the same words.
 */
/* @__NO_SIDE_EFFECTS__ */
function slotted(format: Format, slotOf: (v: StepValue) => number): Format {
  const keys: unknown[] = new Array(512).fill(undefined);
  const words: string[] = new Array(512).fill("");
  return (v) => {
    const slot = slotOf(v);
    // Stryker disable next-line ConditionalExpression: the memory only saves work; writing the value again gives the same words
    if (slot < 0) return format(v);
    if (keys[slot] === v) return words[slot] as string;
    const out = format(v);
    keys[slot] = v;
    words[slot] = out;
    return out;
  };
}

/** A text's slot, chosen by its characters (amounts and dates recur: a year's rate figures, a case's dates). */
function textSlot(v: StepValue): number {
  if (typeof v !== "string") return -1;
  let h = v.length;
  for (let i = 0; i < v.length; i++) h = (h * 31 + v.charCodeAt(i)) | 0;
  return h & 511;
}

/** A whole number's slot (a band's limits, counts); −0 and other numbers are written every time. */
function wholeSlot(v: StepValue): number {
  return typeof v === "number" && Number.isSafeInteger(v) && !Object.is(v, -0) ? v & 511 : -1;
}

/** {@link slotted} for text values. */
const remembered = /* @__NO_SIDE_EFFECTS__ */ (format: Format): Format => slotted(format, textSlot);

/** {@link slotted} for whole numbers. */
const rememberedWhole = /* @__NO_SIDE_EFFECTS__ */ (format: Format): Format => slotted(format, wholeSlot);

/** How each placeholder format writes its value, per language. */
const FORMATS: Record<Locale, Record<string, Format>> = /* @__PURE__ */ (() => ({
  da: {
    kr: remembered((v) => (typeof v === "boolean" ? formatKr(dec(v)) : formatKrText(v))),
    krWhole: (v) => formatKrWhole(dec(v)),
    int: rememberedWhole((v) => formatIntDa(Number(v))),
    num: (v) => formatNumberDa(typeof v === "number" ? v : dec(v)),
    pct: remembered((v) => (typeof v === "boolean" ? formatPercentDa(dec(v)) : formatPercentText(v))),
    date: remembered((v) => formatDateDa(String(v))),
    month: remembered((v) => formatMonthDa(String(v))),
    hours: hoursIn(",", "time", "timer"),
    Month: remembered((v) => {
      const m = formatMonthDa(String(v));
      return `${m.charAt(0).toUpperCase()}${m.slice(1)}`;
    }),
    age: (v) => ageText(Number(v)),
    hourKind: (v) => own(HOUR_KIND.da, String(v)) ?? String(v),
    time: (v) => String(v).replace("T", " kl. "),
    counting: (v) => own(COUNTING.da, String(v)) ?? String(v),
    months: count("måned", "måneder", formatIntDa),
    weeks: count("uge", "uger", formatIntDa),
    days: count("dag", "dage", formatIntDa),
    workingDays: count("arbejdsdag", "arbejdsdage", formatIntDa),
  },
  en: {
    kr: (v) => `DKK ${en((typeof v === "boolean" ? formatKr(dec(v)) : formatKrText(v)).slice(0, -4))}`,
    krWhole: (v) => en(formatKrWhole(dec(v))),
    int: (v) => en(formatIntDa(Number(v))),
    num: (v) => en(formatNumberDa(typeof v === "number" ? v : dec(v))),
    pct: (v) => `${en(formatNumberDa(dec(v).times(100)))} %`,
    date: (v) => {
      const s = String(v);
      return `${Number(s.slice(8, 10))} ${MONTHS_EN[Number(s.slice(5, 7)) - 1]} ${s.slice(0, 4)}`;
    },
    month: (v) => `${MONTHS_EN[Number(String(v).slice(5, 7)) - 1]} ${String(v).slice(0, 4)}`,
    hours: hoursIn(".", "hour", "hours"),
    Month: (v) => `${MONTHS_EN[Number(String(v).slice(5, 7)) - 1]} ${String(v).slice(0, 4)}`,
    age: (v) => ageText(Number(v)),
    hourKind: (v) => own(HOUR_KIND.en, String(v)) ?? String(v),
    time: (v) => String(v).replace("T", " at "),
    counting: (v) => own(COUNTING.en, String(v)) ?? String(v),
    months: count("month", "months", (n) => en(formatIntDa(n))),
    weeks: count("week", "weeks", (n) => en(formatIntDa(n))),
    days: count("day", "days", (n) => en(formatIntDa(n))),
    workingDays: count("working day", "working days", (n) => en(formatIntDa(n))),
  },
}))();

/** A compiled template piece; one shape for all kinds (text, value, if set, if not set, list), so rendering stays fast. */
interface Node {
  /** 0 text, 1 value, 2 if set, 3 if not set, 4 once per list item. */
  t: 0 | 1 | 2 | 3 | 4;
  /** The text (kind 0) or the list separator (kind 4). */
  s: string;
  name: string;
  /** The value's format in this language (kind 1), or null for the value as it is. */
  f: Format | null;
  /** The format's name (kind 1), for the checks of a caller's values. */
  fn: string;
  /** No object inherits the name (`toString` and `constructor` are inherited), so it is read directly. */
  plain: boolean;
  body: Node[];
}

/** Why a template cannot be rendered (an Error inside; the public door turns it into an InputError). */
class TemplateProblem extends Error {
  constructor(
    readonly words: IssueWords,
    readonly params: IssueParams,
    readonly path: string,
  ) {
    super(words.en);
  }
}

/** A library template compiled: its nodes, and whether its text may still hold "kr.." after {@link settleDots}. */
interface Compiled {
  nodes: Node[];
  /** The rendered text must be searched for "kr.." (the template's own pieces could make one). */
  search: boolean;
}
/** The library's own templates (the catalogue's, a fixed set), compiled once. */
const compiled: Record<Locale, Map<string, Compiled>> = /* @__PURE__ */ (() => ({ da: new Map(), en: new Map() }))();

/** The formats whose text neither ends in "kr" nor starts with ".": numbers, dates and counts. */
export const PLAIN_FORMATS: ReadonlySet<string> = /* @__PURE__ */ new Set(["krWhole", "int", "num", "pct", "date", "month", "Month", "hours", "age", "months", "weeks", "days", "workingDays"]);

/** Does the template write a value as it is (no format), anywhere? */
function hasRaw(nodes: readonly Node[]): boolean {
  return nodes.some((n) => (n.t === 1 && n.f === null) || (n.t >= 2 && hasRaw(n.body)));
}

/**
 * A Danish amount ({x:kr}) always ends in "kr.", so a sentence's full stop right after it is
 * dropped when the template is compiled rather than searched for in every rendered text. This is
 * done only when nothing else in the template could make "kr.." (a value written as it is, a
 * full stop after a section or first in one, a "kr.." in the template's text): then the text is
 * the same as searching the whole rendered text and making each "kr.." "kr.". Otherwise the
 * nodes are left alone and the rendered text is searched ({@link finish}).
 */
function settleDots(nodes: Node[], locale: Locale): Compiled {
  if (locale !== "da") return { nodes, search: false };
  const drops: Node[] = [];
  const clean = (body: readonly Node[], inSection: boolean): boolean => {
    for (let i = 0; i < body.length; i++) {
      const n = body[i] as Node;
      const before = i > 0 ? (body[i - 1] as Node) : undefined;
      const after = body[i + 1];
      if (n.t === 0) {
        if (n.s.includes("kr..")) return false;
        // A text that starts with "." or "r" could finish a "kr.." begun before it ("kr." + ".", "k" + "r..").
        const first = n.s.charAt(0);
        if (first === "." || first === "r") {
          if (before === undefined) {
            if (inSection) return false;
          } else if (before.t === 1 && before.fn === "kr") {
            if (first === ".") {
              if (n.s.startsWith("..")) return false;
              drops.push(n);
            }
          } else if (before.t !== 1 || !PLAIN_FORMATS.has(before.fn)) return false;
        }
      } else if (n.t === 1) {
        if (n.f === null) {
          // A value written as it is: its neighbours must be text that cannot join it into "kr.."
          // (the value's own "kr.." is found when it is rendered, see rawKr).
          const left = before === undefined ? !inSection : before.t === 0 && !/k(r\.?)?$/.test(before.s);
          const right = after === undefined ? !inSection : after.t === 0 && !/^[.r]/.test(after.s);
          if (!left || !right) return false;
        } else if (n.fn !== "kr" && !PLAIN_FORMATS.has(n.fn)) return false;
      } else {
        if (n.t === 4 && (/^[.r]/.test(n.s) || n.s.includes("kr"))) return false;
        if (!clean(n.body, true)) return false;
      }
    }
    return true;
  };
  if (!clean(nodes, false)) return { nodes, search: true };
  // A value written as it is may hold "kr.." itself, and then the whole text is searched: that
  // search must meet the full stops as written, so a template with such a value drops none.
  if (drops.length > 0 && hasRaw(nodes)) return { nodes, search: true };
  for (const n of drops) n.s = n.s.slice(1);
  return { nodes, search: false };
}
/** A caller's templates (renderTemplate): compiled and kept, at most {@link CALLER_CACHE} of them. */
const callerCompiled: Record<Locale, Map<string, Node[]>> = /* @__PURE__ */ (() => ({ da: new Map(), en: new Map() }))();
/** At most this many caller templates are kept compiled per language; the oldest goes first. */
export const CALLER_CACHE = 500;

const TOKEN = /\[\[([?!*])(\w+)(?:\|([^\]]*))?\]\]|\[\[\/(\w+)\]\]|\{(\w+)(?::(\w+))?\}/g;
const node = (t: Node["t"], s: string, name: string, f: Format | null, fn = ""): Node => ({ t, s, name, f, fn, plain: !(name in Object.prototype), body: [] });

function compile(template: string, locale: Locale): Node[] {
  // A fresh scan each time: a template that failed half-way must not leave the shared pattern's position behind.
  TOKEN.lastIndex = 0;
  const root: Node[] = [];
  const stack: { name: string; body: Node[] }[] = [{ name: "", body: root }];
  let last = 0;
  for (let m = TOKEN.exec(template); m !== null; m = TOKEN.exec(template)) {
    const body = (stack.at(-1) as { body: Node[] }).body;
    if (m.index > last) body.push(node(0, template.slice(last, m.index), "", null));
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const section = node(m[1] === "?" ? 2 : m[1] === "!" ? 3 : 4, m[3] ?? "", m[2] as string, null);
      body.push(section);
      stack.push(section);
    } else if (m[4] !== undefined) {
      // The root's name is "" and a closing tag always names its section, so the root is never closed.
      if ((stack.at(-1) as { name: string }).name !== m[4]) throw new TemplateProblem(W.closes, { name: cut(m[4] as string), template: cut(template) }, "template");
      stack.pop();
    } else {
      const format = m[6];
      const formats = FORMATS[locale];
      const f = format === undefined ? null : Object.hasOwn(formats, format) ? (formats[format] as Format) : undefined;
      if (f === undefined) throw new TemplateProblem(W.format, { format: cut(String(format)), formats: Object.keys(formats).join(", ") }, "template");
      // Stryker disable next-line StringLiteral: a placeholder node has no text of its own; only its name and format are read.
      body.push(node(1, "", m[5] as string, f, format ?? ""));
    }
  }
  if (stack.length > 1) throw new TemplateProblem(W.open, { template: cut(template) }, "template");
  root.push(node(0, template.slice(last), "", null));
  return root;
}

/** A template or name as echoed in a message: at most 40 characters. */
function cut(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const truthy = (v: StepValue | undefined) => v !== undefined && v !== false && v !== 0 && v !== "" && !(Array.isArray(v) && v.length === 0);

/** A value by name: the list item's own first, then the step's (own fields only, never an inherited name). */
function lookup(values: StepValues, item: StepValues | undefined, name: string): StepValue | undefined {
  if (item !== undefined && Object.hasOwn(item, name)) return item[name];
  return Object.hasOwn(values, name) ? values[name] : undefined;
}

/**
 * The same lookup for the library's own steps: their values are plain objects the calculators
 * build, holding no `undefined`, and a name no object inherits (checked when the template is
 * compiled) is read directly.
 */
function ownLookup(values: StepValues, item: StepValues | undefined, n: Node): StepValue | undefined {
  if (!n.plain) return lookup(values, item, n.name);
  if (item !== undefined) {
    const v = item[n.name];
    if (v !== undefined) return v;
  }
  return values[n.name];
}

/**
 * Renders compiled nodes. A list item's values are looked up before the step's, without copying
 * the step's values for each item. `strict` (a caller's template and values) checks each value
 * against its format, so nothing renders as NaN.
 */
function renderNodes(nodes: readonly Node[], values: StepValues, item: StepValues | undefined, template: string, strict: boolean): string {
  let out = "";
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as Node;
    if (n.t === 0) {
      out += n.s;
    } else if (n.t === 1) {
      const v = lookup(values, item, n.name);
      if (v === undefined || v === null || Array.isArray(v)) throw new TemplateProblem(W.noValue, { name: cut(n.name), template: cut(template) }, n.name);
      if (strict) checkValue(n, v);
      if (n.f !== null) out += n.f(v as string | number | boolean);
      else {
        const text = String(v);
        if (text.includes("kr..")) rawKr = true;
        out += text;
      }
    } else if (n.t === 2) {
      if (truthy(lookup(values, item, n.name))) out += renderNodes(n.body, values, item, template, strict);
    } else if (n.t === 3) {
      if (!truthy(lookup(values, item, n.name))) out += renderNodes(n.body, values, item, template, strict);
    } else {
      const v = lookup(values, item, n.name);
      if (!Array.isArray(v)) throw new TemplateProblem(W.notList, { name: cut(n.name), template: cut(template) }, n.name);
      let part = "";
      for (let k = 0; k < v.length; k++) {
        const it = v[k];
        if (strict && (it === null || typeof it !== "object" || Array.isArray(it))) throw new TemplateProblem(W.item, { name: cut(n.name), k }, `${n.name}[${k}]`);
        if (k > 0) part += n.s;
        part += renderNodes(n.body, values, it as StepValues, template, strict);
      }
      out += part;
    }
  }
  return out;
}

/** Set when a value written as it is holds "kr.." itself: the rendered text is then searched. */
let rawKr = false;

/** {@link renderNodes} for the library's own steps (values not checked), with {@link ownLookup}. */
function renderOwn(nodes: readonly Node[], values: StepValues, item: StepValues | undefined, template: string): string {
  let out = "";
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as Node;
    const t = n.t;
    if (t === 0) {
      out += n.s;
      continue;
    }
    const v = ownLookup(values, item, n);
    if (t === 1) {
      if (v === undefined || v === null || Array.isArray(v)) throw new TemplateProblem(W.noValue, { name: cut(n.name), template: cut(template) }, n.name);
      if (n.f !== null) out += n.f(v as string | number | boolean);
      else {
        const text = String(v);
        if (text.includes("kr..")) rawKr = true;
        out += text;
      }
    } else if (t === 2) {
      if (truthy(v)) out += renderOwn(n.body, values, item, template);
    } else if (t === 3) {
      if (!truthy(v)) out += renderOwn(n.body, values, item, template);
    } else {
      if (!Array.isArray(v)) throw new TemplateProblem(W.notList, { name: cut(n.name), template: cut(template) }, n.name);
      for (let k = 0; k < v.length; k++) {
        if (k > 0) out += n.s;
        out += renderOwn(n.body, values, v[k] as StepValues, template);
      }
    }
  }
  return out;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DECIMAL = /^-?\d{1,30}(\.\d{1,20})?$/;

/** A caller's value checked against its format: what the format would otherwise write as NaN or a wrong date is refused. */
function checkValue(n: Node, v: StepValue): void {
  const fail = (what: string) => {
    throw new TemplateProblem(W.kind, { name: cut(n.name), format: n.fn, what, value: cut(JSON.stringify(v) ?? String(v)) }, n.name);
  };
  if (n.fn === "") {
    if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") fail("a text, number or true/false");
    if (typeof v === "number" && !Number.isFinite(v)) fail("a finite number");
    return;
  }
  const numeric = (typeof v === "number" && Number.isFinite(v) && Math.abs(v) < 1e15) || (typeof v === "string" && DECIMAL.test(v) && v.replace(/^-/, "").split(".")[0]!.length <= 15);
  switch (n.fn) {
    case "date":
      if (typeof v !== "string" || !ISO_DATE.test(v) || dateProblem(v) !== undefined) fail("a real calendar date as YYYY-MM-DD");
      return;
    case "hours":
    case "age":
      if (!numeric || Number(v) < 0) fail("a number not below 0");
      return;
    case "months":
    case "weeks":
    case "days":
    case "workingDays":
      if (!numeric || !Number.isInteger(Number(v)) || Number(v) < 0) fail("a whole number not below 0");
      return;
    case "month":
    case "Month":
      if (typeof v !== "string" || !ISO_MONTH.test(v.slice(0, 7)) || (v.length !== 7 && (!ISO_DATE.test(v) || dateProblem(v) !== undefined))) fail("a month as YYYY-MM");
      return;
    case "time":
    case "hourKind":
    case "counting":
      if (typeof v !== "string") fail("a text");
      return;
    default:
      if (!numeric) fail("a finite number or decimal text (e.g. 1800 or \"1800.00\")");
  }
}

/**
 * Renders one of the library's own catalogue templates (a fixed set, compiled once). The
 * calculators pass their own values (`checked` false); a step handed back by a caller is checked
 * value by value, and a problem is an InputError whose paths start with `path`.
 */
export function renderStep(template: string, values: StepValues, locale: Locale, checked = false, path = "values"): string {
  const cache = compiled[locale];
  let c = cache.get(template);
  if (c === undefined) {
    c = settleDots(compile(template, locale), locale);
    cache.set(template, c);
  }
  rawKr = false;
  if (!checked) {
    const text = renderOwn(c.nodes, values, undefined, template);
    return c.search || rawKr ? finish(text, locale) : text;
  }
  try {
    const text = renderNodes(c.nodes, values, undefined, template, true);
    return c.search || rawKr ? finish(text, locale) : text;
  } catch (e) {
    if (e instanceof TemplateProblem) throw new InputError([issue(`${path}.${e.path}`, e.words, e.params)]);
    throw new InputError([issue(path, W.unrenderable, { detail: cut(e instanceof Error ? e.message : String(e)) })]);
  }
}

function finish(out: string, locale: Locale): string {
  // An amount's "kr." already ends a sentence.
  // Stryker disable next-line StringLiteral,ConditionalExpression: a fast path (measured: 4 % of a § 100 call) — replacing nothing gives the same text; the replacement itself is tested ("never ends kr..")
  return locale === "da" && out.includes("kr..") ? out.replaceAll("kr..", "kr.") : out;
}

/** The longest template a caller may render. */
const MAX_TEMPLATE = 10_000;

/**
 * Renders a sentence template with its values: `{name}` writes the value as it is, `{name:kr}`
 * as an amount, `{name:krWhole}`, `{name:int}`, `{name:num}`, `{name:pct}`, `{name:date}`,
 * `{name:month}`, `{name:hours}` in the language's way. `[[?name]]…[[/name]]` is written only
 * when the value is set (not 0, false or empty), `[[!name]]…[[/name]]` only when it is not, and
 * `[[*name|, ]]…[[/name]]` once per item of a list value, joined by the separator.
 *
 * Everything is checked like any input: a placeholder without a value, an unknown format, a
 * value the format cannot write (a word for `{x:kr}`, "2024-13-01" for `{x:date}`), an unclosed
 * section or a locale other than `"da"`/`"en"` is an {@link InputError} (codes `required`,
 * `invalid-template`, `not-one-of`) — never a sentence with a hole in it and never "NaN".
 *
 * @example
 * renderTemplate("Merudgifter: {costs:kr} pr. måned.", { costs: "1800.00" }, "da") //=> "Merudgifter: 1.800,00 kr. pr. måned."
 * renderTemplate("Extra costs: {costs:kr} a month.", { costs: "1800.00" }, "en") //=> "Extra costs: DKK 1,800.00 a month."
 */
export function renderTemplate(template: string, values: StepValues, locale: Locale): string {
  const issues: InputIssue[] = [];
  if (typeof template !== "string") issues.push(issue("template", W.template));
  else if (template.length > MAX_TEMPLATE) issues.push(issue("template", W.templateLength, { length: template.length, max: MAX_TEMPLATE }));
  if (values === null || typeof values !== "object" || Array.isArray(values)) issues.push(issue("values", W.values));
  if (locale !== "da" && locale !== "en") issues.push(issue("locale", W.locale, { given: cut(String(locale)) }));
  if (issues.length > 0) throw new InputError(issues);
  try {
    const cache = callerCompiled[locale];
    let nodes = cache.get(template);
    if (nodes === undefined) {
      nodes = compile(template, locale);
      if (cache.size >= CALLER_CACHE) cache.delete(cache.keys().next().value as string);
      cache.set(template, nodes);
    }
    return finish(renderNodes(nodes, values, undefined, template, true), locale);
  } catch (e) {
    if (e instanceof TemplateProblem) throw new InputError([issue(e.path, e.words, e.params)]);
    throw new InputError([issue("values", W.unrenderable, { detail: cut(e instanceof Error ? e.message : String(e)) })]);
  }
}

/** How many caller templates are kept compiled (for tests of the bound). */
export function callerCacheSize(locale: Locale): number {
  return callerCompiled[locale].size;
}
