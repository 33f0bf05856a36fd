package org.citybridge.directory.domain;

import org.citybridge.shared.NotFoundException;

final class CityNotFound {

    private CityNotFound() {
    }

    static NotFoundException of(String code) {
        return new NotFoundException("roster.error.unknownCity", code);
    }
}
