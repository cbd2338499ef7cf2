package org.imcregistry.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFrameworkRepository extends JpaRepository<StoredFramework, Long> {

    Optional<StoredFramework> findByKeyAndVersion(String key, int version);

    List<StoredFramework> findAllByOrderByKeyAscVersionDesc();
}
