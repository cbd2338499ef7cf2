package org.imcregistry.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<UserAccount> findByEmailIgnoreCase(String email);

    @Query("select u from UserAccount u join u.roles r where r = :role")
    List<UserAccount> findByRole(Role role);

    @Query("select u from UserAccount u where lower(u.username) like lower(concat('%', :text, '%'))"
            + " or lower(u.displayName) like lower(concat('%', :text, '%'))")
    Page<UserAccount> search(String text, Pageable pageable);
}
