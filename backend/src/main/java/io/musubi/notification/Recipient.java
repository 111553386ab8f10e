package io.musubi.notification;

import java.util.UUID;

/** A user a notice goes to, as the account feature's {@code user_directory} view shows them. */
record Recipient(UUID id, String email, String language, String displayName, boolean emailConfirmed,
                 Delivery delivery) {
}
