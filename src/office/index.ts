/**
 * Office formats (the `ngoaivu/office` entry): a cluster's or a member's
 * report as a Word document in the Vietnamese administrative layout
 * (`toDocx`) and as an Excel workbook with exact amounts (`toXlsx`). A
 * separate entry, so that importing `ngoaivu` never loads the office
 * libraries.
 *
 * @module
 */
export { type DocxOptions, type OfficeAgency, type OfficeSigner, toDocx } from "./docx.js";
export { toXlsx, type XlsxOptions } from "./xlsx.js";
