export { withRates, withServiceLevel, bindRates, type RatesInput, type RatesTableInput, type WithRatesOptions, type BoundCalculators } from "./with-rates.js";
export { rateCoverage, type TableCoverage } from "./coverage.js";
export { rateTemplate, type TemplateTable } from "./template.js";
export { rateTables, type ExploredRow, type ExploredTable } from "./explore.js";
