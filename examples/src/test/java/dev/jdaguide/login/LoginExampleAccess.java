package dev.jdaguide.login;

import net.dv8tion.jda.api.JDA;

/** Opens the login example's package-private shutdown step to tests in other packages. */
public final class LoginExampleAccess {

    private LoginExampleAccess() {
    }

    public static void shutDown(JDA jda) throws InterruptedException {
        LoginExample.shutDown(jda);
    }
}
