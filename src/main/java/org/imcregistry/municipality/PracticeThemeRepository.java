package org.imcregistry.municipality;

import java.util.function.Supplier;

interface PracticeThemeRepository extends ListTermRepository<PracticeTheme> {

    @Override
    default Supplier<PracticeTheme> factory() {
        return PracticeTheme::new;
    }
}
