/**
 * The demo data the run command loads on start when {@code musubi.demo-data.enabled} is true: METI's 300 notable SMEs
 * ({@code demo/company300.csv}), the richer profiles of {@code demo/profiles.json}, and the marketplace and fairs of
 * {@code demo/marketplace.json} (large firms, needs, capacity, certificates, one account per role, and the trade fairs
 * through {@code event.DemoEvent}). It owns no table and no API and writes only through the other features' public
 * services, so demo rows are indexed and checked like any others; rows already present are left alone. Outside the dev
 * and test environments the demo data is refused unless the operator confirms that its accounts' published password is
 * acceptable ({@code platform.security.ProductionSettings}). Nothing depends on this package.
 */
package io.musubi.demo;
