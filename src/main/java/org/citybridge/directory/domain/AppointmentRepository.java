package org.citybridge.directory.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.citybridge.directory.LiaisonRole;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentRepository extends JpaRepository<LiaisonAppointment, Long> {
    List<LiaisonAppointment> findByPersonIdIn(Collection<Long> personIds);

    Optional<LiaisonAppointment> findByIdAndCityCode(long id, String cityCode);

    boolean existsByPersonIdAndCityCodeAndRoleAndEndDateIsNull(long personId, String cityCode, LiaisonRole role);
}
