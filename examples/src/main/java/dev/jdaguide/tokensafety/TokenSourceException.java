package dev.jdaguide.tokensafety;

/** Thrown when no token is configured or a {@code .env} file is malformed. Its message is one line with the fix. */
public final class TokenSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TokenSourceException(String message) {
        super(message);
    }
}
