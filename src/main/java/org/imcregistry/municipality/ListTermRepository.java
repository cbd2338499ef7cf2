package org.imcregistry.municipality;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** What every managed list's repository can do, so that one service maintains them all. */
@NoRepositoryBean
interface ListTermRepository<T extends ListTerm> extends JpaRepository<T, String> {

    List<T> findAllByOrderByPosition();

    /** A new term of this list, for {@link #add}. */
    Supplier<T> factory();

    /** Adds a term after the shipped ones. */
    default void add(String code, String en, String nb, String pl) {
        save(ListTerm.create(factory().get(), code, en, nb, pl, (int) count() * 10 + 1000));
    }
}
