/**
 * servicelov — exact, explained calculations of Danish social services for adults
 * (Lov om social service). Every public function validates its input, computes with exact
 * decimals and returns a Danish explanation with legal sources.
 *
 * @packageDocumentation
 */
export * from "./modules.js";
export { presets, MUNICIPAL_PRESETS, type MunicipalPresetName } from "./presets/index.js";
export { InputError, type InputIssue, type IssueCode } from "./core/errors.js";
export { MAX_ROWS, type BatchOptions, type Column } from "./core/columns.js";
export { ISSUE_CODES } from "./core/issue-codes.js";
export { ISSUE_WORDS, issueText, renameField, type FieldNames } from "./issue-text.js";
export type { IssueWords, IssueParams, IssueLocale } from "./core/issue-templates.js";
export { SERVICE_LEVELS, SERVICE_LEVEL_CATALOGUE, parseServiceLevel, serviceLevelTemplate, type ServiceLevelTemplate, type ServiceLevelTemplateEntry, type PresetName, type ServiceLevel, type ServiceLevelName, type ServiceLevelKey, type LevelRow, type CatalogueEntry } from "./service-levels/index.js";
export type { Step } from "./core/explain.js";
export * from "./explain/index.js";
export type { RateRow, RateRowInput, RateTable } from "./core/rates.js";
export type { MoneyInput } from "./core/money.js";
export type { DateInput } from "./core/period.js";
export { withRates, withServiceLevel, rateCoverage, rateTemplate, rateTables, type ExploredRow, type ExploredTable, type RatesInput, type RatesTableInput, type WithRatesOptions, type BoundCalculators, type TableCoverage, type TemplateTable } from "./rates/index.js";
export type { Source, SourceRef } from "./core/rates.js";
