package io.musubi.testing;

import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two app instances on one database, as behind a load balancer, sending to an SMTP server of their own that a test
 * may stop and restart; mail is retried quickly (every 100 ms, backing off 200 ms to 1 s) in small batches (7), so
 * that the instances' deliveries interleave.
 */
public final class TwoInstances implements AutoCloseable {
    private final LocalSmtp smtp;
    private final List<ApplicationContext> instances = new ArrayList<>();

    private TwoInstances(LocalSmtp smtp) {
        this.smtp = smtp;
    }

    /** @param extra further properties of both instances */
    public static TwoInstances start(Map<String, Object> extra) {
        TwoInstances two = new TwoInstances(LocalSmtp.start(0));
        Map<String, Object> properties = new HashMap<>(TestServices.isolatedProperties());
        properties.put("musubi.mail.port", String.valueOf(two.smtp.port()));
        properties.put("musubi.mail.interval", "100ms");
        properties.put("musubi.mail.retry-initial", "200ms");
        properties.put("musubi.mail.retry-max", "1s");
        properties.put("musubi.mail.batch-size", "7");
        properties.putAll(extra);
        for (int i = 0; i < 2; i++) {
            two.instances.add(ApplicationContext.run(properties, "test"));
        }
        return two;
    }

    public LocalSmtp smtp() {
        return smtp;
    }

    /** Instance 0 or 1. */
    public ApplicationContext get(int index) {
        return instances.get(index);
    }

    public List<ApplicationContext> all() {
        return List.copyOf(instances);
    }

    @Override
    public void close() {
        instances.forEach(ApplicationContext::close);
        smtp.shutdown();
    }
}
