package org.ctopath.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.regex.Pattern;

/**
 * The id in a page's address ({@code ?id=42}), read as the database's ids are: a whole number that
 * fits a {@code long}. Anything else names nothing, so the page answers 404 as for an id that is
 * not there (and not a message about number formats, nor a page rendered around no object).
 * {@code <f:viewParam name="id" value="#{bean.id}" converter="ctopath.Id"/>}.
 */
@FacesConverter("ctopath.Id")
public class IdConverter implements Converter<Long> {

    private static final Pattern ID = Pattern.compile("[0-9]{1,19}");

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Long id = parse(value);
        if (id == null) {
            throw new NotFound("No such id: " + (value.length() > 40 ? value.substring(0, 40) + "…" : value));
        }
        return id;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }

    /** The id {@code text} names, or null when it is not a whole number from 0 to {@link Long#MAX_VALUE}. */
    public static Long parse(String text) {
        String digits = text == null ? "" : text.strip();
        if (!ID.matcher(digits).matches()) {
            return null;
        }
        try {
            return Long.valueOf(digits);
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }
}
