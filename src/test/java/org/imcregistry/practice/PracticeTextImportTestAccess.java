package org.imcregistry.practice;

import java.nio.file.Path;

/** Lets tests in other packages find seed 003. */
public final class PracticeTextImportTestAccess {

    private PracticeTextImportTestAccess() {
    }

    public static Path seed() {
        return PracticeTextImportTest.seed003();
    }
}
