package org.citybridge.accounts.domain;

import java.util.List;
import java.util.Optional;

import org.citybridge.shared.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<UserAccount> findByRoleOrderByProvinceCodeAscUsernameAsc(Role role);
}
