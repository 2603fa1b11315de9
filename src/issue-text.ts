// An issue in words, in the caller's language: the message its `says` names, rendered from its `params`.
import type { ModuleManifest } from "./core/module.js";
import { deepFreeze } from "./core/freeze.js";
import { echo, InputError, issue as issueOf, named, type InputIssue } from "./core/errors.js";
import { renderWords, type IssueLocale, type IssueWords } from "./core/issue-templates.js";
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
  if (issue === null || typeof issue !== "object" || typeof issue.path !== "string" || typeof issue.message !== "string") problems.push(issueOf("issue", CORE.object));
  if (locale !== "da" && locale !== "en") problems.push(issueOf("locale", EXPLAIN_ISSUES.locale, { given: echo(String(locale)) }));
  if (names !== undefined && (names === null || (typeof names !== "object" && typeof names !== "function"))) problems.push(issueOf("names", CORE.object));
  if (problems.length > 0) throw new InputError(problems);
  const words = typeof issue.says === "string" && Object.hasOwn(ISSUE_WORDS, issue.says) ? ISSUE_WORDS[issue.says] : undefined;
  if (words === undefined) return issue.message;
  const rename = (field: string) => renameField(field, names);
  return named(rename(issue.path), renderWords(words[locale], issue.params, locale, rename));
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
  if (typeof names === "function") return names(path);
  if (Object.hasOwn(names, path)) return names[path] as string;
  const root = /^[^.[]+/.exec(path)?.[0] ?? path;
  return Object.hasOwn(names, root) ? `${names[root] as string}${path.slice(root.length)}` : path;
}
