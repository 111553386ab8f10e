package io.musubi.tools;

/** How a benchmark command's main method runs its body. */
public final class Benchmarks {
    private Benchmarks() {
    }

    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    /**
     * Runs the body; on failure prints it and exits with 1, since the Elasticsearch client's threads would otherwise
     * keep exec:java waiting for ever.
     */
    public static void main(Body body) {
        try {
            body.run();
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
