package org.citybridge.directory.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.citybridge.directory.LiaisonRole;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<LiaisonAppointment, Long> {
    List<LiaisonAppointment> findByPersonIdIn(Collection<Long> personIds);

    Optional<LiaisonAppointment> findByIdAndCityCode(long id, String cityCode);

    boolean existsByPersonIdAndCityCodeAndRoleAndEndDateIsNull(long personId, String cityCode, LiaisonRole role);

    @Query("""
            SELECT count(a) > 0 FROM LiaisonAppointment a WHERE a.personId = :personId AND a.cityCode = :cityCode
            AND a.startDate <= :day AND (a.endDate IS NULL OR a.endDate > :day)""")
    boolean holdsPostOn(long personId, String cityCode, LocalDate day);
}
