// An issue in words, in the caller's language: the message its `says` names, rendered from its `params`.
import type { ModuleManifest } from "./core/module.js";
import { deepFreeze } from "./core/freeze.js";
import { echo, InputError, issue as issueOf, named, type InputIssue } from "./core/errors.js";
import { renderWords, type IssueLocale, type IssueParams, type IssueWords } from "./core/issue-templates.js";
import { ISSUE_CODES, type IssueCode } from "./core/issue-codes.js";
import { readPlain } from "./core/read-plain.js";
import { CORE } from "./core/messages.js";
import { EXPLAIN_ISSUES } from "./explain/messages.js";
import { MODULES } from "./modules.js";
import { RATES_ISSUES } from "./rates/messages.js";
import { SHEET_ISSUES } from "./spreadsheet/messages.js";

/**
 * Every message an issue can say, by its id, in every language: the field checks (`core`), the
 * rate rows (`rates`), the explanations (`explain`), the spreadsheet doors (`spreadsheet`) and
 * each module's own (from its manifest in `MODULES`).
 *
 * @example
 * ISSUE_WORDS["core.required"]?.da //=> "skal udfyldes"
 */
export const ISSUE_WORDS: Readonly<Record<string, IssueWords>> = /* @__PURE__ */ (() => {
  const groups: readonly Readonly<Record<string, IssueWords>>[] = [CORE, RATES_ISSUES, EXPLAIN_ISSUES, SHEET_ISSUES, ...MODULES.map((m: ModuleManifest) => m.messages ?? {})];
  const out: Record<string, IssueWords> = {};
  for (const g of groups) for (const w of Object.values(g)) out[w.id] = w;
  return deepFreeze(out);
})();

/** The words of one issue's field, as a door names it: a sheet's parameter name, a form's label. */
export type FieldNames = Readonly<Record<string, string>> | ((path: string) => string);

/**
 * An issue in words in `locale` (`"da"` for caseworkers, `"en"` for developers), its field (and
 * any field its message names) renamed by `names` — a door's own words for the input's fields,
 * by whole path or by the path's first name (`items[2].monthly` → `udgiftsposter[2].monthly`).
 *
 * @example
 * issueText({ path: "monthlyCosts", code: "out-of-range", says: "core.amountMin", message: "" }, "da", { monthlyCosts: "udgifter_pr_md" })
 * //=> "udgifter_pr_md må ikke være negativt (mindst 0 kr.)"
 */
export function issueText(issue: InputIssue, locale: IssueLocale, names?: FieldNames): string {
  const problems: InputIssue[] = [];
  if (locale !== "da" && locale !== "en") problems.push(issueOf("locale", EXPLAIN_ISSUES.locale, { given: typeof locale === "string" ? echo(locale) : typeof locale }));
  if (names !== undefined && (names === null || (typeof names !== "object" && typeof names !== "function"))) problems.push(issueOf("names", CORE.object));
  if (problems.length > 0) throw new InputError(problems);
  // The issue is read once into plain data (a getter that throws is refused, never run twice).
  const plain = readPlain(issue, "issue", 0) as Partial<Record<keyof InputIssue, unknown>>;
  if (plain === null || typeof plain !== "object" || typeof plain.path !== "string" || typeof plain.message !== "string") throw new InputError([issueOf("issue", CORE.object)]);
  const params = plain.params;
  if (params !== undefined && (params === null || typeof params !== "object" || Array.isArray(params))) throw new InputError([issueOf("issue.params", CORE.object)]);
  const values = (params ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(values)) if (typeof v !== "string" && !(typeof v === "number" && Number.isFinite(v))) throw new InputError([issueOf(`issue.params.${k}`, CORE.invalid)]);
  const rename = (field: string): string => {
    let r: unknown;
    try {
      r = renameField(field, names);
    } catch {
      throw new InputError([issueOf("names", CORE.unreadable)]);
    }
    return typeof r === "string" ? r : field;
  };
  const says = plain.says;
  const words = typeof says === "string" && Object.hasOwn(ISSUE_WORDS, says) ? ISSUE_WORDS[says] : undefined;
  const template = words?.[locale];
  // Every value the message needs must be there; else, as for an issue of no known message, the code says it.
  const complete = template !== undefined && [...template.matchAll(/\{@?([A-Za-z]\w*)(?::unit)?(?:\|[^|}]*\|[^}]*)?\}/g)].every((m) => Object.hasOwn(values, m[1] as string));
  if (words === undefined || !complete) {
    const code = plain.code;
    if (typeof code !== "string" || !Object.hasOwn(ISSUE_CODES, code)) throw new InputError([issueOf("issue.code", CORE.oneOf, { list: "ISSUE_CODES" })]);
    const meaning = ISSUE_CODES[code as IssueCode];
    return named(rename(plain.path), locale === "da" ? meaning.da : meaning.meaning);
  }
  const text = renderWords(template as string, values as IssueParams, locale, rename);
  return words.whole === true ? text : named(rename(plain.path), text);
}

/**
 * A field's path in a door's words (see {@link issueText}).
 *
 * @example
 * renameField("items[2].monthly", { items: "udgiftsposter" }) //=> "udgiftsposter[2].monthly"
 */
export function renameField(path: string, names: FieldNames | undefined): string {
  if (typeof path !== "string") throw new InputError([issueOf("path", CORE.text, { max: 1000 })]);
  if (names === undefined || names === null || path === "") return path;
  if (typeof names === "function") {
    const r: unknown = names(path);
    return typeof r === "string" ? r : path;
  }
  if (Object.hasOwn(names, path)) return names[path] as string;
  const root = /^[^.[]+/.exec(path)?.[0] ?? path;
  return Object.hasOwn(names, root) ? `${names[root] as string}${path.slice(root.length)}` : path;
}
