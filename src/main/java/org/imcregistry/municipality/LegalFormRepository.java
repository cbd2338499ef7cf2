package org.imcregistry.municipality;

import java.util.function.Supplier;

interface LegalFormRepository extends ListTermRepository<LegalForm> {

    @Override
    default Supplier<LegalForm> factory() {
        return LegalForm::new;
    }
}
