export { isWorkingDay, addWorkingDays, danishHolidays } from "./working-days.js";
export type { Holiday } from "../core/calendar.js";
