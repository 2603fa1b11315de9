export { supportPackage, type SupportPackageResult, type SupportPackageInput } from "./package.js";
