package io.musubi.account;

import java.util.UUID;

/**
 * Published in the deleting transaction when an account is deleted, so features that keep data about a user (match
 * feedback) remove it themselves, without account knowing their tables. Listeners run synchronously, in that
 * transaction: a listener that fails rolls the deletion back.
 */
public record AccountDeleted(UUID userId) {
}
