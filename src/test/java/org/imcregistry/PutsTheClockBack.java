package org.imcregistry;

import java.time.Instant;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For tests that move the shared {@link MutableClock} by months (retention rules): puts it back after each test,
 * because the test contexts, and with them the clock, are shared, and a clock a year on makes other tests' dates
 * lie in the past.
 */
public final class PutsTheClockBack implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(PutsTheClockBack.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(STORE).put("startedAt", clock(context).instant());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Instant startedAt = context.getStore(STORE).get("startedAt", Instant.class);
        if (startedAt != null) {
            clock(context).set(startedAt);
        }
    }

    private static MutableClock clock(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(MutableClock.class);
    }
}
