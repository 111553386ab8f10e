package io.musubi.platform.security;

import java.util.UUID;

/**
 * Published by the account feature in the deleting transaction when an account is deleted, so features that keep
 * data about a user (match feedback, notifications) remove it themselves, without account knowing their tables. It
 * lives in platform so that listening to it makes no feature depend on account (notification is called by features
 * account depends on). Listeners run synchronously, in that
 * transaction: a listener that fails rolls the deletion back.
 */
public record AccountDeleted(UUID userId) {
}
