package org.imcregistry.practice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeHistoryRepository extends JpaRepository<PracticeHistoryEntry, Long> {

    List<PracticeHistoryEntry> findByPracticeIdOrderByAtAscIdAsc(long practiceId);
}
