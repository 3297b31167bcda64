package org.ctopath.testing.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser, for tests over plain HTTP: a cookie jar, the sign-in form, and
 * redirects left to the test to see.
 */
public final class Visitor {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new SecureCookiesOverPlainHttp(cookies))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public Visitor(URL baseURL) {
        this.base = baseURL.toExternalForm().replaceAll("/$", "");
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose answer is read as bytes (downloads: spreadsheets, PDF). */
    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Signs in through the form, as a person does; the answer is the redirect that follows. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = trySignIn(username, password);
        assertEquals(302, response.statusCode(), "signed in: " + response.body());
        return response;
    }

    /** Sends the sign-in form; the answer whatever it is: the redirect when signed in, else the form with its message. */
    public HttpResponse<String> trySignIn(String username, String password) throws IOException, InterruptedException {
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(get("/login").body());
        assertTrue(viewState.find(), "the sign-in form");
        String form = "login=login&login%3Ausername=" + encode(username) + "&login%3Apassword=" + encode(password)
                + "&login%3Asign-in=&jakarta.faces.ViewState=" + encode(viewState.group(1));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return response;
    }

    /** The cookie of that name this visitor holds, if any. */
    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /** Takes a cookie as if the application had set it (replacing one of the same name), such as one copied or forged. */
    public void setCookie(String name, String value) throws IOException {
        cookies.put(uri("/"), Map.of("Set-Cookie", List.of(name + "=" + value + "; Path=/")));
    }

    /**
     * Submits a form of the page at {@code path} as a browser does without script: the page's view
     * state plus {@code fields} (already URL-encoded, joined with {@code &}).
     */
    public HttpResponse<String> submit(String path, String fields) throws IOException, InterruptedException {
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(get(path).body());
        assertTrue(viewState.find(), "a form on " + path);
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields + "&jakarta.faces.ViewState=" + encode(viewState.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Submits a multipart form (one with a file field) of the page at {@code path}: the page's view
     * state, the text {@code fields} (names as the page has them) and one file.
     */
    public HttpResponse<String> submitMultipart(String path, java.util.Map<String, String> fields, String fileField, String fileName,
            byte[] file) throws IOException, InterruptedException {
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(get(path).body());
        assertTrue(viewState.find(), "a form on " + path);
        String boundary = "----visitor" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", viewState.group(1));
        for (var field : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where a redirect points, as the path below the application. */
    public String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.startsWith(base) ? location.substring(base.length())
                : location.replaceFirst("^https?://[^/]+", "").replaceFirst("^" + URI.create(base).getPath(), "");
    }

    /**
     * The suite runs over plain http while the application believes itself at an https address
     * ({@code APP_URL}), so some of its cookies come marked Secure; this client sends them anyway,
     * as a browser behind a TLS-terminating proxy would.
     */
    private static final class SecureCookiesOverPlainHttp extends CookieHandler {

        private final CookieManager jar;

        SecureCookiesOverPlainHttp(CookieManager jar) {
            this.jar = jar;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return jar.get("http".equalsIgnoreCase(uri.getScheme()) ? URI.create("https" + uri.toString().substring(4)) : uri,
                    requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            jar.put(uri, responseHeaders);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
