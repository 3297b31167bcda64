package org.ctopath.testing.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser, for tests over plain HTTP: a cookie jar, the sign-in form, and
 * redirects left to the test to see.
 *
 * <p>The jar is the visitor's own and sends every cookie back, {@code Secure} ones too: the suite's
 * server answers plain HTTP while its {@code APP_URL} is https, as an application behind a proxy that
 * ends TLS does, so its session cookie is Secure; the visitor stands where that proxy would stand.
 * ({@link java.net.CookieManager} never sends a Secure cookie over plain HTTP.) One server, one path:
 * no domains or paths to match.
 */
public final class Visitor {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, HttpCookie> cookies = new LinkedHashMap<>();
    private final String base;

    public Visitor(URL baseURL) {
        this.base = baseURL.toExternalForm().replaceAll("/$", "");
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose answer is read as bytes (downloads: spreadsheets, PDF). */
    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a request with the jar's cookies, and keeps what the answer sets (for requests the helpers here do not craft). */
    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.values().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; ")));
        }
        HttpRequest sent = request.build();
        HttpResponse<T> response = http.send(sent, body);
        ApiExchanges.record(base, sent, null, response); // an /api exchange, for the contract check against the OpenAPI document
        for (String header : response.headers().allValues("Set-Cookie")) {
            for (HttpCookie cookie : HttpCookie.parse(header)) {
                if (cookie.hasExpired()) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie);
                }
            }
        }
        return response;
    }

    /** Signs in through the form, as a person does; the answer is the redirect that follows. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = trySignIn(username, password);
        assertEquals(302, response.statusCode(), "signed in: " + response.body());
        return response;
    }

    /** Sends the sign-in form; the answer whatever it is: the redirect when signed in, else the form with its message. */
    public HttpResponse<String> trySignIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login");
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(viewState.find(), "the sign-in form");
        String form = "login=login&login%3Ausername=" + encode(username) + "&login%3Apassword=" + encode(password)
                + "&login%3Asign-in=&jakarta.faces.ViewState=" + encode(viewState.group(1)) + "&" + NONCE_PARAMETER + "=" + encode(nonce(page));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
        return response;
    }

    /** The cookie of that name this visitor holds, if any. */
    public Optional<HttpCookie> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** Takes a cookie as if the application had set it (replacing one of the same name), such as one copied or forged. */
    public void setCookie(String name, String value) {
        cookies.put(name, new HttpCookie(name, value));
    }

    /**
     * Submits a form of the page at {@code path} as a browser does: the page's view state and
     * Content-Security-Policy nonce (which PrimeFaces' script adds to each form) plus {@code fields}
     * (already URL-encoded, joined with {@code &}).
     */
    public HttpResponse<String> submit(String path, String fields) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(viewState.find(), "a form on " + path);
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields + "&jakarta.faces.ViewState=" + encode(viewState.group(1))
                        + "&" + NONCE_PARAMETER + "=" + encode(nonce(page)))),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The form field in which PrimeFaces' script sends the page's nonce back with every post. */
    public static final String NONCE_PARAMETER = "primefaces.nonce";

    /** The nonce of a page's Content-Security-Policy, which its scripts carry. */
    public static String nonce(HttpResponse<?> page) {
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(nonce.find(), "a page with a nonce: " + page.uri());
        return nonce.group(1);
    }

    /**
     * Submits a multipart form (one with a file field) of the page at {@code path}: the page's view
     * state, the text {@code fields} (names as the page has them) and one file.
     */
    public HttpResponse<String> submitMultipart(String path, java.util.Map<String, String> fields, String fileField, String fileName,
            byte[] file) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(viewState.find(), "a form on " + path);
        String boundary = "----visitor" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", viewState.group(1));
        all.put(NONCE_PARAMETER, nonce(page));
        for (var field : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofString());
    }

    /** Where a redirect points, as the path below the application. */
    public String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.startsWith(base) ? location.substring(base.length())
                : location.replaceFirst("^https?://[^/]+", "").replaceFirst("^" + URI.create(base).getPath(), "");
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
