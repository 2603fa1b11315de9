export { supportPackage, type SupportPackageResult } from "./package.js";
