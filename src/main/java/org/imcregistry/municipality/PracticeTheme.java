package org.imcregistry.municipality;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A theme good practices are filed under (migration and integration, waste, ...): a managed list. */
@Entity
@Table(name = "practice_theme")
class PracticeTheme extends ListTerm {
}
