package io.musubi.testing;

/**
 * The fixed ports of the run command ({@code DevMusubi} in tools/): the tests keep off them
 * ({@code TestsBesideTheRunCommandTest}), so the suite runs while the run command is up.
 */
public final class RunCommandPorts {
    public static final int APP = 8080;
    public static final int ELASTICSEARCH = 9250;
    public static final int POSTGRES = 54329;
    public static final int SMTP = 3025;

    private RunCommandPorts() {
    }
}
