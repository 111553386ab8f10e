package io.musubi.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Each contact detail's audience; a detail left out is for signed-in users ({@link ContactAudience#MEMBERS}). */
@Serdeable
public record ContactVisibility(@Nullable ContactAudience person, @Nullable ContactAudience email,
                                @Nullable ContactAudience phone) {
    public static final ContactVisibility DEFAULT = new ContactVisibility(ContactAudience.MEMBERS,
            ContactAudience.MEMBERS, ContactAudience.MEMBERS);

    public ContactVisibility {
        person = person == null ? ContactAudience.MEMBERS : person;
        email = email == null ? ContactAudience.MEMBERS : email;
        phone = phone == null ? ContactAudience.MEMBERS : phone;
    }
}
