package io.musubi.event;

import io.musubi.platform.security.SignedLinks;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed token of a survey mail's one-click answer: which round, meeting and side it answers for, and with what.
 * It needs no login; the signature is the proof, so a changed token is worthless.
 */
@Singleton
class SurveyLinks {
    static final String PURPOSE = "survey-answer";

    /** What a link records: {@code participantId}'s answer about {@code meetingId} in round {@code roundId}. */
    record Target(UUID roundId, UUID meetingId, UUID participantId, SurveyAnswer answer) {
    }

    private final SignedLinks signedLinks;

    SurveyLinks(SignedLinks signedLinks) {
        this.signedLinks = signedLinks;
    }

    /** The UI page that shows what the link records and asks to confirm it. */
    String path(Target target) {
        return "/survey?token=" + signedLinks.sign(PURPOSE, target.roundId() + ":" + target.meetingId() + ":"
                + target.participantId() + ":" + target.answer().name());
    }

    /** What a token records; empty when it was not signed by this app for this purpose. */
    Optional<Target> read(String token) {
        return signedLinks.verify(PURPOSE, token).flatMap(payload -> {
            String[] parts = payload.split(":");
            try {
                return parts.length != 4 ? Optional.empty() : Optional.of(new Target(UUID.fromString(parts[0]),
                        UUID.fromString(parts[1]), UUID.fromString(parts[2]), SurveyAnswer.valueOf(parts[3])));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
