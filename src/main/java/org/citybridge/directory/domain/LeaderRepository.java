package org.citybridge.directory.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.citybridge.directory.LiaisonRole;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeaderRepository extends JpaRepository<CityLeader, Long> {
    Optional<CityLeader> findByIdAndCityCode(long id, String cityCode);
}
