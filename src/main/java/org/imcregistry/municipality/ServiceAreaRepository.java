package org.imcregistry.municipality;

import java.util.function.Supplier;

interface ServiceAreaRepository extends ListTermRepository<ServiceArea> {

    @Override
    default Supplier<ServiceArea> factory() {
        return ServiceArea::new;
    }
}
