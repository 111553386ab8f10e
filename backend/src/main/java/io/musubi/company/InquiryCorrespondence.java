package io.musubi.company;

import java.util.UUID;

/**
 * Whether a company has written to another in an inquiry thread: the condition for showing contact details whose
 * audience is {@link ContactAudience#INQUIRY}. Implemented by the inquiry feature, so profiles need not know its
 * tables.
 */
public interface InquiryCorrespondence {
    boolean hasWrittenTo(UUID writer, UUID reader);
}
