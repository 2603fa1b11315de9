export { statePensionAge, LAST_LEGISLATED_BIRTH_DATE, type StatePensionAgeResult, type StatePensionAgeInput } from "./age.js";
