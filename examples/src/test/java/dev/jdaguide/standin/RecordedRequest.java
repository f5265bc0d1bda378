package dev.jdaguide.standin;

/**
 * One HTTP request that the stand-in's REST API received.
 *
 * @param method the HTTP method, such as {@code PUT}
 * @param path the path below the API base URL, such as {@code applications/123/commands}
 * @param authorization the {@code Authorization} header, or an empty string when there was none
 * @param body the request body as text, or an empty string
 */
public record RecordedRequest(String method, String path, String authorization, String body) {

    /** Returns {@code "PUT applications/123/commands"}, the form tests compare against. */
    public String line() {
        return method + " " + path;
    }
}
