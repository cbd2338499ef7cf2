package org.imcregistry.ui;

import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * "Today" for a view: the injected clock's date in the zone the viewer's browser reports (UTC until it has), so that
 * a date picker's limits and defaults agree with the person looking at it, and tests can move time.
 */
@Component
public class Today {

    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        UI ui = UI.getCurrent();
        return LocalDate.now(clock.withZone(ui == null ? ZoneOffset.UTC : UserZone.of(ui)));
    }
}
