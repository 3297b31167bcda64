package org.ctopath.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

/**
 * The OpenAPI document at {@code /openapi} as {@code application/yaml} (RFC 9512) or
 * {@code application/json}, by the request's {@code Accept} (YAML when it names neither first or
 * names none) or by {@code ?format=yaml|json}.
 *
 * <p>The document is Payara Micro's own MicroProfile OpenAPI endpoint, a servlet Payara adds to the
 * application at the context root (so this filter sees its requests). It writes YAML as
 * {@code text/plain}, offers no setting for it and answers {@code Accept: application/yaml} with 406:
 * a request that wants YAML is passed on asking for Payara's {@code text/plain}, and the answer
 * is labelled {@code application/yaml}. JSON passes through as Payara writes it.
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"})
public class OpenApiMediaTypes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String YAML = "application/yaml";
    public static final String JSON = "application/json";

    /** What Payara's endpoint calls YAML. */
    static final String PAYARA_YAML = "text/plain";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        response.addHeader("Vary", "Accept");
        if (!wantsYaml(request.getParameter("format"), request.getHeader("Accept"))) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest askingPayaraForYaml = new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return "Accept".equalsIgnoreCase(name) ? PAYARA_YAML : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Accept".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(PAYARA_YAML)) : super.getHeaders(name);
            }
        };
        HttpServletResponse labelledYaml = new HttpServletResponseWrapper(response) {
            @Override
            public void setContentType(String type) {
                super.setContentType(labelled(type));
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? labelled(value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? labelled(value) : value);
            }
        };
        chain.doFilter(askingPayaraForYaml, labelledYaml);
    }

    /** Payara's {@code text/plain} as {@code application/yaml}; any other type (an error page's) as it is. */
    static String labelled(String type) {
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(PAYARA_YAML) ? YAML : type;
    }

    /**
     * Whether the request wants the YAML form: {@code format=yaml} (format=json: no); else when
     * {@code Accept} is absent, or rates YAML ({@code application/yaml}, or {@code text/plain} as
     * Payara has it) at least as high as JSON and above 0. A wildcard rates both alike.
     */
    static boolean wantsYaml(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return format.trim().equalsIgnoreCase("yaml");
        }
        if (accept == null || accept.isBlank()) {
            return true;
        }
        double yaml = Math.max(quality(accept, YAML), quality(accept, PAYARA_YAML));
        double json = quality(accept, JSON);
        return yaml > 0 && yaml >= json;
    }

    /** The quality {@code accept} gives {@code type}: that of the most specific range that matches it, 0 when none does. */
    static double quality(String accept, String type) {
        String major = type.substring(0, type.indexOf('/'));
        int bestSpecificity = -1;
        double quality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String media = parts[0].trim().toLowerCase(Locale.ROOT);
            int specificity = media.equals(type) ? 2 : media.equals(major + "/*") ? 1 : media.equals("*/*") ? 0 : -1;
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = q(parts);
            }
        }
        return quality;
    }

    private static double q(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.toLowerCase(Locale.ROOT).startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
