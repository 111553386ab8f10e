/** What several features say about companies: kinds, SME classes and China's 专精特新 designations. */

/** Which side of the platform a company is on: SMEs offer capabilities, large firms post needs. */
export const COMPANY_KINDS = ['SME', 'LARGE_FIRM'] as const;
export type CompanyKind = (typeof COMPANY_KINDS)[number];

/** The SME class the server computes from capital, employees and sector (`smeClass.code`, the `smeClass` facet). */
export const SME_CLASSES = ['SMALL_ENTERPRISE', 'SME', 'LARGE', 'UNDETERMINED', 'NOT_APPLICABLE'] as const;
export type SmeClassCode = (typeof SME_CLASSES)[number];

/** The designations' codes as the `designation` facet and filter name them (`designation.SRDI` in the catalogues). */
export const DESIGNATIONS = ['SRDI', 'LITTLE_GIANT'] as const;
export type DesignationCode = (typeof DESIGNATIONS)[number];

/** The year a company was designated provincial SRDI (专精特新) and national "Little Giant"; null when it is not. */
export interface Designations {
  srdiProvincialYear: number | null;
  littleGiantYear: number | null;
}
