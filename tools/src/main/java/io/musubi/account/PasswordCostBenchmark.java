package io.musubi.account;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * How long one bcrypt hash takes on this machine at each cost factor, to choose {@link Passwords#COST} (about 100 ms
 * a hash). Run: {@code ./mvnw -q -Ppassword-cost -DskipTests verify}
 */
public final class PasswordCostBenchmark {
    private static final int WARM_UP = 3;
    private static final int RUNS = 9;

    private PasswordCostBenchmark() {
    }

    public static void main(String[] args) {
        String input = Passwords.preHash("a long enough passphrase for the benchmark 合言葉");
        System.out.printf(Locale.ROOT, "bcrypt on %d cores, Java %s; median of %d hashes after %d warm-up%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), RUNS, WARM_UP);
        for (int cost = 10; cost <= 13; cost++) {
            BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(cost);
            for (int i = 0; i < WARM_UP; i++) {
                encoder.encode(input);
            }
            long[] millis = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                encoder.encode(input);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "cost %2d: %4d ms a hash (fastest %d, slowest %d)%s%n", cost,
                    millis[RUNS / 2], millis[0], millis[RUNS - 1], cost == Passwords.COST ? "  <- Passwords.COST" : "");
        }
    }
}
