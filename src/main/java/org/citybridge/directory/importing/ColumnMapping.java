package org.citybridge.directory.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Which roster column each column of a sheet holds, by the sheet column's index (0 is column A); others are ignored. */
public record ColumnMapping(SortedMap<Integer, RosterColumn> columns) {

    public ColumnMapping {
        columns = new TreeMap<>(columns);
    }

    static ColumnMapping of(Map<Integer, RosterColumn> columns) {
        return new ColumnMapping(new TreeMap<>(columns));
    }

    /** From the field names the mapping step posts, by sheet column index; unknown names and blanks are ignored columns. */
    public static ColumnMapping ofFields(Map<Integer, String> fields) {
        Map<Integer, RosterColumn> columns = new TreeMap<>();
        fields.forEach((index, field) -> RosterColumn.byField(field).ifPresent(column -> columns.put(index, column)));
        return new ColumnMapping(new TreeMap<>(columns));
    }

    /** The field name each mapped sheet column holds, by index, as the mapping step shows and posts them. */
    public Map<Integer, String> fields() {
        Map<Integer, String> fields = new TreeMap<>();
        columns.forEach((index, column) -> fields.put(index, column.field()));
        return fields;
    }

    Optional<RosterColumn> at(int index) {
        return Optional.ofNullable(columns.get(index));
    }

    boolean holds(RosterColumn column) {
        return columns.containsValue(column);
    }

    /** The required columns no sheet column holds; a city needs its code or its name. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!holds(RosterColumn.CITY_CODE) && !holds(RosterColumn.CITY_NAME)) {
            missing.add(RosterColumn.CITY_CODE.header() + "/" + RosterColumn.CITY_NAME.header());
        }
        RosterColumn.TEMPLATE.stream().filter(RosterColumn::required).filter(column -> !holds(column))
                .forEach(column -> missing.add(column.header()));
        return missing;
    }

    /** Roster columns held by more than one sheet column, each with those columns' indexes. */
    Map<RosterColumn, List<Integer>> twice() {
        return columns.entrySet().stream()
                .collect(Collectors.groupingBy(Map.Entry::getValue, () -> new EnumMap<>(RosterColumn.class),
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
                .entrySet().stream().filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, () -> new EnumMap<>(RosterColumn.class)));
    }

    /** A data row's texts under the roster columns they hold. */
    SheetRow read(GridRow row) {
        Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
        columns.forEach((index, column) -> values.merge(column, row.cell(index), (first, second) -> first.isEmpty() ? second : first));
        return new SheetRow(row.number(), values);
    }
}
