package io.musubi.bulk;

import io.micronaut.context.ApplicationContext;
import io.musubi.platform.security.Actor;
import java.util.List;
import java.util.UUID;

/** The import path for commands in other packages (the benchmark): start an import and wait for it. */
public final class BulkImportsAccess {
    private BulkImportsAccess() {
    }

    public static List<String> templateColumns() {
        return CompanyCsv.TEMPLATE;
    }

    /** Runs an import to its end; returns {total, created, rejected}. */
    public static int[] importAndWait(ApplicationContext context, Actor actor, byte[] csv) throws InterruptedException {
        BulkImports imports = context.getBean(BulkImports.class);
        UUID id = imports.start(actor, "benchmark.csv", csv).id();
        ImportJob job;
        do {
            Thread.sleep(100);
            job = imports.find(actor, id).orElseThrow();
        } while (job.status().equals("RUNNING"));
        return new int[] {job.total(), job.created(), job.rejected()};
    }
}
