package org.ctopath.files;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /files/<id>}: an uploaded file, always as a download (never shown inline, so a file cannot
 * run script in the app's pages), with the content type the upload was checked to be. Files one
 * may not see answer 404, exactly like files that do not exist.
 */
@WebServlet("/files/*")
public class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern ID = Pattern.compile("/(\\d{1,18})");

    @Inject
    transient StoredFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = ID.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Sign in to download files.");
            return;
        }
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file.");
            return;
        }
        Optional<StoredFiles.Download> file = files.download(request.getUserPrincipal().getName(), Long.parseLong(path.group(1)));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file.");
            return;
        }
        StoredFiles.Download download = file.get();
        response.setContentType(download.contentType());
        response.setContentLength(download.content().length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiName(download.name())
                + "\"; filename*=UTF-8''" + URLEncoder.encode(download.name(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(download.content());
    }

    /** The name for browsers that ignore {@code filename*}: ASCII, without quotes or backslashes. */
    static String asciiName(String name) {
        return name.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
    }
}
