package org.citybridge.directory.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.citybridge.directory.LiaisonRole;
import org.springframework.data.jpa.repository.JpaRepository;

interface CityRepository extends JpaRepository<City, String> {
}
