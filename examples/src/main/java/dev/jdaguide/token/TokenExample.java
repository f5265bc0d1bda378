package dev.jdaguide.token;

public final class TokenExample {
    public static void main(String[] args) {
        // tag::read-token[]
        String token = System.getenv("DISCORD_TOKEN");
        // end::read-token[]
        System.out.println(token == null ? "missing" : "set");
    }
}
