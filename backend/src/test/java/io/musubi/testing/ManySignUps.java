package io.musubi.testing;

import java.util.Map;

/**
 * For test classes that sign up many accounts from the one test address and search nothing: the sign-up limit per
 * address is raised and the indexer stays off.
 */
public interface ManySignUps extends RealServices {
    @Override
    default Map<String, String> extraProperties() {
        return Map.of("musubi.login.sign-ups-per-address", "100", "musubi.indexer.enabled", "false");
    }
}
