import type { components } from '@/api/schema';

/**
 * The API's payload types, generated from the backend's OpenAPI document (`src/api/openapi.yml` → `src/api/schema.d.ts`,
 * `npm run api:types`; see frontend/README.md, "API types"). A payload type is an alias of its schema, so `tsc` fails
 * where the UI reads or sends something the backend no longer has: `Schema<'NeedView'>`.
 */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/**
 * A schema with some fields typed more narrowly by hand, where the document is too weak: views declare enums as plain
 * strings (`NeedView.status`, `CompanyView.kind`). Each narrowed field must exist in the schema and fit its type, so a
 * renamed or retyped field still fails `tsc`.
 */
export type Narrowed<T, U extends { [K in keyof U]: K extends keyof T ? T[K] : never }> = Omit<T, keyof U> & U;
