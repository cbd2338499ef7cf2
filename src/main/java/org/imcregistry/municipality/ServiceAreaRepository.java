package org.imcregistry.municipality;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceAreaRepository extends JpaRepository<ServiceArea, String> {

    List<ServiceArea> findAllByOrderByPosition();
}
