package io.musubi.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code musubi.login.*}: the limits of {@link LoginThrottle} and {@link SignUpThrottle}. The defaults are the
 * product's; the settings exist for installs where many people share one address (a trade fair's Wi-Fi).
 *
 * @param maxDelay            the longest wait between failed logins for one account (the 2^(n-1) s delay's cap)
 * @param forgetFailuresAfter an account's failures are forgotten this long after its last attempt
 * @param failuresPerAddress  failed logins from one client address per {@code failureWindow}
 * @param signUpsPerAddress   sign-ups from one client address per {@code signUpWindow}
 * @param signUpsPerEmail     sign-ups for one e-mail per {@code signUpWindow}
 * @param resetsPerAddress    password reset requests from one client address per {@code resetWindow}
 * @param resetsPerEmail      password reset requests for one e-mail per {@code resetWindow}
 */
@ConfigurationProperties("musubi.login")
record ThrottleSettings(
        @Bindable(defaultValue = "15m") Duration maxDelay,
        @Bindable(defaultValue = "24h") Duration forgetFailuresAfter,
        @Bindable(defaultValue = "20") int failuresPerAddress,
        @Bindable(defaultValue = "15m") Duration failureWindow,
        @Bindable(defaultValue = "10") int signUpsPerAddress,
        @Bindable(defaultValue = "3") int signUpsPerEmail,
        @Bindable(defaultValue = "1h") Duration signUpWindow,
        @Bindable(defaultValue = "10") int resetsPerAddress,
        @Bindable(defaultValue = "3") int resetsPerEmail,
        @Bindable(defaultValue = "1h") Duration resetWindow) {
}
