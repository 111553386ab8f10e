package io.musubi.company;

import io.micronaut.core.annotation.Nullable;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows a profile's contact details only to those its company chose, per detail: everyone, signed-in users, or the
 * companies it has written to in an inquiry. Its own members and admins see all. Details withheld are named, so the
 * UI can say how to get them (sign in, or send an inquiry).
 */
@Singleton
class ContactDisclosure {
    private final InquiryCorrespondence correspondence;

    ContactDisclosure(InquiryCorrespondence correspondence) {
        this.correspondence = correspondence;
    }

    /** {@code reader}: null for a visitor who is not signed in. */
    CompanyView forReader(CompanyView view, @Nullable Actor reader) {
        CompanyView.Contact contact = view.contact();
        if (contact == null || reader != null && (reader.isAdmin() || reader.isMemberOf(view.id()))) {
            return view;
        }
        ContactVisibility visibility = contact.visibility();
        boolean[] written = new boolean[1];
        boolean[] asked = new boolean[1];
        java.util.function.Predicate<ContactAudience> may = audience -> switch (audience) {
            case PUBLIC -> true;
            case MEMBERS -> reader != null;
            case INQUIRY -> {
                if (reader == null || reader.companyId() == null || !reader.role().isMember()) {
                    yield false;
                }
                if (!asked[0]) {
                    asked[0] = true;
                    written[0] = correspondence.hasWrittenTo(view.id(), reader.companyId());
                }
                yield written[0];
            }
        };
        List<String> withheld = new ArrayList<>();
        String person = shown("person", contact.person(), visibility.person(), may, withheld);
        String email = shown("email", contact.email(), visibility.email(), may, withheld);
        String phone = shown("phone", contact.phone(), visibility.phone(), may, withheld);
        return view.withContact(new CompanyView.Contact(person, email, phone, visibility, withheld));
    }

    private static String shown(String field, @Nullable String value, ContactAudience audience,
                                java.util.function.Predicate<ContactAudience> may, List<String> withheld) {
        if (value == null || may.test(audience)) {
            return value;
        }
        withheld.add(field);
        return null;
    }
}
