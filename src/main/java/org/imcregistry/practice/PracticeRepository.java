package org.imcregistry.practice;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeRepository extends JpaRepository<Practice, Long> {

    List<Practice> findByAuthorIdOrderByUpdatedAtDesc(long authorId);

    List<Practice> findByStatusInOrderByUpdatedAtAsc(Collection<PracticeStatus> statuses);

    long countByStatus(PracticeStatus status);
}
