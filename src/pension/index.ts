export { statePensionAge, LAST_LEGISLATED_BIRTH_DATE, type StatePensionAgeResult } from "./age.js";
