package org.citybridge.platform;

import java.lang.reflect.Field;

import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Component;

/**
 * The longest text a form field takes, read from the {@code @Size(max)} the server checks, so that inputs carry a
 * matching {@code maxlength} (fragments/forms: {@code *{@fieldLimits.max(#root, 'name')}}). Nested paths such as
 * {@code person.name} follow the fields' types, and list elements ({@code fields[0].label}).
 */
@Component("fieldLimits")
public class FieldLimits {

    /** The limit, or null when the field has none (or is not found). */
    public Integer max(Object form, String path) {
        if (form == null || path == null || path.isBlank()) {
            return null;
        }
        Class<?> type = form.getClass();
        String[] parts = path.replaceAll("\\[\\d+]", "").split("\\.");
        for (int i = 0; i < parts.length; i++) {
            Field field = field(type, parts[i]);
            if (field == null) {
                return null;
            }
            if (i == parts.length - 1) {
                Size size = field.getAnnotation(Size.class);
                return size == null || size.max() == Integer.MAX_VALUE ? null : size.max();
            }
            type = elementType(field);
        }
        return null;
    }

    /** The field's type, or the element type of a list such as {@code fields[0].label}. */
    private static Class<?> elementType(Field field) {
        if (java.util.Collection.class.isAssignableFrom(field.getType())
                && field.getGenericType() instanceof java.lang.reflect.ParameterizedType generic
                && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return field.getType();
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        return null;
    }
}
