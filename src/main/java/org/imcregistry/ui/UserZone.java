package org.imcregistry.ui;

import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Times are stored in UTC and shown in the zone the person's browser reports; UTC until it has reported. */
public final class UserZone {

    private UserZone() {
    }

    /**
     * The zone of the browser whose request is being handled. A view being built for its first navigation is not
     * attached yet ({@code getUI()} is empty then), but the request's UI is already current and knows the zone.
     */
    public static ZoneId current() {
        UI ui = UI.getCurrent();
        return ui == null ? ZoneOffset.UTC : of(ui);
    }

    public static ZoneId of(UI ui) {
        try {
            var details = ui.getPage().getExtendedClientDetails();
            if (details != null && details.getTimeZoneId() != null) {
                return ZoneId.of(details.getTimeZoneId());
            }
        } catch (DateTimeException | IllegalStateException | NullPointerException e) {
            // fall through to UTC
        }
        return ZoneOffset.UTC;
    }
}
