import type { Schema } from './api-schema';

/**
 * What several features say about companies: kinds, SME classes and China's 专精特新 designations; the types are the
 * API's (`satisfies` keeps each list within them).
 */

/** Which side of the platform a company is on: SMEs offer capabilities, large firms post needs. */
export type CompanyKind = Schema<'CompanyKind'>;
export const COMPANY_KINDS = ['SME', 'LARGE_FIRM'] as const satisfies readonly CompanyKind[];

/** The SME class the server computes from capital, employees and sector (`smeClass.code`, the `smeClass` facet). */
export type SmeClassCode = Schema<'SmeClassifier.Code'>;
export const SME_CLASSES = [
  'SMALL_ENTERPRISE',
  'SME',
  'LARGE',
  'UNDETERMINED',
  'NOT_APPLICABLE',
] as const satisfies readonly SmeClassCode[];

/** The designations' codes as the `designation` facet and filter name them (`designation.SRDI` in the catalogues). */
export const DESIGNATIONS = ['SRDI', 'LITTLE_GIANT'] as const;
export type DesignationCode = (typeof DESIGNATIONS)[number];

/** The year a company was designated provincial SRDI (专精特新) and national "Little Giant"; null when it is not. */
export type Designations = Schema<'CompanyView.Designations'>;
