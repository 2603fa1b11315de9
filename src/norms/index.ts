export { serviceNorms, type ServiceNorm, type ServiceNormsInput, type ServiceNormsResult } from "./norms.js";
