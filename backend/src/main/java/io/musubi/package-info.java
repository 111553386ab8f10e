/**
 * Musubi's backend: {@code Application} starts Micronaut and declares the OpenAPI document
 * ({@code /openapi/musubi-api-0.1.yml}). Code is packaged by feature, one package per product noun ({@code account},
 * {@code team}, {@code company}, {@code opportunity}, {@code inquiry}, {@code bulk}, {@code taxonomy}, {@code search},
 * {@code match}, {@code introduction}, {@code event}, {@code lifecycle}, {@code demo}), with {@code platform} for the
 * plumbing they share; there are no layer packages. A feature holds its controller, services, records and persistence
 * and shows other features a small public face. {@code ArchitectureTest} enforces the shape: {@code platform} knows no
 * feature, features depend on each other without cycles, a repository is used only in its own package, controllers use
 * no repositories, and "now" comes only from the injected {@code java.time.Clock}. CONTRIBUTING.md says where new code
 * goes.
 */
package io.musubi;
