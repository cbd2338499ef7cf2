package org.imcregistry.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByPartnershipIdAndFrameworkKeyOrderByCreatedAt(Long partnershipId, String frameworkKey);
}
