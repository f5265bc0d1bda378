package dev.jdaguide.invite;

/** The installation context of an application, sent as the {@code integration_type} parameter of an invite URL. */
public enum IntegrationType {
    /** Installed to a server, for everyone in it. */
    GUILD_INSTALL(0),
    /** Installed to the authorizing user's account, for their use everywhere. */
    USER_INSTALL(1);

    private final int value;

    IntegrationType(int value) {
        this.value = value;
    }

    /** Returns the number Discord expects in the URL. */
    public int value() {
        return value;
    }
}
