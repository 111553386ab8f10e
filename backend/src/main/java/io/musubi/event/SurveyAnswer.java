package io.musubi.event;

/**
 * What a side says of a held meeting in a follow-up survey, from nothing to the most binding. In the funnel,
 * {@code IN_TALKS} and everything after it count as business talks, {@code SAMPLE_OR_TRIAL_ORDER} and after as deals.
 */
public enum SurveyAnswer {
    NO_FURTHER_CONTACT, IN_TALKS, SAMPLE_OR_TRIAL_ORDER, CONTRACT, PARTNERSHIP_AGREEMENT;

    boolean businessTalks() {
        return this != NO_FURTHER_CONTACT;
    }

    boolean deal() {
        return compareTo(SAMPLE_OR_TRIAL_ORDER) >= 0;
    }
}
