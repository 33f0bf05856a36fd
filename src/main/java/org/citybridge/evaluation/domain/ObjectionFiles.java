package org.citybridge.evaluation.domain;

import java.util.List;
import java.util.UUID;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityRef;
import org.citybridge.files.FileAccessRule;
import org.citybridge.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An objection's attachment is served to whoever may read the objection: the evaluation of its city in its year. */
@Component
class ObjectionFiles implements FileAccessRule {

    private final JdbcClient jdbc;
    private final EvaluationYears years;
    private final EvaluationAccess access;
    private final CityDirectory directory;

    ObjectionFiles(JdbcClient jdbc, EvaluationYears years, EvaluationAccess access, CityDirectory directory) {
        this.jdbc = jdbc;
        this.years = years;
        this.access = access;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean allows(UUID fileId, Actor actor) {
        record Owner(int year, String cityCode) {
        }
        return jdbc.sql("SELECT year, city_code FROM evaluation_objection WHERE file_id = :file").param("file", fileId)
                .query(Owner.class).list().stream().anyMatch(owner -> years.load(owner.year())
                        .filter(year -> access.mayRead(actor, year)).isPresent() && covers(directory, actor, owner.cityCode()));
    }

    static boolean covers(CityDirectory directory, Actor actor, String cityCode) {
        List<CityRef> city = directory.cityRefs(List.of(cityCode));
        return !city.isEmpty() && actor.scope().covers(cityCode, city.get(0).provinceCode());
    }
}
