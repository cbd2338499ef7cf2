package org.imcregistry.municipality;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalFormRepository extends JpaRepository<LegalForm, String> {

    List<LegalForm> findAllByOrderByPosition();
}
